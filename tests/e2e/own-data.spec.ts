import { test, expect } from './fixtures';

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('own data: valid rows load, invalid rows are listed, earlier loads survive bad files, and real data replaces the demo', async ({ page }) => {
	await page.goto('/eigen-data');
	const input = page.getByLabel('Kies een of meer bestanden (CSV of JSON)');

	// 1. Providers: one good row, one with a missing name and a bad KvK number.
	await input.setInputFiles([csv('providers.csv', 'id,name,kvk,legalForm,providerType,source\np1,Zorg <b>Oost</b>,12345678,stichting,,mijn-bron\np2,,123,,,mijn-bron\n')]);
	const first = page.locator('section.report[data-file="providers.csv"]');
	await expect(first).toContainText('Geladen: 1 rij in providers.');
	await expect(first).toContainText('1 rij afgekeurd.');
	await expect(first.locator('tbody tr').first()).toContainText('3');
	await expect(first.locator('tbody tr').first()).toContainText('name');

	// 2. Binary garbage: a clear message, and the providers loaded before are still there.
	await input.setInputFiles([{ name: 'lots.csv', mimeType: 'text/csv', buffer: Buffer.from([0, 159, 146, 150, 0, 1, 2, 3, 255, 254]) }]);
	const garbage = page.locator('section.report[data-file="lots.csv"]');
	await expect(garbage).toContainText('Er is niets geladen.');
	await expect(page.getByRole('heading', { name: 'Geladen in deze browser' })).toBeVisible();
	await expect(page.locator('section[aria-labelledby="geladen"]')).toContainText('providers.csv: 1 rij');

	// 3. A real deal for Noord-Veluwe, only Harderwijk takes part, one contract with p1.
	await input.setInputFiles([
		csv(
			'procurements.csv',
			'id,regionId,domain,title,procurementMethod,procurementMethodDetails,fundingModel,publicationDate,decisionDate,startDate,endDate,extensionYears,estimatedValue,numberOfTenderers,documentUrl,source\n' +
				'NV-1,JZ12,jeugd,Jeugdhulp NV,open,open-house,inspanningsgericht,,,2025-01-01,2027-12-31,2,,,,mijn-bron\n'
		),
		csv('procurementParticipants.csv', 'procurementId,municipalityCode,source\nNV-1,GM0243,mijn-bron\n'),
		csv('lots.csv', 'id,procurementId,title,category,productCode,numberOfTenderers,source\nNV-1-L1,NV-1,Ambulant,45,,3,mijn-bron\n'),
		csv(
			'contracts.csv',
			'id,lotId,providerId,startDate,endDate,value,clients,role,mainContractorId,pgbPossible,source\nNV-1-C1,NV-1-L1,p1,2025-01-01,2027-12-31,100000,20,main,,true,mijn-bron\nNV-1-C2,NV-1-L1,p9,2025-01-01,,,,main,,,mijn-bron\n'
		)
	]);
	const contracts = page.locator('section.report[data-file="contracts.csv"]');
	await expect(contracts).toContainText('Geladen: 1 rij in contracts.');
	await expect(contracts).toContainText("Verwijst naar providers.id 'p9'");
	await expect(page.getByText('Demodata vervangen door uw gegevens: inkoop en contracten.')).toBeVisible();

	// The region page, reached in the same tab, now computes from the user's deal only.
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	const figure = page.locator('figure#aanbieders-per-gemeente');
	await expect(figure).toHaveAttribute('data-computed-by', 'duckdb-wasm', { timeout: 60_000 });
	await figure.getByRole('button', { name: 'Toon tabel' }).click();
	await expect(figure.locator('tbody tr').first()).toHaveText(/Harderwijk\s*1\s*1/);
	await expect(figure.locator('tbody tr').nth(1)).toContainText('0');

	// The build cube holds for the site's data only: with the user's, a click is computed here.
	await page.locator('#kaart path.municipality[data-code="GM0233"]').click();
	await expect(page.locator('.panels-state')).toContainText('in uw browser berekend voor Ermelo', { timeout: 60_000 });
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser');
});

test('a file chosen before the page has finished loading is still read', async ({ page }) => {
	// Hold back SvelteKit's app code, so the prerendered form is there but not yet hydrated.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/_app/immutable/entry/app.*.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/eigen-data', { waitUntil: 'domcontentloaded' });
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([csv('providers.csv', 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\n')]);
	await expect(page.locator('section.report')).toHaveCount(0);
	release();
	await expect(page.locator('section.report[data-file="providers.csv"]')).toContainText('Geladen: 1 rij in providers.');
});

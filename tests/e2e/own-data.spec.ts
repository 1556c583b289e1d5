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

test('a providers file saved by Excel on Windows (Windows-1252) loads with its accents, and the message names the rule', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	// "Café Zorg" with é as the single byte 0xE9; the second row puts the name where the KvK number belongs.
	const bytes = Buffer.concat([
		Buffer.from('id,name,kvk,legalForm,providerType\np1,Caf', 'latin1'),
		Buffer.from([0xe9]),
		Buffer.from(' Zorg,12345678,stichting,\np2,Jeugd,Caf', 'latin1'),
		Buffer.from([0xe9]),
		Buffer.from(' Zorg,,\n', 'latin1')
	]);
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([{ name: 'providers.csv', mimeType: 'text/csv', buffer: bytes }]);
	const report = page.locator('section.report[data-file="providers.csv"]');
	await expect(report).toContainText('Geladen: 1 rij in providers.');
	await expect(report).toContainText('1 rij afgekeurd. 1 fout, 2 opmerkingen.');
	await expect(report).toContainText('gelezen als Windows-1252');
	// No source column: the file name is the source, and the report says so.
	await expect(report).toContainText("elke rij krijgt als bron de bestandsnaam: 'providers'");
	const kvk = report.locator('tbody tr', { hasText: 'kvk' });
	await expect(kvk).toContainText("verwacht precies 8 cijfers (waarde 'Café Zorg')");
	await expect(report).not.toContainText('\ufffd');
	await expect(report).not.toContainText('verwacht tekst');
	await expect(page.locator('section[aria-labelledby="geladen"]')).toContainText('providers.csv: 1 rij');

	await page.locator('.lang-switch').click();
	await expect(kvk).toContainText("expected exactly 8 digits (value 'Café Zorg')");
});

test('empty, image and fully rejected files are listed as not loaded, with the real reason', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	const input = page.getByLabel('Kies een of meer bestanden (CSV of JSON)');
	const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d, 0x49, 0x48, 0x44, 0x52]);
	await input.setInputFiles([
		{ name: 'leeg.csv', mimeType: 'text/csv', buffer: Buffer.alloc(0) },
		{ name: 'foto.csv', mimeType: 'text/csv', buffer: png },
		// Both contracts point at a lot that does not exist: every row is rejected.
		csv('contracts.csv', 'id,lotId,providerId,startDate,endDate,value,clients,role,mainContractorId,pgbPossible,source\nX-1,geen-perceel,p1,2025-01-01,,,,main,,,bron\nX-2,geen-perceel,p1,2025-01-01,,,,main,,,bron\n')
	]);
	const notLoaded = page.locator('section[aria-labelledby="niet-geladen"]');
	await expect(notLoaded.locator('li')).toHaveCount(3);
	await expect(notLoaded).toContainText('leeg.csv: niet geladen. Het bestand is leeg (0 bytes).');
	await expect(notLoaded).toContainText('foto.csv: niet geladen. Dit is geen tekstbestand: het lijkt een PNG-afbeelding.');
	await expect(notLoaded.locator('li').nth(2)).toContainText(/^contracts\.csv: niet geladen\. rij 2, \w+: Verwijst naar/);
	await expect(page.getByText(/welke tabel/)).toHaveCount(0);
	// Nothing was loaded, so nothing is listed as loaded.
	await expect(page.locator('section[aria-labelledby="geladen"]')).toHaveCount(0);
	await expect(page.locator('section.report[data-file="contracts.csv"]')).toContainText('Er is niets geladen. 2 rijen afgekeurd.');
});

/**
 * Issue 19, point 10: real OCDS publications load. Single releases (one JSON per release, as
 * TenderNed and Contracts Finder publish them) chosen all at once are merged per ocid; missing
 * fields are unknown, not a rejection; GBP amounts and a foreign buyer are refused; the report
 * says what was read; the region page uses the loaded deals.
 * Fixtures: src/lib/import/fixtures/ocds-single (made up for these tests).
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const release = (name: string) => ({ name, mimeType: 'application/json', buffer: readFileSync(`src/lib/import/fixtures/ocds-single/${name}`) });
// The contract release first on purpose: the merge goes by release date, not by file order.
const files = ['nv-001-3-contract.json', 'nv-001-1-tender.json', 'nv-001-2-award.json', 'nv-002-tender.json', 'nv-003-gbp.json', 'uk-004-foreign-buyer.json'].map(release);

test('six single-release files chosen at once: merged per ocid, reported, refused where they must be, and charted on the region page', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByRole('combobox', { name: 'Regio' }).selectOption({ label: 'Noord-Veluwe' });
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles(files);

	// One report for the whole set, not one error per file.
	const report = page.locator('section.report[data-file="nv-001-3-contract.json + 5"]');
	await expect(report).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('section.report')).toHaveCount(1);
	const read = report.getByRole('table', { name: 'Wat er uit de OCDS-bestanden is gelezen' });
	const figure = (label: string) => read.getByRole('row', { name: label });
	await expect(figure('Bestanden')).toContainText('6');
	await expect(figure('Releases gelezen')).toContainText('6');
	await expect(figure('Trajecten gevonden (verschillende ocids)')).toContainText('4');
	await expect(figure('Inkooptrajecten geladen')).toContainText('3');
	await expect(figure('Percelen geladen')).toContainText('3');
	await expect(figure('Contracten geladen')).toContainText('3');
	await expect(figure('Niet geladen: de koper is geen Nederlandse gemeente')).toContainText('1');
	await expect(figure('Bedragen niet geladen: in een andere munt dan euro')).toContainText('2');
	await expect(figure('Trajecten in regio Noord-Veluwe (JZ12): regio volgt uit de kopers')).toContainText('3');

	// Missing fields are counted, not refused: the Nunspeet tender has no period, value, lots, bids or awards.
	const missing = report.getByRole('table', { name: /^Ontbrekende velden bij de 3 geladen trajecten/ });
	await expect(missing.getByRole('row', { name: /Looptijd/ })).toContainText('1');
	await expect(missing.getByRole('row', { name: /Percelen/ })).toContainText('2');
	await expect(missing.getByRole('row', { name: /^Gunningen awards/ })).toContainText('1');

	// Every refusal names file, ocid, field and currency or buyer.
	const messages = report.locator('tbody tr');
	await expect(messages.filter({ hasText: 'nv-003-gbp.json: het bedrag in tender.value.amount staat in GBP, niet in euro.' })).toContainText('ocid ocds-nv-2025-003');
	await expect(messages.filter({ hasText: "de koper 'Harrogate Borough Council' is geen Nederlandse gemeente (United Kingdom)" })).toContainText('uk-004-foreign-buyer.json');

	// The same report in English.
	await page.locator('.lang-switch').click();
	await expect(report.getByRole('table', { name: 'What was read from the OCDS files' }).getByRole('row', { name: 'Procurements loaded' })).toContainText('3');
	await expect(report).toContainText('the amount in tender.value.amount is in GBP, not euros');
	await page.locator('.lang-switch').click();

	// The region page computes from the loaded deals: the merged title, the undated tender as "onbekend".
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	const timeline = page.locator('figure#tijdlijn');
	await expect(timeline).toHaveAttribute('data-computed-by', 'duckdb-wasm', { timeout: 60_000 });
	await expect(timeline).toContainText('Eén traject heeft een onbekende looptijd: het staat alleen in de tabel.');
	await timeline.getByRole('button', { name: 'Toon tabel' }).click();
	const rows = timeline.locator('tbody tr');
	await expect(rows).toHaveCount(3);
	await expect(rows.filter({ hasText: 'Jeugdhulp Noord-Veluwe 2025-2027' })).toContainText('1 mei 2025');
	await expect(rows.filter({ hasText: 'Pleegzorg Nunspeet' })).toContainText('onbekend');
	await expect(rows.filter({ hasText: 'Dyslexiezorg Oldebroek' })).toBeVisible();
	await expect(page.getByText("Children's residential care framework")).toHaveCount(0);
	await expect(page.locator('main')).not.toContainText(/NaN|undefined|\bnull\b|Infinity/);
});

test('a buyer we do not recognise is asked about: refused at first, loaded under the chosen region once the box is ticked', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	const pkg = { name: 'oin.json', mimeType: 'application/json', buffer: readFileSync('src/lib/import/fixtures/ocds-release-package-oin.json') };
	const input = page.getByLabel('Kies een of meer bestanden (CSV of JSON)');
	await input.setInputFiles([pkg]);
	const notLoaded = page.locator('section[aria-labelledby="niet-geladen"]');
	await expect(notLoaded).toContainText('oin.json: niet geladen.');
	await expect(notLoaded).toContainText("de koper 'NL-OIN 00000001002220647000' is geen gemeente die Regiozicht herkent");

	await page.getByRole('checkbox', { name: /Ja, laad onder de gekozen regio/ }).check();
	await input.setInputFiles([{ ...pkg, name: 'oin-opnieuw.json' }]);
	const again = page.locator('section.report[data-file="oin-opnieuw.json"]');
	await expect(again.getByRole('row', { name: 'Inkooptrajecten geladen' })).toContainText('1');
	await expect(again.getByRole('row', { name: /regio is uw keuze/ })).toContainText('1');
});

/**
 * The real money data on /methode (the taakveld dictionary, the 2025 break in the series with the
 * exact PGB denominators) and on /bronnen (the two sources and the money tables' row counts).
 */
import { test, expect } from './fixtures';

test('/methode explains the taakvelden and the 2025 break, in Dutch and English', async ({ page }) => {
	await page.goto('/methode');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');

	const dictionary = page.getByRole('region', { name: 'Taakvelden', exact: true }).getByRole('table');
	const row = dictionary.getByRole('row', { name: /^6\.752\b/ });
	await expect(row.getByRole('cell')).toHaveText(['Jeugdhulp ambulant regionaal', 'vanaf 2025', 'Jeugdwet', 'ambulant', 'regionaal', 'nee', '6.72, 6.72a, 6.72b, 6.72c, 6.72d, 6.74a']);
	await expect(dictionary.getByRole('row', { name: /^6\.71a\b/ }).getByRole('cell').nth(1)).toHaveText('2023–2024');

	await expect(page.getByRole('heading', { name: 'Breuk in de reeks 2025' })).toBeVisible();
	const pgb = page.locator('dl.formulas');
	await expect(pgb).toContainText('Pgb-aandeel Wmo');
	await expect(pgb).toContainText('6.791 / (6.711 + 6.712 + 6.713 + 6.714 + 6.791)');
	await expect(pgb).toContainText('6.792 / (6.751 + 6.752 + 6.753 + 6.761 + 6.762 + 6.763 + 6.792)');
	// The circulaire per payment year comes from the built data.
	await expect(page.locator('#geld-rekenen + ul')).toContainText('2025: septembercirculaire 2024');
	// The money tables' data dictionary, without a CSV template (they cannot be imported).
	await expect(page.locator('#tabel-spending')).toContainText('spending');
	await expect(page.locator('section[aria-labelledby="tabel-spending"] a[download]')).toHaveCount(0);

	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	const en = page.getByRole('region', { name: 'Taakvelden (budget headings)', exact: true }).getByRole('table');
	await expect(en.getByRole('row', { name: /^6\.752\b/ }).getByRole('cell')).toHaveText([
		'Youth care outpatient: bought regionally',
		'from 2025',
		'Youth Act',
		'outpatient',
		'regional',
		'no',
		'6.72, 6.72a, 6.72b, 6.72c, 6.72d, 6.74a'
	]);
	await expect(page.getByRole('heading', { name: 'Break in the series in 2025' })).toBeVisible();
	await expect(page.locator('dl.formulas')).toContainText('Personal-budget share, Wmo');
	await expect(page.locator('#geld-rekenen + ul')).toContainText('2025: September circular 2024');
});

test('/bronnen lists CBS Iv3, the computed Gemeentefonds and the money tables’ rows', async ({ page }) => {
	await page.goto('/bronnen');
	await expect(page.getByRole('heading', { level: 2, name: 'Gemeentelijke uitgaven per taakveld (Iv3)' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 2, name: /^Gemeentefonds: .*\(berekend\)$/ })).toBeVisible();
	await expect(page.locator('#gemeentefonds-berekend')).toContainText('geen overzicht van betalingen');

	const spending = page.locator('#tabellen + .table-scroll').getByRole('row', { name: /^Uitgaven per taakveld .*\bspending\b/ });
	await expect(spending.getByRole('cell')).toHaveText(['96.444', '96.444', '0']);

	await page.locator('#cbs-iv3').getByRole('link', { name: 'lijst met taakvelden' }).click();
	await expect(page).toHaveURL(/\/methode#taakvelden$/);
	await expect(page.getByRole('heading', { name: 'Taakvelden', exact: true })).toBeVisible();

	await page.goto('/bronnen');
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page.locator('#gemeentefonds-berekend')).toContainText('payment years 2024 and 2025 (May and September circulars of 2023 and 2024)');
	await expect(page.locator('#tabellen + .table-scroll').getByRole('row', { name: /^Spending per taakveld .*\bspending\b/ }).getByRole('cell').first()).toHaveText('96,444');
});

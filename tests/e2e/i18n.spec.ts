/**
 * Dutch (default) and English: the switch in the header, `<html lang>`, and the choice surviving
 * navigation and reload (localStorage); `?lang=` in a link sets it too.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Several DuckDB recomputes per test; give them room on a busy machine.
test.describe.configure({ timeout: 180_000 });

const ready = async (page: Page) => {
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 60_000 });
	await expect(page.locator('.panels-state')).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
};

test('switch to English; it stays English across navigation and reload', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe kopen regio’s zorg in?');

	const toEnglish = page.getByRole('button', { name: 'English' });
	await expect(toEnglish).toHaveAttribute('lang', 'en');
	await toEnglish.click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do regions buy care?');
	const nav = page.getByRole('navigation', { name: 'Main menu' });
	await expect(nav.getByRole('link')).toHaveText(['Regions', 'Find care', 'Your own data', 'Explore', 'Method', 'Sources']);
	await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText(['Money for youth care and Wmo, per municipality', 'All 42 youth care regions']);

	// In-app navigation to a region: still English, down to captions, chart titles and filters.
	await page.getByLabel('Search for a municipality or region').fill('noord-vel');
	await page.getByRole('link', { name: 'Noord-Veluwe', exact: true }).click();
	// The address keeps the language, so this link can be shared in English.
	await expect(page).toHaveURL(/\/regio\/JZ12\?lang=en$/);
	const checkRegionInEnglish = async () => {
		await expect(page.locator('html')).toHaveAttribute('lang', 'en');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region Noord-Veluwe');
		await ready(page);
		await expect(page.locator('.panels-state')).toContainText('All figures below were calculated in your browser');
		await expect(page.locator('#aanbieders-per-gemeente h3')).toHaveText('Contracted providers per municipality');
		await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('In Noord-Veluwe,');
		await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('of contract money goes to local providers');
		await expect(page.locator('#aanbieders-per-gemeente .caption')).toContainText('reference date 1 October 2026');
		await expect(page.locator('#aanbieders-per-gemeente').getByRole('button', { name: 'Show table' })).toBeVisible();
		await expect(page.locator('#aanbieders-per-gemeente .source')).toContainText('Source:');
		const filters = page.getByRole('form', { name: 'Filters' });
		await expect(filters.getByLabel('Municipality')).toBeVisible();
		await expect(filters.getByLabel('Care category')).toBeVisible();
		await expect(filters.getByLabel('Year')).toContainText('Now (reference date 1 October 2026)');
		// Care category names come in English too (the rows carry Dutch names only).
		await expect(filters.getByLabel('Care category')).toContainText('Help at home or at the provider');
		await expect(page.getByRole('button', { name: 'Youth Act' })).toHaveAttribute('aria-pressed', 'true');
		// One status line: once the engine is ready, the panels' line says what the figures are.
		await expect(page.locator('.panels-state')).toContainText('All figures below were calculated in your browser');
		await expect(page.locator('.db-progress')).toHaveText('');
		await expect(page.getByRole('heading', { name: 'Member municipalities' })).toBeVisible();
	};
	await checkRegionInEnglish();

	// Reload: the choice is remembered.
	await page.reload();
	await checkRegionInEnglish();
});

test('notices are in English too, and ?lang=nl in a link switches back to Dutch', async ({ page }) => {
	await page.goto('/?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('How do regions buy care?');

	// A filter and a bad link value: the notice is in English as well.
	await page.goto('/regio/JZ12?gemeente=GM0243&jaar=3000');
	await ready(page);
	await expect(page.getByRole('alert')).toHaveText('The link asked for year “3000”, which we do not know. We show the situation on the reference date.');
	await expect(page.locator('.panels-state')).toContainText('for Harderwijk');

	// ?lang=nl in a link: Dutch again, and remembered.
	await page.goto('/regio/JZ12?lang=nl');
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Noord-Veluwe');
	await ready(page);
	await expect(page.locator('#aanbieders-per-gemeente h3')).toHaveText('Gecontracteerde aanbieders per gemeente');
	await page.goto('/');
	await expect(page.getByRole('button', { name: 'English' })).toBeEnabled();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe kopen regio’s zorg in?');
});

test('?lang=en opens English; switching back drops the parameter so a reload stays Dutch', async ({ page }) => {
	await page.goto('/bronnen?lang=en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
	await expect(page.getByRole('heading', { name: 'Demo data (made up)' })).toBeVisible();
	await expect(page.locator('#cbs-gebieden-2025 dd').nth(1)).toHaveText('1 January 2025');

	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page).toHaveURL(/\/bronnen$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bronnen');
	await page.reload();
	await expect(page.getByRole('button', { name: 'English' })).toBeEnabled();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Bronnen');
});

test('switching language after a filter change keeps the filter and drops ?lang= from the address', async ({ page }) => {
	await page.goto('/regio/JZ12?lang=en');
	await ready(page);
	await page.locator('#kaart path.municipality[data-code="GM0243"]').click();
	await expect(page).toHaveURL(/\/regio\/JZ12\?lang=en&gemeente=GM0243$/);
	await ready(page);
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page).toHaveURL(/\/regio\/JZ12\?gemeente=GM0243$/);
	await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Gemeente')).toHaveValue('GM0243');
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('In Harderwijk gaat');
});

test('the municipality page and the method page follow the language', async ({ page }) => {
	await page.goto('/gemeente/GM0243?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipality of Harderwijk');
	await expect(page.getByTestId('vergelijking').locator('thead')).toContainText('Netherlands');
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 60_000 });
	await expect(page.getByRole('heading', { name: 'Freedom of choice' })).toBeVisible();
	await expect(page.locator('#lokaal-vergelijking .caption')).toContainText('In Harderwijk,');

	await page.goto('/methode');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Method');
	await expect(page.getByRole('heading', { name: 'Data dictionary' })).toBeVisible();
	await expect(page).toHaveTitle('Method and data dictionary · Regiozicht');
});

test('the care finder, a provider profile and the comparison in English', async ({ page }) => {
	test.slow(); // three pages, each computed in the browser
	await page.goto('/aanbieders?lang=en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle('Find care · Regiozicht');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Find care near you');
	await expect(page.locator('.results-state')).toHaveText('First choose your municipality.');

	// The municipality type-ahead: label, hint, live status and notes in English.
	const combo = page.getByRole('combobox', { name: '1. Your municipality' });
	await expect(page.locator('#gemeente-hint')).toHaveText('Type the name of your municipality or your postcode (4 digits).');
	await combo.fill('3841');
	await expect(page.locator('.picker .message')).toContainText('We cannot link postcode 3841 to a municipality');
	await combo.fill('harderw');
	await expect(page.getByRole('listbox', { name: '1. Your municipality: choices' })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'municipality found' })).toHaveText('1 municipality found. Choose with the down arrow and Enter.');
	await page.getByRole('option', { name: /Harderwijk/ }).click();
	await expect(page.locator('.results-state')).toHaveText('Now choose a type of care for Harderwijk.');

	// The category choice: groups, names and counts in English.
	const select = page.getByLabel('2. Type of care');
	await expect(select.locator('optgroup').first()).toHaveAttribute('label', 'Youth care (Youth Act)');
	await expect(select.locator('option[value="45"]')).toContainText(/\(\d+ providers\)/, { timeout: 60_000 });
	await select.selectOption('45');
	await expect(page.locator('.results-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(page.locator('.results-state')).toContainText(/\d+ providers found, sorted by shortest waiting time first\./);
	await expect(page.getByRole('heading', { level: 2, name: /in Harderwijk$/ })).toBeVisible();
	await expect(page.locator('.source-note')).toContainText('These providers, contracts and waiting times are made-up example data on the real municipalities.');
	await expect(page.getByLabel('Sort')).toContainText('Nearby first');

	// The results list.
	const first = page.locator('.provider').first();
	await expect(first.locator('dt')).toContainText(['Waiting time', 'Nearest location', 'Personal budget possible', 'Contracted since']);
	const firstName = (await first.locator('h3 a').textContent())!.trim();
	await first.getByRole('checkbox', { name: /^Compare/ }).check();
	await page.locator('.provider').nth(1).getByRole('checkbox', { name: /^Compare/ }).check();
	const compareBar = page.getByRole('region', { name: 'Compare' });
	await expect(compareBar.getByRole('link', { name: 'Compare 2 providers' })).toBeVisible();
	await expect(compareBar.getByRole('button', { name: 'Clear choice' })).toBeVisible();

	// The profile of the first provider.
	await first.locator('h3 a').click();
	await expect(page).toHaveURL(/\/aanbieder\?id=/);
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
	await expect(page).toHaveTitle(`${firstName} · Regiozicht`);
	await expect(page.locator('.crumbs').getByRole('link')).toHaveText('Find care');
	await expect(page.locator('.source-note')).toContainText('Made-up example provider.');
	for (const heading of ['For Harderwijk', 'Care categories and waiting time', 'Waiting time per month', 'Where contracted', 'Subcontracting', 'Procurements won', 'Locations'])
		await expect(page.getByRole('heading', { level: 2, name: heading })).toBeVisible();
	await expect(page.getByRole('link', { name: '← Back to the list for Harderwijk' })).toBeVisible();

	// Back to the list, then to the comparison.
	await page.goBack();
	await expect(page.locator('.results-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await page.getByRole('link', { name: 'Compare 2 providers' }).click();
	await expect(page).toHaveURL(/\/aanbieders\/vergelijk\?ids=/);
	await expect(page).toHaveTitle('Compare providers · Regiozicht');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Compare providers');
	await expect(page.locator('.compare-state')).toHaveText('2 providers side by side.', { timeout: 60_000 });
	await expect(page.getByRole('rowheader', { name: 'Contracted for Harderwijk' })).toBeVisible();
	await expect(page.getByRole('rowheader', { name: 'Current contracts' })).toBeVisible();
	await expect(page.getByRole('button', { name: `Remove ${firstName}` })).toBeVisible();
	await expect(page.getByRole('link', { name: '← Back to the list (your choice is kept)' })).toBeVisible();
});

test('the finder link notices, and an unknown provider, in English', async ({ page }) => {
	await page.goto('/aanbieders?lang=en&gemeente=GM9999&vergelijk=a,b,c,d,e');
	await expect(page.getByRole('alert')).toHaveText([
		'The link asked for municipality “GM9999”, which we do not know. Choose your municipality below.',
		'You can compare at most 4 providers. We show the first 4.'
	]);
	await page.goto('/aanbieder?id=bestaat-niet');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Provider not found', { timeout: 60_000 });
	await expect(page.getByRole('link', { name: 'Find a provider near you' })).toBeVisible();
	await page.goto('/aanbieders/vergelijk?ids=bestaat-niet');
	await expect(page.getByRole('alert')).toContainText('We do not know this provider: bestaat-niet', { timeout: 60_000 });
	await expect(page.getByRole('button', { name: 'Remove bestaat-niet' })).toBeVisible();
});

test('own data in English, down to the importer’s messages', async ({ page }) => {
	await page.goto('/eigen-data?lang=en');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page).toHaveTitle('Load your own data · Regiozicht');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Load your own data');
	await expect(page.getByRole('group', { name: 'For OCDS files: which region and law are they about?' })).toBeVisible();
	await expect(page.getByLabel('Law')).toContainText('Youth Act');

	const input = page.getByLabel('Choose one or more files (CSV or JSON)');
	await input.setInputFiles([
		{ name: 'providers.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\np2,,123,,,mijn-bron\n') }
	]);
	const report = page.locator('section.report[data-file="providers.csv"]');
	// The first upload waits for DuckDB in the browser to start.
	await expect(report).toContainText('Loaded: 1 row in providers.', { timeout: 60_000 });
	await expect(report).toContainText('1 row rejected.');
	await expect(report.locator('thead')).toHaveText(/Row\s*Field\s*Message\s*Kind/);
	// The importer's own message, in its English wording (the Dutch one says "verwacht").
	const firstIssue = report.locator('tbody tr').first();
	await expect(firstIssue).toContainText('name');
	await expect(firstIssue).toContainText('expected');
	await expect(firstIssue).not.toContainText('verwacht');
	await expect(firstIssue.locator('td').nth(3)).toHaveText('error');
	await expect(report.getByRole('button', { name: 'Download all messages (CSV)' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Loaded in this browser' })).toBeVisible();
	await expect(page.getByRole('link', { name: 'View the region with your data' })).toBeVisible();

	// Switching back to Dutch changes the same report in place.
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(report).toContainText('Geladen: 1 rij in providers.');
	await expect(report.locator('tbody tr').first()).toContainText('verwacht');
});

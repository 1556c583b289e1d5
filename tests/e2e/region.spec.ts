import { test, expect } from './fixtures';

test('the home page lists all 42 jeugdregio’s and links to a region', async ({ page }) => {
	await page.goto('/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe kopen regio’s zorg in?');
	const rows = page.locator('tbody tr');
	await expect(rows).toHaveCount(42);
	await page.getByLabel('Zoek een gemeente of regio').fill('noord-vel');
	await expect(rows).toHaveCount(1);
	// exact: the search also lists the region's deals (“Jeugdhulp Noord-Veluwe …”) once their index is in.
	await page.getByRole('link', { name: 'Noord-Veluwe', exact: true }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Regio Noord-Veluwe');
});

test('the prerendered region page already holds the figures, before any JavaScript runs', async ({ request }) => {
	const html = await (await request.get('/regio/JZ12')).text();
	expect(html).toContain('Regio Noord-Veluwe');
	expect(html).toContain('Harderwijk');
	// The chart's caption with its computed figure is in the HTML.
	expect(html).toMatch(/In Noord-Veluwe (hebben inwoners van .+ de meeste keus: \d+|kunnen inwoners van alle 7 gemeenten bij dezelfde \d+)/);
	expect(html).toContain('data-computed-by="prerender"');
});

test('DuckDB-WASM recomputes the region chart in the browser, with the same figures as the build', async ({ page }) => {
	await page.goto('/regio/JZ12');
	const figure = page.locator('figure#aanbieders-per-gemeente');
	await expect(figure).toHaveAttribute('data-computed-by', 'prerender');
	// The table is built when opened; a click before hydration does nothing, so click until it opens.
	const toggle = figure.locator('button[aria-controls="aanbieders-per-gemeente-table"]');
	await expect(async () => {
		if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
		await expect(toggle).toHaveAttribute('aria-expanded', 'true', { timeout: 1_000 });
	}).toPass({ timeout: 30_000 });
	await expect(figure.locator('tbody tr')).toHaveCount(7);
	const before = await figure.locator('tbody tr').allTextContents();
	await expect(page.locator('.db-progress')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
	await expect(figure).toHaveAttribute('data-computed-by', 'duckdb-wasm');
	await expect(figure.getByText('Berekend in uw browser (DuckDB)')).toBeVisible();
	// One bar per member municipality, and the same numbers as the native build computed.
	await expect(figure.locator('svg g.bar')).toHaveCount(7);
	expect(await figure.locator('tbody tr').allTextContents()).toEqual(before);
	expect(before.length).toBe(7);
});

test('switching law recomputes in the browser and lives in the URL', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await expect(page.locator('.db-progress')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
	await page.getByRole('button', { name: 'Wmo', exact: true }).click();
	await expect(page).toHaveURL(/\?domein=wmo$/);
	await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('figure#aanbieders-per-gemeente[data-computed-by="duckdb-wasm"] .caption')).toContainText('Wmo');
	await page.reload();
	await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.goBack();
	await page.goto('/regio/JZ12?domein=onzin');
	await expect(page.getByRole('alert')).toContainText('“onzin”');
	await expect(page.getByRole('button', { name: 'Jeugdwet', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test.describe('not found', () => {
	test.use({ expectedConsoleErrors: [/status of 404/] });
	test('an unknown path gets a real 404 page with navigation', async ({ page }) => {
	const response = await page.goto('/dit/bestaat/niet');
	expect(response?.status()).toBe(404);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pagina niet gevonden');
	await page.getByRole('link', { name: 'Naar het overzicht van alle regio’s' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Hoe kopen regio’s zorg in?');
});
});

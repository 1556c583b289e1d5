/**
 * Offline after one visit (issue 22): the service worker (src/service-worker.ts) stores the site
 * after the first visit; with the network off, the region page, its filters, a municipality page
 * and /eigen-data still work. The other specs block service workers (playwright.config.ts); this
 * one allows them.
 */
import { test, expect } from './fixtures';

test.use({ serviceWorkers: 'allow' });

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });

test('after one visit the region page, its filters, a municipality page and /eigen-data work without a network', async ({ page, context, expectedConsoleErrors }) => {
	const state = page.locator('.panels-state');
	const caption = page.locator('#lokaal-per-gemeente .caption');
	const ready = async () => {
		await expect(state).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 60_000 });
		await expect(state).toHaveAttribute('data-pending', 'false');
	};

	// 1. One visit, online: the page is ready, then says the site is stored.
	await page.goto('/regio/JZ12');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await expect(page.locator('.db-progress')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
	await expect(page.locator('footer.site')).toContainText('Deze site werkt nu ook zonder internet.', { timeout: 60_000 });

	// 2. Network off: the region page loads again, DuckDB starts from the stored files, a filter redraws the panels.
	await context.setOffline(true);
	await page.reload();
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await expect(page.locator('footer.site')).toContainText(/U bent offline\. U ziet de opgeslagen gegevens van \d+ \w+ \d{4}\./);
	await expect(page.locator('.db-progress')).toHaveAttribute('data-phase', 'ready', { timeout: 60_000 });
	await ready();
	const before = await caption.textContent();
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort').selectOption('45');
	await expect(page).toHaveURL(/categorie=45/);
	await ready();
	await expect(caption).not.toHaveText(before!);
	await page.locator('#kaart path.municipality[data-code="GM0243"]').click();
	await expect(state).toContainText('voor Harderwijk', { timeout: 60_000 });
	await ready();

	// 3. A municipality page opened directly, then /eigen-data by the menu (the app's own navigation), with a CSV loaded.
	await page.goto('/gemeente/GM0243');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Harderwijk');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Eigen data' }).click();
	await expect(page).toHaveURL(/\/eigen-data$/);
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([csv('providers.csv', 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\n')]);
	await expect(page.locator('section.report[data-file="providers.csv"]')).toContainText('Geladen: 1 rij in providers.', { timeout: 60_000 });

	// 4. Truly offline: a page that was never stored is not fetched but explained (the browser logs the 503 answer).
	expectedConsoleErrors.push(/status of 503/);
	const missing = await page.goto('/gemeente/GM9999');
	expect(missing?.status()).toBe(503);
	await expect(page.getByRole('heading', { name: 'Niet opgeslagen' })).toBeVisible();
});

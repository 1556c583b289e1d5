import { test, expect } from './fixtures';
import { csv, ownDeal } from './own-deal';

test('after loading their own deal, every panel names providers and the provider filter lists the user’s', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles(ownDeal);
	// The reports appear once every file is in (the demo notice already shows after the first).
	await expect(page.locator('section.report[data-file="contracts.csv"]')).toContainText('Geladen: 1 rij in contracts.');
	await expect(page.getByText('Demodata vervangen door uw gegevens: inkoop en contracten.')).toBeVisible();

	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	// The filter offers the user's provider, not the demo providers the build listed.
	const provider = page.getByRole('form', { name: 'Filters' }).getByLabel('Aanbieder');
	await expect(provider.locator('option', { hasText: 'Zorg Oost' })).toHaveCount(1);
	await expect(provider.locator('option')).toHaveCount(2); // "Alle aanbieders" and Zorg Oost

	// The demo waits stay, and still carry their providers' names, not raw ids.
	const waits = page.locator('#wachttijd-per-aanbieder');
	await waits.scrollIntoViewIfNeeded();
	await expect(waits.locator('svg text').first()).toBeVisible();
	const labels = (await waits.locator('svg text').allTextContents()).join(' ');
	expect(labels).not.toMatch(/demo-\d{4}/);
	expect(await waits.locator('.caption').textContent()).not.toMatch(/demo-\d{4}/);
});

test('the import report is still there after a visit to a region page', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([
		csv('providers.csv', 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\np2,Zorg West,123,,,mijn-bron\n')
	]);
	const report = page.locator('section.report[data-file="providers.csv"]');
	await expect(report).toContainText('1 rij afgekeurd.');
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page).toHaveURL(/\/regio\//);
	await page.getByRole('navigation').getByRole('link', { name: 'Eigen data' }).click();
	await expect(page).toHaveURL(/\/eigen-data/);
	await expect(report).toContainText('1 rij afgekeurd.');
	await expect(report.locator('tbody tr')).toHaveCount(1);
	await expect(report.getByRole('button', { name: /download/i })).toBeVisible();
});

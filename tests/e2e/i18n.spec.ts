/**
 * Dutch (default) and English: the switch in the header, `<html lang>`, and the choice surviving
 * navigation and reload (localStorage); `?lang=` in a link sets it too.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Several DuckDB recomputes per test; give them room on a busy machine.
test.describe.configure({ timeout: 90_000 });

const ready = async (page: Page) => {
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 30_000 });
	await expect(page.locator('.panels-state')).toHaveAttribute('data-pending', 'false', { timeout: 30_000 });
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
	await expect(nav.getByRole('link')).toHaveText(['Regions', 'Find care', 'Your own data', 'Method', 'Sources']);
	await expect(page.getByRole('button', { name: 'Nederlands' })).toHaveAttribute('lang', 'nl');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('All 42 youth care regions');

	// In-app navigation to a region: still English, down to captions, chart titles and filters.
	await page.getByLabel('Search for a region').fill('noord-vel');
	await page.getByRole('link', { name: 'Noord-Veluwe' }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
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
		await expect(page.locator('[data-phase="ready"]')).toContainText('Done: the figures were calculated in your browser.');
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

test('the municipality page and the method page follow the language', async ({ page }) => {
	await page.goto('/gemeente/GM0243?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Municipality of Harderwijk');
	await expect(page.getByTestId('vergelijking').locator('thead')).toContainText('Netherlands');
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 20_000 });
	await expect(page.getByRole('heading', { name: 'Freedom of choice' })).toBeVisible();
	await expect(page.locator('#lokaal-vergelijking .caption')).toContainText('In Harderwijk,');

	await page.goto('/methode');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Method');
	await expect(page.getByRole('heading', { name: 'Data dictionary' })).toBeVisible();
	await expect(page).toHaveTitle('Method and data dictionary · Regiozicht');
});

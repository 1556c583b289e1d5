/**
 * Find and share: the home search finds municipalities, a shared link keeps the view and the
 * language, and a chart downloads as a CSV that Dutch Excel opens in columns.
 */
import { readFileSync } from 'node:fs';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const hydrated = (page: Page) => expect(page.locator('.lang-switch')).toBeEnabled();

test('the home search finds a municipality and leads to its page', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const search = page.getByLabel('Zoek een gemeente of regio');
	await search.fill('Hardenberg');
	// The municipalities' count (deals found have a count of their own, once their index is in).
	await expect(page.locator('#search-count')).toHaveText('1 gemeente gevonden.');
	const found = page.getByRole('list', { name: 'Gevonden gemeenten' });
	await expect(found.getByRole('listitem').first()).toContainText('gemeente in jeugdregio IJsselland');
	// The region table lists the municipality's region.
	await expect(page.getByRole('table', { name: /jeugdregio’s/ }).getByRole('link', { name: 'IJsselland' })).toBeVisible();

	await search.fill('sudwest');
	await expect(found.getByRole('link').first()).toHaveText('Súdwest-Fryslân');

	await search.fill('xyzzy');
	await expect(page.locator('#search-count')).toHaveText('Geen gemeente of regio gevonden voor “xyzzy”.');

	await search.fill('Hardenberg');
	await found.getByRole('link', { name: 'Hardenberg' }).click();
	await expect(page).toHaveURL(/\/gemeente\/GM0160$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Gemeente Hardenberg');
});

test('a shared link opens the region page in English with its map colour and contracts split', async ({ page }) => {
	await page.goto('/regio/JZ12?lang=en&kleur=pgb&verdeling=bekostiging');
	await hydrated(page);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Region Noord-Veluwe');
	await expect(page.getByRole('group', { name: 'Colour the map by' }).getByRole('button', { name: 'Personal budget' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('#kaart-title')).toContainText('Clients with a personal budget');
	await expect(page.locator('#procedures').getByRole('button', { name: 'Funding' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('#procedures-title')).toHaveText('Funding by start year');

	// Choices write the URL; defaults leave it.
	await page.getByRole('group', { name: 'Colour the map by' }).getByRole('button', { name: 'Providers' }).click();
	await expect(page).toHaveURL(/\?lang=en&verdeling=bekostiging$/);
	await page.locator('#procedures').getByRole('button', { name: 'Procedure' }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12\?lang=en$/);

	// The language switch updates the address; Dutch, the default, leaves it.
	await page.getByRole('button', { name: 'Nederlands' }).click();
	await expect(page.locator('html')).toHaveAttribute('lang', 'nl');
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
	await page.getByRole('button', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12\?lang=en$/);

	// An internal link keeps the language in the address.
	await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Sources' }).click();
	await expect(page).toHaveURL(/\/bronnen\?lang=en$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
});

test('a chart downloads as a CSV for Dutch Excel: ; between cells, readable headers, decimal commas', async ({ page }) => {
	await page.goto('/regio/JZ12?kleur=pgb');
	await hydrated(page);
	const frame = page.locator('figure#kaart');
	await expect(frame.locator('#kaart-title')).toContainText('Cliënten met pgb');
	const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'CSV voor Excel' }).click()]);
	expect(download.suggestedFilename()).toBe('JZ12-jeugd-kaart-pgb-demo-excel.csv');
	const bytes = readFileSync((await download.path())!);
	const text = bytes.toString('utf8');
	expect(text.startsWith('\ufeff'), 'UTF-8 BOM').toBe(true);
	const lines = text.replace(/^\ufeff/, '').trim().split('\r\n');
	expect(lines[0]).toBe('Gemeente;Cliënten met pgb (%);bron');
	expect(lines.length).toBeGreaterThan(2);
	// The source cell holds two sources, "; " apart, so it is quoted.
	for (const line of lines.slice(1)) expect(line).toMatch(/^[^;"]+;(\d+(,\d)?)?;"Grenzen van gemeenten[^"]*; DEMO \(verzonnen\): Demodata"$/);
	expect(lines.some((l) => /;\d+,\d;/.test(l)), 'a figure with a decimal comma').toBe(true);
	expect(text).not.toMatch(/0\.\d{5,}/);
});

test('source lines say what demo data are, in plain words', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await hydrated(page);
	const line = page.locator('figure#kaart .source');
	await expect(line).toContainText('Demodata: verzonnen door Regiozicht, 2015–2026, op echte gemeenten en regio’s');
	await expect(line).not.toContainText('scripts/');
	await expect(line).not.toContainText('seeded');
});

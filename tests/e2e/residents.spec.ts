/**
 * Residents: find and compare care providers near you (issue 5), on a phone-sized screen.
 * Choose a municipality (type-ahead) and a category, see providers sorted by wait, open one,
 * add two to the comparison; the URL reproduces each view after a reload.
 */
import { createRequire } from 'node:module';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

test.use({ viewport: { width: 375, height: 812 } });

const listReady = async (page: Page) => {
	await expect(page.locator('.results-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
};
const waitsShown = async (page: Page) =>
	(await page.locator('.provider .wait dd').allTextContents()).map((t) => {
		const m = /([\d.,]+) wk/.exec(t);
		return m ? Number(m[1]!.replace('.', '').replace(',', '.')) : Infinity;
	});
const noSidewaysScroll = async (page: Page) =>
	expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

test('choose a municipality and a category, see providers by wait, open one, compare two; the URL reproduces it', async ({ page }) => {
	test.slow(); // a whole journey over four pages, each computed in the browser
	await page.goto('/aanbieders');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Zorg zoeken bij u in de buurt');

	// 1. Municipality: type, then choose from the combobox's list.
	const combo = page.getByRole('combobox', { name: '1. Uw gemeente' });
	await combo.fill('harder');
	await expect(page.getByRole('status').filter({ hasText: 'gemeente gevonden' })).toContainText('1 gemeente gevonden');
	await page.getByRole('option', { name: /Harderwijk/ }).click();
	await expect(page).toHaveURL(/\/aanbieders\?gemeente=GM0243$/);
	await expect(combo).toHaveValue('Harderwijk');

	// 2. Category: the select shows how many providers each category has for Harderwijk.
	const select = page.getByLabel('2. Soort zorg');
	await expect(select.locator('option[value="45"]')).toContainText(/\(\d+ aanbieders\)/, { timeout: 60_000 });
	await select.selectOption('45');
	await expect(page).toHaveURL(/gemeente=GM0243&zorgsoort=45$/);
	await listReady(page);
	await expect(page.locator('.results-state')).toContainText(/\d+ aanbieders gevonden, gesorteerd op kortste wachttijd eerst/);
	await expect(page.getByRole('heading', { level: 2, name: /in Harderwijk/ })).toBeVisible();
	await expect(page.locator('.source-note')).toContainText('verzonnen voorbeelddata');
	const items = page.locator('.provider');
	expect(await items.count()).toBeGreaterThan(2);
	const waits = await waitsShown(page);
	expect(waits).toEqual([...waits].sort((a, b) => a - b));
	await noSidewaysScroll(page);

	// Sorting lives in the URL too.
	await page.getByLabel('Sorteer').selectOption('naam');
	await expect(page).toHaveURL(/sortering=naam/);
	await listReady(page);
	const names = await page.locator('.provider h3 a').allTextContents();
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'nl', { sensitivity: 'base' })));
	await page.getByLabel('Sorteer').selectOption('wachttijd');
	await expect(page).not.toHaveURL(/sortering/);
	await listReady(page);

	// Tick two providers for the comparison.
	const first = items.nth(0);
	const second = items.nth(1);
	const firstName = (await first.locator('h3 a').textContent())!.trim();
	const secondName = (await second.locator('h3 a').textContent())!.trim();
	await first.getByRole('checkbox', { name: /Vergelijk/ }).check();
	await expect(page).toHaveURL(/vergelijk=[\w-]+$/);
	await second.getByRole('checkbox', { name: /Vergelijk/ }).check();
	await expect(page).toHaveURL(/vergelijk=[\w-]+,[\w-]+$/);
	const listUrl = page.url();

	// Reload: the same list, the same two ticked.
	await page.reload();
	await listReady(page);
	await expect(page.getByLabel('2. Soort zorg')).toHaveValue('45');
	await expect(page.getByRole('combobox', { name: '1. Uw gemeente' })).toHaveValue('Harderwijk');
	await expect(page.locator('.provider input[type="checkbox"]:checked')).toHaveCount(2);
	expect(page.url()).toBe(listUrl);

	// Open the first provider's profile.
	await first.locator('h3 a').click();
	await expect(page).toHaveURL(/\/aanbieder\?id=[\w-]+&gemeente=GM0243&zorgsoort=45$/);
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
	await expect(page.getByRole('heading', { name: 'Voor Harderwijk' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Wachttijd per maand' })).toBeVisible();
	await expect(page.locator('figure.chart svg').first()).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Gewonnen inkooptrajecten' })).toBeVisible();
	await expect(page.locator('a[href^="/regio/"]').first()).toBeVisible();
	await noSidewaysScroll(page);
	const profileUrl = page.url();
	await page.reload();
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(firstName);
	expect(page.url()).toBe(profileUrl);

	// Back to the list and on to the comparison of the two.
	await page.goBack();
	await listReady(page);
	await page.getByRole('link', { name: 'Vergelijk 2 aanbieders' }).click();
	await expect(page).toHaveURL(/\/aanbieders\/vergelijk\?ids=[\w-]+,[\w-]+&gemeente=GM0243&zorgsoort=45$/);
	await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	const headers = page.locator('table.compare thead th');
	await expect(headers).toHaveCount(2);
	await expect(headers.nth(0).getByRole('link')).toHaveText(firstName);
	await expect(headers.nth(1).getByRole('link')).toHaveText(secondName);
	await expect(page.getByRole('rowheader', { name: 'Gecontracteerd voor Harderwijk' })).toBeVisible();
	await expect(page.locator('tr[data-category="45"] td')).toHaveCount(2);
	await noSidewaysScroll(page);
	const compareUrl = page.url();
	await page.reload();
	await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(headers).toHaveCount(2);
	expect(page.url()).toBe(compareUrl);

	// Remove one: the URL follows.
	await headers.nth(1).getByRole('button', { name: /Verwijder/ }).click();
	await expect(page).toHaveURL(/ids=[\w-]+&gemeente/);
	await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(headers).toHaveCount(1);
});

test('the finder works by keyboard alone, and a ggz category lists real NZa 2018 providers without contract facts', async ({ page }) => {
	await page.goto('/aanbieders');
	const combo = page.getByRole('combobox', { name: '1. Uw gemeente' });
	await combo.focus();
	await page.keyboard.type('den haag');
	await expect(page.getByRole('listbox').getByRole('option')).toHaveCount(1);
	await page.keyboard.press('ArrowDown');
	await expect(combo).toHaveAttribute('aria-activedescendant', 'gemeente-option-0');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/gemeente=GM0518/);
	await expect(combo).toHaveValue("'s-Gravenhage");
	await page.keyboard.press('Tab');
	await expect(page.getByLabel('2. Soort zorg')).toBeFocused();
	await page.getByLabel('2. Soort zorg').selectOption('ggz-jeugd');
	await listReady(page);
	await expect(page.locator('.source-note')).toContainText('ggz-aanbieders uit de NZa-lijst van 2018 — geen contractinformatie');
	await expect(page.locator('.provider').first()).toContainText('2018');
	await expect(page.locator('.provider .badge.demo')).toHaveCount(0);
	await expect(page.locator('.provider').first()).toContainText('Onbekend: de NZa-lijst van 2018 zegt niets over contracten');
});

test('a postcode the data cannot map says so plainly', async ({ page }) => {
	await page.goto('/aanbieders');
	await page.getByRole('combobox', { name: '1. Uw gemeente' }).fill('3841');
	await expect(page.locator('.picker .message')).toContainText('Postcode 3841 kunnen we niet aan een gemeente koppelen');
});

test('long lists page by 50, and the page lives in the URL', async ({ page }) => {
	// Adult ggz in Amsterdam: over 100 NZa providers.
	await page.goto('/aanbieders?gemeente=GM0363&zorgsoort=ggz-volwassenen');
	await listReady(page);
	await expect(page.locator('.provider')).toHaveCount(50);
	await page.getByRole('button', { name: 'Volgende 50' }).click();
	await expect(page).toHaveURL(/pagina=2/);
	await listReady(page);
	await expect(page.locator('.provider-list')).toHaveAttribute('start', '51');
	await expect(page.getByRole('heading', { level: 2 })).toBeFocused();
	await page.reload();
	await listReady(page);
	await expect(page.locator('.provider-list')).toHaveAttribute('start', '51');
});

test('tampered finder URLs fall back with a notice, never a crash', async ({ page }) => {
	await page.goto("/aanbieders?gemeente=GM9999&zorgsoort=%27%20OR%201%3D1&sortering=%3Cscript%3E&pagina=-3&vergelijk=a,%3Cb%3E");
	await expect(page.getByRole('alert')).toHaveCount(5);
	await expect(page.getByRole('alert').first()).toContainText('“GM9999”');
	await expect(page.locator('.results-state')).toHaveText('Kies eerst uw gemeente.');
	// A page past the end goes back to page 1, with a notice.
	await page.goto('/aanbieders?gemeente=GM0243&zorgsoort=45&pagina=9');
	await expect(page.getByRole('alert')).toContainText('Pagina 9 bestaat niet', { timeout: 60_000 });
	await expect(page).not.toHaveURL(/pagina/);
	await listReady(page);
});

test('an unknown provider id gets a clear “niet gevonden” with navigation', async ({ page }) => {
	await page.goto('/aanbieder?id=bestaat-niet');
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'niet-gevonden', { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbieder niet gevonden');
	await page.getByRole('link', { name: 'Zoek een aanbieder bij u in de buurt' }).click();
	await expect(page).toHaveURL(/\/aanbieders$/);
	await page.goto('/aanbieder?id=%3Cimg%20src%3Dx%3E');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aanbieder niet gevonden');
	await page.goto('/aanbieders/vergelijk?ids=bestaat-niet');
	await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	await expect(page.getByRole('alert')).toContainText('Deze aanbieder kennen we niet: bestaat-niet');
});

test('a real NZa provider’s profile says it is from 2018 and has no contract information', async ({ page }) => {
	await page.goto('/aanbieder?id=nza-6000020');
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Accare');
	await expect(page.locator('.source-note')).toContainText('NZa uit 2018');
	await expect(page.locator('.source-note')).toContainText('geen informatie');
	await expect(page.getByRole('heading', { name: 'Gewonnen inkooptrajecten' })).toHaveCount(0);
});

test.describe('accessibility', () => {
	const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
	// axe is injected as an inline script, which the site's CSP (rightly) forbids.
	test.use({ bypassCSP: true });
	const views = [
		{ path: '/aanbieders?gemeente=GM0243&zorgsoort=45&vergelijk=demo-0014', ready: '.results-state[data-ready="true"]' },
		{ path: '/aanbieders/vergelijk?ids=demo-0014,nza-6000020&gemeente=GM0243&zorgsoort=45', ready: '.compare-state[data-ready="true"]' },
		{ path: '/aanbieder?id=demo-0007&gemeente=GM0243', ready: '.profile-state[data-phase="gevonden"]' }
	];
	for (const view of views) {
		test(`no WCAG 2.2 A/AA violations on ${view.path}`, async ({ page }) => {
			await page.goto(view.path);
			await page.locator(view.ready).waitFor({ state: 'attached', timeout: 60_000 });
			if (view.path.startsWith('/aanbieders?')) {
				// With the type-ahead's list open, too.
				await page.getByRole('combobox', { name: '1. Uw gemeente' }).fill('ber');
				await expect(page.getByRole('listbox')).toBeVisible();
			}
			await page.addScriptTag({ path: axePath });
			const result = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
				return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
			});
			expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
		});
	}
});

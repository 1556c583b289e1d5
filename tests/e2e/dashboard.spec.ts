import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

const ready = async (page: Page) => {
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 60_000 });
	await expect(page.locator('.panels-state')).toHaveAttribute('data-pending', 'false');
};

test('the prerendered region page holds the headline figures', async ({ request }) => {
	const html = await (await request.get('/regio/JZ12')).text();
	for (const key of ['lokaal', 'effectief', 'wachttijd', 'signalen']) expect(html).toMatch(new RegExp(`data-headline="${key}"[^>]*><strong>\\d`));
	expect(html).toMatch(/In Noord-Veluwe gaat \d+% van het contractgeld naar lokale aanbieders/);
	for (const id of ['kaart', 'procedures', 'tijdlijn', 'percelen', 'lokaal-per-gemeente', 'concentratie', 'pgb', 'wachttijd-per-zorgsoort', 'wachttijd-ggz-2018', 'signalen'])
		expect(html, id).toContain(`id="${id}"`);
});

test('a region page opened directly starts DuckDB from its <head>, before the app’s own code, and its CSP allows that script', async ({ page }) => {
	const blocked: string[] = [];
	page.on('console', (m) => m.text().includes('Content Security Policy') && blocked.push(m.text()));
	await page.goto('/regio/JZ12');
	await ready(page);
	const at = await page.evaluate(() => Object.fromEntries(['db-worker', 'db-start', 'db-ready'].map((n) => [n, performance.getEntriesByName(`regiozicht:${n}`)[0]?.startTime ?? null])));
	expect(blocked).toEqual([]);
	expect(at['db-worker'], 'the <head> started the worker').not.toBeNull();
	expect(at['db-worker']!).toBeLessThan(at['db-start']!);
	expect(at['db-ready']).not.toBeNull();
});

test('clicking a municipality on the map filters every panel, lives in the URL, survives reload and back', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await ready(page);
	const before = await page.locator('#lokaal-per-gemeente .caption').textContent();
	expect(before).toContain('In Noord-Veluwe gaat');

	await page.locator('#kaart path.municipality[data-code="GM0243"]').click();
	await expect(page).toHaveURL(/\/regio\/JZ12\?gemeente=GM0243$/);
	await ready(page);
	await expect(page.locator('.panels-state')).toContainText('voor Harderwijk');
	await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('In Harderwijk gaat');
	await expect(page.locator('#procedures .caption')).toContainText('Harderwijk');
	await expect(page.locator('#kaart path.municipality[data-code="GM0243"]')).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Gemeente')).toHaveValue('GM0243');
	const filtered = await page.locator('#lokaal-per-gemeente .caption').textContent();

	await page.reload();
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(filtered!);
	await expect(page.locator('#kaart path.municipality[data-code="GM0243"]')).toHaveAttribute('aria-pressed', 'true');

	await page.goBack();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(before!);
});

test('back and forward step through the filter changes in the page itself', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await ready(page);
	await page.evaluate(() => ((window as unknown as { sameDocument: boolean }).sameDocument = true));
	const category = page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort');
	await page.locator('#kaart path.municipality[data-code="GM0243"]').click();
	await expect(page).toHaveURL(/\?gemeente=GM0243$/);
	await ready(page);
	const harderwijk = await page.locator('#lokaal-per-gemeente .caption').textContent();
	await category.selectOption('45');
	await expect(page).toHaveURL(/\?gemeente=GM0243&categorie=45$/);
	await ready(page);
	const narrowed = await page.locator('#lokaal-per-gemeente .caption').textContent();
	expect(narrowed).not.toBe(harderwijk);

	await page.goBack();
	await expect(page).toHaveURL(/\?gemeente=GM0243$/);
	await expect(category).toHaveValue('');
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(harderwijk!);
	await page.goForward();
	await expect(page).toHaveURL(/\?gemeente=GM0243&categorie=45$/);
	await expect(category).toHaveValue('45');
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(narrowed!);
	await page.goBack();
	await page.goBack();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
	await expect(page.locator('#kaart path.municipality[data-code="GM0243"]')).toHaveAttribute('aria-pressed', 'false');
	// All of it without loading the page again.
	expect(await page.evaluate(() => (window as unknown as { sameDocument?: boolean }).sameDocument)).toBe(true);
});

test('the municipality page keeps its filters in the address too, with back', async ({ page }) => {
	await page.goto('/gemeente/GM0243');
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	await page.getByRole('button', { name: 'Wmo', exact: true }).click();
	await expect(page).toHaveURL(/\/gemeente\/GM0243\?domein=wmo$/);
	await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Jaar').selectOption('2019');
	await expect(page).toHaveURL(/\?domein=wmo&jaar=2019$/);
	await page.goBack();
	await expect(page).toHaveURL(/\?domein=wmo$/);
	await expect(page.getByRole('form', { name: 'Filters' }).getByLabel('Jaar')).toHaveValue('');
	await page.goBack();
	await expect(page).toHaveURL(/\/gemeente\/GM0243$/);
	await expect(page.getByRole('button', { name: 'Jeugdwet', exact: true })).toHaveAttribute('aria-pressed', 'true');
});

test('a click before DuckDB is ready is answered from the build cube; what it lacks waits for DuckDB', async ({ page, context }) => {
	// Hold DuckDB's worker script back, so the page stays before "ready" for as long as the test needs.
	let release!: () => void;
	const held = new Promise<void>((resolve) => (release = resolve));
	await context.route(/duckdb-browser-(eh|mvp)\.worker/, async (route) => {
		await held;
		await route.continue();
	});
	await page.goto('/regio/JZ12');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated
	const state = page.locator('.panels-state');
	await page.locator('#kaart path.municipality[data-code="GM0243"]').click();
	await expect(state).toHaveAttribute('data-computed-by', 'cube');
	await expect(state).toHaveAttribute('data-pending', 'false');
	await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('In Harderwijk gaat');
	await expect(page.locator('figure#lokaal-per-gemeente')).toHaveAttribute('data-computed-by', 'build-cube');
	const fromCube = await page.locator('#lokaal-per-gemeente .caption').textContent();
	await expect(page.locator('.db-progress')).not.toHaveAttribute('data-phase', 'ready');

	// A year is not in the cube: the panels say they are waiting, until DuckDB answers.
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Jaar').selectOption('2019');
	await expect(state).toHaveAttribute('data-pending', 'true');
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Jaar').selectOption('');
	await expect(state).toHaveAttribute('data-pending', 'false');
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(fromCube!);

	release();
	await expect(state).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	await expect(state).toHaveAttribute('data-pending', 'false');
	await expect(page.locator('#lokaal-per-gemeente .caption')).toHaveText(fromCube!);
});

test('figures computed ahead while the pointer rests on a municipality equal those of a fresh load', async ({ page, context }) => {
	await page.goto('/regio/JZ12?categorie=45');
	await ready(page);
	const target = page.locator('#kaart path.municipality[data-code="GM0233"]');
	await target.hover();
	await page.waitForTimeout(3_000); // the panels for Ermelo + category 45 compute in the background meanwhile
	await target.click();
	await expect(page).toHaveURL(/gemeente=GM0233/);
	await expect(page.locator('.panels-state')).toContainText('voor Ermelo', { timeout: 60_000 });
	await ready(page);
	const captions = await page.locator('.caption').allTextContents();

	const fresh = await context.newPage();
	await fresh.goto(page.url());
	await ready(fresh);
	await expect(fresh.locator('.panels-state')).toContainText('voor Ermelo');
	expect(await fresh.locator('.caption').allTextContents()).toEqual(captions);
});

test('a map click is answered from the build cube, with the figures the browser computes itself', async ({ page, context }) => {
	const cubeRequests: string[] = [];
	page.on('request', (r) => r.url().includes('/data/cube/') && cubeRequests.push(new URL(r.url()).pathname));
	await page.goto('/regio/JZ12?categorie=45');
	await ready(page);
	expect(cubeRequests).toEqual(['/data/cube/JZ12-jeugd.json']);
	await page.locator('#kaart path.municipality[data-code="GM0233"]').click();
	await expect(page).toHaveURL(/gemeente=GM0233/);
	const state = page.locator('.panels-state');
	await expect(state).toHaveAttribute('data-computed-by', 'cube');
	await expect(state).toContainText('vooraf berekend voor Ermelo');
	await expect(page.locator('figure#lokaal-per-gemeente')).toHaveAttribute('data-computed-by', 'build-cube');
	await expect(page.locator('figure#lokaal-per-gemeente .computed')).toHaveText('Vooraf berekend voor deze keuze, met dezelfde SQL op dezelfde data');
	const captions = await page.locator('.caption').allTextContents();

	// The same filter computed by DuckDB-WASM in a tab that gets no cube.
	const fresh = await context.newPage();
	await fresh.route('**/data/cube/**', (route) => route.abort());
	await fresh.goto(page.url());
	await expect(fresh.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	await expect(fresh.locator('.panels-state')).toContainText('in uw browser berekend voor Ermelo');
	expect(await fresh.locator('.caption').allTextContents()).toEqual(captions);

	// Without the build cube that tab computes every municipality × category ahead itself (its
	// progress is kept for tests, not shown: one status line). (On a busy machine a batch may be
	// too slow to run ahead: those filters are computed when chosen.)
	const cube = fresh.locator('.cube-state');
	const total = 16 * 8 * 13; // panels × (7 municipalities or all) × (12 categories or all)
	await expect(cube).toHaveAttribute('data-cube-total', String(total));
	await expect(cube).toHaveAttribute('data-cube-pending', '0', { timeout: 90_000 });
	expect(Number(await cube.getAttribute('data-cube-done'))).toBeGreaterThan(total / 2);
});

test('a build cube from another build is not used: the browser computes the figures', async ({ page }) => {
	// A cube left behind by an older build (a half-finished upload, an old cache) may not fit this page.
	await page.route('**/data/cube/**', async (route) => {
		const response = await route.fetch();
		await route.fulfill({ response, json: { ...(await response.json()), version: 'an-older-build' } });
	});
	await page.goto('/regio/JZ12');
	await ready(page);
	await page.locator('#kaart path.municipality[data-code="GM0233"]').click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	await expect(page.locator('.panels-state')).toContainText('in uw browser berekend voor Ermelo');
});

test('the filters combine: category and year narrow every panel, and keyboard selection works on the map', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await ready(page);
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort').selectOption('45');
	await expect(page).toHaveURL(/categorie=45/);
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Jaar').selectOption('2019');
	await expect(page).toHaveURL(/categorie=45&jaar=2019|jaar=2019.*categorie=45/);
	await ready(page);
	await expect(page.locator('#lokaal-per-gemeente .definition')).toContainText('contracten die in 2019 liepen');
	const area = page.locator('#kaart path.municipality[data-code="GM0233"]');
	await area.focus();
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/gemeente=GM0233/);
	await page.getByRole('button', { name: 'Wis filters' }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
});

test('a folded-in list is built when opened, and a chart that appears after a filter change fills its column', async ({ page, request }) => {
	// Prerendered, the per-provider plot is inside the details, so the page reads in full without JavaScript.
	const html = await (await request.get('/regio/JZ12')).text();
	const folded = html.slice(html.indexOf('<summary>Per aanbieder'), html.indexOf('</details>', html.indexOf('<summary>Per aanbieder')));
	expect(folded).toContain('<svg');
	await page.goto('/regio/JZ12');
	await ready(page);
	const figure = page.locator('figure#wachttijd-ggz-2018');
	const category = page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort');
	// A category without NZa figures has no per-provider list; back to all categories brings it again.
	await category.selectOption('40');
	await ready(page);
	await expect(figure.locator('details')).toHaveCount(0);
	await category.selectOption('');
	await ready(page);
	const details = figure.locator('details');
	await expect(details).toHaveCount(1);
	await expect(details.locator('svg')).toHaveCount(0);
	await details.locator('summary').click();
	await expect(details.locator('svg .label').first()).toBeVisible();
	const [drawn, column] = await figure.evaluate((f) => [Number(f.querySelector('details svg')!.getAttribute('width')), f.querySelector<HTMLElement>('.chart-body')!.clientWidth]);
	expect(column).toBeGreaterThan(700); // desktop viewport: wider than the prerender's 640 px
	expect(drawn).toBe(column);
	await details.locator('summary').click();
	await expect(details.locator('svg')).toHaveCount(0);
});

test('a chart out of view is drawn at the width of its column before it is scrolled to', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await ready(page);
	// The browser does not lay out a chart out of view (content-visibility), so it cannot be measured itself.
	const far = page.locator('figure#wachttijd-per-aanbieder');
	expect((await far.boundingBox())!.y).toBeGreaterThan(2 * page.viewportSize()!.height);
	const column = await page.locator('figure#procedures .chart-body').evaluate((el) => el.clientWidth);
	expect(column).toBeGreaterThan(700); // desktop viewport: wider than the prerender's 640 px
	const drawnWidth = () => far.locator('svg[role="img"]').first().evaluate((svg) => Number(svg.getAttribute('width')));
	expect(await drawnWidth()).toBe(column);
	await far.scrollIntoViewIfNeeded();
	await expect(far.locator('svg[role="img"]').first()).toBeVisible();
	expect(await drawnWidth()).toBe(column);
});

test('tampered URL values fall back with a notice, never a crash', async ({ page }) => {
	await page.goto("/regio/JZ12?gemeente=GM9999&categorie=%27%20OR%201%3D1&jaar=3000&domein=wmo");
	await ready(page);
	await expect(page.getByRole('alert')).toHaveCount(3);
	await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.locator('#lokaal-per-gemeente .caption')).toContainText('In Noord-Veluwe');
});

test('a chart’s CSV download holds exactly the rows of its table, labelled demo', async ({ page }) => {
	await page.goto('/regio/JZ12?gemeente=GM0243');
	await ready(page);
	const frame = page.locator('figure#concentratie');
	await frame.getByRole('button', { name: 'Toon tabel' }).click();
	const cells = await frame.locator('tbody tr').evaluateAll((rows) => rows.map((r) => Array.from(r.querySelectorAll('td')).map((td) => td.textContent?.trim())));
	const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe('JZ12-jeugd-concentratie-demo.csv');
	const text = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '');
	const lines = text.trim().split(/\r\n/);
	expect(lines[0]).toBe('categoryName,contractedProviders,mainProviders,hhi,effectiveProviders,concentration,shareBasis,bron');
	expect(lines.length - 1).toBe(cells.length);
	expect(cells.length).toBeGreaterThan(0);
	lines.slice(1).forEach((line, i) => {
		expect(line.startsWith(`${cells[i]![0]},${cells[i]![1]},${cells[i]![2]},`)).toBe(true);
		expect(line).toContain('DEMO (verzonnen)');
	});
});

test.describe('phone', () => {
	test.use({ viewport: { width: 375, height: 812 } });
	test('the region dashboard fits a 375 px screen without sideways scrolling', async ({ page }) => {
		await page.goto('/regio/JZ12');
		await ready(page);
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
	});
});

test('a care category the region did not buy gets one sentence, and no empty chart', async ({ page }) => {
	await page.goto('/regio/JZ12?categorie=ggz-adolescenten');
	await ready(page);
	await expect(page.getByTestId('not-contracted')).toHaveText(/^Noord-Veluwe heeft „Geestelijke zorg voor jongeren \(ggz adolescenten\)” niet regionaal ingekocht: er is geen inkooptraject voor deze zorgsoort\./);
	// The contract lenses are not drawn at all; the waiting lens still shows the real NZa waits.
	for (const id of ['procedures', 'tijdlijn', 'percelen', 'lokaal-per-gemeente', 'concentratie', 'pgb', 'signalen']) await expect(page.locator(`#${id}`), id).toHaveCount(0);
	await expect(page.locator('#wachttijd-ggz-2018 svg')).not.toHaveCount(0);
	// A chart without rows says so in its caption and draws nothing: no axes, table or download.
	const empty = page.locator('figure[data-empty="true"]');
	await expect(empty).not.toHaveCount(0);
	await expect(empty.locator('svg, button, table')).toHaveCount(0);
	await expect(page.locator('#wachttijd-per-zorgsoort .caption')).toHaveText('Geen wachttijden voor Noord-Veluwe met deze filters.');

	// A category that was bought shows its lenses again.
	await page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort').selectOption('45');
	await ready(page);
	await expect(page.getByTestId('not-contracted')).toHaveCount(0);
	await expect(page.locator('#tijdlijn svg')).toHaveCount(1);
});

test('the tile, the waiting lens and the municipality comparison give the same wait figure, each with its months', async ({ page }) => {
	await page.goto('/gemeente/GM0243');
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	const row = page.getByTestId('vergelijking').locator('tr', { hasText: 'Wachttijden boven de norm' });
	const [own, months] = [(await row.locator('td').first().textContent())!.trim(), (await row.locator('.measure-note').textContent())!.replace('aanbieder-maanden, ', '')];
	expect(own).toMatch(/^\d+%$/);
	await expect(page.locator('#wachttijd-per-zorgsoort .caption')).toContainText(`Over ${months}: in Harderwijk lag de wachttijd in ${own} van de aanbieder-maanden boven de norm`);
	await expect(page.locator('#wachttijd-trend .caption')).toContainText(`, de laatste maand,`);
	await expect(page.locator('#wachttijd-trend .caption')).toContainText(`Over ${months} samen:`);

	await page.goto('/regio/JZ12?gemeente=GM0243');
	await ready(page);
	await expect(page.locator('[data-headline="wachttijd"]')).toContainText(`${own} van de wachttijden boven de norm (${months})`);
});

/**
 * Publishing (issue 21): every table for download on /data, a chart embedded in another site's
 * page, and "Link kopiëren" on the dashboards.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// axe is injected as an inline script, which the site's CSP (rightly) forbids.
test.use({ bypassCSP: true });

const hydrated = (page: Page) => expect(page.locator('.lang-switch')).toBeEnabled();

async function axeViolations(page: Page) {
	await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async () => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
		return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
	});
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

test('/data lists every table, and a table’s CSV download holds exactly its rows', async ({ page, request }) => {
	const manifest = (await (await request.get('/data/manifest.json')).json()) as { tables: Record<string, { rows: number }>; finance: Record<string, { rows: number }> };
	const all = { ...manifest.tables, ...manifest.finance };
	await page.goto('/data');
	await hydrated(page);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Alle data downloaden');
	const entries = page.locator('section.table-entry');
	await expect(entries).toHaveCount(Object.keys(all).length);
	for (const [name, { rows }] of Object.entries(all)) {
		const entry = page.locator(`section[data-table="${name}"]`);
		await expect(entry.locator('[data-rows]')).toHaveAttribute('data-rows', String(rows));
		await expect(entry.locator('a[data-format="csv"]')).toHaveAttribute('href', `/data/${name}.csv`);
		await expect(entry.locator('a[data-format="parquet"]')).toHaveAttribute('href', `/data/${name}.parquet`);
	}
	// Made-up tables say so; the real municipalities do not.
	await expect(page.locator('section[data-table="procurements"] .badge.demo')).toHaveText('demo');
	await expect(page.locator('section[data-table="municipalities"] .badge.demo')).toHaveCount(0);

	const entry = page.locator('section[data-table="waitingTimes"]');
	const [download] = await Promise.all([page.waitForEvent('download'), entry.locator('a[data-format="csv"]').click()]);
	expect(download.suggestedFilename()).toBe('waitingTimes.csv');
	const csvPath = (await download.path())!;
	const parquetRes = await request.get('/data/waitingTimes.parquet');
	const parquetPath = `${csvPath}.parquet`;
	(await import('node:fs')).writeFileSync(parquetPath, await parquetRes.body());
	// Native DuckDB reads the CSV into a table of the Parquet file's own types, then compares row by row.
	const db = await (await DuckDBInstance.create(':memory:')).connect();
	await db.run(`CREATE TABLE pq AS SELECT * FROM read_parquet('${parquetPath}')`);
	await db.run(`CREATE TABLE csv AS SELECT * FROM pq LIMIT 0`);
	await db.run(`COPY csv FROM '${csvPath}' (HEADER, ALLOW_QUOTED_NULLS false)`);
	const count = async (sql: string) => Number((await (await db.runAndReadAll(`SELECT count(*) FROM ${sql}`)).getRows())[0]![0]);
	expect(await count('csv')).toBe(all.waitingTimes!.rows);
	expect(await count('(SELECT * FROM csv EXCEPT ALL SELECT * FROM pq)')).toBe(0);
	expect(await count('(SELECT * FROM pq EXCEPT ALL SELECT * FROM csv)')).toBe(0);
	expect(readFileSync(csvPath, 'utf8').split('\r\n')[0]).toContain(',source');
});

test('no WCAG 2.2 A/AA violations on /data', async ({ page }) => {
	await page.goto('/data');
	await hydrated(page);
	for (const d of await page.locator('details').all()) await d.locator('summary').click();
	expect(await axeViolations(page)).toEqual([]);
});

/** The embed code of a chart, as its "Insluiten" offers it. */
async function embedCode(page: Page, path: string, chart: string) {
	await page.goto(path);
	await hydrated(page);
	const figure = page.locator(`figure#${chart}`);
	await figure.getByRole('button', { name: 'Insluiten' }).click();
	const code = figure.getByRole('textbox', { name: /Code om .* in te sluiten/ });
	await expect(code).toHaveValue(/<iframe/);
	return code.inputValue();
}

for (const width of [375, 1200]) {
	test(`an embedded chart sizes itself in a host page at ${width} px, without a scroll bar`, async ({ page, baseURL }) => {
		const code = await embedCode(page, '/regio/JZ12?domein=wmo', 'procedures');
		expect(code).toContain(`src="${baseURL}/embed/procedures?regio=JZ12&amp;domein=wmo"`);
		await page.setViewportSize({ width, height: 700 });
		await page.setContent(`<!doctype html><html lang="en"><head><title>A newspaper</title></head><body><h1>Our story</h1>${code}<p>After the chart.</p></body></html>`);
		const frame = page.frameLocator('iframe[data-regiozicht]');
		const figure = frame.locator('figure#procedures');
		await expect(figure).toBeVisible({ timeout: 60_000 });
		// Only that chart, with its title, caption, source line, demo label and a way back; no site chrome.
		await expect(frame.locator('figure.chart:visible')).toHaveCount(1);
		await expect(figure.locator('.caption')).toContainText('Wmo');
		await expect(figure.locator('.badge.demo')).toBeVisible();
		await expect(figure.locator('figcaption.source')).toContainText('verzonnen');
		await expect(frame.locator('header.site, footer.site')).toHaveCount(0);
		await expect(frame.locator('h1:visible, nav:visible, .chart-tools button:text("Insluiten")')).toHaveCount(0);
		await expect(frame.getByRole('link', { name: /Bekijk alles over Noord-Veluwe/ })).toHaveAttribute('href', '/regio/JZ12?domein=wmo#procedures');

		const inner = page.frames().find((f) => f.url().includes('/embed/procedures'))!;
		// The frame takes the embed's height: nothing to scroll inside it, either way.
		await expect
			.poll(async () => {
				const outer = await page.locator('iframe[data-regiozicht]').evaluate((f) => f.getBoundingClientRect().height);
				const content = await inner.evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
				return outer === content && content > 150;
			})
			.toBe(true);
		const scroll = await inner.evaluate(() => {
			const el = document.scrollingElement!;
			return { vertical: el.scrollHeight - el.clientHeight, horizontal: el.scrollWidth - el.clientWidth };
		});
		expect(scroll).toEqual({ vertical: 0, horizontal: 0 });
	});
}

// Charts beyond the region dashboard's lenses: its money charts, a municipality's, a deal's, the home map, a provider's.
const elsewhere = [
	{ path: '/regio/JZ12', chart: 'geld-per-inwoner', src: '/embed/geld-per-inwoner?regio=JZ12', back: /Bekijk alles over Noord-Veluwe/, href: '/regio/JZ12#geld-per-inwoner', demo: false },
	{ path: '/gemeente/GM0243', chart: 'lokaal-vergelijking', src: '/embed/lokaal-vergelijking?gemeente=GM0243', back: /Bekijk alles over Harderwijk/, href: '/gemeente/GM0243#lokaal-vergelijking', demo: true },
	{ path: '/inkoop/demo-JZ12-jeugd-2024?gemeente=GM0243', chart: 'traject-percelen', src: '/embed/traject-percelen?inkoop=demo-JZ12-jeugd-2024&gemeente=GM0243', back: /Bekijk alles over /, href: '/inkoop/demo-JZ12-jeugd-2024?gemeente=GM0243#traject-percelen', demo: true },
	{ path: '/', chart: 'geldkaart', src: '/embed/geldkaart', back: /Bekijk de hele pagina/, href: '/#geldkaart', demo: false },
	// Computed in the browser: the embed waits for the provider's figures.
	{ path: '/aanbieder?id=demo-0001', chart: 'trend-40', src: '/embed/trend-40?id=demo-0001', back: /Bekijk de hele pagina/, href: '/aanbieder?id=demo-0001#trend-40', demo: true }
];
for (const c of elsewhere) {
	test(`"Insluiten" on ${c.path} embeds ${c.chart}, alone, with its source and a way back`, async ({ page, baseURL }) => {
		const code = await embedCode(page, c.path, c.chart);
		expect(code).toContain(`src="${baseURL}${c.src.replaceAll('&', '&amp;')}"`);
		await page.goto(c.src);
		const figure = page.locator(`[data-embed][data-state="ready"] figure#${c.chart}`);
		await expect(figure).toBeVisible({ timeout: 60_000 });
		await expect(page.locator('figure.chart:visible')).toHaveCount(1);
		await expect(figure.locator('figcaption.source')).toBeVisible();
		await expect(figure.locator('.badge.demo')).toHaveCount(c.demo ? 1 : 0);
		await expect(page.locator('h1:visible, nav:visible')).toHaveCount(0);
		await expect(page.getByRole('link', { name: c.back })).toHaveAttribute('href', c.href);
	});
}

test('an embed computed in the browser waits for DuckDB, however slowly it starts, before it says the chart is not there', async ({ page, context }) => {
	// A slow device: DuckDB's worker script comes 8 s late, longer than the 5 s of an unchanged page
	// after which an embed gives up on a chart its page did not draw.
	await context.route(/duckdb-browser-(eh|mvp)\.worker/, async (route) => {
		await new Promise((resolve) => setTimeout(resolve, 8000));
		await route.continue();
	});
	await page.goto('/embed/trend-40?id=demo-0001');
	await expect(page.locator('[data-embed][data-state="ready"] figure#trend-40')).toBeVisible({ timeout: 60_000 });
	await expect(page.getByRole('alert')).toHaveCount(0);
});

test('an embed whose page does not exist says so, with what to do', async ({ page }) => {
	await page.goto('/embed/gemeente-kaart?gemeente=Harderwijk');
	await expect(page.getByRole('alert')).toContainText('Kopieer de code opnieuw');
});

test('no WCAG 2.2 A/AA violations on an embedded chart', async ({ page }) => {
	await page.goto('/embed/wachttijd-trend?regio=JZ12&lang=en');
	await expect(page.locator('[data-embed][data-state="ready"] figure#wachttijd-trend')).toBeVisible({ timeout: 60_000 });
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.locator('figure#wachttijd-trend').getByRole('button', { name: 'Show table' }).click();
	expect(await axeViolations(page)).toEqual([]);
});

test('"Link kopiëren" copies the exact view: filters, lens choice and language', async ({ page, context }) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto('/regio/JZ12?domein=wmo&lang=en');
	await hydrated(page);
	await page.getByRole('group', { name: 'Colour the map by' }).getByRole('button', { name: 'Personal budget' }).click();
	await page.getByRole('button', { name: 'Copy link' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link copied' })).toBeVisible();
	const copied = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect(copied.pathname).toBe('/regio/JZ12');
	expect(Object.fromEntries(copied.searchParams)).toEqual({ domein: 'wmo', kleur: 'pgb', lang: 'en' });

	// The municipality page has it too, in Dutch.
	await page.goto('/gemeente/GM0243?lang=nl');
	await hydrated(page);
	await page.getByRole('button', { name: 'Link kopiëren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link gekopieerd' })).toBeVisible();
	expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/gemeente\/GM0243$/);

	// And the provider finder, with its municipality and care category.
	await page.goto('/aanbieders?gemeente=GM0243&zorgsoort=45');
	await hydrated(page);
	await page.getByRole('button', { name: 'Link kopiëren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Link gekopieerd' })).toBeVisible();
	const finder = new URL(await page.evaluate(() => navigator.clipboard.readText()));
	expect([finder.pathname, Object.fromEntries(finder.searchParams)]).toEqual(['/aanbieders', { gemeente: 'GM0243', zorgsoort: '45' }]);
});

test('when the clipboard is denied, the link is shown selected to copy by hand', async ({ page }) => {
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', { value: { writeText: () => Promise.reject(new DOMException('denied', 'NotAllowedError')) } });
	});
	await page.goto('/regio/JZ12?jaar=2024');
	await hydrated(page);
	await page.getByRole('button', { name: 'Link kopiëren' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Kopiëren lukte niet' })).toBeVisible();
	const link = page.getByRole('textbox', { name: 'Link naar deze weergave' });
	await expect(link).toBeFocused();
	expect(new URL(await link.inputValue()).search).toBe('?jaar=2024');
});

/**
 * /verkennen, the SQL explorer: run an example, edit it, see DuckDB's error with its position,
 * fix it, export CSV and Parquet (the Parquet read back by native DuckDB), the query in the
 * address (reload, back/forward), a 100,000-row result that scrolls, writes refused while the
 * region page keeps working, a runaway query stopped, and axe.
 */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const editor = (page: Page) => page.getByRole('textbox', { name: 'Uw query (SQL)' });
const summary = (page: Page) => page.locator('.result .summary');

async function open(page: Page, path = '/verkennen') {
	await page.goto(path);
	await expect(page.locator('.lang-switch')).toBeEnabled();
}

async function run(page: Page, sql: string) {
	await editor(page).fill(sql);
	await editor(page).press('Control+Enter');
}

test('run an example, edit it, see the typo, fix it, download CSV and Parquet', async ({ page }) => {
	await open(page);
	await page.locator('[data-example="pgb-share"]').click();
	await expect(summary(page)).toContainText('11 rijen', { timeout: 60_000 });
	await expect(page.getByRole('columnheader', { name: /procent_pgb/ })).toBeVisible();
	// Dutch numbers: a decimal comma in the share column.
	await expect(page.locator('.result tbody tr').nth(1).locator('td').nth(3)).toHaveText('9,1');

	// Edited with a typo: DuckDB's message, and where.
	const sql = (await editor(page).inputValue()).replace('FROM usage', 'FORM usage');
	await editor(page).fill(sql);
	await page.getByRole('button', { name: 'Uitvoeren' }).click();
	const error = page.getByRole('alert');
	await expect(error).toContainText('De query werkt niet');
	await expect(error).toContainText(/syntax error at or near "FORM"/);
	await expect(error).toContainText(/regel 5, bij teken \d+/);
	await expect(summary(page)).toHaveCount(0);

	// Fixed, narrowed to three years.
	await editor(page).fill(sql.replace('FORM usage', 'FROM usage').replace("WHERE domain = 'jeugd'", "WHERE domain = 'jeugd' AND year >= 2023"));
	await editor(page).press('Control+Enter');
	await expect(summary(page)).toContainText('3 rijen');
	await expect(page.getByRole('alert')).toHaveCount(0);
	const shown = await page.locator('.result tbody tr:not(.spacer)').evaluateAll((rows) => rows.map((r) => [...r.querySelectorAll('td')].map((td) => td.textContent)));
	expect(shown.map((r) => r[0])).toEqual(['2023', '2024', '2025']);

	const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').click()]);
	// usage is demo data: the result and its file say so.
	expect(csv.suggestedFilename()).toMatch(/^regiozicht-verkennen-demo-\d{4}-\d{2}-\d{2}\.csv$/);
	await expect(page.locator('.demo-note')).toContainText('usage');
	const lines = readFileSync((await csv.path())!, 'utf8').replace(/^\ufeff/, '').trim().split('\r\n');
	expect(lines[0]).toBe('jaar,clienten,met_pgb,procent_pgb');
	expect(lines.slice(1).map((l) => l.split(',')[0])).toEqual(['2023', '2024', '2025']);

	const [parquet] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="parquet"]').click()]);
	expect(parquet.suggestedFilename()).toMatch(/\.parquet$/);
	const db = await (await DuckDBInstance.create(':memory:')).connect();
	const back = (await db.runAndReadAll(`SELECT * FROM read_parquet('${(await parquet.path())!}')`)).getRowObjectsJS();
	expect(back.map((r) => Object.keys(r))).toEqual(lines.slice(1).map(() => ['jaar', 'clienten', 'met_pgb', 'procent_pgb']));
	expect(back.map((r) => Object.values(r).map(String).join(','))).toEqual(lines.slice(1));
});

test('the query lives in the address: reload gives the same result, back and forward step through runs', async ({ page }) => {
	await open(page);
	await run(page, 'SELECT code, name FROM municipalities ORDER BY code LIMIT 7');
	await expect(summary(page)).toContainText('7 rijen', { timeout: 60_000 });
	await expect(page).toHaveURL(/\?sql=SELECT/);
	// municipalities are real: no demo label.
	await expect(page.locator('.demo-note')).toHaveCount(0);
	const first = await page.locator('.result tbody').innerText();

	await page.reload();
	await expect(summary(page)).toContainText('7 rijen', { timeout: 60_000 });
	await expect(editor(page)).toHaveValue('SELECT code, name FROM municipalities ORDER BY code LIMIT 7');
	expect(await page.locator('.result tbody').innerText()).toBe(first);

	// A long query is compressed into the address, and still comes back whole.
	const long = `SELECT ${Array.from({ length: 60 }, (_, i) => `${i} AS kolom_${i}`).join(', ')}`;
	await run(page, long);
	await expect(summary(page)).toContainText('1 rij, 60 kolommen');
	await expect(page).toHaveURL(/\?sqlz=/);

	await page.goBack();
	await expect(editor(page)).toHaveValue('SELECT code, name FROM municipalities ORDER BY code LIMIT 7');
	await expect(summary(page)).toContainText('7 rijen');
	await page.goForward();
	await expect(editor(page)).toHaveValue(long);
	await expect(summary(page)).toContainText('60 kolommen');
	await page.reload();
	await expect(editor(page)).toHaveValue(long, { timeout: 60_000 });
});

test('a 100,000-row result scrolls to its last row with only the rows in view in the page', async ({ page }) => {
	await open(page);
	await run(page, 'SELECT i AS rij, i * 1.5 AS waarde FROM range(100000) t(i)');
	await expect(summary(page)).toContainText('100.000 rijen', { timeout: 60_000 });
	const scroller = page.getByRole('region', { name: 'Antwoord van de query' });
	expect(await page.locator('.result tbody tr:not(.spacer)').count()).toBeLessThan(100);
	// Keyboard: the table takes focus and End scrolls it.
	await scroller.focus();
	await page.keyboard.press('End');
	await expect(page.locator('.result tbody tr:not(.spacer)').last().locator('td').first()).toHaveText('99.999');
	await expect(page.locator('.result tbody tr:not(.spacer)').last().locator('td').nth(1)).toHaveText('149.998,5');
	expect(await page.locator('.result tbody tr:not(.spacer)').count()).toBeLessThan(100);
	// Sorted in the browser: the largest first after two clicks.
	await page.getByRole('button', { name: 'Sorteer op waarde' }).click();
	await page.getByRole('button', { name: 'Sorteer op waarde' }).click();
	await expect(page.getByRole('columnheader', { name: /waarde/ })).toHaveAttribute('aria-sort', 'descending');
	await scroller.evaluate((el) => (el.scrollTop = 0));
	await expect(page.locator('.result tbody tr:not(.spacer)').first().locator('td').first()).toHaveText('99.999');
});

test('writes are refused, and the region page still works in the same tab afterwards', async ({ page }) => {
	await open(page);
	for (const sql of ['DROP TABLE contracts', 'SELECT 1; DROP TABLE contracts', "CREATE OR REPLACE TABLE regions AS SELECT 1 AS id", 'DELETE FROM municipalities', "ATTACH ':memory:' AS x"]) {
		await run(page, sql);
		await expect(page.getByRole('alert')).toContainText('Hier kunt u alleen lezen', { timeout: 60_000 });
	}
	// A write behind WITH passes the first check; DuckDB refuses it in the read-only transaction.
	await run(page, 'WITH a AS (SELECT 1) DELETE FROM municipalities');
	await expect(page.getByRole('alert')).toContainText('read-only');
	await run(page, 'SELECT count(*) AS n FROM municipalities');
	await expect(page.locator('.result tbody td').first()).toHaveText('342');
	await run(page, 'SELECT count(*) AS n FROM contracts');
	await expect(summary(page)).toContainText('1 rij');
	await expect(page.locator('.result tbody td').first()).not.toHaveText('0');

	// Same tab, same database: a client-side visit to a region page.
	await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
	await page.evaluate(() => {
		const a = document.createElement('a');
		a.href = `${location.pathname.replace(/verkennen$/, '')}regio/JZ12`;
		document.body.append(a);
		a.click();
	});
	await expect(page).toHaveURL(/\/regio\/JZ12/);
	await expect(page.locator('.panels-state[data-computed-by="browser"]').first()).toBeAttached({ timeout: 60_000 });
	expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(1);
	await expect(page.locator('.db-progress')).not.toHaveAttribute('data-phase', 'error');
});

test('a runaway query is stopped with a button, and the next one runs', async ({ page }) => {
	await open(page);
	await run(page, 'SELECT count(*) FROM range(100000000) a, range(100000000) b');
	const stop = page.getByRole('button', { name: 'Stoppen' });
	await expect(page.locator('.actions .status')).toHaveText('Bezig met uitvoeren…', { timeout: 60_000 });
	await page.waitForTimeout(1000);
	await stop.click();
	await expect(page.locator('.actions .status')).toContainText('Gestopt', { timeout: 30_000 });
	await run(page, 'SELECT 42 AS antwoord');
	await expect(summary(page)).toContainText('1 rij');
	await expect(page.locator('.result tbody td').first()).toHaveText('42');
});

test('the table list shows the data tables with their row counts, not the views the figures use inside', async ({ page }) => {
	await open(page);
	await run(page, 'SELECT count(*) AS n FROM waitWindows');
	await expect(summary(page)).toContainText('1 rij', { timeout: 60_000 });
	// Counted in the browser's database: the list now comes from DuckDB, not from the build.
	await expect(page.locator('.schema summary').filter({ hasText: 'waitingTimes' })).toContainText(/\d rijen/);
	const names = await page.locator('.schema summary code').allTextContents();
	expect(names).toContain('waitingTimes');
	expect(names).not.toContain('waitWindows');
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
test.describe('accessibility', () => {
	test.use({ bypassCSP: true });
	test('no WCAG 2.2 A/AA violations on /verkennen with a result, a chart and an open table', async ({ page }) => {
		await open(page);
		await page.locator('[data-example="deals-per-region"]').click();
		await expect(summary(page)).toContainText('rijen', { timeout: 60_000 });
		await expect(page.locator('.quick-chart svg')).toBeVisible();
		await page.locator('.schema details').first().locator('summary').click();
		await page.addScriptTag({ path: axePath });
		const result = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
			return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		});
		expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
	});
});

/**
 * Import bench (issue 19 point 5, issue 22 point 6): load a generated canonical CSV on
 * /eigen-data of the built site and report
 * - time from file choice to the report on screen, and rows/s;
 * - the page's main thread: every long task (PerformanceObserver 'longtask') in that window,
 *   the longest and the sum over 50 ms (total blocking time);
 * - beside it, native DuckDB (@duckdb/node-api) read_csv of the same file into a table;
 * - where the browser's time goes: the app's own marks (the import worker; DuckDB's read_csv with
 *   the field rules as SQL in one pass, the checks after it, the messages, the reference check and
 *   insert), and the same two paths in
 *   Node: the JavaScript reader (readUserBytes, what the worker runs for small or odd files) and
 *   the SQL path (csv-plan.ts's scan, then import-csv.ts on native DuckDB with the site's data);
 * - the floor: DuckDB-WASM's read_csv of the same file alone in the browser (bench/lib/read-csv-alone.ts).
 *
 *   npx tsx bench/import.ts [--mb 30,100] [--runs 1] [--wait-quiet 120] [--site build]
 *
 * Uses build/ as it is (build first). Figures are only comparable on a quiet machine: the
 * 1-minute load average is printed at start and end, and figures taken above the core count are
 * marked "busy machine".
 */
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { DuckDBInstance } from '@duckdb/node-api';
import { launch } from './lib/browser';
import { BUILD, serve } from './lib/site';
import { writeBigCsv, type BigCsv } from './lib/big-csv';
import { log, median, sleep } from './lib/util';
import { readUserBytes } from '../src/lib/import/read-file';
import { planCsvImport } from '../src/lib/import/csv-plan';
import { importCsvSql, readCsvFrom, reservedSourceIds } from '../src/lib/db/import-csv';
import { readCsvAlone } from './lib/read-csv-alone';
import { openNodeDb } from '../src/lib/db/node';
import { quoteIdent } from '../src/lib/db/sql';
import { tables } from '../src/lib/schema/index';

const arg = (name: string, fallback: string) => {
	const i = process.argv.indexOf(`--${name}`);
	return i >= 0 ? process.argv[i + 1]! : fallback;
};
const sizes = arg('mb', '30,100').split(',').map(Number);
const runs = Number(arg('runs', '1'));
const waitQuiet = Number(arg('wait-quiet', '120'));
const site = arg('site', BUILD);
/** Where to put the figures as a section (replaced on each run), e.g. bench/RESULTS.md after `bench/run.ts` wrote it. */
const out = arg('out', '');
const cores = cpus().length;

const INIT = `(() => {
	const B = (window.__import = { tasks: [], chose: null, shown: null });
	new PerformanceObserver((list) => { for (const e of list.getEntries()) B.tasks.push({ start: e.startTime, ms: e.duration }); }).observe({ type: 'longtask', buffered: true });
	document.addEventListener('change', (e) => { if (e.target instanceof HTMLInputElement && e.target.type === 'file') B.chose = performance.now(); }, true);
	new MutationObserver(() => { if (B.shown === null && B.chose !== null && document.querySelector('section.report[data-file^="waitingTimes"]')) B.shown = performance.now(); })
		.observe(document, { subtree: true, childList: true });
})();`;

interface BrowserRun {
	ms: number;
	longest: number;
	over50: number;
	blockingMs: number;
	tasks: { start: number; ms: number }[];
	reportText: string;
	/** ms: import worker (read, validate, Arrow bytes), DuckDB (staging, checks, insert), until the report shows. */
	split: { worker: number; duckdb: number; report: number } | null;
	/** ms of the SQL path's steps inside DuckDB (the app's measures), when the file took it. */
	sqlSteps: Record<string, number>;
}

async function browserImport(origin: string, csv: BigCsv): Promise<BrowserRun> {
	const browser = await launch();
	try {
		const context = await browser.newContext();
		const page = await context.newPage();
		await page.addInitScript(INIT);
		await page.goto(`${origin}/eigen-data`);
		await page.locator('.lang-switch').waitFor();
		await page.waitForFunction(() => !(document.querySelector('.lang-switch') as HTMLButtonElement | null)?.disabled);
		// The database starts with the first file: a one-row file first, so DuckDB's start-up
		// (measured by the main bench) is not in the figures.
		const input = page.locator('input[type=file]');
		await input.setInputFiles({ name: 'providers.csv', mimeType: 'text/csv', buffer: Buffer.from('id,name,kvk,legalForm,providerType,source\nklein-1,Klein,,,,mijn-bron\n') });
		await page.locator('section.report[data-file="providers.csv"]').waitFor({ timeout: 180_000 });
		await page.evaluate(() => Object.assign((window as unknown as { __import: object }).__import, { chose: null, shown: null }));
		await sleep(1000);
		await input.setInputFiles(csv.path);
		await page.waitForFunction(() => (window as unknown as { __import: { shown: number | null } }).__import.shown !== null, null, { timeout: 600_000, polling: 500 });
		await sleep(1000); // tasks right after the report (rendering it) belong to the import too
		const b = await page.evaluate(() => (window as unknown as { __import: { tasks: { start: number; ms: number }[]; chose: number; shown: number } }).__import);
		// The app's marks (last of each): worker done (read, validated, Arrow bytes built), DuckDB done.
		const [read, applied] = await page.evaluate(() =>
			['regiozicht:import-read', 'regiozicht:import-applied'].map((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? null)
		);
		const sqlSteps = await page.evaluate(() =>
			Object.fromEntries(
				['scan', 'checks', 'messages', 'apply'].flatMap((k) => {
					const m = performance.getEntriesByName(`regiozicht:import-${k}`).at(-1);
					return m ? [[k, m.duration]] : [];
				})
			)
		);
		const tasks = b.tasks.filter((t) => t.start + t.ms >= b.chose && t.start <= b.shown + 1000);
		const reportText = (await page.locator('section.report[data-file^="waitingTimes"]').innerText()).split('\n').slice(0, 3).join(' | ');
		await context.close();
		return {
			ms: b.shown - b.chose,
			longest: Math.max(0, ...tasks.map((t) => t.ms)),
			over50: tasks.length,
			blockingMs: tasks.reduce((s, t) => s + Math.max(0, t.ms - 50), 0),
			tasks,
			reportText,
			sqlSteps,
			split: read !== null && applied !== null ? { worker: read - b.chose, duckdb: applied - read, report: b.shown - applied } : null
		};
	} finally {
		await browser.close();
	}
}

async function nativeReadCsv(csv: BigCsv): Promise<number> {
	const db = await DuckDBInstance.create(':memory:');
	const c = await db.connect();
	const times: number[] = [];
	for (let i = 0; i < 3; i++) {
		await c.run('DROP TABLE IF EXISTS t');
		const t0 = performance.now();
		await c.run(`CREATE TABLE t AS SELECT * FROM read_csv('${csv.path.replace(/'/g, "''")}')`);
		times.push(performance.now() - t0);
	}
	c.closeSync();
	return median(times)!;
}

/** The SQL path in Node: the worker's scan, then the same SQL on native DuckDB holding the site's data. */
async function nodeSql(csv: BigCsv): Promise<{ scan: number; steps: Record<string, number>; loaded: number }> {
	const bytes = new Uint8Array(readFileSync(csv.path));
	const t0 = performance.now();
	const plan = planCsvImport('waitingTimes.csv', bytes);
	const scan = performance.now() - t0;
	if (!plan) throw new Error('the bench file did not take the SQL path');
	const db = await openNodeDb();
	try {
		for (const t of tables) await db.exec(`CREATE TABLE ${quoteIdent(t.name)} AS SELECT * FROM read_parquet('${join(BUILD, 'data', `${t.name}.parquet`).replace(/'/g, "''")}')`);
		const result = await importCsvSql((sql, params) => db.query(sql, params), plan, csv.path, reservedSourceIds);
		return { scan, steps: result.ms, loaded: result.loaded.waitingTimes ?? 0 };
	} finally {
		db.close();
	}
}

const steps = (s: Record<string, number>) =>
	Object.entries(s)
		.map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`)
		.join(', ');

function nodeParse(csv: BigCsv): { ms: number; rows: number } {
	const bytes = new Uint8Array(readFileSync(csv.path));
	const t0 = performance.now();
	const result = readUserBytes('waitingTimes.csv', bytes, { regionId: 'JZ12', domain: 'jeugd' });
	return { ms: performance.now() - t0, rows: result.tables.waitingTimes?.length ?? 0 };
}

const load = () => loadavg()[0]!;
async function main() {
	const t0 = Date.now();
	while (load() >= cores && (Date.now() - t0) / 1000 < waitQuiet) {
		log(`load ${load().toFixed(2)} ≥ ${cores} cores: waiting for a quiet machine`);
		await sleep(10_000);
	}
	const startLoad = load();
	const busy = startLoad >= cores;
	if (busy) log(`LET OP: load average ${startLoad.toFixed(2)} ≥ ${cores} cores — all browser figures below are a busy machine's`);
	const server = await serve(site, new Set());
	const lines: string[] = [];
	const verdicts: string[] = [];
	try {
		for (const mb of sizes) {
			const csv = writeBigCsv(join(tmpdir(), 'regiozicht-import-bench', `waitingTimes-${mb}mb.csv`), mb * 1024 * 1024);
			log(`${mb} MB: ${csv.lines.toLocaleString('en')} lines, ${(csv.bytes / 1048576).toFixed(1)} MB`);
			const native = await nativeReadCsv(csv);
			const node = nodeParse(csv);
			const sql = await nodeSql(csv);
			log(`  Node SQL path: scan ${(sql.scan / 1000).toFixed(2)} s, ${steps(sql.steps)}; ${sql.loaded.toLocaleString('en')} rows loaded`);
			const from = readCsvFrom(planCsvImport('waitingTimes.csv', new Uint8Array(readFileSync(csv.path)))!, 'f.csv');
			for (let r = 0; r < runs; r++) {
				const floorBrowser = await launch();
				const f = await readCsvAlone(floorBrowser, site, csv.path, from).finally(() => floorBrowser.close());
				const floorLine =
					`${mb} MB floor: DuckDB-WASM read_csv alone in the browser (no rules, no insert): counted ${(f.count / 1000).toFixed(2)} s (${(f.count / native).toFixed(1)}× native), ` +
					`into a text table ${(f.table / 1000).toFixed(2)} s (${(f.table / native).toFixed(1)}× native); bytes handed to DuckDB ${Math.round(f.register)} ms${busy ? ' [busy machine]' : ''}`;
				log(floorLine);
				lines.push(floorLine);
				const b = await browserImport(server.origin, csv);
				const line =
					`${mb} MB (${csv.lines.toLocaleString('en')} rows): browser ${(b.ms / 1000).toFixed(2)} s = ${Math.round(csv.valid / (b.ms / 1000)).toLocaleString('en')} rows/s; ` +
					`native read_csv ${(native / 1000).toFixed(2)} s (${(b.ms / native).toFixed(1)}×); Node JavaScript reader ${(node.ms / 1000).toFixed(2)} s; ` +
					`Node SQL path ${((sql.scan + Object.values(sql.steps).reduce((a, v) => a + v, 0)) / 1000).toFixed(2)} s; ` +
					`main thread: longest task ${Math.round(b.longest)} ms, ${b.over50} tasks > 50 ms, blocking ${Math.round(b.blockingMs)} ms` +
					(b.split ? `; split: worker ${(b.split.worker / 1000).toFixed(2)} s, DuckDB ${(b.split.duckdb / 1000).toFixed(2)} s${Object.keys(b.sqlSteps).length ? ` (${steps(b.sqlSteps)})` : ''}, report ${Math.round(b.split.report)} ms` : '') +
					`${busy ? ' [busy machine]' : ''}`;
				log(line);
				log(`  report: ${b.reportText}`);
				log(`  long tasks: ${b.tasks.map((t) => `${Math.round(t.ms)}@${Math.round(t.start)}`).join(' ')}`);
				lines.push(line);
				const ratio = b.ms / native;
				verdicts.push(
					`| ${mb} MB, run ${r + 1} | ${(b.ms / 1000).toFixed(2)} s, ${Math.round(csv.valid / (b.ms / 1000)).toLocaleString('en')} rows/s | ${(native / 1000).toFixed(2)} s | ${ratio.toFixed(1)}× ${ratio <= 5 ? '✓' : '✗'} | ${Math.round(b.longest)} ms ${b.longest <= 200 ? '✓' : '✗'} | ` +
						(b.split ? `import worker (read, scan) ${(b.split.worker / 1000).toFixed(2)} s; DuckDB ${(b.split.duckdb / 1000).toFixed(2)} s${Object.keys(b.sqlSteps).length ? `: ${steps(b.sqlSteps)}` : ''}` : '–') +
						' |'
				);
			}
		}
	} finally {
		await server.stop();
	}
	const endLoad = load();
	console.log(`\nload average (1 min) at start ${startLoad.toFixed(2)}, at end ${endLoad.toFixed(2)}, ${cores} cores${busy || endLoad >= cores ? ' — BUSY MACHINE' : ''}`);
	for (const l of lines) console.log(l);
	if (out) writeSection(out, startLoad, endLoad, verdicts, lines);
}

const SECTION = '## Import of a canonical CSV on /eigen-data (bench/import.ts)';
/** The figures as one section of `file`, in place of the one an earlier run wrote. */
function writeSection(file: string, startLoad: number, endLoad: number, verdicts: string[], lines: string[]) {
	const text = existsSync(file) ? readFileSync(file, 'utf8') : '';
	const at = text.indexOf(SECTION);
	const next = at < 0 ? -1 : text.indexOf('\n## ', at + SECTION.length);
	const kept = at < 0 ? text : text.slice(0, at) + (next < 0 ? '' : text.slice(next + 1));
	// As bench/run.ts: the load at the start says whether other jobs ran; at the end it counts this bench's own browser too.
	const busy = startLoad >= cores;
	const section = [
		SECTION,
		'',
		`Load average (1 min) ${startLoad.toFixed(2)} at the start, ${endLoad.toFixed(2)} at the end (this bench's own browser and DuckDB included), ${cores} cores${busy ? ' — **busy machine**: the browser figures are slower than a quiet machine’s' : ' — quiet at the start'}. ` +
			'From the file chosen to the report on screen, against native DuckDB’s `read_csv` of the same file into a table; the page’s longest main-thread task in that time. ' +
			'Native `read_csv` only reads, on every core; the page reads with DuckDB-WASM’s `read_csv` on one thread and checks every field with the zod schema’s rules as SQL in the same pass into the staging table (scan), then lets zod judge the values SQL cannot (URLs) and finds duplicate keys and failing rows (checks), words the messages (messages), and checks references and inserts (apply). ' +
			'The floor lines below: DuckDB-WASM’s `read_csv` of the same file alone on a blank page, counted and into a text table, against the same native figure.',
		'',
		'| file | browser | native `read_csv` | ratio (target ≤ 5×) | longest task (target ≤ 200 ms) | where the browser’s time goes |',
		'| --- | --- | --- | --- | --- | --- |',
		...verdicts,
		'',
		'<details><summary>Every run, with the split</summary>',
		'',
		...lines.map((l) => `- ${l}`),
		'',
		'</details>',
		''
	].join('\n');
	writeFileSync(file, `${kept.trimEnd()}\n\n${section}`);
}

main().catch((error: unknown) => {
	console.error(error);
	process.exit(1);
});

/**
 * The floor under the import: DuckDB-WASM's read_csv of the same file alone, in the browser, with
 * no field rules, no staging table of typed values, no reference check and no insert. The same
 * statement text as the app's (import-csv.ts readCsvFrom), on a blank page that starts the site's
 * own DuckDB worker and wasm (as bench/lib/duckdb-alone.ts), served by the same scripts/serve.js.
 * Two figures per run: read_csv counted (the parse alone) and read_csv into a text table (the
 * parse plus storing every cell once), each after the file's bytes are handed to DuckDB.
 */
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { serve } from './site';
import { bundleDuckDbModule, duckDbAssets } from './duckdb-alone';

export interface ReadCsvAlone {
	/** ms: the bytes handed to DuckDB's worker (registerFileBuffer). */
	register: number;
	/** ms: SELECT count(*) FROM read_csv(…). */
	count: number;
	/** ms: CREATE TABLE … AS SELECT * FROM read_csv(…). */
	table: number;
}

const PAGE = `<!doctype html><html><head><title>read_csv alone</title></head><body><input type="file"><script type="module">
import { AsyncDuckDB, VoidLogger } from '/duckdb.js';
window.__floor = async (worker, wasm, from) => {
	const db = new AsyncDuckDB(new VoidLogger(), new Worker(worker));
	await db.instantiate(new URL(wasm, location.href).href);
	await db.open({ query: { castBigIntToDouble: false } });
	const c = await db.connect();
	const bytes = new Uint8Array(await document.querySelector('input').files[0].arrayBuffer());
	let t = performance.now();
	await db.registerFileBuffer('f.csv', bytes);
	const register = performance.now() - t;
	t = performance.now();
	await c.query('SELECT count(*) FROM ' + from);
	const count = performance.now() - t;
	t = performance.now();
	await c.query('CREATE TABLE t AS SELECT * FROM ' + from);
	return { register, count, table: performance.now() - t };
};
</script></body></html>`;

/** One run per call: a fresh browser context, DuckDB started (not timed), then the file read. `from`: readCsvFrom(plan, 'f.csv'). */
export async function readCsvAlone(browser: Browser, site: string, csvPath: string, from: string): Promise<ReadCsvAlone> {
	const assets = join(site, '_app', 'immutable', 'assets');
	const { worker, wasm } = duckDbAssets(site);
	const dir = mkdtempSync(join(tmpdir(), 'regiozicht-floor-'));
	const server = await (async () => {
		mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
		symlinkSync(assets, join(dir, '_app', 'immutable', 'assets'));
		await bundleDuckDbModule(join(dir, 'duckdb.js'));
		writeFileSync(join(dir, 'index.html'), PAGE);
		return serve(dir, new Set());
	})();
	const context = await browser.newContext();
	try {
		const page = await context.newPage();
		await page.goto(`${server.origin}/`);
		await page.locator('input').setInputFiles(csvPath);
		return await page.evaluate(([w, m, f]) => (window as unknown as { __floor(w: string, m: string, f: string): Promise<ReadCsvAlone> }).__floor(w, m, f), [worker, wasm, from] as const);
	} finally {
		await context.close();
		await server.stop();
		rmSync(dir, { recursive: true, force: true });
	}
}

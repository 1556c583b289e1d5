/**
 * DuckDB-WASM on its own: a blank page on the site's origin that starts the site's own DuckDB
 * worker and wasm, and nothing else (no page to draw, no data to load). Its start-up time is
 * the floor under the app's "DuckDB ready" on this machine.
 *
 * The page exists only inside the bench (Playwright routes `/__bench/`); duckdb-wasm's
 * main-thread module and apache-arrow come unbundled from node_modules, so their import is not
 * timed: the clock starts when the worker is created.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, normalize } from 'node:path';
import type { Browser } from '@playwright/test';
import { ROOT } from './site';

export interface DuckDbAlone {
	/** Worker created → `db.instantiate()` done (worker script, wasm download + compile, DuckDB's own start). */
	instantiatedMs: number[];
	/** Worker created → `db.open()` and a first query done. */
	openMs: number[];
	error?: string;
}

const page = (worker: string, wasm: string) => `<!doctype html><html><head><title>DuckDB alone</title>
<script type="importmap">{"imports":{"apache-arrow":"/__bench/nm/apache-arrow/Arrow.dom.mjs","tslib":"/__bench/nm/tslib/tslib.es6.mjs","flatbuffers":"/__bench/nm/flatbuffers/mjs/flatbuffers.js"}}</script>
</head><body><script type="module">
const duckdb = await import('/__bench/nm/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs');
const t0 = performance.now();
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(${JSON.stringify(worker)}));
await db.instantiate(${JSON.stringify(wasm)});
const instantiated = performance.now() - t0;
await db.open({});
await (await db.connect()).query('SELECT 42');
window.__alone = { instantiated, open: performance.now() - t0 };
</script></body></html>`;

export async function duckdbAlone(browser: Browser, origin: string, site: string, runs: number): Promise<DuckDbAlone> {
	const assets = join(site, '_app', 'immutable', 'assets');
	const files = readdirSync(assets);
	const worker = files.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = files.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	const out: DuckDbAlone = { instantiatedMs: [], openMs: [] };
	if (!worker || !wasm) return { ...out, error: 'DuckDB worker or wasm not found in build/_app/immutable/assets' };
	const nodeModules = join(ROOT, 'node_modules');
	for (let i = 0; i < runs; i++) {
		const context = await browser.newContext();
		try {
			const tab = await context.newPage();
			await tab.route(`${origin}/__bench/**`, (route) => {
				const path = new URL(route.request().url()).pathname;
				if (path === '/__bench/alone.html') return route.fulfill({ contentType: 'text/html', body: page(`/_app/immutable/assets/${worker}`, `/_app/immutable/assets/${wasm}`) });
				const file = normalize(join(nodeModules, path.slice('/__bench/nm/'.length)));
				if (!path.startsWith('/__bench/nm/') || !file.startsWith(nodeModules)) return route.fulfill({ status: 404 });
				return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
			});
			await tab.goto(`${origin}/__bench/alone.html`);
			const r = await tab.waitForFunction(() => (window as unknown as { __alone?: { instantiated: number; open: number } }).__alone, null, { timeout: 60_000 });
			const { instantiated, open } = (await r.jsonValue()) as { instantiated: number; open: number };
			out.instantiatedMs.push(instantiated);
			out.openMs.push(open);
		} catch (error) {
			out.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		} finally {
			await context.close();
		}
	}
	return out;
}

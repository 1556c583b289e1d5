/**
 * DuckDB-WASM on its own: a blank page on the site's origin that starts the site's own DuckDB
 * worker and wasm, and nothing else (no page to draw, no data to load). Its start-up time is
 * the floor under the app's "DuckDB ready" on this machine.
 *
 * Measured the way the app is: the page and duckdb-wasm's main-thread module (bundled and
 * minified into one file, like the app's chunk, with .br/.gz beside it) are written into the
 * bench's copy of the site and served by the same scripts/serve.js, with the same encoding and
 * no request interception. The worker starts as the app starts it (src/lib/db/duckdb-boot.ts: the
 * wasm compiled at once, from `fetch()`'s own response, so Chromium can keep the compiled code).
 * Two clocks: navigation start → open (the app's "DuckDB ready" is also since navigation start),
 * and worker created → open (DuckDB's own start). Then, as many times, the page opened twice in a
 * browser with a profile on disk: the floor under the app's second visit.
 */
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync, constants as zlib } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { ROOT } from './site';
import { launchProfile } from './browser';
import { sleep } from './util';
import { WARM_SETTLE_MS } from './warm';
import { bootDuckDb } from '../../src/lib/db/duckdb-boot';

export interface DuckDbAlone {
	/** Worker created → `db.instantiate()` done (worker script, wasm download + compile, DuckDB's own start). */
	instantiatedMs: number[];
	/** Worker created → `db.open()` and a first query done. */
	openMs: number[];
	/** Navigation start → `db.open()` and a first query done (the same clock as the app's db-ready mark). */
	navOpenMs: number[];
	/** The page opened again in a new tab of a browser with a profile on disk (HTTP cache and compiled-wasm cache): navigation start → open. */
	warmNavOpenMs: number[];
	/** Where the time goes, from traced runs (in addition to the untraced ones above). */
	phases: AlonePhases[];
	error?: string;
}

/** One traced run, split at events of the worker's thread (ms; each phase ends where the next starts). */
export interface AlonePhases {
	/** Worker created → the wasm starts streaming in (DuckDB's worker script fetched, compiled and run; the wasm requested). */
	workerScript: number;
	/** → the last wasm bytes in (the browser compiles the functions as they stream in). */
	wasmStreamed: number;
	/** → compilation finished and the wasm instance built. */
	compiled: number;
	/** → `instantiate()` done: DuckDB's own JavaScript after the instance is built (Emscripten's dynamic linking). */
	linked: number;
	/** → `db.open()` and a first query done. */
	open: number;
}

/** The blank page and its module, in the bench's copy of the site. */
export const ALONE_PAGE = 'bench-duckdb-alone.html';
const ALONE_MODULE = 'bench-duckdb/duckdb.js';
const page = (worker: string, wasm: string) => `<!doctype html><html><head><title>DuckDB alone</title></head><body><script type="module">
import { AsyncDuckDB, VoidLogger } from '/${ALONE_MODULE}';
const t0 = performance.now();
performance.mark('alone:start');
const __name = (f) => f; // the bench runs under tsx, whose esbuild names functions with this helper
const boot = (${bootDuckDb.toString()})(${JSON.stringify({ eh: { worker, wasm }, mvp: { worker, wasm } })});
const db = new AsyncDuckDB(new VoidLogger(), boot.worker);
await db.instantiate(boot.wasm);
const instantiated = performance.now() - t0;
performance.mark('alone:instantiated');
await db.open({});
await (await db.connect()).query('SELECT 42');
performance.mark('alone:open');
window.__alone = { instantiated, open: performance.now() - t0, nav: performance.now() };
// After the figures: some work, as the app's first queries are, so that the browser optimises DuckDB's
// hot functions and then keeps the compiled module for the next visit.
const c = await db.connect();
await c.query("CREATE TABLE w AS SELECT range AS i, range % 97 AS g, 'GM' || lpad((range % 342)::VARCHAR, 4, '0') AS s, range / 7.0 AS x FROM range(300000)");
for (let k = 0; k < 8; k++) {
	await c.query('SELECT g, sum(i), avg(x), count(DISTINCT s), median(x), quantile_cont(x, 0.9) FROM w GROUP BY g ORDER BY g');
	await c.query('SELECT a.s, count(*), sum(b.x) FROM w a JOIN (SELECT s, avg(x) AS x FROM w GROUP BY s) b USING (s) WHERE a.g < 50 GROUP BY a.s ORDER BY 2 DESC LIMIT 20');
	await c.query('SELECT s, g, x, rank() OVER (PARTITION BY s ORDER BY x DESC) AS r FROM w WHERE i % 10 = 0 QUALIFY r <= 3');
}
window.__aloneWorked = true;
</script></body></html>`;

/** The site's DuckDB worker script and wasm (the `eh` bundle), as paths the site serves. */
export function duckDbAssets(site: string): { worker: string; wasm: string } {
	const files = readdirSync(join(site, '_app', 'immutable', 'assets'));
	const worker = files.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = files.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	if (!worker || !wasm) throw new Error('DuckDB worker or wasm not found in _app/immutable/assets');
	return { worker: `/_app/immutable/assets/${worker}`, wasm: `/_app/immutable/assets/${wasm}` };
}

/** duckdb-wasm's main-thread module (with apache-arrow) bundled into one minified file, as the app's chunk is. */
export async function bundleDuckDbModule(outfile: string): Promise<void> {
	const esbuild = await import('esbuild');
	mkdirSync(join(outfile, '..'), { recursive: true });
	await esbuild.build({
		stdin: { contents: "export { AsyncDuckDB, VoidLogger } from '@duckdb/duckdb-wasm';", resolveDir: ROOT, loader: 'js' },
		bundle: true,
		format: 'esm',
		minify: true,
		platform: 'browser',
		outfile,
		logLevel: 'silent'
	});
}

/** The blank page and its module, precompressed like the site's own. */
async function writeAlonePage(site: string, worker: string, wasm: string): Promise<void> {
	const out = join(site, ALONE_MODULE);
	await bundleDuckDbModule(out);
	const js = readFileSync(out);
	writeFileSync(`${out}.br`, brotliCompressSync(js, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } }));
	writeFileSync(`${out}.gz`, gzipSync(js, { level: 9 }));
	writeFileSync(join(site, ALONE_PAGE), page(worker, wasm));
}

/** Trace categories for the split: V8's wasm compile and instantiate, and the page's marks. Light, so the timings stay near untraced ones. */
const TRACE_CATEGORIES = ['v8.wasm', 'blink.user_timing'];

interface TraceEvent {
	name: string;
	ph: string;
	ts: number;
	dur?: number;
	pid: number;
	tid: number;
	args?: { name?: string };
}

/** The phases of one run from its trace, or null when an event is missing (another Chromium may name them differently). */
function alonePhases(events: TraceEvent[]): AlonePhases | null {
	const thread = new Map(events.filter((e) => e.name === 'thread_name').map((e) => [`${e.pid}:${e.tid}`, e.args?.name ?? '']));
	const inWorker = (e: TraceEvent) => /Worker/i.test(thread.get(`${e.pid}:${e.tid}`) ?? '') && e.ph === 'X';
	const mark = (name: string) => events.find((e) => e.name === name)?.ts;
	const start = mark('alone:start');
	const instantiated = mark('alone:instantiated');
	const open = mark('alone:open');
	const streaming = events.find((e) => inWorker(e) && e.name === 'wasm.StartStreamingCompilation');
	const streamed = events.find((e) => inWorker(e) && e.name === 'wasm.FinishStreaming');
	const built = events.filter((e) => inWorker(e) && e.name === 'wasm.AsyncInstantiate').at(-1);
	if (start === undefined || instantiated === undefined || open === undefined || !streaming || !streamed || !built) return null;
	const at = [start, streaming.ts, streamed.ts, built.ts + (built.dur ?? 0), instantiated, open].map((t) => t / 1000);
	const step = (i: number) => at[i + 1]! - at[i]!;
	return { workerScript: step(0), wasmStreamed: step(1), compiled: step(2), linked: step(3), open: step(4) };
}

/** Opens the blank page and waits for its figures. */
async function visit(p: Page, origin: string) {
	await p.goto(`${origin}/${ALONE_PAGE}`);
	const r = await p.waitForFunction(() => (window as unknown as { __alone?: { instantiated: number; open: number; nav: number } }).__alone, null, { timeout: 60_000 });
	return (await r.jsonValue()) as { instantiated: number; open: number; nav: number };
}

/** `runs` untraced cold runs for the timings, then `tracedRuns` traced ones for where the time goes. */
export async function duckdbAlone(browser: Browser, origin: string, site: string, runs: number, tracedRuns = 2): Promise<DuckDbAlone> {
	const out: DuckDbAlone = { instantiatedMs: [], openMs: [], navOpenMs: [], warmNavOpenMs: [], phases: [] };
	let files: { worker: string; wasm: string };
	try {
		files = duckDbAssets(site);
	} catch (error) {
		return { ...out, error: (error as Error).message };
	}
	await writeAlonePage(site, files.worker, files.wasm);
	const traceDir = mkdtempSync(join(tmpdir(), 'regiozicht-alone-'));
	for (let i = 0; i < runs + tracedRuns; i++) {
		const traced = i >= runs;
		const traceFile = join(traceDir, `run-${i}.json`);
		const context = await browser.newContext();
		let tracing = false;
		try {
			const tab = await context.newPage();
			if (traced) {
				await browser.startTracing(tab, { path: traceFile, categories: TRACE_CATEGORIES });
				tracing = true;
			}
			const { instantiated, open, nav } = await visit(tab, origin);
			if (traced) {
				tracing = false;
				await browser.stopTracing();
				const trace = JSON.parse(readFileSync(traceFile, 'utf8')) as { traceEvents?: TraceEvent[] } | TraceEvent[];
				const phases = alonePhases(Array.isArray(trace) ? trace : (trace.traceEvents ?? []));
				if (phases) out.phases.push(phases);
				else out.error ??= 'the trace of DuckDB alone lacks an event the split needs';
			} else {
				out.instantiatedMs.push(instantiated);
				out.openMs.push(open);
				out.navOpenMs.push(nav);
			}
		} catch (error) {
			out.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		} finally {
			if (tracing) await browser.stopTracing().catch(() => undefined);
			await context.close();
		}
	}
	rmSync(traceDir, { recursive: true, force: true });
	// The second visit, as the app's (warm.ts): a browser with a profile on disk, the page opened
	// and left to work, then opened again in a new tab after the same pause.
	for (let i = 0; i < runs; i++) {
		const context = await launchProfile('block');
		try {
			const first = await context.newPage();
			await visit(first, origin);
			await first.waitForFunction(() => (window as unknown as { __aloneWorked?: boolean }).__aloneWorked, null, { timeout: 60_000 });
			await sleep(WARM_SETTLE_MS);
			await first.close();
			out.warmNavOpenMs.push((await visit(await context.newPage(), origin)).nav);
		} catch (error) {
			out.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		} finally {
			await context.close();
		}
	}
	return out;
}

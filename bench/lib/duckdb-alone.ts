/**
 * DuckDB-WASM on its own: a blank page on the site's origin that starts the site's own DuckDB
 * worker and wasm, and nothing else (no page to draw, no data to load). Its start-up time is
 * the floor under the app's "DuckDB ready" on this machine.
 *
 * The page exists only inside the bench (Playwright routes `/__bench/`); duckdb-wasm's
 * main-thread module and apache-arrow come unbundled from node_modules, so their import is not
 * timed: the clock starts when the worker is created.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, normalize } from 'node:path';
import type { Browser } from '@playwright/test';
import { ROOT } from './site';

export interface DuckDbAlone {
	/** Worker created → `db.instantiate()` done (worker script, wasm download + compile, DuckDB's own start). */
	instantiatedMs: number[];
	/** Worker created → `db.open()` and a first query done. */
	openMs: number[];
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

const page = (worker: string, wasm: string) => `<!doctype html><html><head><title>DuckDB alone</title>
<script type="importmap">{"imports":{"apache-arrow":"/__bench/nm/apache-arrow/Arrow.dom.mjs","tslib":"/__bench/nm/tslib/tslib.es6.mjs","flatbuffers":"/__bench/nm/flatbuffers/mjs/flatbuffers.js"}}</script>
</head><body><script type="module">
const duckdb = await import('/__bench/nm/@duckdb/duckdb-wasm/dist/duckdb-browser.mjs');
const t0 = performance.now();
performance.mark('alone:start');
const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), new Worker(${JSON.stringify(worker)}));
await db.instantiate(${JSON.stringify(wasm)});
const instantiated = performance.now() - t0;
performance.mark('alone:instantiated');
await db.open({});
await (await db.connect()).query('SELECT 42');
performance.mark('alone:open');
window.__alone = { instantiated, open: performance.now() - t0 };
</script></body></html>`;

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

/** `runs` untraced cold runs for the timings, then `tracedRuns` traced ones for where the time goes. */
export async function duckdbAlone(browser: Browser, origin: string, site: string, runs: number, tracedRuns = 2): Promise<DuckDbAlone> {
	const assets = join(site, '_app', 'immutable', 'assets');
	const files = readdirSync(assets);
	const worker = files.find((f) => /^duckdb-browser-eh\.worker\..*\.js$/.test(f));
	const wasm = files.find((f) => /^duckdb-eh\..*\.wasm$/.test(f));
	const out: DuckDbAlone = { instantiatedMs: [], openMs: [], phases: [] };
	if (!worker || !wasm) return { ...out, error: 'DuckDB worker or wasm not found in build/_app/immutable/assets' };
	const traceDir = mkdtempSync(join(tmpdir(), 'regiozicht-alone-'));
	const nodeModules = join(ROOT, 'node_modules');
	for (let i = 0; i < runs + tracedRuns; i++) {
		const traced = i >= runs;
		const traceFile = join(traceDir, `run-${i}.json`);
		const context = await browser.newContext();
		let tracing = false;
		try {
			const tab = await context.newPage();
			await tab.route(`${origin}/__bench/**`, (route) => {
				const path = new URL(route.request().url()).pathname;
				if (path === '/__bench/alone.html') return route.fulfill({ contentType: 'text/html', body: page(`/_app/immutable/assets/${worker}`, `/_app/immutable/assets/${wasm}`) });
				const file = normalize(join(nodeModules, path.slice('/__bench/nm/'.length)));
				if (!path.startsWith('/__bench/nm/') || !file.startsWith(nodeModules)) return route.fulfill({ status: 404 });
				return route.fulfill({ contentType: 'text/javascript', body: readFileSync(file) });
			});
			if (traced) {
				await browser.startTracing(tab, { path: traceFile, categories: TRACE_CATEGORIES });
				tracing = true;
			}
			await tab.goto(`${origin}/__bench/alone.html`);
			const r = await tab.waitForFunction(() => (window as unknown as { __alone?: { instantiated: number; open: number } }).__alone, null, { timeout: 60_000 });
			const { instantiated, open } = (await r.jsonValue()) as { instantiated: number; open: number };
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
			}
		} catch (error) {
			out.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		} finally {
			if (tracing) await browser.stopTracing().catch(() => undefined);
			await context.close();
		}
	}
	rmSync(traceDir, { recursive: true, force: true });
	return out;
}

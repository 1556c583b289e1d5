/**
 * Browser measurements with headless Chromium (Playwright API, the project's Chromium and flags).
 * One cold session = a new browser context (empty HTTP cache, new renderer process) and page.
 *
 * In the page an init script records, on the page's own clock (performance.now()):
 * - LCP entries (PerformanceObserver 'largest-contentful-paint', buffered);
 * - input events (capture-phase 'click' and 'change' listeners, event.timeStamp);
 * - every change of `.panels-state` (data-version / data-pending / data-computed-by) and of
 *   `.db-progress[data-phase]`, via a MutationObserver on those attributes only.
 * The app itself sets performance marks 'regiozicht:db-ready' and 'regiozicht:panels-updated'.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type CDPSession, type Page, type Request } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium-path.js';
import { log, sleep, withTimeout } from './util';

function executable(): string {
	const executablePath = chromiumPath();
	if (!executablePath) throw new Error('geen Chromium gevonden (zie scripts/chromium-path.js; node scripts/ensure-chromium.js installeert er een)');
	return executablePath;
}

export async function launch(): Promise<Browser> {
	return chromium.launch({ executablePath: executable(), args: chromiumArgs, timeout: 60_000 });
}

/**
 * A browser with a profile on disk, as a person's own browser has, for second visits. A context of
 * `launch()` is like a private window: Chromium keeps no compiled wasm for it (traced: its second
 * visit compiles DuckDB's module anew, where a profile on disk shows `wasm.Deserialize`).
 * Closing the context removes the profile.
 */
export async function launchProfile(serviceWorkers: 'allow' | 'block'): Promise<BrowserContext> {
	const dir = mkdtempSync(join(tmpdir(), 'regiozicht-profile-'));
	const context = await chromium.launchPersistentContext(dir, { executablePath: executable(), args: chromiumArgs, timeout: 60_000, serviceWorkers });
	context.on('close', () => {
		try {
			rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
		} catch {
			/* Chromium may still be writing its profile as it exits: a leftover folder in the temp dir, no more. */
		}
	});
	return context;
}

const INIT = `(() => {
	const B = (window.__bench = { lcp: [], events: [], states: [], phases: [], tasks: [] });
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) B.tasks.push({ t: e.startTime, ms: e.duration });
		}).observe({ type: 'longtask', buffered: true });
	} catch {}
	try {
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) {
				const el = e.element;
				B.lcp.push({ t: e.startTime, size: e.size, el: el ? el.tagName.toLowerCase() + (el.id ? '#' + el.id : '') + (typeof el.className === 'string' && el.className ? '.' + el.className.trim().split(/\\s+/)[0] : '') : null });
			}
		}).observe({ type: 'largest-contentful-paint', buffered: true });
	} catch {}
	for (const type of ['click', 'change']) document.addEventListener(type, (e) => B.events.push({ type, t: e.timeStamp }), true);
	const snap = () => {
		const el = document.querySelector('.panels-state');
		if (el) {
			const s = { v: Number(el.getAttribute('data-version')), p: el.getAttribute('data-pending'), c: el.getAttribute('data-computed-by'), t: performance.now() };
			const l = B.states[B.states.length - 1];
			if (!l || l.v !== s.v || l.p !== s.p || l.c !== s.c) B.states.push(s);
		}
		const db = document.querySelector('.db-progress');
		if (db) {
			const ph = db.getAttribute('data-phase');
			const l = B.phases[B.phases.length - 1];
			if (!l || l.ph !== ph) B.phases.push({ ph, t: performance.now() });
		}
	};
	new MutationObserver(snap).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-version', 'data-pending', 'data-computed-by', 'data-phase'] });
	document.addEventListener('DOMContentLoaded', snap);
})();`;

export interface ReqRec {
	url: string;
	path: string;
	type: string;
	status: number;
	encoding: string;
	/** Response body bytes as transferred (compressed) and header bytes. */
	body: number;
	headers: number;
	/** Relative to the page's navigation start (ms). */
	start: number | null;
	end: number | null;
}

export interface Interaction {
	kind: 'map' | 'category';
	value: string;
	/** click/change event → `.panels-state` shows the next version with data-pending=false. */
	latencyMs: number | null;
	/** Panels.lastMs as shown on the page: the queries and row conversion alone (null when answered from the build cube). */
	computeMs: number | null;
	/** 'cube' = every panel came from the build cube (src/routes/data/cube), 'browser' = DuckDB-WASM in the page. */
	computedBy: string | null;
	filter: { municipality: string | null; category: string | null; year: number | null; provider: string | null };
	error?: string;
}

export interface Session {
	path: string;
	ok: boolean;
	error?: string;
	lcp: { t: number; el: string | null; size: number } | null;
	fcp: number | null;
	ttfb: number | null;
	domContentLoaded: number | null;
	load: number | null;
	/** performance mark 'regiozicht:db-ready' (or the data-phase change) since navigation start. */
	dbReady: number | null;
	dbReadySource: 'mark' | 'data-phase' | null;
	/** The app's performance marks 'regiozicht:<name>' (first of each), ms since navigation start. */
	marks: Record<string, number>;
	/** First time `.panels-state` had computed-by=browser and pending=false. */
	panelsDrawn: number | null;
	/**
	 * Total blocking time from first contentful paint until the panels are drawn (or DuckDB is
	 * ready, or the session's end): the sum of each main-thread task's time over 50 ms; and the
	 * longest task in that window (PerformanceObserver 'longtask').
	 */
	tbt: number | null;
	longestTask: number | null;
	/**
	 * When the page had nothing more to compute ahead (`.cube-state` pending = 0), ms since
	 * navigation start; waited for after the first filter change. Null: not reached in time.
	 */
	cubeReady: number | null;
	/** Answers in / all (`done/total` of `.cube-state`) then, or when the wait gave up. */
	cubeCoverage?: string;
	firstComputeMs: number | null;
	requests: ReqRec[];
	/** Page-target CDP Network.loadingFinished encodedDataLength sum (misses the DuckDB worker's own fetches). */
	cdpPageBytes: number;
	failedRequests: string[];
	heapPeak: number | null;
	heapSamples: number;
	rendererPeakRss: number | null;
	interactions: Interaction[];
	consoleErrors: string[];
	perPanel?: PerPanelResult;
	/** Filter changes as `interactions`, each a pause after the previous answer (SessionOptions.paced). */
	pacedInteractions?: Interaction[];
	/** Map clicks after the pointer rested on the municipality (the app prefetches on hover). */
	hoverInteractions?: Interaction[];
	/** The app's own database start failed (`.db-progress[data-phase="error"]`): its message. */
	dbError?: string;
	dbErrorAt?: number;
}

export interface PanelJob {
	key: string;
	filterLabel: string;
	sql: string;
	params: (string | number | boolean | null)[];
}
export type PerPanelResult = { error: string } | { rows: { key: string; filterLabel: string; times: number[]; rows: number }[] };

export interface SessionOptions {
	readyTimeoutMs: number;
	/** Filter changes to make after the panels are drawn (region page only). */
	interactions: number;
	interactionTimeoutMs: number;
	/** Stop making filter changes once this much time went into them (keeps the bench bounded on slow machines). */
	interactionBudgetMs?: number;
	/** How long to wait, after the first change, for the page to have computed ahead all it will (default 60 s). */
	cubeTimeoutMs?: number;
	/** Offset into the municipality/category cycles, so sessions do not all repeat one filter. */
	seed: number;
	/** Run these metric queries one by one in the page's DuckDB after the interactions (jobs may depend on the filters used). */
	perPanel?: { jobs: (done: Interaction[]) => PanelJob[]; reps: number; timeoutMs: number };
	/** After the interactions: this many more, each `pauseMs` after the previous answer. */
	paced?: { changes: number; pauseMs: number; timeoutMs: number };
	/** After the interactions: this many map clicks, each after the pointer rested `dwellMs` on the municipality. */
	hover?: { clicks: number; dwellMs: number; timeoutMs: number };
}

async function rendererPids(cdp: CDPSession): Promise<Set<number>> {
	try {
		const info = (await cdp.send('SystemInfo.getProcessInfo' as never)) as { processInfo: { type: string; id: number }[] };
		return new Set(info.processInfo.filter((p) => p.type === 'renderer').map((p) => p.id));
	} catch {
		return new Set();
	}
}

function vmHwm(pid: number): number | null {
	try {
		const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
		return m ? Number(m[1]) * 1024 : null;
	} catch {
		return null;
	}
}

/** A page of `context` with the bench's init script (INIT), its console errors collected into `errors`. */
export async function benchPage(context: BrowserContext, errors: string[]): Promise<Page> {
	const page = await context.newPage();
	page.setDefaultTimeout(30_000);
	await page.addInitScript(INIT);
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text().slice(0, 200));
	});
	page.on('pageerror', (e) => errors.push(e.message.slice(0, 200)));
	return page;
}

/** One cold load of `path`; on the region page also filter changes and per-panel timings. */
export async function coldSession(browser: Browser, origin: string, path: string, opts: SessionOptions): Promise<Session> {
	const s: Session = {
		path,
		ok: false,
		lcp: null,
		fcp: null,
		ttfb: null,
		domContentLoaded: null,
		load: null,
		dbReady: null,
		dbReadySource: null,
		marks: {},
		panelsDrawn: null,
		tbt: null,
		longestTask: null,
		cubeReady: null,
		firstComputeMs: null,
		requests: [],
		cdpPageBytes: 0,
		failedRequests: [],
		heapPeak: null,
		heapSamples: 0,
		rendererPeakRss: null,
		interactions: [],
		consoleErrors: []
	};
	const browserCdp = await browser.newBrowserCDPSession();
	const pidsBefore = await rendererPids(browserCdp);
	let context: BrowserContext | null = null;
	let sampling = true;
	let sampler: Promise<void> = Promise.resolve();
	let timeOrigin = 0;
	let cutoff = Number.POSITIVE_INFINITY; // requests after this index are bench tooling, not the session
	const raw: { req: Request; sizes: Promise<{ responseBodySize: number; responseHeadersSize: number } | null> }[] = [];
	try {
		context = await browser.newContext();
		const page = await benchPage(context, s.consoleErrors);
		page.on('requestfinished', (req) => raw.push({ req, sizes: req.sizes().catch(() => null) }));
		page.on('requestfailed', (req) => s.failedRequests.push(`${req.url()} ${req.failure()?.errorText ?? ''}`));
		const cdp = await context.newCDPSession(page);
		await cdp.send('Network.enable');
		await cdp.send('Performance.enable');
		cdp.on('Network.loadingFinished', (e) => (s.cdpPageBytes += e.encodedDataLength));
		const heap: number[] = [];
		sampler = (async () => {
			for (let i = 0; sampling && i < 20_000; i++) {
				try {
					const m = await cdp.send('Performance.getMetrics');
					const used = m.metrics.find((x) => x.name === 'JSHeapUsedSize')?.value;
					if (used) heap.push(used);
				} catch {
					break;
				}
				await sleep(100);
			}
		})();

		await page.goto(origin + path, { waitUntil: 'load', timeout: 60_000 });
		timeOrigin = await page.evaluate(() => performance.timeOrigin);
		const isRegion = path.startsWith('/regio/');
		if (isRegion) {
			await page.waitForFunction(
				() => {
					const B = (window as unknown as { __bench: { states: { c: string; p: string }[]; phases: { ph: string }[] } }).__bench;
					return B.states.some((x) => x.c === 'browser' && x.p === 'false') || B.phases.some((x) => x.ph === 'error');
				},
				null,
				{ timeout: opts.readyTimeoutMs, polling: 50 }
			);
			const failed = await page.evaluate(() => {
				const B = (window as unknown as { __bench: { phases: { ph: string; t: number }[] } }).__bench;
				const e = B.phases.find((x) => x.ph === 'error');
				return e ? { t: e.t, text: (document.querySelector('.db-progress')?.textContent ?? '').replace(/\s+/g, ' ').trim() } : null;
			});
			if (failed) {
				s.dbError = /Foutmelding: (.*?)( Opnieuw proberen)?$/.exec(failed.text)?.[1] ?? failed.text;
				s.dbErrorAt = failed.t;
				throw new Error(`DuckDB in de pagina startte niet: ${s.dbError}`);
			}
		} else {
			await page.waitForLoadState('networkidle', { timeout: 10_000 }).catch(() => undefined);
		}
		await sleep(300); // let the last LCP candidate be reported
		const t = await page.evaluate(() => {
			const B = (window as unknown as { __bench: { lcp: { t: number; el: string | null; size: number }[]; states: { c: string; p: string; t: number; v: number }[]; phases: { ph: string; t: number }[]; tasks: { t: number; ms: number }[] } }).__bench;
			const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
			const mark = performance.getEntriesByName('regiozicht:db-ready')[0];
			return {
				lcp: B.lcp[B.lcp.length - 1] ?? null,
				fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? null,
				ttfb: nav?.responseStart ?? null,
				dcl: nav?.domContentLoadedEventEnd ?? null,
				load: nav?.loadEventEnd ?? null,
				mark: mark?.startTime ?? null,
				marks: Object.fromEntries(
					performance
						.getEntriesByType('mark')
						.filter((m) => m.name.startsWith('regiozicht:'))
						.reverse()
						.map((m) => [m.name.slice('regiozicht:'.length), m.startTime])
				),
				phaseReady: B.phases.find((p) => p.ph === 'ready')?.t ?? null,
				drawn: B.states.find((x) => x.c === 'browser' && x.p === 'false')?.t ?? null,
				tasks: B.tasks,
				now: performance.now(),
				text: document.querySelector('.panels-state')?.textContent ?? ''
			};
		});
		Object.assign(s, { lcp: t.lcp, fcp: t.fcp, ttfb: t.ttfb, domContentLoaded: t.dcl, load: t.load, panelsDrawn: t.drawn, marks: t.marks });
		s.dbReady = t.mark ?? t.phaseReady;
		if (t.fcp !== null) {
			const end = t.drawn ?? s.dbReady ?? t.now;
			const inWindow = t.tasks.filter((k) => k.t + k.ms > t.fcp! && k.t < end);
			s.tbt = inWindow.reduce((sum, k) => sum + Math.max(0, k.ms - 50), 0);
			s.longestTask = inWindow.reduce((max, k) => Math.max(max, k.ms), 0);
		}
		s.dbReadySource = t.mark !== null ? 'mark' : t.phaseReady !== null ? 'data-phase' : null;
		s.firstComputeMs = computeMsOf(t.text);

		if (isRegion && opts.interactions > 0) s.interactions = await interact(page, opts, s);
		if (isRegion && opts.paced) s.pacedInteractions = await pacedChanges(page, opts.paced, opts.seed);
		if (isRegion && opts.hover) s.hoverInteractions = await hoverClicks(page, opts.hover, s.interactions);
		cutoff = raw.length;
		if (isRegion && opts.perPanel) s.perPanel = await perPanel(page, { ...opts.perPanel, jobs: opts.perPanel.jobs(s.interactions) });
		s.ok = true;
		sampling = false;
		await withTimeout('heap sampler', 10_000, sampler).catch(() => undefined);
		s.heapPeak = heap.length ? Math.max(...heap) : null;
		s.heapSamples = heap.length;
		const pidsAfter = await rendererPids(browserCdp);
		const fresh = [...pidsAfter].filter((p) => !pidsBefore.has(p));
		const peaks = fresh.map(vmHwm).filter((x): x is number => x !== null);
		s.rendererPeakRss = peaks.length ? Math.max(...peaks) : null;
	} catch (error) {
		s.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		sampling = false;
		await withTimeout('heap sampler', 10_000, sampler).catch(() => undefined);
		s.requests = await Promise.all(
			raw.slice(0, cutoff).map(async ({ req, sizes }): Promise<ReqRec> => {
				const z = await withTimeout('request sizes', 5_000, sizes).catch(() => null);
				const r = await withTimeout('response', 5_000, req.response()).catch(() => null);
				const h: Record<string, string> = r ? await withTimeout('headers', 5_000, r.allHeaders()).catch(() => ({})) : {};
				const timing = req.timing();
				const start = timing.startTime > 0 && timeOrigin ? timing.startTime - timeOrigin : null;
				return {
					url: req.url(),
					path: new URL(req.url()).pathname,
					type: req.resourceType(),
					status: r?.status() ?? 0,
					encoding: h['content-encoding'] ?? '',
					// Playwright reports 0 body bytes for a worker's main script; Content-Length is exact here.
					body: z?.responseBodySize || Number(h['content-length'] ?? 0) || 0,
					headers: z?.responseHeadersSize ?? 0,
					start,
					end: start !== null && timing.responseEnd >= 0 ? start + timing.responseEnd : null
				};
			})
		);
		if (context) await withTimeout('context.close', 30_000, context.close()).catch(() => undefined);
		await browserCdp.detach().catch(() => undefined);
	}
	return s;
}

const computeMsOf = (text: string) => {
	const m = /\((\d+) ms\)/.exec(text);
	return m ? Number(m[1]) : null;
};

function filterOf(url: string): Interaction['filter'] {
	const q = new URL(url).searchParams;
	const year = q.get('jaar');
	return { municipality: q.get('gemeente'), category: q.get('categorie'), provider: q.get('aanbieder'), year: year ? Number(year) : null };
}

/** The changes a session makes, in turn: a click on the map (municipality), then the category select. */
async function changeCycle(page: Page, seed: number) {
	const codes = await municipalityCodes(page);
	const select = page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort');
	const categories = await select.evaluate((el) => Array.from((el as HTMLSelectElement).options, (o) => o.value).filter(Boolean));
	if (codes.length < 2 || categories.length < 2) throw new Error(`te weinig keuzes om te filteren (${codes.length} gemeenten, ${categories.length} zorgsoorten)`);
	let m = seed % codes.length;
	let c = seed % categories.length;
	return (i: number) => {
		const kind: Interaction['kind'] = i % 2 === 0 ? 'map' : 'category';
		const value = kind === 'map' ? codes[m++ % codes.length]! : categories[c++ % categories.length]!;
		const act = () =>
			kind === 'map' ? page.locator(`#kaart path.municipality[data-code="${value}"]`).click({ timeout: 10_000 }) : select.selectOption(value, { timeout: 10_000 }).then(() => undefined);
		return { kind, value, act };
	};
}

/** Alternate map clicks (municipality) and the category select, each as soon as the previous answer is in (bounded). */
export async function interact(page: Page, opts: SessionOptions, s: Session): Promise<Interaction[]> {
	const next = await changeCycle(page, opts.seed);
	const out: Interaction[] = [];
	const budget = () => performance.now() + (opts.interactionBudgetMs ?? Number.POSITIVE_INFINITY);
	let stopAt = budget();
	for (let i = 0; i < opts.interactions; i++) {
		if (performance.now() > stopAt) {
			log(`  filterbudget van ${Math.round(opts.interactionBudgetMs! / 1000)} s op na ${i} wijzigingen`);
			break;
		}
		const { kind, value, act } = next(i);
		const rec = await timedChange(page, kind, value, opts.interactionTimeoutMs, act);
		out.push(rec);
		if (rec.error) {
			log(`  interactie ${i + 1} (${kind} ${value}) mislukt: ${rec.error}`);
			break;
		}
		// The later changes are what a user gets once the page says every choice is instant.
		if (i === 0) {
			await awaitCube(page, opts.cubeTimeoutMs ?? 60_000, s);
			stopAt = budget();
		}
	}
	return out;
}

/**
 * The same alternation at a person's pace: each click `pauseMs` after the previous answer was
 * in (a person reads it first), so the browser has finished what follows an answer (painting
 * it, writing its history entry, collecting garbage, optimising code) before the next click.
 * Other municipalities and categories than `interact` chose.
 */
async function pacedChanges(page: Page, spec: NonNullable<SessionOptions['paced']>, seed: number): Promise<Interaction[]> {
	const next = await changeCycle(page, seed + 3);
	const out: Interaction[] = [];
	for (let i = 0; i < spec.changes; i++) {
		const { kind, value, act } = next(i);
		await page.waitForTimeout(spec.pauseMs);
		const rec = await timedChange(page, kind, value, spec.timeoutMs, act);
		out.push(rec);
		if (rec.error) {
			log(`  wijziging in gewoon tempo ${i + 1} (${kind} ${value}) mislukt: ${rec.error}`);
			break;
		}
	}
	return out;
}

/** Wait until the page has computed ahead all it will (its `.cube-state`), or time out. */
async function awaitCube(page: Page, timeoutMs: number, s: Session) {
	const state = page.locator('.cube-state');
	const coverage = async () => `${await state.getAttribute('data-cube-done')}/${await state.getAttribute('data-cube-total')}`;
	try {
		await page.waitForFunction(() => document.querySelector('.cube-state')?.getAttribute('data-cube-pending') === '0', undefined, { timeout: timeoutMs, polling: 50 });
		s.cubeReady = await page.evaluate(() => performance.now());
	} catch {
		log(`  cube niet klaar na ${Math.round(timeoutMs / 1000)} s`);
	}
	s.cubeCoverage = await coverage().catch(() => '?');
}

/**
 * Map clicks as a person makes them: the pointer rests on the municipality for `dwellMs`, then
 * clicks. Only municipalities whose filter state this session has not shown yet, so no answer
 * comes from the result cache of an earlier visit.
 */
async function hoverClicks(page: Page, spec: NonNullable<SessionOptions['hover']>, done: Interaction[]): Promise<Interaction[]> {
	const seen = new Set(done.map((i) => JSON.stringify(i.filter)));
	const now = filterOf(page.url());
	const codes = (await municipalityCodes(page)).reverse().filter((code) => code !== now.municipality && !seen.has(JSON.stringify({ ...now, municipality: code })));
	const out: Interaction[] = [];
	for (const code of codes.slice(0, spec.clicks)) {
		const target = page.locator(`#kaart path.municipality[data-code="${code}"]`);
		const rec = await timedChange(page, 'map', code, spec.timeoutMs, async () => {
			await target.hover({ timeout: 10_000 });
			await page.waitForTimeout(spec.dwellMs);
			await target.click({ timeout: 10_000 });
		});
		out.push(rec);
		if (rec.error) {
			log(`  hover-klik ${code} mislukt: ${rec.error}`);
			break;
		}
	}
	return out;
}

const municipalityCodes = (page: Page) => page.$$eval('#kaart path.municipality[data-code]', (els) => els.map((e) => e.getAttribute('data-code')!).filter(Boolean));

/** Do `act`; latency = its click/change event → the DOM showing the next panels version, computed in the browser. */
async function timedChange(page: Page, kind: Interaction['kind'], value: string, timeoutMs: number, act: () => Promise<void>): Promise<Interaction> {
	const before = await page.evaluate(() => {
		const B = (window as unknown as { __bench: { events: unknown[]; states: { v: number }[] } }).__bench;
		return { events: B.events.length, version: Math.max(...B.states.map((x) => x.v)), search: location.search };
	});
	const rec: Interaction = { kind, value, latencyMs: null, computeMs: null, computedBy: null, filter: { municipality: null, category: null, provider: null, year: null } };
	try {
		await act();
		await page.waitForFunction(
			(v) => {
				const B = (window as unknown as { __bench: { states: { v: number; p: string; c: string }[] } }).__bench;
				const last = B.states[B.states.length - 1];
				return !!last && last.v > v && last.p === 'false' && (last.c === 'browser' || last.c === 'cube');
			},
			before.version,
			{ timeout: timeoutMs, polling: 20 }
		);
		const r = await page.evaluate(
			({ events, version }) => {
				const B = (window as unknown as { __bench: { events: { type: string; t: number }[]; states: { v: number; p: string; c: string; t: number }[] } }).__bench;
				const ev = B.events.slice(events).find((e) => e.type === 'click' || e.type === 'change');
				const done = B.states.find((x) => x.v > version && x.p === 'false' && (x.c === 'browser' || x.c === 'cube'));
				return { t0: ev?.t ?? null, t1: done?.t ?? null, c: done?.c ?? null, text: document.querySelector('.panels-state')?.textContent ?? '' };
			},
			before
		);
		rec.latencyMs = r.t0 !== null && r.t1 !== null ? r.t1 - r.t0 : null;
		rec.computeMs = computeMsOf(r.text);
		rec.computedBy = r.c;
		// The app writes the history entry just after the answer is painted (state/address.svelte.ts).
		await page.waitForFunction((search) => location.search !== search, before.search, { timeout: 5_000, polling: 20 }).catch(() => undefined);
		rec.filter = filterOf(page.url());
	} catch (error) {
		rec.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	}
	return rec;
}

/**
 * Bench-only access to the page's own modules (no app hook): the already loaded chunks are
 * imported again by URL (same module instances). The chunk of src/lib/db/browser.ts is found by
 * its content (it fetches manifest.json and calls insertArrowFromIPCStream); its exported
 * getBrowserDb is the one-argument function of the form `x ??= start(…).catch(…)` and returns the
 * existing instance.
 */
const TOOLS = `(() => {
	const chunks = () => performance.getEntriesByType('resource').map((e) => e.name).filter((u) => /\\/_app\\/immutable\\/chunks\\/[^/]+\\.js$/.test(u));
	const find = async (want, pick) => {
		for (const u of chunks()) {
			const src = await (await fetch(u)).text();
			if (!want(src)) continue;
			const mod = await import(u);
			for (const v of Object.values(mod)) {
				const r = typeof v === 'function' ? await pick(v, String(v)) : null;
				if (r) return r;
			}
		}
		return null;
	};
	window.__benchTools = {
		runner: () => find((src) => src.includes('insertArrowFromIPCStream') && src.includes('manifest.json'), async (fn, text) => {
			if (fn.length !== 1 || !/\\?\\?=/.test(text) || !/\\.catch\\(/.test(text)) return null;
			const r = await fn('/data');
			return r && typeof r.query === 'function' && r.connection ? r : null;
		})
	};
})()`;

/** Each metric's SQL with its bound parameters, one at a time, in the page's own DuckDB-WASM (prepared once, executed `reps` times). */
async function perPanel(page: Page, spec: { jobs: PanelJob[]; reps: number; timeoutMs: number }): Promise<PerPanelResult> {
	await page.evaluate(TOOLS);
	const work = page.evaluate(
		async ({ jobs, reps }) => {
			type Prepared = { query(...params: unknown[]): Promise<{ numRows: number }>; close(): Promise<void> };
			type Queue = { cancelPrefetch(): void; stats: { running: number } };
			type Db = { connection: { prepare(sql: string): Promise<Prepared> }; forRegion(id: string): Promise<Queue> };
			const tools = (window as unknown as { __benchTools: { runner(): Promise<Db | null> } }).__benchTools;
			const runner = await tools.runner();
			if (!runner) return { error: 'getBrowserDb niet gevonden in de geladen chunks' };
			// The app computes ahead in the background (query-queue.ts): stop that and let it finish first.
			const app = await runner.forRegion('JZ12');
			app.cancelPrefetch();
			while (app.stats.running > 0) await new Promise((r) => setTimeout(r, 20));
			const rows: { key: string; filterLabel: string; times: number[]; rows: number }[] = [];
			for (const j of jobs) {
				const times: number[] = [];
				let n = 0;
				// On the connection itself, past the app's result cache: each run really executes.
				const statement = await runner.connection.prepare(j.sql);
				try {
					for (let r = 0; r < reps; r++) {
						const t = performance.now();
						n = (await statement.query(...j.params)).numRows;
						times.push(performance.now() - t);
					}
				} finally {
					await statement.close();
				}
				rows.push({ key: j.key, filterLabel: j.filterLabel, times, rows: n });
			}
			return { rows };
		},
		{ jobs: spec.jobs, reps: spec.reps }
	);
	return withTimeout('per-panel timings in de browser', spec.timeoutMs, work).catch((e: Error) => ({ error: e.message }));
}

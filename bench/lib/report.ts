/** Turn the raw measurements into the figures table, the detail sections and bench/RESULTS.md. */
import type { Interaction, Session } from './browser';
import type { AlonePhases, DuckDbAlone } from './duckdb-alone';
import type { EncodingCheck, JsFile } from './site';
import type { Quiet } from './quiet';
import type { Warm } from './warm';
import type { OwnSession } from './own-data';
import { kb, max, mb, median, ms, percentile, ratio, sec, sum } from './util';

export interface NativeSide {
	version: string;
	loadMs: number;
	/** Native panel-set ms per filter label. */
	setMs: Map<string, number>;
	perPanel: { key: string; filterLabel: string; ms: number; rows: number }[];
	error?: string;
}

export interface BigSide {
	rows: number;
	rowGroups: number;
	/** Cold load with the file as the app's own data/waitingTimes.parquet. */
	appPath?: Session;
	fileBytes: number;
	file: string;
	sessions: Session[];
	native?: NativeSide;
	error?: string;
}

export interface Results {
	startedAt: string;
	runtimeMs: number;
	machine: Record<string, string>;
	options: Record<string, string | number | boolean>;
	build: { builtMs: number; precompressMs: number; precompressSummary: string; snapshotMs: number; marksInBuild: boolean };
	encoding: EncodingCheck[];
	js: { files: JsFile[]; method: string };
	home: Session[];
	/** Cold loads of a one-paragraph page from the same server: the floor under LCP. */
	lcpFloor?: Session[];
	region: Session[];
	/** More cold loads of the region page, ended once its panels are drawn: for the LCP median only. */
	regionLcp?: Session[];
	duckdbAlone?: DuckDbAlone;
	/** Whether the machine was quiet when timing started (else every browser figure is marked). */
	quiet?: Quiet;
	/** Second visits, HTTP cache alone and with the service worker. */
	warm?: Warm[];
	native: NativeSide;
	big?: BigSide;
	/** The embedded tables loaded as the user's own CSV files on /eigen-data (bench/lib/own-data.ts). */
	own?: OwnSide;
}

export interface OwnSide {
	rows: Record<string, number>;
	bytes: number;
	sessions: OwnSession[];
	error?: string;
}

type Verdict = '✓' | '✗' | '–';
interface Row {
	figure: string;
	value: string;
	target: string;
	verdict: Verdict;
	key?: string;
	/** Timed in the browser: marked when the machine was busy. */
	browser?: boolean;
}

/** A browser figure with its spread: median (min–max, n). */
function spread(xs: readonly (number | null | undefined)[], fmt: (v: number | null | undefined) => string = sec): string {
	const v = xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x));
	if (!v.length) return 'n/a';
	return `${fmt(median(v))} (${fmt(Math.min(...v))}–${fmt(Math.max(...v))}, n = ${v.length})`;
}
const ptile = (xs: readonly (number | null)[]) => {
	const v = xs.filter((x): x is number => x !== null);
	return v.length ? ` (${ms(Math.min(...v))}–${ms(Math.max(...v))})` : '';
};

const check = (v: number | null, limit: number): Verdict => (v == null ? '✗' : v <= limit ? '✓' : '✗');
const okSessions = (ss: Session[]) => ss.filter((s) => s.ok);
const isDuckRelated = (js: Map<string, JsFile>, path: string) => {
	const g = js.get(path)?.group;
	return g === 'duckdb-wasm' || g === 'parquet-wasm' || g === 'apache-arrow';
};

/** filter label as used by the native side, from an interaction's URL filter. */
export const labelOf = (f: { municipality: string | null; category: string | null; year: number | null }) =>
	[f.municipality ?? 'hele regio', f.category ? `zorgsoort ${f.category}` : null, f.year ? `jaar ${f.year}` : null].filter(Boolean).join(', ');

function sessionBytes(s: Session) {
	return sum(s.requests.map((r) => r.body + r.headers));
}

/** Where the time to "DuckDB ready" goes in one region session (ms since navigation start). */
function readyBreakdown(s: Session, js: Map<string, JsFile>) {
	const duckJs = s.requests.filter((r) => r.start !== null && isDuckRelated(js, r.path));
	const duckStart = duckJs.length ? Math.min(...duckJs.map((r) => r.start!)) : null;
	const wasm = s.requests.find((r) => /\/duckdb-(eh|mvp|coi)\.[^/]*\.wasm$/.test(r.path));
	const data = s.requests.filter((r) => r.path.startsWith('/data/') && (r.path.endsWith('.parquet') || r.path.endsWith('.arrow')) && r.start !== null);
	const dataStart = data.length ? Math.min(...data.map((r) => r.start!)) : null;
	const dataEnd = data.length ? Math.max(...data.map((r) => r.end ?? r.start!)) : null;
	return {
		duckStart,
		worker: s.marks?.['db-worker'] ?? null,
		started: s.marks?.['db-start'] ?? null,
		instantiated: s.marks?.['db-instantiated'] ?? null,
		opened: s.marks?.['db-open'] ?? null,
		wasmEnd: wasm?.end ?? null,
		dataStart,
		dataEnd,
		ready: s.dbReady,
		drawn: s.panelsDrawn,
		wasmBytes: wasm?.body ?? null,
		dataBytes: sum(data.map((r) => r.body))
	};
}

export function analyse(r: Results) {
	const js = new Map(r.js.files.map((f) => [f.path, f]));
	const home = okSessions(r.home);
	const region = okSessions(r.region);
	const bigSessions = okSessions(r.big?.sessions ?? []);

	const lcpHome = median(home.map((s) => s.lcp?.t));
	const lcpRegionLoads = [...region, ...okSessions(r.regionLcp ?? [])];
	const lcpRegion = median(lcpRegionLoads.map((s) => s.lcp?.t));
	const ready = median(region.map((s) => s.dbReady));
	const breakdowns = region.map((s) => readyBreakdown(s, js));
	const bd = {
		duckStart: median(breakdowns.map((b) => b.duckStart)),
		worker: median(breakdowns.map((b) => b.worker)),
		started: median(breakdowns.map((b) => b.started)),
		instantiated: median(breakdowns.map((b) => b.instantiated)),
		opened: median(breakdowns.map((b) => b.opened)),
		wasmEnd: median(breakdowns.map((b) => b.wasmEnd)),
		dataStart: median(breakdowns.map((b) => b.dataStart)),
		dataEnd: median(breakdowns.map((b) => b.dataEnd)),
		ready,
		drawn: median(region.map((s) => s.panelsDrawn)),
		wasmBytes: median(breakdowns.map((b) => b.wasmBytes)),
		dataBytes: median(breakdowns.map((b) => b.dataBytes))
	};
	const dbInit = median(breakdowns.map((b) => (b.ready !== null && b.duckStart !== null ? b.ready - b.duckStart : null)));

	const firsts = region.map((s) => s.interactions[0]).filter((i): i is Interaction => !!i && i.latencyMs !== null);
	const laters = region.flatMap((s) => s.interactions.slice(1)).filter((i) => i.latencyMs !== null);
	const paced = region.flatMap((s) => s.pacedInteractions ?? []).filter((i) => i.latencyMs !== null);
	const pace = r.options['pace ms'];
	const hovered = region.flatMap((s) => s.hoverInteractions ?? []).filter((i) => i.latencyMs !== null);
	const dwell = r.options['hover dwell ms'];
	const bigFirsts = bigSessions.map((s) => s.interactions[0]).filter((i): i is Interaction => !!i && i.latencyMs !== null);
	const bigLaters = bigSessions.flatMap((s) => s.interactions.slice(1)).filter((i) => i.latencyMs !== null);
	const ownSessions = (r.own?.sessions ?? []).filter((s) => s.interactions.length > 0);
	const ownFirsts = ownSessions.map((s) => s.interactions[0]).filter((i): i is Interaction => !!i && i.latencyMs !== null);
	const ownLaters = ownSessions.flatMap((s) => s.interactions.slice(1)).filter((i) => i.latencyMs !== null);

	const ratios = (sessions: Session[], native: NativeSide | undefined) => {
		if (!native) return [];
		return sessions
			.flatMap((s) => s.interactions)
			.filter((i) => i.computeMs !== null)
			.map((i) => {
				const n = native.setMs.get(labelOf(i.filter));
				return n ? { label: labelOf(i.filter), wasm: i.computeMs!, native: n, ratio: i.computeMs! / n } : null;
			})
			.filter((x): x is { label: string; wasm: number; native: number; ratio: number } => x !== null);
	};
	// Filter changes are mostly answered from a cube (the build's, or the one the page computes
	// ahead), so they ran no query of their own: the ratio comes from the per-panel timing (each
	// panel's prepared statement run directly), and from the changes only where that is missing.
	const ratioOf = (sessions: Session[], native: NativeSide | undefined) => {
		const perPanel = perPanelSums(sessions.at(-1), native);
		return perPanel.length
			? { rows: perPanel, basis: 'filters of the per-panel timing, panels summed' }
			: { rows: ratios(sessions, native), basis: 'filters reached by the changes' };
	};
	const { rows: ratioEmb, basis: ratioEmbBasis } = ratioOf(region, r.native);
	const { rows: ratioBig, basis: ratioBigBasis } = ratioOf(bigSessions, r.big?.native);

	const jsApp = sum(r.js.files.filter((f) => f.group !== 'duckdb-wasm' && f.group !== 'parquet-wasm').map((f) => f.gzip));
	// What a visitor's browser fetches in one cold session of the region page (the heaviest page).
	const jsFiles = new Map(r.js.files.map((f) => [f.path, f]));
	const sessionJs = (s: Session, withArrow: boolean) => {
		const paths = new Set(s.requests.filter((q) => q.path.endsWith('.js')).map((q) => q.path));
		const counted = (f: JsFile | undefined): f is JsFile => !!f && (f.group === 'app' || (withArrow && f.group === 'apache-arrow'));
		return sum([...paths].map((p) => jsFiles.get(p)).filter(counted).map((f) => f.gzip));
	};
	const jsSession = median(region.map((s) => sessionJs(s, false)));
	const jsSessionArrow = median(region.map((s) => sessionJs(s, true)));
	const jsArrow = sum(r.js.files.filter((f) => f.group === 'apache-arrow').map((f) => f.gzip));
	const bytesRegion = median(region.map(sessionBytes));
	const bytesHome = median(home.map(sessionBytes));
	const bytesBig = median(bigSessions.map(sessionBytes));

	const rows: Row[] = [
		{ key: 'lcp-home', figure: `LCP \`/\` (median of ${home.length} cold loads)`, value: spread(home.map((s) => s.lcp?.t)), browser: true, target: '≤ 0.4 s', verdict: check(lcpHome, 400) },
		{ key: 'lcp-region', figure: `LCP \`/regio/JZ12\` (median of ${lcpRegionLoads.length} cold loads)`, value: spread(lcpRegionLoads.map((s) => s.lcp?.t)), browser: true, target: '≤ 0.4 s', verdict: check(lcpRegion, 400) },
		{ figure: `  LCP of a page holding one paragraph, same server and cold contexts (the floor; median of ${okSessions(r.lcpFloor ?? []).length})`, value: spread(okSessions(r.lcpFloor ?? []).map((s) => s.lcp?.t)), target: '', verdict: '–', browser: true },
		{
			key: 'tbt',
			figure: `Total blocking time \`/regio/JZ12\`, first contentful paint → all panels drawn: main-thread time of each task over 50 ms (median of ${lcpRegionLoads.length} cold loads); longest task beside it`,
			value: `${spread(lcpRegionLoads.map((s) => s.tbt), ms)}; longest task ${spread(lcpRegionLoads.map((s) => s.longestTask), ms)}`,
			browser: true,
			target: '≤ 100 ms',
			verdict: check(median(lcpRegionLoads.map((s) => s.tbt)), 100)
		},
		{ key: 'ready', figure: 'DuckDB ready, from navigation start (median; sessions with CDP sampling)', value: spread(region.map((s) => s.dbReady)), target: '≤ 1.5 s', verdict: check(ready, 1500), browser: true },
		{ figure: '  the same in plain sessions (no CDP, no interception: the first visits of the second-visit pairs)', value: spread((r.warm ?? []).flatMap((w) => w.cold)), target: '', verdict: '–', browser: true },
		{ figure: '  of which DuckDB start → ready (JS, wasm, data, decode)', value: spread(breakdowns.map((b) => (b.ready !== null && b.duckStart !== null ? b.ready - b.duckStart : null))), target: '', verdict: '–', browser: true },
		{
			figure: '  DuckDB-WASM alone on a blank page, same server and encoding, no interception (no page, no data): navigation → open (the app’s clock)',
			value: spread(r.duckdbAlone?.navOpenMs ?? []),
			target: '',
			verdict: '–',
			browser: true
		},
		{ figure: '  the same, worker created → open (DuckDB’s own start)', value: spread(r.duckdbAlone?.openMs ?? []), target: '', verdict: '–', browser: true },
		...(r.warm ?? []).map(
			(w): Row => ({
				key: w.serviceWorker ? 'warm-sw' : 'warm',
				figure: w.serviceWorker
					? `Second visit, DuckDB ready: the same context after the site was stored by the service worker (stored in ${w.stored} of ${w.cold.length} runs)`
					: 'Second visit, DuckDB ready: the same browser context, HTTP cache (immutable hashed files, 304s) and compiled-wasm cache, service worker blocked',
				value: w.warm.length ? `${spread(w.warm)}; DuckDB instantiated at ${spread(w.warmInstantiated)}` : `failed: ${w.error ?? 'no runs'}`,
				target: '≤ 0.6 s',
				verdict: check(median(w.warm), 600),
				browser: true
			})
		),
		{
			figure: '  DuckDB-WASM alone on the blank page, opened a second time in the same context: navigation → open (the floor under a second visit)',
			value: spread(r.duckdbAlone?.warmNavOpenMs ?? []),
			target: '',
			verdict: '–',
			browser: true
		},
		{ figure: 'All panels drawn in the browser, from navigation start (median)', value: spread(region.map((s) => s.panelsDrawn)), target: '', verdict: '–', browser: true },
		{
			key: 'first',
			figure: `First filter change after ready, click → all panels updated (median of ${firsts.length}; ${firsts.filter((i) => i.computedBy === 'cube').length} answered from the build cube)`,
			value: spread(firsts.map((i) => i.latencyMs), ms),
			browser: true,
			target: '≤ 300 ms',
			verdict: check(median(firsts.map((i) => i.latencyMs)), 300)
		},
		{
			key: 'later',
			figure: `Later filter changes, embedded data, back to back (each click as soon as the previous answer is in and the address shows it): p50 / p95 (n = ${laters.length}; ${laters.filter((i) => i.computedBy === 'cube').length} answered from the build cube)`,
			value: `${ms(percentile(laters.map((i) => i.latencyMs), 50))} / ${ms(percentile(laters.map((i) => i.latencyMs), 95))}${ptile(laters.map((i) => i.latencyMs))}`,
			browser: true,
			target: 'p95 ≤ 50 ms',
			verdict: laters.length >= 20 ? check(percentile(laters.map((i) => i.latencyMs), 95), 50) : '✗'
		},
		{
			key: 'later-paced',
			figure: `Later filter changes, embedded data, at a person's pace (each click ${pace} ms after the previous answer): p50 / p95 (n = ${paced.length}; ${paced.filter((i) => i.computedBy === 'cube').length} answered from the build cube)`,
			value: `${ms(percentile(paced.map((i) => i.latencyMs), 50))} / ${ms(percentile(paced.map((i) => i.latencyMs), 95))}${ptile(paced.map((i) => i.latencyMs))}`,
			browser: true,
			target: 'p95 ≤ 50 ms',
			verdict: paced.length >= 20 ? check(percentile(paced.map((i) => i.latencyMs), 95), 50) : '✗'
		},
		{
			figure: `  map clicks after the pointer rested ${dwell} ms on the municipality (the app computes ahead on hover and in the background): p50 / p95 (n = ${hovered.length})`,
			value: `${ms(percentile(hovered.map((i) => i.latencyMs), 50))} / ${ms(percentile(hovered.map((i) => i.latencyMs), 95))}${ptile(hovered.map((i) => i.latencyMs))}`,
			browser: true,
			target: '',
			verdict: '–'
		},
		{
			key: 'later-big',
			figure: r.big ? `Later filter changes, ${(r.big.rows / 1e6).toFixed(1)}M waiting-time rows: p50 / p95 (n = ${bigLaters.length})` : 'Later filter changes, 10M rows',
			value: r.big && bigLaters.length ? `${ms(percentile(bigLaters.map((i) => i.latencyMs), 50))} / ${ms(percentile(bigLaters.map((i) => i.latencyMs), 95))}${ptile(bigLaters.map((i) => i.latencyMs))}` : r.big?.error ? `failed: ${r.big.error}` : 'not run',
			browser: true,
			target: 'p95 ≤ 250 ms',
			verdict: bigLaters.length >= 20 ? check(percentile(bigLaters.map((i) => i.latencyMs), 95), 250) : '✗'
		},
		{
			key: 'ratio',
			figure: `WASM/native per panel set, embedded (median over ${ratioEmb.length} ${ratioEmbBasis})`,
			value: ratio(median(ratioEmb.map((x) => x.ratio))),
			target: '≤ 3',
			verdict: check(median(ratioEmb.map((x) => x.ratio)), 3)
		},
		{
			key: 'ratio-big',
			figure: `WASM/native per panel set, 10M rows (median over ${ratioBig.length} ${ratioBigBasis}; the browser queries its region slice, native the full tables)`,
			value: ratio(median(ratioBig.map((x) => x.ratio))),
			target: '≤ 3',
			verdict: ratioBig.length ? check(median(ratioBig.map((x) => x.ratio)), 3) : '✗'
		},
		{ key: 'js', figure: 'JS shipped per cold session `/regio/JZ12`, gzip, excl. DuckDB-WASM (with apache-arrow, its own dependency) and parquet-wasm (median)', value: kb(jsSession), target: '≤ 150 KB', verdict: check(jsSession, 150 * 1024) },
		{ figure: '  the same with apache-arrow counted as app JS', value: kb(jsSessionArrow), target: '', verdict: '–' },
		{ figure: 'JS of every page together, all of build/_app excl. DuckDB-WASM and parquet-wasm', value: kb(jsApp), target: '', verdict: '–' },
		{ key: 'bytes', figure: 'Bytes per cold session `/regio/JZ12` (as served, median)', value: mb(bytesRegion), target: '≤ 12 MB', verdict: check(bytesRegion, 12 * 1048576) },
		{ figure: 'Bytes per cold session `/` (as served, median)', value: mb(bytesHome), target: '≤ 12 MB', verdict: check(bytesHome, 12 * 1048576) },
		{ figure: 'Peak JS heap, main thread, region session (median / max)', value: `${mb(median(region.map((s) => s.heapPeak)))} / ${mb(max(region.map((s) => s.heapPeak)))}`, target: '', verdict: '–' },
		{ figure: 'Peak renderer process memory (RSS high-water, incl. DuckDB worker + wasm)', value: mb(median(region.map((s) => s.rendererPeakRss))), target: '', verdict: '–' }
	];
	if (r.big) {
		const app = r.big.appPath;
		rows.push(
			{
				key: 'big-app',
				figure: `10M rows through the app’s own loader (file as data/waitingTimes.parquet): DuckDB ready`,
				value: !app ? 'not run' : app.ok ? sec(app.dbReady) : app.dbError ? `fails after ${sec(app.dbErrorAt)}: “${app.dbError}”` : `failed: ${app.error}`,
				browser: true,
				target: 'loads',
				verdict: app?.ok ? '✓' : '✗'
			},
			{
				key: 'first-big',
				figure: '10M rows: first filter change after ready (no build cube holds for this data)',
				value: spread(bigFirsts.map((i) => i.latencyMs), ms),
				target: '≤ 1 s',
				verdict: check(median(bigFirsts.map((i) => i.latencyMs)), 1000),
				browser: true
			},
			{
				figure: '10M rows: every municipality × category computed ahead in the page (after DuckDB ready; the later changes come after it)',
				value: bigSessions.some((s) => s.cubeReady !== null)
					? `${sec(median(bigSessions.map((s) => (s.cubeReady !== null && s.dbReady !== null ? s.cubeReady - s.dbReady : null))))} (answers in: ${bigSessions.map((s) => s.cubeCoverage ?? '?').join(', ')})`
					: `not reached (${bigSessions.map((s) => s.cubeCoverage ?? '?').join(', ')} in)`,
				target: '',
				verdict: '–'
			},
			...(app ? [{ figure: `10M rows through the app: bytes transferred${app.ok ? '' : ' until the failure'}`, value: mb(sessionBytes(app)), target: '', verdict: '–' as Verdict }] : []),
			{ figure: '10M rows: peak JS heap main thread / renderer RSS high-water', value: `${mb(max(bigSessions.map((s) => s.heapPeak)))} / ${mb(max(bigSessions.map((s) => s.rendererPeakRss)))}`, target: '', verdict: '–' }
		);
	}
	if (r.own) {
		const rowsIn = Object.values(r.own.rows).reduce((a, b) => a + b, 0);
		rows.push(
			{
				key: 'own-first',
				figure: `Own data (the embedded tables loaded as the user's CSV files on /eigen-data: ${rowsIn.toLocaleString('en')} rows, ${mb(r.own.bytes)}; no build cube holds), first filter change on \`/regio/JZ12\` right after the panels are drawn (median of ${ownFirsts.length})`,
				value: r.own.error && !ownFirsts.length ? `failed: ${r.own.error}` : spread(ownFirsts.map((i) => i.latencyMs), ms),
				target: '≤ 300 ms',
				verdict: check(median(ownFirsts.map((i) => i.latencyMs)), 300),
				browser: true
			},
			{
				key: 'own-later',
				figure: `Own data: later filter changes, back to back: p50 / p95 (n = ${ownLaters.length}; all computed in the browser: ${ownLaters.every((i) => i.computedBy === 'browser') ? 'yes' : 'no'})`,
				value: ownLaters.length ? `${ms(percentile(ownLaters.map((i) => i.latencyMs), 50))} / ${ms(percentile(ownLaters.map((i) => i.latencyMs), 95))}${ptile(ownLaters.map((i) => i.latencyMs))}` : 'n/a',
				target: 'p95 ≤ 100 ms',
				verdict: ownLaters.length >= 10 ? check(percentile(ownLaters.map((i) => i.latencyMs), 95), 100) : '✗',
				browser: true
			},
			{ figure: '  own data: file choice → every report on /eigen-data', value: spread(ownSessions.map((s) => s.importMs)), target: '', verdict: '–', browser: true },
			{ figure: '  own data: click on the page’s link to the region → panels drawn from the browser', value: spread(ownSessions.map((s) => s.navigateMs), ms), target: '', verdict: '–', browser: true },
			{ figure: '  own data: panels drawn → every municipality × category computed ahead', value: spread(ownSessions.map((s) => s.cubeMs)), target: '', verdict: '–', browser: true }
		);
	}
	// On a busy machine every browser figure says so, where it is read.
	if (r.quiet && !r.quiet.quiet) for (const row of rows) if (row.browser) row.figure = `**[busy machine]** ${row.figure}`;
	return { ownSessions, ownFirsts, ownLaters, js, home, region, bigSessions, rows, bd, dbInit, firsts, laters, paced, hovered, bigFirsts, bigLaters, ratioEmb, ratioBig, ratioBigBasis, jsApp, jsArrow, bytesRegion, bytesHome, bytesBig, lcpHome, lcpRegion };
}

export const table = (rows: Row[]) =>
	['| figure | measured | target | |', '| --- | --- | --- | --- |', ...rows.map((x) => `| ${x.figure} | ${x.value} | ${x.target} | ${x.verdict} |`)].join('\n');

/** Per filter of the per-panel timing: the 15 panels' WASM and native times summed (sequential). */
function perPanelSums(session: Session | undefined, native: NativeSide | undefined): { label: string; wasm: number; native: number; ratio: number }[] {
	if (!session?.perPanel || 'error' in session.perPanel) return [];
	const rows = session.perPanel.rows;
	const nat = new Map((native?.perPanel ?? []).map((p) => [`${p.key}|${p.filterLabel}`, p.ms]));
	return [...new Set(rows.map((x) => x.filterLabel))].flatMap((label) => {
		const mine = rows.filter((x) => x.filterLabel === label);
		const w = sum(mine.map((x) => median(x.times) ?? 0));
		const n = sum(mine.map((x) => nat.get(`${x.key}|${label}`) ?? 0));
		return n > 0 ? [{ label, wasm: w, native: n, ratio: w / n }] : [];
	});
}

function perPanelTable(session: Session | undefined, native: NativeSide | undefined): string {
	if (!session?.perPanel) return '_not measured_';
	if ('error' in session.perPanel) return `_browser per-panel timing failed: ${session.perPanel.error}_`;
	const nat = new Map((native?.perPanel ?? []).map((p) => [`${p.key}|${p.filterLabel}`, p]));
	const filters = [...new Set(session.perPanel.rows.map((x) => x.filterLabel))];
	const keys = [...new Set(session.perPanel.rows.map((x) => x.key))];
	const lines = [`| panel | ${filters.map((f) => `${f}: WASM / native`).join(' | ')} | ratio (median) |`, `| --- | ${filters.map(() => '---').join(' | ')} | --- |`];
	const sums = filters.map(() => ({ w: 0, n: 0 }));
	for (const key of keys) {
		const cells: string[] = [];
		const rs: number[] = [];
		filters.forEach((f, i) => {
			const w = session.perPanel && 'rows' in session.perPanel ? session.perPanel.rows.find((x) => x.key === key && x.filterLabel === f) : undefined;
			const wm = w ? median(w.times) : null;
			const n = nat.get(`${key}|${f}`);
			if (wm !== null) sums[i]!.w += wm;
			if (n) sums[i]!.n += n.ms;
			if (wm !== null && n) rs.push(wm / Math.max(n.ms, 0.01));
			cells.push(`${ms(wm, 1)} / ${ms(n?.ms, 1)}`);
		});
		lines.push(`| ${key} | ${cells.join(' | ')} | ${ratio(median(rs))} |`);
	}
	lines.push(`| **sum (sequential)** | ${sums.map((s) => `${ms(s.w, 1)} / ${ms(s.n, 1)}`).join(' | ')} | ${ratio(median(sums.map((s) => (s.n ? s.w / s.n : null))))} |`);
	return lines.join('\n');
}

/** Slowest panels in the browser (median over filters), for the notes. */
function slowest(session: Session | undefined, n = 3): { key: string; ms: number }[] {
	if (!session?.perPanel || 'error' in session.perPanel) return [];
	const by = new Map<string, number[]>();
	for (const x of session.perPanel.rows) by.set(x.key, [...(by.get(x.key) ?? []), median(x.times)!]);
	return [...by.entries()].map(([key, v]) => ({ key, ms: median(v)! })).sort((a, b) => b.ms - a.ms).slice(0, n);
}

/** Latency of the later changes by their position in the session: the first ones after load run cold code. */
function byPosition(sessions: readonly Session[]): string {
	const n = Math.max(0, ...sessions.map((s) => s.interactions.length));
	const parts: string[] = [];
	for (let i = 1; i < n; i++) parts.push(`change ${i + 1} ${ms(median(sessions.map((s) => s.interactions[i]?.latencyMs)))}`);
	return parts.join(', ') || 'n/a';
}

/** Where DuckDB-WASM's own start-up goes, from the traced runs of DuckDB alone (medians). */
function aloneSplit(phases: readonly AlonePhases[]): string {
	if (!phases.length) return '';
	const m = (k: keyof AlonePhases) => ms(median(phases.map((p) => p[k])));
	return (
		` Where that time goes (${phases.length} traced run(s), medians; tracing adds a little): DuckDB's worker script fetched, compiled and run, until the wasm starts streaming in ${m('workerScript')}; ` +
		`the wasm streamed in, its functions compiled as they arrive ${m('wasmStreamed')}; compilation finished and the instance built ${m('compiled')}; ` +
		`DuckDB's own JavaScript after that, before \`instantiate()\` returns ${m('linked')} (a CPU profile by hand, 2026-11-29, puts this in Emscripten's dynamic linking: relocateExports, updateGOT, registerDynCallSymbols, mergeLibSymbols, applySignatureConversions); ` +
		`open and a first query ${m('open')}. All of it runs on the worker's one thread, and none of it is the app's. Fetching the 34 MB wasm on its own took 0.6–0.9 s in this Chromium with nothing attached and 1.0–1.4 s with Playwright attached, with brotli, gzip or no encoding alike (measured by hand, 2026-11-29).`
	);
}

export function markdown(r: Results): { md: string; tableText: string } {
	const a = analyse(r);
	const tableText = table(a.rows);
	const lastRegion = a.region[a.region.length - 1];
	const lastBig = a.bigSessions[a.bigSessions.length - 1];
	const first = a.region[0];
	const firstHome = a.home[0];
	const routeJs = (s: Session | undefined) => {
		if (!s) return 'n/a';
		const scripts = [...new Map(s.requests.filter((q) => q.path.endsWith('.js')).map((q) => [q.path, q])).values()];
		const app = scripts.filter((q) => !isDuckRelated(a.js, q.path));
		const duck = scripts.filter((q) => isDuckRelated(a.js, q.path));
		const gz = (qs: typeof scripts) => sum(qs.map((q) => a.js.get(q.path)?.gzip ?? 0));
		return `${scripts.length} files, ${kb(sum(scripts.map((q) => q.body)))} as served (br) / ${kb(gz(scripts))} gzip — app ${app.length} files ${kb(sum(app.map((q) => q.body)))} br / ${kb(gz(app))} gzip; DuckDB, parquet-wasm, arrow ${duck.length} files ${kb(sum(duck.map((q) => q.body)))} br / ${kb(gz(duck))} gzip`;
	};
	const topBytes = (s: Session | undefined, n = 6) =>
		s
			? [...s.requests]
					.sort((x, y) => y.body - x.body)
					.slice(0, n)
					.map((q) => `\`${q.path}\` ${mb(q.body)}${q.encoding ? ` (${q.encoding})` : ''}`)
					.join(', ')
			: 'n/a';

	const notes: string[] = [];
	const miss = (key: string) => a.rows.find((x) => x.key === key)?.verdict === '✗';
	if (miss('lcp-home') || miss('lcp-region')) {
		notes.push(
			`**LCP.** \`/\`: LCP element ${firstHome?.lcp?.el ?? 'n/a'}, FCP ${ms(median(a.home.map((s) => s.fcp)))}, TTFB ${ms(median(a.home.map((s) => s.ttfb)))}; ` +
				`\`/regio/JZ12\`: LCP element ${first?.lcp?.el ?? 'n/a'}, FCP ${ms(median(a.region.map((s) => s.fcp)))}, DOMContentLoaded ${ms(median(a.region.map((s) => s.domContentLoaded)))}. ` +
				'LCP is text in the prerendered HTML and the stylesheets are inlined into it, so it waits for the HTML alone; on a 2-core machine with no throttling this is mostly main-thread time (parse, style and layout of a large page: the region page is about 300 KB, 125 KB of it the data SvelteKit hydrates from).'
		);
	}
	if (miss('ready')) {
		const b = a.bd;
		const seg = (x: number | null, y: number | null) => (x !== null && y !== null ? y - x : null);
		const parts: [string, number | null][] = [
			['the page’s <head> starts DuckDB’s worker, which fetches and compiles the wasm at once (mark db-worker; src/lib/db/duckdb-boot.ts)', b.worker],
			[`DuckDB's worker script and wasm (${mb(b.wasmBytes)} brotli, ~34 MB decompressed) fetched and compiled, DuckDB's own start-up (db-worker → db-instantiated; meanwhile the app's entry code loads, paints and hydrates, and opens DuckDB at db-start ${ms(b.started)})`, seg(b.worker, b.instantiated)],
			['db.open and a connection (db-instantiated → db-open)', seg(b.instantiated, b.opened)],
			['the tables in: the Arrow IPC files fetched meanwhile, inserted with insertArrowFromIPCStream (db-open → ready)', seg(b.opened, b.ready)]
		];
		const sorted = [...parts].filter((p) => p[1] !== null).sort((x, y) => y[1]! - x[1]!);
		const alone = median(r.duckdbAlone?.openMs ?? []);
		notes.push(
			`**DuckDB ready ${sec(b.ready)}** (median, since navigation start). Split by the app's marks: ${parts.map(([k, v]) => `${k}: ${ms(v)}`).join('; ')}. ` +
				`Largest: ${sorted[0]?.[0] ?? 'n/a'}. DuckDB-WASM alone on a blank page takes ${sec(alone)} from its worker's creation to open` +
				(alone !== null && alone > 1500 ? ', so the 1.5 s target cannot be met on this machine with DuckDB-WASM 1.32, whatever the page does.' : '.') +
				' Other DuckDB-WASM versions, measured by hand (2026-12-07: each version installed in a scratch copy, its eh bundle on the same kind of blank page, same server and encoding, 12 cold loads per version interleaved, load 0.2–2.7; medians): ' +
				'worker → open 1.28.0 (DuckDB 0.9.1) 449 ms, 1.29.0 1228, 1.30.0 1147, 1.31.0 1121, 1.32.0 1119, 1.33.1-dev65 (DuckDB 1.5.6) 1172. ' +
				'Every release since 1.29 is built for Emscripten’s dynamic linking (a `dylink.0` section, 7–10 MB of exports, linked at start), 1.28 is not; in the app (10 loads each, interleaved, load 2.6–4.4) 1.28 is ready at 1.11 s against 1.66 s. ' +
				'We stay on 1.32: on 1.28 a bound string stops at its first NUL byte (the import would pass refused web addresses), ORDER BY puts strings of 8+ bytes that start with a non-ASCII letter (Ĳsselland, Élan…) before ASCII ones, a running query cannot be cancelled, READ ONLY transactions do not parse (the explorer’s guard), and the batch SQL runs ~1.4× slower (fewer cube cells computed ahead). 1.31 fails five region panels (“Unimplemented expression class”).'
		);
	}
	if (miss('tbt')) {
		const loads = [...a.region, ...(r.regionLcp ?? []).filter((s) => s.ok)];
		notes.push(
			`**Total blocking time ${ms(median(loads.map((s) => s.tbt)))}** (first contentful paint → all panels drawn), longest task ${ms(median(loads.map((s) => s.longestTask)))}. ` +
				'The lenses, the map and the money lens’s charts hydrate as islands, each in a task of its own after the first paint (src/lib/islands; each one’s time is the measure `regiozicht:island <name>`). What stays in one task is the page’s own hydration: the layout, the headline tiles, the filter bar, SvelteKit’s start and the first use of the number formats (Intl). ' +
				'Before the islands, a CPU profile by hand (2026-12-07, a source-mapped build, busy machine, a 360 ms task) put the region page at 222 ms of it, of which the chart frames 177 ms (the money lens alone 102 ms), with no single hot spot: the cost was the number of components and effects Svelte sets up at once.'
		);
	}
	for (const w of r.warm ?? []) {
		if (!miss(w.serviceWorker ? 'warm-sw' : 'warm')) continue;
		const coldInst = a.bd.instantiated;
		notes.push(
			`**Second visit${w.serviceWorker ? ' with the service worker' : ''}: DuckDB ready ${sec(median(w.warm))}**, against ${sec(median(w.cold))} on the first visit of the same pairs; DuckDB instantiated at ${sec(median(w.warmInstantiated))} (first visits: ${sec(coldInst)}). ` +
				(w.serviceWorker
					? 'Whether Chromium uses its code cache for a module the service worker answers from its own cache was not traced. Either way, '
					: 'Chromium keeps DuckDB’s compiled module in its code cache and deserializes it on the second visit (a trace by hand shows `wasm.Deserialize` in a browser with a profile on disk, and none in a private context, which is why these pairs run in such a browser; src/lib/db/duckdb-boot.ts compiles from `fetch()`’s own response so that it can), but ') +
				`the rest of the start does not shrink with it: the 34 MB module is still read and checked against the cache, DuckDB’s own JavaScript links it (Emscripten’s dynamic linking, ~0.4–0.6 s of the floor’s split above), and the page hydrates and loads its data as on a first visit. DuckDB-WASM alone, opened a second time the same way, takes ${sec(median(r.duckdbAlone?.warmNavOpenMs ?? []))} from navigation to open: the 0.6 s target is below DuckDB-WASM 1.32’s own second start on this machine, and would need a smaller DuckDB build or a start that does not wait for the wasm.`
		);
	}
	if (miss('first')) {
		notes.push(
			`**First filter change.** click → panels updated ${ms(median(a.firsts.map((i) => i.latencyMs)))}, of which the panel queries (Panels.lastMs) ${ms(median(a.firsts.map((i) => i.computeMs)))}; ` +
				'the rest is the history entry and the Svelte re-render. The same 15 queries take about half as long a few changes later, most likely because DuckDB’s wasm first runs as baseline code and the browser optimises its hot functions in the background while it is used (not verified).'
		);
	}
	if (miss('later')) {
		const sl = slowest(lastRegion);
		const cubed = a.laters.filter((i) => i.computedBy === 'cube').length;
		if (cubed === a.laters.length)
			notes.push(
				`**Later changes (embedded).** p50 ${ms(percentile(a.laters.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.laters.map((i) => i.latencyMs), 95))}, all ${cubed} answered from the build cube, so no query ran in the browser. What remains is reading the 15 answers from the cache and Svelte redrawing the panels whose rows changed, on the main thread of a 2-core machine; the history entry is written after the answer is painted. By position in the session (median): ${byPosition(a.region)}. The slow ones are the first changes after load, made back to back: the click lands while the browser is still busy with what follows the previous answer (painting it, the history entry, garbage collection, optimising the code it just ran for the first time), and the click's event waits for it. The same changes at a person's pace (${r.options['pace ms']} ms after the previous answer): p50 ${ms(percentile(a.paced.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.paced.map((i) => i.latencyMs), 95))}.`
			);
		else notes.push(
			`**Later changes (embedded).** p50 ${ms(percentile(a.laters.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.laters.map((i) => i.latencyMs), 95))}; the 15 queries alone (Panels.lastMs) p50 ${ms(percentile(a.laters.map((i) => i.computeMs), 50))}, p95 ${ms(percentile(a.laters.map((i) => i.computeMs), 95))} — so nearly all of it is query time; navigation + re-render add a few tens of ms. ` +
				`Slowest panels run alone in WASM: ${sl.map((x) => `${x.key} ${ms(x.ms, 1)}`).join(', ') || 'n/a'}. DuckDB-WASM runs the 15 queries of a set one after another on one thread, so the set costs about the sum, even with every statement prepared once and reused. Native DuckDB needs ${ms(median(a.ratioEmb.map((x) => x.native)))} (median) for the same sets (without statement reuse), so the target is out of reach for the current SQL even natively. On these small tables that time is not data but plan size: a native single-threaded DuckDB spends about 1–2 ms on one hash aggregate of 1,000 rows, and the flag metrics alone have over 200 operators (measured with DuckDB's profiler, 2026-11-28). What the app does instead: the build cube (every municipality × category of the map, computed at build by the same SQL) and, where it does not hold, batch queries in the background (src/lib/metrics/batch.ts).`
		);
	}
	if (r.big && miss('big-app')) {
		const app = r.big.appPath;
		notes.push(`**10M rows do not load through the app.** With the ${mb(r.big.fileBytes)} file as data/waitingTimes.parquet the page’s DuckDB start ends in “${app?.dbError ?? app?.error ?? '?'}” after ${sec(app?.dbErrorAt)}.`);
	}
	if (r.big && (miss('later-big') || miss('ratio-big'))) {
		const sl = slowest(lastBig);
		notes.push(
			r.big.error && !a.bigSessions.length
				? `**10M rows.** The session failed: ${r.big.error}.`
				: `**10M rows.** p95 ${ms(percentile(a.bigLaters.map((i) => i.latencyMs), 95))}, queries alone ${ms(median(a.bigLaters.map((i) => i.computeMs)))} (median). Slowest panels in WASM: ${sl.map((x) => `${x.key} ${ms(x.ms, 0)}`).join(', ') || 'n/a'} — the region page queries its own slice of the ${(r.big.rows / 1e6).toFixed(1)}M waiting-time rows (src/lib/db/region-slice.ts), and computes every municipality × category of the map ahead in one batch query per panel; a change the page had not computed yet (answers in: ${a.bigSessions.map((s) => s.cubeCoverage ?? '?').join(', ')}) runs the three waiting panels and both flag panels over the slice. Native DuckDB needs ${ms(median(a.ratioBig.map((x) => x.native)))} per set (median) on this machine.`
		);
	}
	if (r.own && (miss('own-first') || miss('own-later'))) {
		const q = (xs: Interaction[]) => xs.map((i) => `${Math.round(i.latencyMs!)}${i.computeMs !== null ? ` (queries ${i.computeMs})` : ''}`).join(', ');
		notes.push(
			`**Own data.** First changes: ${q(a.ownFirsts) || 'n/a'} ms; later changes p95 ${ms(percentile(a.ownLaters.map((i) => i.latencyMs), 95))}. ` +
				'Latency is click → panels updated; “queries” is Panels.lastMs (the 15 metric queries and the row conversion, from the cache where computed ahead); the rest is the navigation (history entry) and the re-render. ' +
				`Computed ahead (panels drawn → every municipality × category in): ${a.ownSessions.map((s) => (s.cubeMs !== null ? sec(s.cubeMs) : 'not in time')).join(', ')}.`
		);
	}
	if (miss('first-big')) notes.push(`**10M rows, first change** ${ms(median(a.bigFirsts.map((i) => i.latencyMs)))}: queries alone ${a.bigFirsts.map((i) => ms(i.computeMs)).join(', ')}. Nearly all of it is the click's own queries over the region slice; the click lands while the page computes every municipality × category ahead, but waits only for the one batch query running (35–98 ms, measured by hand 2026-12-06). The six panels that read waiting times each scan the slice for the municipality's rows; their 12-month window per source comes from the slice's stored wait windows (src/lib/db/region-slice.ts), no longer from a scan of the region's 363k rows per panel (measured by hand 2026-12-07 on DuckDB-WASM 1.32 in Node, 10.3M rows, Noord-Veluwe: the 16 panels for one municipality 934 → 587 ms). flagSummary and flagItems each still compute the same flag CTEs (~110 ms each there). Tried by hand (2026-12-07, load 5–10): on DuckDB-WASM 1.32 in Node, storing the slice sorted by municipality, category and month, so that DuckDB skips row groups, made the region panels ~9% faster but building the slice 1.1 s slower (2.0 → 3.1 s, before the first figures), so it was not kept; in Chromium, DuckDB-WASM's threaded build (\`coi\`, which needs a cross-origin-isolated page) started in 1 of 7 tries (the others hung or failed with "offset is out of bounds"), and that start took 6.8 s to instantiate against 2.1 s for \`eh\`.`);
	if (miss('ratio')) {
		notes.push(
			`**WASM/native (embedded).** Median ratio ${ratio(median(a.ratioEmb.map((x) => x.ratio)))}: browser set ${ms(median(a.ratioEmb.map((x) => x.wasm)))} vs native ${ms(median(a.ratioEmb.map((x) => x.native)), 1)} (median). With tiny tables fixed per-query costs dominate (worker round trips, prepared statements, Arrow → JS rows); see the per-panel table.`
		);
	}
	if (miss('js')) {
		const big = r.js.files.filter((f) => f.group === 'app' || f.group === 'apache-arrow').slice(0, 5);
		const routeApp = (x: Session | undefined) => (x ? sum([...new Set(x.requests.map((q) => q.path))].filter((p) => p.endsWith('.js') && (a.js.get(p)?.group ?? 'app') === 'app').map((p) => a.js.get(p)?.gzip ?? 0)) : null);
		notes.push(
			`**JS per session.** Largest app files: ${big.map((f) => `\`${f.path.split('/').pop()}\` ${kb(f.gzip)} (${f.label})`).join(', ')}. ` +
				`App JS alone (without DuckDB, parquet-wasm and arrow): \`/\` ${kb(routeApp(firstHome))}, \`/regio/JZ12\` ${kb(routeApp(first))} gzip; arrow adds ${kb(a.jsArrow)} once DuckDB starts.`
		);
	}
	if (miss('bytes')) notes.push(`**Bytes per session ${mb(a.bytesRegion)}.** Largest responses: ${topBytes(first)}.`);
	const load = Number((r.machine['load average when launched, before the wait for a quiet machine (1/5/15 min)'] ?? '0').split(' / ')[0]);
	const cores = Number(r.machine.nproc ?? 1);
	const endLoad = Number((r.machine['load average at end (1/5/15 min)'] ?? '0').split(' / ')[0]);
	// Only the start tells whether other jobs ran: by the end the load includes the bench's own 10M part.
	if (!r.quiet && load >= cores) notes.push(`**Shared machine.** The 1-minute load average was ${load.toFixed(1)} when the bench was launched and ${endLoad.toFixed(1)} at the end on ${cores} cores (other jobs were running), so browser figures are somewhat inflated; the WASM/native ratios are paired in time and hurt less.`);
	if (r.quiet && !r.quiet.quiet)
		notes.unshift(
			`**⚠ BUSY MACHINE.** The 1-minute load average was still ${r.quiet.load.toFixed(2)} on ${r.quiet.cores} cores after waiting ${(r.quiet.waitedMs / 60000).toFixed(1)} min for it to drop below the core count: every browser figure (marked **[busy machine]**) is slower than this machine gives when quiet. Run again on a quiet machine before reading them against their targets.`
		);
	else if (r.quiet) notes.push(`**Quiet machine.** Timing started at a 1-minute load average of ${r.quiet.load.toFixed(2)} on ${r.quiet.cores} cores (waited ${(r.quiet.waitedMs / 1000).toFixed(0)} s).`);
	const failed = [...r.home, ...r.region, ...(r.big?.sessions ?? [])].filter((s) => !s.ok);
	const ownFailed = (r.own?.sessions ?? []).filter((s) => !s.ok);
	if (failed.length || ownFailed.length) notes.push(`**Failed sessions:** ${[...failed.map((s) => `${s.path}: ${s.error}`), ...ownFailed.map((s) => `own data: ${s.error}`)].join('; ')}.`);
	const errs = [...new Set([...r.home, ...r.region, ...(r.big?.sessions ?? []), ...(r.own?.sessions ?? [])].flatMap((s) => s.consoleErrors))];
	if (errs.length) notes.push(`**Console errors seen:** ${errs.slice(0, 5).join(' | ')}`);

	const jsTable = [
		'| file | group | bytes | gzip | br (served) |',
		'| --- | --- | --- | --- | --- |',
		...r.js.files.map((f) => `| \`${f.path.replace('/_app/immutable/', '')}\` | ${f.group === 'app' ? f.label : f.group} | ${kb(f.bytes)} | ${kb(f.gzip)} | ${kb(f.br)} |`)
	].join('\n');
	const ratioDetail = (xs: { label: string; wasm: number; native: number; ratio: number }[]) =>
		xs.length ? xs.map((x) => `${x.label}: ${x.wasm.toFixed(1)} / ${x.native.toFixed(1)} ms = ${x.ratio.toFixed(1)}×`).join('; ') : 'n/a';

	const md = `# Regiozicht benchmark results

Written by \`npm run bench\` (bench/run.ts) on ${r.startedAt}; the bench ran ${(r.runtimeMs / 60000).toFixed(1)} min.
How each figure is measured: bench/README.md.

## Figures

${tableText}

Cold loads: ${a.home.length}× \`/\`, ${a.region.length}× \`/regio/JZ12\` with filter changes and ${okSessions(r.regionLcp ?? []).length} more for its LCP only (each a new browser context: empty cache, new renderer process), no CPU or network throttling, served from localhost by scripts/serve.js with the precompressed files, viewport 1280×720.
Filter changes alternate a click on \`path.municipality[data-code=…]\` and the category select (“Zorgsoort”); latency = the input event’s timestamp → the DOM showing the next \`.panels-state\` version with \`data-pending="false"\`. Per region session: the first change after ready, then ${Number(r.options.interactions) - 1} later changes back to back (each click as soon as the previous answer is in and the address shows it), then ${r.options['paced changes']} at a person's pace (each click ${r.options['pace ms']} ms after the previous answer), then ${r.options['hover clicks']} map clicks after a ${r.options['hover dwell ms']} ms hover.

## Machine

${Object.entries(r.machine)
	.map(([k, v]) => `- ${k}: ${v}`)
	.join('\n')}

## Where the time to “DuckDB ready” goes (region page, medians, ms since navigation start)

| step | at |
| --- | --- |
| DuckDB's worker started, compiling the wasm (mark \`regiozicht:db-worker\`: the page's <head>, src/lib/db/duckdb-boot.ts) | ${ms(a.bd.worker)} |
| DuckDB opened by the app (mark \`regiozicht:db-start\`: the app started (src/hooks.client.ts \`init\`), after first paint) | ${ms(a.bd.started)} |
| DuckDB JS chunks requested | ${ms(a.bd.duckStart)} |
| DuckDB wasm downloaded (${mb(a.bd.wasmBytes)} as served) | ${ms(a.bd.wasmEnd)} |
| DuckDB instantiated (mark \`regiozicht:db-instantiated\`: worker script, wasm compiled, DuckDB's own start-up) | ${ms(a.bd.instantiated)} |
| DuckDB open, with a connection (mark \`regiozicht:db-open\`) | ${ms(a.bd.opened)} |
| first data file requested (the embedded tables as Arrow IPC, fetched alongside DuckDB's start) | ${ms(a.bd.dataStart)} |
| last data file in (${kb(a.bd.dataBytes)}) | ${ms(a.bd.dataEnd)} |
| DuckDB ready (mark \`regiozicht:db-ready\`${a.region.some((s) => s.dbReadySource === 'data-phase') ? '; some runs: data-phase change' : ''}) | ${ms(a.bd.ready)} |
| all panels drawn from browser results | ${ms(a.bd.drawn)} |

For comparison, DuckDB-WASM alone on a blank page served like the app (same server and encoding, no request interception; the same worker and wasm files, duckdb-wasm's main-thread JS bundled into one file; nothing else loading), ${r.duckdbAlone?.openMs.length ?? 0} cold runs: navigation → open and a first query ${r.duckdbAlone?.navOpenMs.map((x) => ms(x)).join(', ') || 'n/a'}; worker created → instantiated ${r.duckdbAlone?.instantiatedMs.map((x) => ms(x)).join(', ') || 'n/a'}; → open and a first query ${r.duckdbAlone?.openMs.map((x) => ms(x)).join(', ') || 'n/a'}${r.duckdbAlone?.error ? ` (error: ${r.duckdbAlone.error})` : ''}. This is the floor under "DuckDB ready" on this machine: the app cannot be ready before DuckDB itself is.${aloneSplit(r.duckdbAlone?.phases ?? [])}

## Filter changes

- Embedded, first change per cold session: ${a.firsts.map((i) => `${Math.round(i.latencyMs!)} ms (${i.computedBy === 'cube' ? 'build cube' : `queries ${i.computeMs ?? '?'} ms`})`).join(', ') || 'n/a'}. “Build cube”: every panel came from /data/cube/<region>-<law>.json, computed at build by the same metric SQL for every municipality × category of the map (src/routes/data/cube), which the page takes as answers while it holds the site's own data.
- Embedded, map clicks after a ${r.options['hover dwell ms']} ms hover (n = ${a.hovered.length}; municipalities this session had not shown): ${a.hovered.map((i) => `${Math.round(i.latencyMs!)} ms`).join(', ') || 'n/a'}. These come from the build cube where it holds; else, while the pointer rests, the app already runs the queries that municipality needs, and in the background every municipality × category in batch queries (src/lib/metrics/batch.ts, src/lib/db/query-queue.ts); the click joins or reuses them.
- Embedded, later changes (n = ${a.laters.length}, ${a.laters.filter((i) => i.computedBy === 'cube').length} from the build cube): p50 ${ms(percentile(a.laters.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.laters.map((i) => i.latencyMs), 95))}, max ${ms(max(a.laters.map((i) => i.latencyMs)))}; by position in the session (median): ${byPosition(a.region)}; queries alone where computed in the browser (Panels.lastMs) p50 ${ms(percentile(a.laters.map((i) => i.computeMs), 50))}, p95 ${ms(percentile(a.laters.map((i) => i.computeMs), 95))}.
- Embedded, later changes at a person's pace (${r.options['pace ms']} ms after the previous answer; n = ${a.paced.length}, ${a.paced.filter((i) => i.computedBy === 'cube').length} from the build cube): ${a.paced.map((i) => `${Math.round(i.latencyMs!)} ms`).join(', ') || 'n/a'}; p50 ${ms(percentile(a.paced.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.paced.map((i) => i.latencyMs), 95))}, max ${ms(max(a.paced.map((i) => i.latencyMs)))}.
${
	r.big && !a.bigSessions.length
		? `- 10M rows: no session ran${r.big.error ? ` (${r.big.error})` : ''}.`
		: r.big
		? `- ${(r.big.rows / 1e6).toFixed(2)}M waiting-time rows (\`${r.big.file}\`, ${mb(r.big.fileBytes)}, ${r.big.rowGroups} row groups), ${a.bigSessions.length} cold session(s) with the app loading the file itself: first change ${a.bigFirsts.map((i) => `${Math.round(i.latencyMs!)} ms`).join(', ') || 'n/a'}; every municipality × category computed ahead ${a.bigSessions.map((s) => `${s.cubeReady !== null && s.dbReady !== null ? `${sec(s.cubeReady - s.dbReady)} after ready` : 'not in time'} (${s.cubeCoverage ?? '?'} answers)`).join(', ')} (one batch query per panel over the region slice: src/lib/db/query-queue.ts \`batchSize\`; a click in the meantime waits for the batch running); later changes, made after that (n = ${a.bigLaters.length}): p50 ${ms(percentile(a.bigLaters.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.bigLaters.map((i) => i.latencyMs), 95))}; Panels.lastMs p50 ${ms(percentile(a.bigLaters.map((i) => i.computeMs), 50))}, p95 ${ms(percentile(a.bigLaters.map((i) => i.computeMs), 95))}.${r.big.error ? ` Error: ${r.big.error}.` : ''}`
		: '- 10M rows: not run.'
}
${
	r.own
		? `- Own data (the embedded tables as ${Object.keys(r.own.rows).length} canonical CSV files, ${Object.entries(r.own.rows).map(([t, n]) => `${t} ${n.toLocaleString('en')}`).join(', ')}; loaded on /eigen-data in a cold context, then the page's link to /regio/JZ12, in the same tab), ${a.ownSessions.length} session(s): first change ${a.ownFirsts.map((i) => `${Math.round(i.latencyMs!)} ms (queries ${i.computeMs ?? '?'} ms)`).join(', ') || 'n/a'}; later changes back to back (n = ${a.ownLaters.length}): p50 ${ms(percentile(a.ownLaters.map((i) => i.latencyMs), 50))}, p95 ${ms(percentile(a.ownLaters.map((i) => i.latencyMs), 95))}, max ${ms(max(a.ownLaters.map((i) => i.latencyMs)))}; Panels.lastMs p50 ${ms(percentile(a.ownLaters.map((i) => i.computeMs), 50))}, p95 ${ms(percentile(a.ownLaters.map((i) => i.computeMs), 95))}. Import ${a.ownSessions.map((s) => sec(s.importMs)).join(', ')}; link → panels drawn ${a.ownSessions.map((s) => ms(s.navigateMs)).join(', ')}.${r.own.error ? ` Error: ${r.own.error}.` : ''}`
		: '- Own data: not run.'
}

## WASM vs native DuckDB

Native: ${r.native.version} (@duckdb/node-api, default threads), tables loaded in ${ms(r.native.loadMs)}. WASM: DuckDB-WASM ${r.machine['DuckDB-WASM'] ?? ''}, one thread.
Per panel set: browser Panels.lastMs for each filter reached in the browser ÷ native time of the same 15 metrics with Promise.all on one connection, measured right after each browser session so both see the same machine load (after one unmeasured run of the whole set; embedded: median of 3 after a per-filter warm-up; 10M: one run per filter, for at most 8 distinct filters).

- Embedded: ${ratioDetail(a.ratioEmb)}
${r.big ? `- 10M rows (native load ${ms(r.big.native?.loadMs)}): ${ratioDetail(a.ratioBig)}` : ''}

Per panel, each query alone (browser: the page’s own DuckDB-WASM instance after the filter changes, each statement prepared once on its connection (past the app’s result cache and region slice), median of 3, on 10M rows 1 run; native: median of 3 after a warm-up, on 10M rows 1 run without warm-up), embedded data:

${perPanelTable(lastRegion, r.native)}
${r.big ? `\nPer panel, ${(r.big.rows / 1e6).toFixed(1)}M waiting-time rows:\n\n${perPanelTable(lastBig, r.big.native)}\n` : ''}
## JavaScript

Identified by ${r.js.method}. Total of all build/_app JS: ${kb(sum(r.js.files.map((f) => f.gzip)))} gzip; DuckDB-WASM ${kb(sum(r.js.files.filter((f) => f.group === 'duckdb-wasm').map((f) => f.gzip)))}, parquet-wasm ${kb(sum(r.js.files.filter((f) => f.group === 'parquet-wasm').map((f) => f.gzip)))}, apache-arrow ${kb(a.jsArrow)}, the rest ${kb(a.jsApp - a.jsArrow)}.

Per route, JS actually requested in a cold load:
- \`/\`: ${routeJs(firstHome)}
- \`/regio/JZ12\`: ${routeJs(first)}

<details><summary>Every JS file</summary>

${jsTable}

</details>

## Bytes per cold session

Sum of response body + header bytes as transferred (Playwright request sizes, which include the DuckDB worker’s own fetch of the wasm).
- \`/\`: ${mb(a.bytesHome)} (CDP page-target Network.loadingFinished: ${mb(median(a.home.map((s) => s.cdpPageBytes)))})
- \`/regio/JZ12\`: ${mb(a.bytesRegion)} (CDP page target only: ${mb(median(a.region.map((s) => s.cdpPageBytes)))} — it does not see the worker’s wasm download). Largest: ${topBytes(first)}.
${r.big?.appPath ? `- 10M rows through the app (data/waitingTimes.parquet = the 10M file, ${r.big.appPath.ok ? 'loaded' : 'failed'}): ${mb(sessionBytes(r.big.appPath))}. Largest: ${topBytes(r.big.appPath, 3)}.` : ''}

## Build, precompression, serving

- Build: ${r.build.builtMs ? `built by the bench in ${sec(r.build.builtMs)}` : 'existing build/ used'}; performance marks in the build: ${r.build.marksInBuild ? 'yes' : 'NO (rebuild: npm run build) — ready/panel times fall back to DOM observation'}.
- \`node scripts/precompress.js build\`: ${sec(r.build.precompressMs)} — ${r.build.precompressSummary}
- Served from a private copy of build/ (copied in ${sec(r.build.snapshotMs)}).
- Content-Encoding check against scripts/serve.js:
${r.encoding.map((e) => `  - ${e.method} \`${e.path}\` Accept-Encoding: ${e.accept} → ${e.status}, Content-Encoding ${e.encoding}, ${e.length} bytes (file ${e.expected}) ${e.ok ? '✓' : '✗'}`).join('\n')}

## Notes on missed targets

${notes.length ? notes.map((n) => `- ${n}`).join('\n') : 'Every target was met.'}

Options: ${Object.entries(r.options)
		.map(([k, v]) => `${k}=${v}`)
		.join(', ')}.
`;
	return { md, tableText };
}

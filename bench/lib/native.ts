/**
 * The same panel metrics on native DuckDB (@duckdb/node-api), as the build-time prerender runs
 * them: regionPanels from src/lib/lenses/region-panels.ts (which imports panels.svelte.ts only as
 * a type, so tsx can load it) and runMetric; a panel set runs with Promise.all on one connection,
 * exactly like computePanels / Panels.update.
 */
import { attachParquetDir, openNodeDb, type NodeDb } from '../../src/lib/db/node';
import { runMetric } from '../../src/lib/metrics/metric';
import { metricConfig } from '../../src/lib/metrics/config';
import { regionPanels, type DashboardFilter } from '../../src/lib/lenses/region-panels';
import type { PanelJob, Session } from './browser';
import type { NativeSide } from './report';
import { median } from './util';

export const REGION = 'JZ12';
export const panelKeys = Object.keys(regionPanels) as (keyof typeof regionPanels)[];

export interface FilterPick {
	municipality: string | null;
	category: string | null;
	provider?: string | null;
	year?: number | null;
}

export const dashboardFilter = (f: FilterPick): DashboardFilter => ({
	regionId: REGION,
	domain: 'jeugd',
	municipality: f.municipality,
	category: f.category,
	provider: f.provider ?? null,
	year: f.year ?? null,
	date: metricConfig.referenceDate,
	localBy: 'regio'
});

export const filterLabel = (f: FilterPick) => [f.municipality ?? 'hele regio', f.category ? `zorgsoort ${f.category}` : null, f.year ? `jaar ${f.year}` : null].filter(Boolean).join(', ');

/** The SQL and bound parameters of every panel for a filter (what the page runs, one by one). */
export function panelJobs(f: FilterPick): PanelJob[] {
	const filter = dashboardFilter(f);
	return panelKeys.map((key) => {
		const spec = regionPanels[key] as { metric: { sql: string; bind(p: unknown): (string | number | boolean | null)[] }; params(f: DashboardFilter): unknown };
		return { key, filterLabel: filterLabel(f), sql: spec.metric.sql, params: spec.metric.bind(spec.params(filter)) };
	});
}

export async function openNative(dataDir: string, waitingFile?: string): Promise<{ db: NodeDb; loadMs: number; version: string }> {
	const t = performance.now();
	const db = await openNodeDb();
	await attachParquetDir(db, dataDir);
	if (waitingFile) await db.exec(`CREATE OR REPLACE TABLE "waitingTimes" AS SELECT * FROM read_parquet('${waitingFile.replace(/'/g, "''")}')`);
	const loadMs = performance.now() - t;
	const [{ v }] = (await db.query<{ v: string }>('SELECT version() AS v')) as [{ v: string }];
	return { db, loadMs, version: v };
}

/** Rows and row groups of a Parquet file. */
export async function parquetShape(file: string): Promise<{ rows: number; rowGroups: number }> {
	const db = await openNodeDb();
	const lit = `'${file.replace(/'/g, "''")}'`;
	try {
		const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet(${lit})`)) as [{ n: number }];
		const [{ g }] = (await db.query<{ g: number }>(`SELECT count(DISTINCT row_group_id)::INTEGER AS g FROM parquet_metadata(${lit})`)) as [{ g: number }];
		return { rows: n, rowGroups: g };
	} finally {
		db.close();
	}
}

/** Whole panel set (Promise.all, one connection) for a filter: optional warm-up, then the median of `reps`. */
export async function nativeSetMs(db: NodeDb, f: FilterPick, reps = 3, warmup = true): Promise<number> {
	const filter = dashboardFilter(f);
	const once = async () => {
		const t = performance.now();
		await Promise.all(panelKeys.map((key) => runMetric(db, regionPanels[key].metric as never, regionPanels[key].params(filter as never) as never)));
		return performance.now() - t;
	};
	if (warmup) await once();
	const times: number[] = [];
	for (let i = 0; i < reps; i++) times.push(await once());
	return median(times)!;
}

/** Each panel alone, sequentially: optional warm-up, then the median of `reps`. */
export async function nativePerPanel(db: NodeDb, f: FilterPick, reps = 3, warmup = true): Promise<{ key: string; filterLabel: string; ms: number; rows: number }[]> {
	const out = [];
	for (const job of panelJobs(f)) {
		let rows = warmup ? (await db.query(job.sql, job.params)).length : 0;
		const times: number[] = [];
		for (let i = 0; i < reps; i++) {
			const t = performance.now();
			rows = (await db.query(job.sql, job.params)).length;
			times.push(performance.now() - t);
		}
		out.push({ key: job.key, filterLabel: job.filterLabel, ms: median(times)!, rows });
	}
	return out;
}

/**
 * Native measurements paired in time with the browser sessions: after each session, the filters
 * it reached (and, for the last one, the per-panel filters) are run natively at once, so a
 * machine whose load changes during the bench affects both sides alike.
 */
export class NativeRecorder {
	private samples = new Map<string, number[]>();
	readonly side: NativeSide;
	private constructor(
		private db: NodeDb,
		loadMs: number,
		version: string,
		private reps: number,
		private warmup: boolean,
		private maxFilters: number
	) {
		this.side = { version, loadMs, setMs: new Map(), perPanel: [] };
	}

	static async open(dataDir: string, opts: { waitingFile?: string; reps: number; warmup: boolean; maxFilters: number }) {
		const { db, loadMs, version } = await openNative(dataDir, opts.waitingFile);
		// One unmeasured run of the whole set, so the first measured filter does not pay for cold caches.
		await nativeSetMs(db, { municipality: null, category: null }, 1, false);
		return new NativeRecorder(db, loadMs, version, opts.reps, opts.warmup, opts.maxFilters);
	}

	async afterSession(s: Session, perPanelPicks: FilterPick[] | null, timeoutMs: number) {
		const deadline = performance.now() + timeoutMs;
		for (const i of s.interactions) {
			if (i.error || performance.now() > deadline) continue;
			const label = filterLabel(i.filter);
			if ((this.samples.get(label)?.length ?? 0) >= 3) continue;
			if (!this.samples.has(label) && this.samples.size >= this.maxFilters) continue;
			const t = await nativeSetMs(this.db, i.filter, this.reps, this.warmup);
			this.samples.set(label, [...(this.samples.get(label) ?? []), t]);
			this.side.setMs.set(label, median(this.samples.get(label)!)!);
		}
		if (perPanelPicks) for (const f of perPanelPicks) this.side.perPanel.push(...(await nativePerPanel(this.db, f, this.reps, this.warmup)));
	}

	close() {
		this.db.close();
	}
}

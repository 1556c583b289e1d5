/**
 * Filter state → SQL params → rows, for every panel of a page at once (the Mosaic lesson:
 * one mechanism for cross-filtering, not code in every panel). A page declares its panels
 * (metric + how the filter maps to its params); `update(db, filter)` reruns them all and swaps
 * the rows in together, dropping results of a filter that has since changed.
 * Initial rows come from the prerender, so the page has content before DuckDB is ready.
 */
import { runMetric, type Metric } from '../metrics/metric';
import { batchMetric, NotBatchable, type Key } from '../metrics/batch';
import type { Prefetcher, QueryRunner, Row, SqlValue } from '../db/types';

/* eslint-disable @typescript-eslint/no-explicit-any -- specs are heterogeneous by design */
export interface PanelSpec<F = any> {
	metric: Metric<any, any>;
	params: (filter: F) => unknown;
}
/* eslint-enable @typescript-eslint/no-explicit-any */
export type RowsOf<S> = { [K in keyof S]: S[K] extends { metric: Metric<never, infer R> } ? R[] : Row[] };
type FilterOf<S> = S[keyof S] extends { params: (filter: infer F) => unknown } ? F : never;

/** Every combination `keys` of the filter fields `dims`, with the rest of the filter as in `filter`. */
export interface Cube<F, D extends string> {
	filter: F;
	dims: readonly D[];
	keys: readonly Key<D>[];
}

/** `filter` with the cube key's fields set. */
const withKey = <F, D extends string>(filter: F, key: Key<D>) => ({ ...(filter as object), ...key }) as F;

/**
 * One panel's batch query for these keys (metrics/batch.ts), or null when its metric cannot be
 * batched: then each key needs a query of its own.
 */
function batchFor<F, D extends string>(spec: PanelSpec<F>, dims: readonly D[], at: (key: Key<D>) => F, keys: readonly Key<D>[]) {
	try {
		return batchMetric(spec.metric, dims, (key) => spec.params(at(key)), keys);
	} catch (error) {
		if (error instanceof NotBatchable) return null;
		throw error;
	}
}

/** The same text for the same cube, whichever of its keys the filter is at. */
const cubeId = <F, D extends string>({ filter, dims, keys }: Cube<F, D>) =>
	JSON.stringify([Object.entries({ ...(filter as object), ...Object.fromEntries(dims.map((d) => [d, null])) }).sort(([a], [b]) => (a < b ? -1 : 1)), keys]);

/**
 * Where the rows shown were computed: 'build' = the prerendered default view (the browser
 * recomputes it once DuckDB is ready); 'browser' = by DuckDB-WASM in this tab; 'cube' = at build
 * for exactly this filter (the build cube: same SQL, same data), so nothing is recomputed.
 */
export type ComputedBy = 'build' | 'browser' | 'cube';

/** A runner that can take results computed elsewhere (query-queue.ts). */
interface Seedable {
	seed(sql: string, params: readonly SqlValue[], rows: Row[]): void;
	seeded?(sql: string, params: readonly SqlValue[]): boolean;
}

/** Whether two results hold the same rows, value for value (small: a panel's result is aggregated). */
function sameRows(a: readonly Row[] | undefined, b: readonly Row[]): boolean {
	return a !== undefined && a.length === b.length && JSON.stringify(a) === JSON.stringify(b);
}

export class Panels<S extends Record<string, PanelSpec>> {
	// Raw: rows are replaced whole, never changed in place, so Svelte need not proxy thousands of row objects.
	rows: RowsOf<S> = $state.raw() as RowsOf<S>;
	computedBy: ComputedBy = $state('build');
	pending = $state(false);
	error = $state('');
	/** Increments on every completed update; tests and the benchmark wait on it. */
	version = $state(0);
	/** Duration of the last update in ms (all panels). */
	lastMs = $state(0);
	#latest = 0;
	/** The bound parameters (JSON) behind each panel's rows, once computed here. */
	#keys = new Map<string, string>();
	/**
	 * Per runner, the cubes found wholly covered, with the runner's `dropped` count then: while
	 * that stands still the cube needs no work, and checking its thousands of keys on every
	 * change would cost the main thread more than the change itself.
	 */
	#coveredCubes = new WeakMap<object, Map<string, number>>();
	/** Increments with every prefetch call: a cube still being checked stops when it moves on. */
	#prefetchRun = 0;
	/**
	 * The cube being computed ahead: answers cached (`done`) of all (panels × keys), and answers
	 * still being computed (`pending`). `done === total`: every municipality × category shows at
	 * once. `pending === 0` with `done < total`: the rest was given up (e.g. a batch too slow to
	 * run ahead) and is computed when chosen. Null until a cube is prefetched or seeded.
	 */
	cube: { done: number; total: number; pending: number } | null = $state.raw(null);

	constructor(
		private specs: S,
		initial: RowsOf<S>
	) {
		this.rows = initial;
	}

	/**
	 * Show rows computed at build without querying: the prerendered figures (`build`), or a build
	 * cube's answer (`cube`) while the database is not ready. An update still running is dropped.
	 */
	show(rows: RowsOf<S>, by: Exclude<ComputedBy, 'browser'> = 'build') {
		this.#latest++;
		this.rows = rows;
		this.#keys.clear();
		this.computedBy = by;
		this.pending = false;
		this.cube = null;
	}

	/** Mark the rows shown as not (or again) the current filter's, while nothing can compute it yet. */
	wait(waiting = true) {
		this.pending = waiting;
	}

	/**
	 * Drop the guesses not yet started: the filter is changing, and `prefetch` follows with new
	 * ones. Until then `cube` stands as it was, so its work is not shown as given up meanwhile.
	 */
	cancelPrefetch(db: Partial<Prefetcher>) {
		this.#prefetchRun++;
		db.cancelPrefetch?.();
	}

	/**
	 * Compute these filters' panels in the background, so that choosing one of them later is
	 * instant: `first`, then the cube, then `then`; replaces earlier guesses. A no-op on a runner
	 * that cannot prefetch. Resolves once all is queued (the queries themselves run later).
	 */
	async prefetch<D extends string & keyof FilterOf<S>>(
		db: QueryRunner & Partial<Prefetcher>,
		first: readonly FilterOf<S>[],
		cube?: Cube<FilterOf<S>, D>,
		then: readonly FilterOf<S>[] = []
	): Promise<void> {
		if (!db.prefetch || !db.cancelPrefetch || !db.prefetchBatch) return;
		this.cancelPrefetch(db);
		const run = this.#prefetchRun;
		for (const filter of first) for (const spec of Object.values(this.specs)) this.#guess(db, spec, filter);
		if (cube) await this.#prefetchCube(db as QueryRunner & Prefetcher, cube, run);
		if (run !== this.#prefetchRun) return; // newer guesses replaced these meanwhile
		for (const filter of then) for (const spec of Object.values(this.specs)) this.#guess(db, spec, filter);
	}

	#guess(db: Partial<Prefetcher>, spec: PanelSpec, filter: FilterOf<S>) {
		let params;
		try {
			params = spec.metric.bind(spec.params(filter));
		} catch {
			return; // a guess the metric rejects is simply not made; update() reports real errors
		}
		db.prefetch!(spec.metric.sql, params);
	}

	/**
	 * Every panel for every key of the cube, one query per panel and batch of keys
	 * (metrics/batch.ts, `batchSize` keys per batch, the first batch every key one click away);
	 * the keys closest to the cube's filter first. A key then answers from the cache, so a click
	 * on any municipality or category is instant. `cube` counts the answers in as they arrive.
	 */
	async #prefetchCube<D extends string & keyof FilterOf<S>>(db: QueryRunner & Prefetcher, { filter, dims, keys }: Cube<FilterOf<S>, D>, run: number) {
		const known = this.#coveredCubesOf(db);
		const id = cubeId({ filter, dims, keys });
		const dropped = db.dropped;
		const specs = Object.values(this.specs);
		if (known.get(id) === dropped) {
			this.cube = { done: specs.length * keys.length, total: specs.length * keys.length, pending: 0 };
			return;
		}
		const distance = (key: Key<D>) => dims.filter((d) => key[d] !== filter[d]).length;
		const order = [...keys].sort((a, b) => distance(a) - distance(b));
		const at = (key: Key<D>) => withKey(filter, key);
		// Per panel the keys not yet computed, in batches; every panel's first batch goes first.
		const rounds: { answers: number; enqueue: () => Promise<boolean> }[][] = [];
		/** Answers already being computed (e.g. by a batch of an earlier call): awaited, not repeated. */
		const inFlight: Promise<boolean>[] = [];
		let [done, total, pending] = [0, 0, 0];
		for (const spec of specs) {
			// Checking thousands of keys takes a while on a slow phone: one panel per task, so a
			// click in between is handled first, and a newer prefetch stops this one.
			await new Promise((resolve) => setTimeout(resolve, 0));
			if (run !== this.#prefetchRun) return;
			let parts: { key: Key<D>; params: SqlValue[] }[];
			try {
				parts = order.map((key) => ({ key, params: spec.metric.bind(spec.params(at(key))) }));
			} catch {
				continue; // a key the metric rejects is not guessed; update() reports real errors
			}
			total += parts.length;
			const todo = parts.filter((p) => {
				if (db.cached(spec.metric.sql, p.params)) done++;
				else if (db.covered(spec.metric.sql, p.params)) inFlight.push(db.prefetch(spec.metric.sql, p.params));
				else return true;
				return false;
			});
			// The first batch holds every key one click away, whatever batchSize: the next click is most likely one of them.
			const near = todo.filter((p) => distance(p.key) <= 1).length;
			for (let from = 0, round = 0, size = Math.max(db.batchSize, near); from < todo.length; from += size, round++, size = db.batchSize) {
				const chunk = todo.slice(from, from + size);
				(rounds[round] ??= []).push({
					answers: chunk.length,
					enqueue: () => {
						const batch = batchFor(spec, dims, at, chunk.map((c) => c.key));
						if (batch) return db.prefetchBatch(batch.sql, batch.params, chunk.map((c) => ({ sql: spec.metric.sql, params: c.params })), batch.split);
						return Promise.all(chunk.map((c) => db.prefetch(spec.metric.sql, c.params))).then((oks) => oks.every(Boolean));
					}
				});
			}
		}
		const progress = () => {
			if (run !== this.#prefetchRun) return; // a newer call counts (and awaits) the same work
			this.cube = { done, total, pending };
			// Complete as of the start: whatever was dropped since makes the next call check again.
			if (done === total) known.set(id, dropped);
		};
		const count = (answers: number, outcome: Promise<boolean>) => {
			pending += answers;
			void outcome.then((answered) => {
				pending -= answers;
				if (answered) done += answers;
				progress();
			});
		};
		for (const answer of inFlight) count(1, answer);
		for (const round of rounds) for (const { answers, enqueue } of round) count(answers, enqueue());
		progress();
	}

	/** The build cube being taken in (seed), one panel per task: an update waits for it. */
	#seeding: Promise<void> | null = null;

	/**
	 * Take a cube computed at build (`computeCube`, for `cube`'s keys) as the answers of those
	 * filters. Only for the data the build computed it on: the caller checks that. One panel per
	 * task, the first after a task boundary: a region's cube is ~1,700 answers, ~40 ms of keys to
	 * make at once, which held up the redraw of the answers just shown. An update meanwhile (a
	 * click) waits for it, so it is still answered from the cube.
	 */
	seed<D extends string & keyof FilterOf<S>>(db: Seedable & Partial<Pick<Prefetcher, 'dropped'>>, cube: Cube<FilterOf<S>, D>, rows: { [K in keyof S]?: Row[][] }): Promise<void> {
		const seeding = this.#seedInTasks(db, cube, rows).finally(() => {
			if (this.#seeding === seeding) this.#seeding = null;
		});
		this.#seeding = seeding;
		return seeding;
	}

	async #seedInTasks<D extends string & keyof FilterOf<S>>(db: Seedable & Partial<Pick<Prefetcher, 'dropped'>>, cube: Cube<FilterOf<S>, D>, rows: { [K in keyof S]?: Row[][] }) {
		let whole = true;
		for (const [name, spec] of Object.entries(this.specs)) {
			await new Promise((resolve) => setTimeout(resolve, 0));
			const perKey = rows[name];
			if (!perKey || perKey.length !== cube.keys.length) {
				whole = false;
				continue;
			}
			cube.keys.forEach((key, i) => db.seed(spec.metric.sql, spec.metric.bind(spec.params(withKey(cube.filter, key))), perKey[i]!));
		}
		if (!whole) return;
		// Every key of every panel is answered now: prefetching this cube has nothing to check.
		if (db.dropped !== undefined) this.#coveredCubesOf(db).set(cubeId(cube), db.dropped);
		const total = Object.keys(this.specs).length * cube.keys.length;
		this.cube = { done: total, total, pending: 0 };
	}

	#coveredCubesOf(db: object) {
		let known = this.#coveredCubes.get(db);
		if (!known) this.#coveredCubes.set(db, (known = new Map()));
		return known;
	}

	async update(db: QueryRunner & Partial<Seedable>, filter: FilterOf<S>): Promise<void> {
		const ticket = ++this.#latest;
		const started = performance.now();
		this.pending = true;
		try {
			if (this.#seeding) await this.#seeding.catch(() => {}); // its answers are this filter's, if the cube has it
			const entries = await Promise.all(
				Object.entries(this.specs).map(async ([name, spec]) => {
					const params = spec.metric.bind(spec.params(filter));
					return { name, sql: spec.metric.sql, params, key: JSON.stringify(params), rows: await db.query(spec.metric.sql, params) };
				})
			);
			if (ticket !== this.#latest) return;
			// A panel whose parameters did not change, or whose rows came out the same, keeps its
			// rows object, so it is not redrawn: the map's providers per municipality when another
			// municipality is chosen, and every panel when the browser's first answers equal the
			// prerendered ones (redrawing all of them was a 100–200 ms task at start-up).
			const previous = this.rows as Record<string, Row[]>;
			const kept = (e: (typeof entries)[number]) => this.#keys.get(e.name) === e.key || sameRows(previous[e.name], e.rows);
			this.rows = Object.fromEntries(entries.map((e) => [e.name, kept(e) ? previous[e.name] : e.rows])) as RowsOf<S>;
			this.#keys = new Map(entries.map((e) => [e.name, e.key]));
			this.computedBy = entries.every((e) => db.seeded?.(e.sql, e.params)) ? 'cube' : 'browser';
			this.error = '';
			this.lastMs = Math.round(performance.now() - started);
			this.version++;
			performance.mark('regiozicht:panels-updated');
		} catch (error) {
			if (ticket === this.#latest) this.error = error instanceof Error ? error.message : String(error);
		} finally {
			if (ticket === this.#latest) this.pending = false;
		}
	}
}

/**
 * Every panel for every key of the cube, one query per panel (metrics/batch.ts): the build
 * cube, computed at build with native DuckDB. Rows per panel, per key in the order of `keys`.
 */
export async function computeCube<S extends Record<string, PanelSpec>, D extends string & keyof FilterOf<S>>(
	db: QueryRunner,
	specs: S,
	{ filter, dims, keys }: Cube<FilterOf<S>, D>
): Promise<{ [K in keyof S]: Row[][] }> {
	const at = (key: Key<D>) => withKey(filter, key);
	const out: Record<string, Row[][]> = {};
	for (const [name, spec] of Object.entries(specs)) {
		const batch = batchFor(spec, dims, at, keys);
		out[name] = batch
			? batch.split(await db.query(batch.sql, batch.params))
			: await Promise.all(keys.map((key) => runMetric(db, spec.metric, spec.params(at(key)))));
	}
	return out as { [K in keyof S]: Row[][] };
}

/** Run every panel on a database (the build-time prerender uses this with native DuckDB). */
export async function computePanels<S extends Record<string, PanelSpec>>(db: QueryRunner, specs: S, filter: FilterOf<S>): Promise<RowsOf<S>> {
	const entries = await Promise.all(Object.entries(specs).map(async ([key, spec]) => [key, await runMetric(db, spec.metric, spec.params(filter))] as const));
	return Object.fromEntries(entries) as RowsOf<S>;
}

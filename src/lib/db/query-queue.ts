/**
 * Query scheduling for one DuckDB-WASM connection: a result cache, shared in-flight work, and
 * speculative work that gives way to what the user asked for.
 *
 * DuckDB-WASM runs one query at a time. A filter change costs the region dashboard about 15
 * metric queries, and that cost is mostly fixed per query (plans of a dozen hash aggregates),
 * not proportional to the data. So the dashboard asks early: when the pointer rests on a
 * municipality or a control gets focus, it *prefetches* what a click would show (Mosaic calls
 * this activation). Prefetches wait in a queue and start one at a time, only while no other
 * query of this runner runs; a real query for the same SQL and parameters joins the prefetch
 * already running, or takes a queued one out of the queue and starts it at once. A running
 * query cannot be interrupted, so a click may wait for one prefetch to finish: prefetches of
 * SQL that took longer than `maxPrefetchMs` even at its fastest run are skipped. A new list of guesses replaces the
 * queued ones, so a pointer sweeping over the map does not pile up work.
 *
 * A batch prefetch is one query that answers many (the same metric for every municipality ×
 * category: metrics/batch.ts). While it runs, queries for its parts join it; when it is done,
 * each part is cached as if it had run alone. If the batch fails, its parts run on their own.
 * On a runner with small batches (a finite `batchSize`: small tables, where a batch costs about
 * one query) a query for a part of a batch still queued starts that batch in its place, so the
 * other answers of the batch come with it at no extra wait.
 * Every prefetch tells its caller whether its answers made it into the cache, so a page can
 * say when everything it computes ahead is in.
 */
import type { Prefetcher, Query, QueryRunner, Row, SqlValue } from './types';

export type Execute = (sql: string, params: readonly SqlValue[]) => Promise<Row[]>;

export interface QueueOptions {
	/** Results kept (least recently used dropped first); a dashboard revisits filters all the time. */
	cacheSize?: number;
	/** Skip a prefetch whose SQL took longer than this at its fastest (ms): a click could wait that long behind it. */
	maxPrefetchMs?: number;
	/** Skip a batch whose own SQL took longer than this at its fastest (ms): it answers many clicks, so it may take longer than one. */
	maxBatchMs?: number;
	/**
	 * Keys a caller should put in one batch (`Prefetcher.batchSize`). On small tables a batch
	 * costs about one query plus a little per key, so small batches keep a click from waiting
	 * long behind one. On millions of rows every batch rescans them: there one batch with every
	 * key costs a fraction of several (measured on 10M waiting rows: 104 keys in 1.3–2× the
	 * time of 16).
	 */
	batchSize?: number;
	now?: () => number;
}

/**
 * `query` answers from the cache or shared work; `prefetch` computes into the cache in the
 * background and never rejects. Rows are copied arrays of shared row objects: do not mutate rows.
 */
export interface QueuedRunner extends QueryRunner, Prefetcher {
	/** Forget every result (the data changed). */
	clear(): void;
	/**
	 * Take a result computed elsewhere (at build, by the same SQL on the same data) as this
	 * query's answer, also in place of one computed here. The caller vouches for the data.
	 */
	seed(sql: string, params: readonly SqlValue[], rows: Row[]): void;
	/** Whether this query's cached answer is a seed, not computed here. */
	seeded(sql: string, params: readonly SqlValue[]): boolean;
	/** Cached results, queued prefetches, queries running, prefetches started, queries that joined work. */
	readonly stats: { cached: number; queued: number; running: number; prefetched: number; joined: number };
}

interface Job {
	key: string;
	/** SQL texts whose fastest run (ms) must not exceed the limit for this prefetch to start. */
	costs: readonly (readonly [sql: string, limitMs: number])[];
	promise: Promise<Row[]>;
	start(): void;
	started: boolean;
	/** True once its answers are cached; false when it failed, was dropped or ran on replaced data. */
	outcome: Promise<boolean>;
	settle(cached: boolean): void;
}

export function queuedRunner(execute: Execute, options: QueueOptions = {}): QueuedRunner {
	const cacheSize = options.cacheSize ?? 10_000; // a region's batches fill ~15 × municipalities × categories
	const maxPrefetchMs = options.maxPrefetchMs ?? 250;
	const maxBatchMs = options.maxBatchMs ?? 800;
	const batchSize = options.batchSize ?? 16;
	const now = options.now ?? (() => performance.now());
	const results = new Map<string, Row[]>();
	const seeds = new WeakSet<Row[]>(); // result arrays that came from seed()
	const jobs = new Map<string, Job>(); // queued or running, by key
	const queue: Job[] = []; // prefetches not started, in order
	const queuedParts = new Map<string, Job>(); // part key → its batch, while the batch waits in the queue (small batches only)
	// Fastest run per SQL text, judged from the second run on: the first runs of DuckDB-WASM's
	// code are several times slower than later ones (the browser optimises the wasm while it
	// runs, and the first run includes preparing the statement).
	const fastestMs = new Map<string, number>();
	const runs = new Map<string, number>();
	const tooSlow = (sql: string, limit: number) => (runs.get(sql) ?? 0) >= 2 && fastestMs.get(sql)! > limit;
	let running = 0;
	let lastFinish = -Infinity;
	let generation = 0; // bumped by clear(): results of older runs are not cached
	const counts = { prefetched: 0, joined: 0 };
	let dropped = 0;

	const keyOf = (sql: string, params: readonly SqlValue[]) => `${sql}\u0000${JSON.stringify(params)}`;
	/** Answered, or being computed. */
	const has = (key: string) => results.has(key) || jobs.has(key);

	function remember(key: string, rows: Row[]) {
		results.delete(key);
		results.set(key, rows);
		if (results.size > cacheSize) {
			results.delete(results.keys().next().value!);
			dropped++;
		}
	}

	/** `onStart` replaces caching the result under `key` (a batch caches its parts instead). */
	function job(key: string, sql: string, params: readonly SqlValue[], costs: Job['costs'] = [[sql, maxPrefetchMs]], onStart?: (done: Promise<Row[]>, gen: number) => void): Job {
		const j: Job = { key, costs, promise: null!, start: null!, started: false, outcome: null!, settle: null! };
		j.outcome = new Promise<boolean>((resolve) => (j.settle = resolve));
		j.promise = new Promise<Row[]>((resolve, reject) => {
			j.start = () => {
				j.started = true;
				running++;
				const gen = generation;
				const sent = now();
				const done = execute(sql, params);
				onStart?.(done, gen);
				// Bookkeeping before the caller hears back, so it sees the job done and cached.
				const finish = () => {
					running--;
					if (jobs.get(key) === j) jobs.delete(key);
				};
				done.then(
					(rows) => {
						// Queries sent together run one after another: one's own time starts when
						// the previous one finished, not when it was sent.
						const t = now();
						const ms = t - Math.max(sent, lastFinish);
						fastestMs.set(sql, Math.min(ms, fastestMs.get(sql) ?? Infinity));
						runs.set(sql, (runs.get(sql) ?? 0) + 1);
						lastFinish = t;
						if (gen === generation && !onStart) remember(key, rows);
						if (!onStart) j.settle(gen === generation); // a batch settles when its parts are in
						finish();
						resolve(rows);
						pump();
					},
					(error: unknown) => {
						dropped++;
						if (!onStart) j.settle(false);
						finish();
						reject(error);
						pump();
					}
				);
			};
		});
		jobs.set(key, j);
		return j;
	}

	/** Start the next prefetch when nothing else runs. */
	function pump() {
		while (running === 0 && queue.length) {
			const next = queue.shift()!;
			if (next.costs.some(([sql, limit]) => tooSlow(sql, limit))) {
				jobs.delete(next.key);
				dropped++;
				next.settle(false);
				continue;
			}
			counts.prefetched++;
			next.start();
		}
	}

	const copy = <T>(rows: Row[]) => rows.slice() as T[];
	/** Whether the answer under `key` is (or will be) in the cache. */
	const outcome = (key: string): Promise<boolean> => (results.has(key) ? Promise.resolve(true) : (jobs.get(key)?.outcome ?? Promise.resolve(false)));
	const all = (outcomes: Promise<boolean>[]) => Promise.all(outcomes).then((oks) => oks.every(Boolean));

	return {
		async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
			const key = keyOf(sql, params);
			const hit = results.get(key);
			if (hit) {
				remember(key, hit); // most recently used last
				return copy<T>(hit);
			}
			let j = jobs.get(key);
			if (j) {
				counts.joined++;
				if (!j.started) {
					queue.splice(queue.indexOf(j), 1); // a job not started is always in the queue
					j.start();
				}
			} else {
				const batch = queuedParts.get(key);
				const at = batch && !batch.started && jobs.get(batch.key) === batch ? queue.indexOf(batch) : -1;
				if (batch && at >= 0 && !batch.costs.some(([s, limit]) => tooSlow(s, limit))) {
					queue.splice(at, 1);
					counts.prefetched++;
					batch.start(); // registers its parts as jobs, this one among them
					j = jobs.get(key);
					if (j) counts.joined++;
				}
				if (!j) {
					j = job(key, sql, params);
					j.start();
				}
			}
			return copy<T>(await j.promise);
		},
		batchSize,
		prefetch(sql, params = []) {
			const key = keyOf(sql, params);
			if (has(key)) return outcome(key);
			const j = job(key, sql, params);
			j.promise.catch(() => {}); // a failed guess costs nothing; a real query reports its own error
			queue.push(j);
			pump();
			return j.outcome;
		},
		prefetchBatch(sql, params, parts, split) {
			const partKeys = parts.map((p) => keyOf(p.sql, p.params));
			if (partKeys.every(has)) return all(partKeys.map(outcome));
			const key = keyOf(sql, params);
			if (jobs.has(key)) return jobs.get(key)!.outcome;
			const j = job(key, sql, params, [[sql, maxBatchMs]], (done, gen) => {
				for (const k of partKeys) if (queuedParts.get(k) === j) queuedParts.delete(k);
				// From now on a query for a part waits for this batch instead of running alone.
				const byPart = done.then(split);
				const answered = parts.map((part, i) => {
					const k = partKeys[i]!;
					if (has(k)) return outcome(k);
					const derived: Job = { key: k, costs: [], start: () => {}, started: true, promise: null!, outcome: null!, settle: null! };
					derived.promise = byPart.then(
						(all) => all[i]!,
						() => execute(part.sql, part.params) // the batch failed: this part runs alone
					);
					derived.outcome = derived.promise
						.then(
							(rows) => gen === generation && (remember(k, rows), true),
							() => (dropped++, false)
						)
						.finally(() => jobs.get(k) === derived && jobs.delete(k));
					jobs.set(k, derived);
					return derived.outcome;
				});
				void all(answered).then(j.settle);
			});
			j.promise.catch(() => {}); // a failed batch costs its parts a query each, nothing more
			if (Number.isFinite(batchSize)) for (const k of partKeys) if (!has(k)) queuedParts.set(k, j);
			queue.push(j);
			pump();
			return j.outcome;
		},
		seed(sql, params, rows) {
			const key = keyOf(sql, params);
			if (jobs.has(key)) return; // its result will be the same
			seeds.add(rows);
			remember(key, rows);
		},
		seeded(sql, params) {
			const rows = results.get(keyOf(sql, params));
			return rows !== undefined && seeds.has(rows);
		},
		covered: (sql, params) => has(keyOf(sql, params)),
		cached: (sql, params) => results.has(keyOf(sql, params)),
		cancelPrefetch() {
			queuedParts.clear();
			for (const j of queue.splice(0)) {
				jobs.delete(j.key);
				dropped++;
				j.settle(false);
			}
		},
		get dropped() {
			return dropped;
		},
		clear() {
			generation++;
			dropped++;
			results.clear();
			fastestMs.clear(); // new data, new costs
			runs.clear();
			queuedParts.clear();
			for (const j of queue.splice(0)) j.settle(false);
			jobs.clear(); // running ones read the old data: nobody may join them
		},
		get stats() {
			return { ...counts, cached: results.size, queued: queue.length, running };
		}
	};
}

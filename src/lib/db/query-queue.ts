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
 * SQL that took longer than `maxPrefetchMs` are skipped. A new list of guesses replaces the
 * queued ones, so a pointer sweeping over the map does not pile up work.
 */
import type { Prefetcher, QueryRunner, Row, SqlValue } from './types';

export type Execute = (sql: string, params: readonly SqlValue[]) => Promise<Row[]>;

export interface QueueOptions {
	/** Results kept (least recently used dropped first); a dashboard revisits filters all the time. */
	cacheSize?: number;
	/** Skip a prefetch whose SQL last ran longer than this (ms): a click could wait that long behind it. */
	maxPrefetchMs?: number;
	now?: () => number;
}

/**
 * `query` answers from the cache or shared work; `prefetch` computes into the cache in the
 * background and never rejects. Rows are copied arrays of shared row objects: do not mutate rows.
 */
export interface QueuedRunner extends QueryRunner, Prefetcher {
	/** Forget every result (the data changed). */
	clear(): void;
	/** Cached results, queued prefetches, queries running, prefetches started, queries that joined work. */
	readonly stats: { cached: number; queued: number; running: number; prefetched: number; joined: number };
}

interface Job {
	key: string;
	sql: string;
	promise: Promise<Row[]>;
	start(): void;
	started: boolean;
}

export function queuedRunner(execute: Execute, options: QueueOptions = {}): QueuedRunner {
	const cacheSize = options.cacheSize ?? 2000;
	const maxPrefetchMs = options.maxPrefetchMs ?? 250;
	const now = options.now ?? (() => performance.now());
	const results = new Map<string, Row[]>();
	const jobs = new Map<string, Job>(); // queued or running, by key
	const queue: Job[] = []; // prefetches not started, in order
	const lastMs = new Map<string, number>(); // per SQL text
	let running = 0;
	let lastFinish = -Infinity;
	let generation = 0; // bumped by clear(): results of older runs are not cached
	const counts = { prefetched: 0, joined: 0 };

	const keyOf = (sql: string, params: readonly SqlValue[]) => `${sql}\u0000${JSON.stringify(params)}`;

	function remember(key: string, rows: Row[]) {
		results.delete(key);
		results.set(key, rows);
		if (results.size > cacheSize) results.delete(results.keys().next().value!);
	}

	function job(key: string, sql: string, params: readonly SqlValue[]): Job {
		const j: Job = { key, sql, promise: null!, start: null!, started: false };
		j.promise = new Promise<Row[]>((resolve, reject) => {
			j.start = () => {
				j.started = true;
				running++;
				const gen = generation;
				const sent = now();
				execute(sql, params)
					.then((rows) => {
						// Queries sent together run one after another: one's own time starts when
						// the previous one finished, not when it was sent.
						const t = now();
						lastMs.set(sql, t - Math.max(sent, lastFinish));
						lastFinish = t;
						if (gen === generation) remember(key, rows);
						resolve(rows);
					}, reject)
					.finally(() => {
						running--;
						if (jobs.get(key) === j) jobs.delete(key);
						pump();
					});
			};
		});
		jobs.set(key, j);
		return j;
	}

	/** Start the next prefetch when nothing else runs. */
	function pump() {
		while (running === 0 && queue.length) {
			const next = queue.shift()!;
			if ((lastMs.get(next.sql) ?? 0) > maxPrefetchMs) {
				jobs.delete(next.key);
				continue;
			}
			counts.prefetched++;
			next.start();
		}
	}

	const copy = <T>(rows: Row[]) => rows.slice() as T[];

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
				j = job(key, sql, params);
				j.start();
			}
			return copy<T>(await j.promise);
		},
		prefetch(sql, params = []) {
			const key = keyOf(sql, params);
			if (results.has(key) || jobs.has(key)) return;
			const j = job(key, sql, params);
			j.promise.catch(() => {}); // a failed guess costs nothing; a real query reports its own error
			queue.push(j);
			pump();
		},
		cancelPrefetch() {
			for (const j of queue.splice(0)) jobs.delete(j.key);
		},
		clear() {
			generation++;
			results.clear();
			queue.length = 0;
			jobs.clear(); // running ones read the old data: nobody may join them
		},
		get stats() {
			return { ...counts, cached: results.size, queued: queue.length, running };
		}
	};
}

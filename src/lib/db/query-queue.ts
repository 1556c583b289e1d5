/**
 * Query scheduling for one DuckDB-WASM connection: a result cache, shared in-flight work, and
 * speculative work that never stands in the way of what the user asked for.
 *
 * DuckDB-WASM runs one query at a time. A filter change costs the region dashboard about 15
 * metric queries, and that cost is mostly fixed per query (plans of a dozen hash aggregates),
 * not proportional to the data. So the dashboard asks early: when the pointer rests on a
 * municipality or a control gets focus, it *prefetches* what a click would show (Mosaic calls
 * this activation). Prefetches wait in a queue and run one at a time, only while nothing the
 * user asked for is running; a real query for the same SQL and parameters joins the prefetch
 * already running, or takes a queued one out of the queue and runs it at once. A new hint
 * replaces the queued ones, so a pointer sweeping over the map does not pile up work.
 */
import type { Prefetcher, QueryRunner, Row, SqlValue } from './types';

export type Execute = (sql: string, params: readonly SqlValue[]) => Promise<Row[]>;

export interface QueueOptions {
	/** Results kept (least recently used dropped first); a dashboard revisits filters all the time. */
	cacheSize?: number;
	/**
	 * Skip a prefetch whose SQL last took longer than this (ms): a running query cannot be
	 * interrupted, so a click could wait this long behind a guess. At 10M rows some panels do.
	 */
	maxPrefetchMs?: number;
	now?: () => number;
}

/** `prefetch` computes into the cache in the background; it never rejects and never delays `query`. */
export interface QueuedRunner extends QueryRunner, Prefetcher {
	/** Forget every result (the data changed). */
	clear(): void;
	/** For tests and the benchmark: cached results, queued prefetches, queries running. */
	readonly stats: { cached: number; queued: number; running: number; prefetched: number; joined: number };
}

interface Job {
	key: string;
	sql: string;
	params: readonly SqlValue[];
	promise: Promise<Row[]>;
	start(): void;
	started: boolean;
	background: boolean;
}

export function queuedRunner(execute: Execute, options: QueueOptions = {}): QueuedRunner {
	const cacheSize = options.cacheSize ?? 2000;
	const maxPrefetchMs = options.maxPrefetchMs ?? 250;
	const now = options.now ?? (() => performance.now());
	const results = new Map<string, Row[]>();
	const jobs = new Map<string, Job>(); // queued or running
	const queue: Job[] = []; // prefetches not started, oldest first
	const lastMs = new Map<string, number>(); // per SQL text
	let foreground = 0;
	let background = 0;
	let generation = 0; // bumped by clear(): results of older runs are not cached
	const counts = { prefetched: 0, joined: 0 };

	const keyOf = (sql: string, params: readonly SqlValue[]) => `${sql}\u0000${JSON.stringify(params)}`;

	function remember(key: string, rows: Row[]) {
		results.delete(key);
		results.set(key, rows);
		if (results.size > cacheSize) results.delete(results.keys().next().value!);
	}

	function job(key: string, sql: string, params: readonly SqlValue[], isBackground: boolean): Job {
		let start!: () => void;
		const promise = new Promise<Row[]>((resolve, reject) => {
			start = () => {
				j.started = true;
				const gen = generation;
				const t0 = now();
				const bg = j.background;
				if (bg) background++;
				else foreground++;
				execute(sql, params)
					.then((rows) => {
						lastMs.set(sql, now() - t0);
						if (gen === generation) remember(key, rows);
						resolve(rows);
					}, reject)
					.finally(() => {
						if (bg) background--;
						else foreground--;
						if (jobs.get(key) === j) jobs.delete(key);
						pump();
					});
			};
		});
		const j: Job = { key, sql, params, promise, start, started: false, background: isBackground };
		jobs.set(key, j);
		return j;
	}

	/** Start the oldest prefetch when nothing else runs. */
	function pump() {
		while (foreground === 0 && background === 0 && queue.length) {
			const next = queue.shift()!;
			if ((lastMs.get(next.sql) ?? 0) > maxPrefetchMs) {
				jobs.delete(next.key);
				continue;
			}
			next.start();
			counts.prefetched++;
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
			const pending = jobs.get(key);
			if (pending) {
				counts.joined++;
				if (!pending.started) {
					queue.splice(queue.indexOf(pending), 1);
					pending.background = false;
					pending.start();
				}
				return copy<T>(await pending.promise);
			}
			const j = job(key, sql, params, false);
			j.start();
			return copy<T>(await j.promise);
		},
		prefetch(sql, params = []) {
			const key = keyOf(sql, params);
			if (results.has(key) || jobs.has(key)) return;
			const j = job(key, sql, params, true);
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
			return { ...counts, cached: results.size, queued: queue.length, running: foreground + background };
		}
	};
}

/**
 * What metrics need from a database: run SQL with bound parameters, get plain rows.
 * Implemented by DuckDB-WASM in the browser (browser.ts) and native DuckDB in Node
 * (node.ts, used by the data build, the prerender and the unit tests), so one SQL
 * definition serves all three.
 */
export type SqlValue = string | number | boolean | null;
export type Row = Record<string, unknown>;
export interface Query {
	sql: string;
	params: readonly SqlValue[];
}

export interface QueryRunner {
	/** `params` bind to `?` placeholders in order; user input never enters the SQL text. */
	query<T extends Row = Row>(sql: string, params?: readonly SqlValue[]): Promise<T[]>;
}

/** A runner that can compute ahead, in the background, what the user is about to ask (query-queue.ts). */
export interface Prefetcher {
	/** Resolves true once the answer is cached, false if it will not be (dropped, failed, data replaced). */
	prefetch(sql: string, params?: readonly SqlValue[]): Promise<boolean>;
	/**
	 * One query that answers many (metrics/batch.ts): once it has run, `split(rows)[i]` is the
	 * result of `parts[i]`, and a query for a part joins it instead of running on its own.
	 * Resolves true once every part is cached.
	 */
	prefetchBatch(sql: string, params: readonly SqlValue[], parts: readonly Query[], split: (rows: readonly Row[]) => Row[][]): Promise<boolean>;
	/** Keys to put in one batch (query-queue.ts `batchSize`). */
	readonly batchSize: number;
	/** Whether this query's result is cached or being computed. */
	covered(sql: string, params: readonly SqlValue[]): boolean;
	/** Whether this query's result is cached. */
	cached(sql: string, params: readonly SqlValue[]): boolean;
	/**
	 * Grows whenever something `covered` reported stops being covered (evicted, cleared,
	 * cancelled, failed): while it stands still, whatever was covered still is.
	 */
	readonly dropped: number;
	/** Drop guesses not yet started. */
	cancelPrefetch(): void;
}

/**
 * A metric: one SQL definition with bound parameters and a one-sentence definition that
 * /methode shows. The same object runs on DuckDB-WASM (pages), native DuckDB (prerender)
 * and in the unit tests.
 */
import type { QueryRunner, Row, SqlValue } from '../db/types';

export interface Metric<P, R extends Row> {
	id: string;
	title: { nl: string; en: string };
	/** One sentence, plain language: what the number means and how it is counted. */
	definition: { nl: string; en: string };
	/**
	 * Its final ORDER BY (if any) sorts by columns the output has under the same name (`x.col`
	 * where the output has `col`), or by output aliases: batch.ts runs the SQL for many filters
	 * at once and sorts the combined rows by that clause with the table aliases left out.
	 */
	sql: string;
	/** Parameters in the order of the `?` placeholders in `sql`. */
	bind(params: P): SqlValue[];
	/** Marker for the row type; never read. */
	readonly row?: R;
}

export function defineMetric<P, R extends Row>(metric: Metric<P, R>): Metric<P, R> {
	return metric;
}

export function runMetric<P, R extends Row>(db: QueryRunner, metric: Metric<P, R>, params: P): Promise<R[]> {
	return db.query<R>(metric.sql, metric.bind(params));
}

/**
 * The build-time database: native DuckDB over the Parquet files the data build wrote.
 * Used only while prerendering, so pages ship with their figures already in the HTML.
 */
import { availableParallelism } from 'node:os';
import { attachParquetDir, openNodeDb } from '../db/node';
import type { QueryRunner } from '../db/types';

let db: Promise<QueryRunner> | null = null;

/**
 * A page's load runs many metrics at once, and the prerender loads several pages at once
 * (svelte.config.js): one connection would run them one after another, a few connections
 * on the same database keep every core busy.
 */
export function buildDb(): Promise<QueryRunner> {
	db ??= openNodeDb().then(async (d) => {
		await attachParquetDir(d, 'static/data');
		const pool = [d, ...(await Promise.all(Array.from({ length: availableParallelism() }, () => d.connect())))];
		const busy = pool.map(() => 0);
		return {
			async query(sql, params) {
				const i = busy.indexOf(Math.min(...busy));
				busy[i]!++;
				try {
					return await pool[i]!.query(sql, params);
				} finally {
					busy[i]!--;
				}
			}
		} satisfies QueryRunner;
	});
	return db;
}

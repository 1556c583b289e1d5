/**
 * The build-time database: native DuckDB over the Parquet files the data build wrote.
 * Used only while prerendering, so pages ship with their figures already in the HTML.
 */
import { attachParquetDir, openNodeDb, type NodeDb } from '../db/node';

let db: Promise<NodeDb> | null = null;

export function buildDb(): Promise<NodeDb> {
	db ??= openNodeDb().then(async (d) => {
		await attachParquetDir(d, 'static/data');
		return d;
	});
	return db;
}

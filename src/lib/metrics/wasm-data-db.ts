/**
 * Test support: the real built data in DuckDB-WASM itself (its Node build), loaded the way the
 * browser loads it (Parquet → parquet-wasm → Arrow IPC → insertArrowFromIPCStream). The pages
 * run a different DuckDB version than the native unit tests (WASM 1.32 ships DuckDB 1.4), and
 * the two bind some SQL differently, so SQL the browser depends on is also tested here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { DataType } from 'apache-arrow';
import { readParquet } from 'parquet-wasm/node';
import { arrowRows } from '../db/rows';
import { noExtensionDownloads } from '../db/sql';
import type { QueryRunner, Row } from '../db/types';
import { builtData } from './real-data-db';
import { metricViewsSql } from './scope';

const require = createRequire(import.meta.url);

export async function wasmData(): Promise<{ db: QueryRunner; version: string; close: () => void }> {
	const duckdb = require('@duckdb/duckdb-wasm/blocking') as typeof import('@duckdb/duckdb-wasm/blocking');
	const dist = dirname(require.resolve('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'));
	const instance = await duckdb.createDuckDB(
		{ mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' }, eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' } },
		new duckdb.VoidLogger(),
		duckdb.NODE_RUNTIME
	);
	await instance.instantiate();
	instance.open({ query: { castBigIntToDouble: false } });
	const connection = instance.connect();
	connection.query(noExtensionDownloads);

	const { dir, cleanup } = await builtData();
	for (const file of readdirSync(dir).filter((f) => f.endsWith('.parquet'))) {
		const ipc = readParquet(new Uint8Array(readFileSync(join(dir, file)))).intoIPCStream();
		connection.insertArrowFromIPCStream(ipc, { name: file.replace(/\.parquet$/, ''), create: true });
	}
	for (const sql of metricViewsSql(readdirSync(dir).map((f) => f.replace(/\.parquet$/, '')))) connection.query(sql);
	const isDate = (t: DataType) => DataType.isDate(t) || DataType.isTimestamp(t);
	const [row] = arrowRows<{ version: string }>(connection.query('SELECT version() AS version'), isDate);
	return {
		version: row!.version,
		db: {
			async query<T extends Row = Row>(sql: string, params: readonly unknown[] = []): Promise<T[]> {
				if (!params.length) return arrowRows<T>(connection.query(sql), isDate);
				const statement = connection.prepare(sql);
				try {
					return arrowRows<T>(statement.query(...params), isDate);
				} finally {
					statement.close();
				}
			}
		},
		close: () => {
			connection.close();
			cleanup();
		}
	};
}

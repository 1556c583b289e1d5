/**
 * Native DuckDB for Node: the data build, the build-time prerender and the unit tests.
 * The browser twin is browser.ts; both satisfy QueryRunner so metrics run unchanged.
 */
import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { columns, type TableDef } from '../schema/table';
import { plainRow } from './rows';
import { quoteIdent } from './sql';
import { metricViewsSql } from '../metrics/scope';
import type { QueryRunner, Row, SqlValue } from './types';

export interface NodeDb extends QueryRunner {
	connection: DuckDBConnection;
	/** Another connection to the same database (its own session settings, e.g. search_path). */
	connect(): Promise<QueryRunner & { exec(sql: string): Promise<void> }>;
	/** Run statements that return nothing (DDL, COPY). */
	exec(sql: string): Promise<void>;
	close(): void;
}

export async function openNodeDb(path = ':memory:'): Promise<NodeDb> {
	const instance = await DuckDBInstance.create(path);
	const connection = await instance.connect();
	return {
		connection,
		...runner(connection),
		connect: async () => runner(await instance.connect()),
		close() {
			connection.closeSync();
			instance.closeSync();
		}
	};
}

function runner(connection: DuckDBConnection) {
	return {
		async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
			const reader = await connection.runAndReadAll(sql, params.length ? (params as DuckDBValue[]) : undefined);
			return reader.getRowObjectsJS().map((r) => plainRow<T>(r as Record<string, unknown>));
		},
		async exec(sql: string) {
			await connection.run(sql);
		}
	};
}

export { quoteIdent };
const quoteLiteral = (text: string) => `'${text.replace(/'/g, "''")}'`;

/** CREATE TABLE with the column types derived from the table's zod schema. */
export function createTableSql(table: TableDef): string {
	const cols = columns(table).map((c) => `${quoteIdent(c.name)} ${c.duckdbType}${c.nullable ? '' : ' NOT NULL'}`);
	return `CREATE OR REPLACE TABLE ${quoteIdent(table.name)} (${cols.join(', ')})`;
}

/** Load validated rows into a DuckDB table (through a temporary NDJSON file: fast and typed). */
export async function loadRows(db: NodeDb, table: TableDef, rows: readonly Record<string, unknown>[]): Promise<void> {
	await db.exec(createTableSql(table));
	if (rows.length === 0) return;
	const dir = mkdtempSync(join(tmpdir(), 'regiozicht-'));
	const file = join(dir, `${table.name}.ndjson`);
	try {
		writeFileSync(file, rows.map((r) => JSON.stringify(r)).join('\n'));
		const spec = columns(table)
			.map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.duckdbType)}`)
			.join(', ');
		const names = columns(table).map((c) => quoteIdent(c.name)).join(', ');
		await db.exec(
			`INSERT INTO ${quoteIdent(table.name)} SELECT ${names} FROM read_json(${quoteLiteral(file)}, format = 'newline_delimited', columns = {${spec}})`
		);
	} finally {
		rmSync(dir, { recursive: true, force: true });
	}
}

/** Write a table to Parquet (zstd), rows ordered by primary key so output is reproducible. */
export async function writeParquet(db: NodeDb, table: TableDef, file: string): Promise<void> {
	const order = table.primaryKey.map(quoteIdent).join(', ');
	await db.exec(
		`COPY (SELECT * FROM ${quoteIdent(table.name)} ORDER BY ${order}) TO ${quoteLiteral(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`
	);
}

/** Open every Parquet file in a directory as a table of the same name, plus the metrics' views (build prerender, tests). */
export async function attachParquetDir(db: NodeDb, dir: string): Promise<string[]> {
	const names: string[] = [];
	for (const f of readdirSync(dir).filter((f) => f.endsWith('.parquet')).sort()) {
		const name = f.replace(/\.parquet$/, '');
		await db.exec(`CREATE OR REPLACE TABLE ${quoteIdent(name)} AS SELECT * FROM read_parquet(${quoteLiteral(join(dir, f))})`);
		names.push(name);
	}
	for (const sql of metricViewsSql(names)) await db.exec(sql);
	return names;
}

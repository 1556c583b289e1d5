/**
 * The explorer's own connection to the browser database (db/browser.ts): the same tables as the
 * dashboards, including the user's own data from /eigen-data, read only (guard.ts), one query at a
 * time, cancellable. Loaded only on /verkennen.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import type { Table as ArrowTable, DataType } from 'apache-arrow';
import { getBrowserDb, ParquetDecoder, siteManifest } from '../db/browser';
import { noExtensionDownloads, rowCounts, rowCountsSql } from '../db/sql';
import { plainValue } from '../db/rows';
import { guardSql, errorPosition, type GuardResult } from './guard';

/** Rows kept of one result; more are counted as cut off, not held (the tab's memory is finite). */
export const MAX_ROWS = 1_000_000;

export type ColumnKind = 'number' | 'date' | 'text' | 'bool' | 'other';
export interface ResultColumn {
	name: string;
	kind: ColumnKind;
	/** DuckDB's Arrow type, as text ("Int64", "Utf8", "Date32<DAY>"). */
	type: string;
	values: unknown[];
}
export interface QueryResult {
	columns: ResultColumn[];
	rowCount: number;
	/** Stopped at MAX_ROWS. */
	truncated: boolean;
	ms: number;
	/** The tables the query reads (DuckDB's parser says), for the demo label. */
	tables: string[];
	/** The result as Arrow, for the Parquet export. */
	arrow: ArrowTable;
}
export type RunOutcome =
	| { kind: 'ok'; result: QueryResult }
	| { kind: 'refused'; guard: Extract<GuardResult, { ok: false }> }
	| { kind: 'error'; message: string; position?: number }
	| { kind: 'cancelled' };

export interface TableInfo {
	name: string;
	rows: number;
	columns: { name: string; type: string }[];
}

export interface Explorer {
	run(sql: string): Promise<RunOutcome>;
	/** Stop the running query; its run() resolves as 'cancelled'. */
	cancel(): Promise<void>;
	/** Every table the explorer can read, with its columns and row count. */
	tables(): Promise<TableInfo[]>;
}

let instance: Promise<Explorer> | null = null;
export function getExplorer(dataBase: string): Promise<Explorer> {
	instance ??= open(dataBase);
	instance.catch(() => (instance = null));
	return instance;
}

async function open(dataBase: string): Promise<Explorer> {
	const [db, arrow] = await Promise.all([getBrowserDb(dataBase), import('apache-arrow')]);
	const connection = await db.db.connect();
	await connection.query(noExtensionDownloads);
	await loadMoneyTables(connection, dataBase);
	// DuckDB's parser and binder check the text as one statement (guard.ts); it is not kept.
	const parser = { prepare: async (sql: string) => void (await (await connection.prepare(sql)).close()) };
	// DuckDB refuses every write inside a read-only transaction (guard.ts, third lock). Older
	// DuckDB builds without READ ONLY still roll back whatever a statement did.
	let begin = 'BEGIN TRANSACTION READ ONLY';
	/** The run in progress or queued last; cancel() marks it, and the run stops at its next step. */
	let current = { cancelled: false };
	let running: Promise<unknown> = Promise.resolve();

	const kindOf = (t: DataType): ColumnKind =>
		arrow.DataType.isInt(t) || arrow.DataType.isFloat(t) || arrow.DataType.isDecimal(t)
			? 'number'
			: arrow.DataType.isDate(t) || arrow.DataType.isTimestamp(t)
				? 'date'
				: arrow.DataType.isUtf8(t) || arrow.DataType.isLargeUtf8(t)
					? 'text'
					: arrow.DataType.isBool(t)
						? 'bool'
						: 'other';

	function columnsOf(table: ArrowTable): ResultColumn[] {
		return table.schema.fields.map((field, i) => {
			const kind = kindOf(field.type);
			const vector = table.getChildAt(i)!;
			const values = new Array<unknown>(table.numRows);
			const scale = arrow.DataType.isDecimal(field.type) ? 10 ** (field.type as { scale: number }).scale : 0;
			for (let r = 0; r < table.numRows; r++) {
				const v: unknown = vector.get(r);
				values[r] =
					v === null || v === undefined
						? null
						: scale
							? Number(v) / scale
							: kind === 'date' && typeof v === 'number'
								? plainValue(new Date(v))
								: kind === 'other' && typeof v === 'object'
									? JSON.stringify(plainValue((v as { toJSON?: () => unknown }).toJSON?.() ?? v), (_k, x: unknown) => (typeof x === 'bigint' ? x.toString() : x))
									: plainValue(v);
			}
			return { name: field.name, kind, type: String(field.type), values };
		});
	}

	async function execute(sql: string, token: { cancelled: boolean }): Promise<RunOutcome> {
		if (token.cancelled) return { kind: 'cancelled' };
		const guard = await guardSql(parser, sql);
		if (!guard.ok) return { kind: 'refused', guard };
		if (token.cancelled) return { kind: 'cancelled' };
		try {
			await connection.query(begin);
		} catch {
			begin = 'BEGIN TRANSACTION';
			await connection.query(begin);
		}
		const t0 = performance.now();
		try {
			const reader = await connection.send(sql, true);
			const batches = [];
			let rows = 0;
			let truncated = false;
			for await (const batch of reader) {
				if (token.cancelled) break;
				if (rows + batch.numRows > MAX_ROWS) {
					truncated = true;
					batches.push(batch.slice(0, MAX_ROWS - rows));
					break;
				}
				batches.push(batch);
				rows += batch.numRows;
			}
			if (truncated || token.cancelled) await connection.cancelSent().catch(() => false);
			if (token.cancelled) return { kind: 'cancelled' };
			const table = new arrow.Table(reader.schema, batches);
			const ms = Math.round(performance.now() - t0);
			const tables = await connection.getTableNames(sql).catch(() => []);
			return { kind: 'ok', result: { columns: columnsOf(table), rowCount: table.numRows, truncated, ms, tables, arrow: table } };
		} catch (error) {
			if (token.cancelled) return { kind: 'cancelled' };
			const message = error instanceof Error ? error.message : String(error);
			return { kind: 'error', message, position: errorPosition(message, sql) };
		} finally {
			await connection.query('ROLLBACK').catch(() => {});
		}
	}

	return {
		run(sql) {
			// One at a time on this connection: a new run waits for the last one to end.
			const token = (current = { cancelled: false });
			const next = running.then(() => execute(sql, token));
			running = next.catch(() => {});
			return next;
		},
		async cancel() {
			current.cancelled = true;
			await connection.cancelSent().catch(() => false);
		},
		async tables() {
			const cols = (
				await connection.query(
					// Tables only: the metrics' helper views (metricViewsSql) are not data of their own.
					`SELECT table_name, column_name, data_type FROM duckdb_columns() WHERE schema_name = 'main' AND database_name = current_database()
						AND table_name NOT IN (SELECT view_name FROM duckdb_views() WHERE schema_name = 'main' AND database_name = current_database())
					ORDER BY table_name, column_index`
				)
			)
				.toArray()
				.map((r: { toJSON(): { table_name: string; column_name: string; data_type: string } }) => r.toJSON());
			const names = [...new Set(cols.map((c) => c.table_name))];
			const counts = names.length
				? rowCounts((await connection.query(rowCountsSql(names))).toArray().map((r: { toJSON(): { name: string; n: bigint } }) => ({ name: r.toJSON().name, n: Number(r.toJSON().n) })))
				: {};
			return names.map((name) => ({
				name,
				rows: counts[name] ?? 0,
				columns: cols.filter((c) => c.table_name === name).map((c) => ({ name: c.column_name, type: c.data_type }))
			}));
		}
	};
}

/**
 * The money tables (spending, fundAllocations, …) are served as Parquet but no dashboard reads
 * them in the browser (their figures are computed at build); the explorer loads them once, beside
 * the others, so they can be queried too.
 */
async function loadMoneyTables(connection: duckdb.AsyncDuckDBConnection, dataBase: string): Promise<void> {
	const manifest = (await siteManifest(dataBase)) as { finance?: Record<string, unknown> };
	const present = new Set(
		(await connection.query(`SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'`)).toArray().map((r: { toJSON(): { table_name: string } }) => r.toJSON().table_name)
	);
	const missing = Object.keys(manifest.finance ?? {}).filter((n) => !present.has(n));
	if (!missing.length) return;
	const decoder = new ParquetDecoder();
	try {
		const parts = missing.map((name) => ({ name, parts: decoder.decode(`${dataBase}/${name}.parquet`) }));
		for (const { name, parts: chunks } of parts) {
			let first = true;
			for await (const ipc of chunks) {
				await connection.insertArrowFromIPCStream(ipc, { name, create: first });
				first = false;
			}
		}
	} finally {
		decoder.close();
	}
}

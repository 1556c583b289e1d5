/**
 * Every table of the built data as a download (/data): the table's rows as CSV, and what /data
 * says of each table (its sources, how it joins). The Parquet files are the data build's own.
 */
import { tables as modelTables } from '../schema/index';
import { financeTables } from '../schema/finance';
import { columns, type TableDef } from '../schema/table';
import { quoteIdent } from '../db/sql';
import { toCsv } from '../export/csv';
import { splitSources } from '../data/sources';
import type { QueryRunner } from '../db/types';

/** Every table the site serves, in load order, then the money tables. */
export const downloadTables: readonly TableDef[] = [...modelTables, ...financeTables];

export const downloadTable = (name: string): TableDef | undefined => downloadTables.find((t) => t.name === name);

/** Tables without a `source` column: the catalogue source their rows come from. */
const sourceOfTable: Record<string, string[]> = { careCategories: ['istandaarden'], taakvelden: ['cbs-iv3'] };

/** The table's rows in a fixed order (its key), with its columns in schema order. */
export function tableRowsSql(table: TableDef): string {
	const names = columns(table).map((c) => quoteIdent(c.name));
	return `SELECT ${names.join(', ')} FROM ${quoteIdent(table.name)} ORDER BY ${table.primaryKey.map(quoteIdent).join(', ')}`;
}

/**
 * The table as CSV: the same spreadsheet-safe cells as a chart's plain CSV (export/csv.ts). Demo
 * rows say so in their own `source` column ('demo'), so the file name stays stable.
 */
export async function tableCsv(db: QueryRunner, table: TableDef): Promise<string> {
	const rows = await db.query(tableRowsSql(table));
	return toCsv(rows, columns(table).map((c) => c.name));
}

/** The catalogue sources the table's rows name (several per row where a value says "a+b"). */
export async function tableSources(db: QueryRunner, table: TableDef): Promise<string[]> {
	if (!columns(table).some((c) => c.name === 'source')) return sourceOfTable[table.name] ?? [];
	const rows = await db.query<{ source: string }>(`SELECT DISTINCT source FROM ${quoteIdent(table.name)} ORDER BY source`);
	return [...new Set(rows.flatMap((r) => splitSources(r.source)))];
}

/** How tables join: this table's fields that point at another's, and the fields of others that point here. */
export function joins(table: TableDef) {
	const parse = (ref: string) => {
		const [toTable, toField] = ref.split('.') as [string, string];
		return { toTable, toField };
	};
	return {
		out: Object.entries(table.references ?? {}).map(([field, ref]) => ({ field, ...parse(ref) })),
		in: downloadTables.flatMap((other) =>
			Object.entries(other.references ?? {})
				.map(([field, ref]) => ({ fromTable: other.name, fromField: field, ...parse(ref) }))
				.filter((r) => r.toTable === table.name)
				.map(({ fromTable, fromField, toField }) => ({ fromTable, fromField, field: toField }))
		)
	};
}

/** SQL text helpers shared by the browser and Node databases. Values never go through these: they are bound. */

/** A table, schema or column name as a quoted identifier. */
export const quoteIdent = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** One query for the row count of each table (`name`, `n`). Table names are ours, never user input. */
export const rowCountsSql = (tables: readonly string[]) =>
	tables.map((t) => `SELECT '${t.replace(/'/g, "''")}' AS name, count(*)::BIGINT AS n FROM ${quoteIdent(t)}`).join(' UNION ALL ');

/** `{ table: rows }` from the rows of rowCountsSql. */
export const rowCounts = (rows: readonly { name: string; n: number }[]): Record<string, number> => Object.fromEntries(rows.map((r) => [r.name, Number(r.n)]));

/**
 * DuckDB-WASM would download a missing extension (the Parquet reader, among others) from
 * DuckDB's servers: a third-party request. Every DuckDB-WASM connection we open runs this first.
 */
export const noExtensionDownloads = 'SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;';

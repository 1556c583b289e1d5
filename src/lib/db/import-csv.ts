/**
 * A large canonical CSV file read by DuckDB itself: read_csv and the field rules of the table's
 * zod schema as SQL (import/sql-rules.ts) in one SELECT, one pass over the file straight into
 * the typed staging table; then the same reference check and swap as every import
 * (applyStaged). The import worker has checked that read_csv reads the
 * file as our own reader would (import/csv-plan.ts), so rows and messages are the same as on
 * the JavaScript path: line numbers, order, wording (the words come from zod, for the few
 * values that fail). Runs on DuckDB-WASM in the browser and on native DuckDB in the tests:
 * the same SQL text.
 *
 * Values reach SQL only as data (the file, bound parameters); names come from the schema.
 */
import type { z } from 'zod';
import { tableByName } from '../schema/index';
import { columns } from '../schema/table';
import type { CsvPlan } from '../import/csv-plan';
import { numberSql, sqlLit, tableSql, trimSql, type FieldSql } from '../import/sql-rules';
import { coerceCell, fieldIssues, type ValidationIssue } from '../import/validate';
import { duplicateKeyIssue, reservedSourceIssue } from '../import/canonical-csv';
import { ISSUES_SHOWN, issuesCsv } from '../import/issue-list';
import { applyStaged, type ApplyResult } from './apply-import';
import { quoteIdent as q } from './sql';
import type { Row, SqlValue } from './types';
import type { BrowserDb } from './browser';
import { sources } from '../data/catalogue';

/** The catalogue's ids: a user's file may not label its rows as Regiozicht's own data. */
export const reservedSourceIds: readonly string[] = sources.map((s) => s.id);

/** Run SQL with bound parameters, get rows. */
export type SqlRun = (sql: string, params?: SqlValue[]) => Promise<Row[]>;

/** read_csv did not read the file as the plan said: the JavaScript reader must read it. */
export class CsvFallback extends Error {}

/** Issues fetched per query when the messages are written out: one short task each. */
const PAGE = 10_000;
/** Distinct values of an opaque column judged by zod per query. */
const DISTINCT_PAGE = 20_000;

const ISSUES = q('_upload_issues');
const DUPS = q('_upload_dupkeys');
const bad = (k: number) => q(`_upload_bad_${k}`);
const cell = (k: number) => q(`c${k}`);
const t = (k: number) => q(`t${k}`);
const n = (k: number) => q(`n${k}`);
const ok = (k: number) => q(`ok${k}`);
/** The trimmed cell, kept only where the rule failed (for the message); NULL where it holds. */
const failed = (k: number) => q(`v${k}`);

export interface CsvImportResult extends ApplyResult {
	/**
	 * ms per step: scan (read_csv and every field rule, one pass into the staging table), checks
	 * (values zod judges itself, duplicate keys, the rows that fail), messages, reference check and insert.
	 */
	ms: { scan: number; checks: number; messages: number; apply: number };
}

/** read_csv of the file as the plan says: one text column c<k> per header cell. */
export function readCsvFrom(plan: CsvPlan, path: string): string {
	const all = plan.mapped.map((_, k) => `${sqlLit(`c${k}`)}: 'VARCHAR'`).join(', ');
	return (
		`read_csv(${sqlLit(path)}, auto_detect = false, header = true, ` +
		`delim = ${sqlLit(plan.delimiter)}, quote = '"', escape = '"', new_line = ${sqlLit(plan.newline === '\r\n' ? '\\r\\n' : '\\n')}, columns = {${all}})`
	);
}

export async function importCsvSql(run: SqlRun, plan: CsvPlan, path: string, reserved: readonly string[]): Promise<CsvImportResult> {
	const table = tableByName(plan.table)!;
	const staged = q(`_upload_${table.name}`);
	const fields = tableSql(table);
	const byName = new Map(fields.map((f) => [f.name, f]));
	/** Header cell index per loaded column. */
	const at = new Map(plan.mapped.flatMap((c, k) => (c ? [[c, k] as const] : [])));
	const mappedFields = [...at].map(([name, k]) => ({ k, f: byName.get(name)! })).sort((a, b) => fields.indexOf(a.f) - fields.indexOf(b.f));
	const dropAll = async () => {
		for (const name of [ISSUES, DUPS, staged, ...mappedFields.map(({ k }) => bad(k))]) await run(`DROP TABLE IF EXISTS ${name}`);
	};
	// Opaque columns hold text whose staged value is the trimmed cell itself; zod judges them after the scan, below.
	for (const { f } of mappedFields) if (!f.ok && (f.col.duckdbType !== 'VARCHAR' || f.typed('t', 'n') !== 't')) throw new Error(`${table.name}.${f.name}: an opaque field that is not plain text`);
	const t0 = performance.now();
	try {
		// A column whose cells have no white space at either end needs no trim; one whose cells are
		// only 0-9 . - needs no pattern before the cast (csv-plan.ts): both are slow on every cell.
		const cellSql = (k: number) => (plan.trim[k] ? trimSql(cell(k)) : `coalesce(${cell(k)}, '')`);

		// The staged table in one pass over the file: each row's line, per loaded field whether zod
		// would accept it (and the cell when not), the typed values; the rows that fail are deleted
		// after their messages. Not via a text table first: copying every cell once more costs
		// about as much as reading the file.
		const sourceParam: SqlValue[] = [];
		const source = at.has('source') ? `CASE WHEN ${t(at.get('source')!)} = '' THEN NULL ELSE ${t(at.get('source')!)} END` : plan.defaultSource !== null ? '?::VARCHAR' : 'NULL';
		const okSql = ({ k, f }: { k: number; f: FieldSql }) => `CASE WHEN ${t(k)} = '' THEN ${f.emptyOk} ELSE ${f.ok ? f.ok(t(k), n(k)) : 'true'} END`;
		const typedSql = (f: FieldSql) => {
			const k = at.get(f.name);
			const empty = f.empty === '' ? `''` : `NULL::${f.col.duckdbType}`;
			if (f.name === 'source' && k === undefined) return source;
			if (k === undefined) return empty;
			return `CASE WHEN ${t(k)} = '' THEN ${empty} ELSE ${f.typed(t(k), n(k))} END`;
		};
		// Parameters in the order they appear: the default source in the reserved check, in the value, then the file name.
		const sourceIsParam = !at.has('source') && plan.defaultSource !== null;
		const reservedSql = reserved.length ? `coalesce(${source}, 'null') IN (${reserved.map(sqlLit).join(', ')})` : 'false';
		if (sourceIsParam && reserved.length) sourceParam.push(plan.defaultSource);
		if (sourceIsParam) sourceParam.push(plan.defaultSource);
		const numSql = (k: number) => (plan.plainNumbers[k] && !plan.trim[k] ? `TRY_CAST(${t(k)} AS DOUBLE)` : numberSql(t(k)));
		try {
			// row_number() OVER () numbers the rows in the file's order (DuckDB's streaming window keeps the
			// scan's order; DuckDB-WASM reads on one thread): row n is line n + 1, as the plan checked.
			await run(
				`CREATE OR REPLACE TABLE ${staged} AS
				WITH a AS (SELECT (row_number() OVER () + 1)::INTEGER AS line, ${mappedFields.map(({ k }) => `${cellSql(k)} AS ${t(k)}`).join(', ')} FROM ${readCsvFrom(plan, path)}),
				b AS (SELECT *, ${mappedFields.map(({ k, f }) => `${f.number ? numSql(k) : 'NULL::DOUBLE'} AS ${n(k)}`).join(', ')} FROM a),
				c AS (SELECT *, ${mappedFields.map((m) => `${okSql(m)} AS ${ok(m.k)}`).join(', ')}, ${reservedSql} AS reserved FROM b)
				SELECT ${fields.map((f) => `${typedSql(f)} AS ${q(f.name)}`).join(', ')},
					?::VARCHAR AS _file, line AS _row, line AS _seq, reserved, NOT reserved AND ${mappedFields.map(({ k }) => ok(k)).join(' AND ') || 'true'} AS _valid,
					${mappedFields.map(({ k }) => `CASE WHEN NOT ${ok(k)} THEN ${t(k)} END AS ${failed(k)}`).join(', ')}
				FROM c`,
				[...sourceParam, plan.file]
			);
		} catch (error) {
			throw new CsvFallback(error instanceof Error ? error.message : String(error));
		}
		const rows = Number((await run(`SELECT count(*)::INTEGER AS n FROM ${staged}`))[0]!.n);
		if (rows !== plan.rows) throw new CsvFallback(`read_csv read ${rows} rows, the file has ${plan.rows}`);
		const t1 = performance.now();

		// Opaque columns (a URL): zod judges each distinct value. The ones it refuses, and the ones
		// it changes (a URL loses tabs and line breaks), go in a table with zod's value (NULL:
		// refused); then only the rows holding one of those are updated.
		for (const { k, f } of mappedFields) {
			if (f.ok) continue;
			const schema = table.schema.shape[f.name] as z.ZodType;
			const col = q(f.name);
			let refused = false;
			let changed = false;
			await run(`CREATE OR REPLACE TABLE ${bad(k)} (v VARCHAR, out VARCHAR)`);
			const values = q(`_upload_distinct_${k}`);
			await run(`CREATE OR REPLACE TABLE ${values} AS SELECT DISTINCT ${col} AS v FROM ${staged} WHERE ${col} <> ''`);
			try {
				for (let offset = 0; ; offset += DISTINCT_PAGE) {
					const page = await run(`SELECT v FROM ${values} ORDER BY v LIMIT ${DISTINCT_PAGE} OFFSET ${offset}`);
					const no: string[] = [];
					const other: [string, string][] = [];
					for (const { v } of page) {
						const parsed = schema.safeParse(coerceCell(String(v), f.col.duckdbType));
						if (!parsed.success) no.push(String(v));
						else if (parsed.data !== v) other.push([String(v), String(parsed.data)]);
					}
					// The file holds no NUL byte (csv-plan.ts), so NUL separates the values in one parameter.
					const list = (a: string[]) => a.join('\0');
					refused ||= no.length > 0;
					changed ||= other.length > 0;
					if (no.length) await run(`INSERT INTO ${bad(k)} SELECT unnest(string_split(?, chr(0))), NULL`, [list(no)]);
					if (other.length)
						await run(`INSERT INTO ${bad(k)} SELECT unnest(string_split(?, chr(0))), unnest(string_split(?, chr(0)))`, [list(other.map((c) => c[0])), list(other.map((c) => c[1]))]);
					if (page.length < DISTINCT_PAGE) break;
				}
			} finally {
				await run(`DROP TABLE IF EXISTS ${values}`);
			}
			if (refused) await run(`UPDATE ${staged} SET _valid = false, ${failed(k)} = ${col} WHERE ${col} IN (SELECT v FROM ${bad(k)} WHERE out IS NULL)`);
			if (changed) await run(`UPDATE ${staged} SET ${col} = b.out FROM ${bad(k)} b WHERE ${staged}.${col} = b.v AND b.out IS NOT NULL`);
		}

		// Row problems in the JavaScript reader's order: refused sources, then field values, then duplicates.
		const key = table.primaryKey;
		const keyType = (k: string) => columns(table).find((c) => c.name === k)!.duckdbType;
		for (const k of key) if (keyType(k) === 'DOUBLE') throw new Error(`${table.name}.${k}: a DOUBLE key is not written as JavaScript writes it`);
		// Every such row is not _valid: those few are picked out once, not scanned for per field.
		await run(
			`CREATE OR REPLACE TABLE ${ISSUES} AS
			WITH x AS MATERIALIZED (SELECT * FROM ${staged} WHERE NOT _valid)
			SELECT 0 AS kind, _row AS line, 0 AS frank, 'source' AS field, coalesce(CAST(${q('source')} AS VARCHAR), 'null') AS value, NULL::INTEGER AS first FROM x WHERE reserved
			${mappedFields.map(({ k, f }) => `UNION ALL SELECT 1, _row, ${fields.indexOf(f)}, ${sqlLit(f.name)}, ${failed(k)}, NULL FROM x WHERE NOT reserved AND ${failed(k)} IS NOT NULL`).join('\n')}`
		);
		// Duplicate keys: first the key hashes that occur twice (one number to group by, fast), then the keys themselves.
		const keyCols = key.map((k) => q(k)).join(', ');
		await run(
			`CREATE OR REPLACE TABLE ${DUPS} AS SELECT ${keyCols}, min(_row) AS first FROM ${staged}
			WHERE _valid AND hash(${keyCols}) IN (SELECT hash(${keyCols}) AS h FROM ${staged} WHERE _valid GROUP BY h HAVING count(*) > 1)
			GROUP BY ALL HAVING count(*) > 1`
		);
		const sameKey = key.map((k) => `d.${q(k)} IS NOT DISTINCT FROM v.${q(k)}`).join(' AND ');
		const keyText = key.map((k) => `coalesce(CAST(v.${q(k)} AS VARCHAR), 'null')`).join(`, ', ', `);
		await run(`INSERT INTO ${ISSUES} SELECT 2, v._row, 0, NULL, concat(${keyText}), d.first FROM ${staged} v JOIN ${DUPS} d ON ${sameKey} WHERE v._valid AND v._row > d.first`);
		await run(`DELETE FROM ${staged} WHERE NOT _valid OR _row IN (SELECT line FROM ${ISSUES} WHERE kind = 2)`);
		const t2 = performance.now();

		// The messages, page by page (each page a short task for the page's thread).
		const counts = (await run(`SELECT count(*)::INTEGER AS issues, count(DISTINCT line)::INTEGER AS lines FROM ${ISSUES}`))[0]!;
		const issues: ValidationIssue[] = [];
		const issueCsv: string[] = [];
		let issueCount = 0;
		for (let offset = 0; offset < Number(counts.issues); offset += PAGE) {
			const page = (await run(`SELECT kind, line, field, value, first FROM ${ISSUES} ORDER BY kind, line, frank LIMIT ${PAGE} OFFSET ${offset}`)).flatMap((r) => {
				const line = Number(r.line);
				if (r.kind === 0) return [reservedSourceIssue(plan.file, line, String(r.value))];
				if (r.kind === 2) return [duplicateKeyIssue(table, plan.file, line, String(r.value), Number(r.first))];
				const f = byName.get(String(r.field))!;
				const value = coerceCell(String(r.value ?? ''), f.col.duckdbType);
				return fieldIssues(table, f.name, value === null ? f.empty : value, plan.file, line);
			});
			issueCount += page.length;
			if (issues.length < ISSUES_SHOWN) issues.push(...page.slice(0, ISSUES_SHOWN - issues.length));
			issueCsv.push(issuesCsv(page, false));
		}
		const t3 = performance.now();

		// As on the JavaScript path: a file without one valid row changes nothing (demo data stays).
		const valid = Number((await run(`SELECT count(*)::INTEGER AS n FROM ${staged}`))[0]!.n);
		const applied = valid > 0 ? await applyStaged((sql) => run(sql), [table.name]) : { loaded: {}, issues: [], issueCount: 0, issueCsv: [], rejected: 0, replacedDemo: [] };
		return {
			loaded: applied.loaded,
			issues: [...issues, ...applied.issues].slice(0, ISSUES_SHOWN),
			issueCount: issueCount + applied.issueCount,
			issueCsv: [...issueCsv, ...applied.issueCsv],
			rejected: Number(counts.lines) + applied.rejected,
			replacedDemo: applied.replacedDemo,
			ms: { scan: t1 - t0, checks: t2 - t1, messages: t3 - t2, apply: performance.now() - t3 }
		};
	} finally {
		await dropAll();
	}
}

let uploads = 0;

/** In the browser: the file's bytes handed to DuckDB's worker (transferred), read and checked there. */
export async function importCsvFile(db: BrowserDb, plan: CsvPlan, bytes: Uint8Array): Promise<CsvImportResult> {
	const path = `_upload_${++uploads}.csv`;
	const rows = (table: { toArray(): { toJSON(): Row }[] }) => table.toArray().map((r) => r.toJSON());
	const run: SqlRun = async (sql, params = []) => {
		if (!params.length) return rows(await db.connection.query(sql));
		const statement = await db.connection.prepare(sql);
		try {
			return rows(await statement.query(...params));
		} finally {
			await statement.close();
		}
	};
	await db.db.registerFileBuffer(path, bytes);
	try {
		const start = performance.now();
		const result = await importCsvSql(run, plan, path, reservedSourceIds);
		await db.dataChanged();
		// The steps as measures, for bench/import.ts.
		let at = start;
		for (const [step, ms] of Object.entries(result.ms)) {
			performance.measure(`regiozicht:import-${step}`, { start: at, duration: ms });
			at += ms;
		}
		return result;
	} finally {
		await db.db.dropFile(path);
	}
}

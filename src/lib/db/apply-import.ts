/**
 * Put validated user rows into the browser database, all or nothing.
 * - Real data replaces demo data: loading any table of a family (deals, waiting times, usage)
 *   removes that family's demo rows, so real and made-up facts never mix.
 * - A row with the same key as one loaded before replaces it (the newest file wins); all other
 *   rows loaded before stay.
 * - A demo row that rows staying behind still point at stays too (a demo provider named by the
 *   demo waits, when only the deals are replaced), so every panel keeps its names.
 * - References must resolve against the upload plus the rows already loaded (minus the demo
 *   rows about to be replaced); rows that point nowhere are rejected with a message naming
 *   file, row and field.
 * The rows arrive as Arrow IPC bytes built in the import worker and go straight into staging
 * tables; every check after that is SQL in DuckDB's own worker, so the page's main thread
 * never walks the rows. Values reach DuckDB through Arrow, never as SQL text.
 */
import { tableByName, tables as schemaTables } from '../schema/index';
import { columns } from '../schema/table';
import { danglingIssue, loadOrder } from '../import/references';
import { ISSUES_SHOWN, issuesCsv } from '../import/issue-list';
import type { StagedTable } from '../import/arrow-ipc';
import type { ValidationIssue } from '../import/validate';
import type { BrowserDb } from './browser';
import { quoteIdent } from './sql';
import { demoFamilies } from './demo-families';
import type { Row } from './types';

/** Uploading one of these tables makes the family's demo rows go. Providers alone do not. */
const familyOf: Record<string, string> = {
	procurements: 'deals',
	procurementParticipants: 'deals',
	lots: 'deals',
	contracts: 'deals',
	waitingTimes: 'waiting',
	usage: 'usage'
};

const q = quoteIdent;
/** A string literal for names that come from the schema (never from input). */
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
const staged = (name: string) => q(`_upload_${name}`);
const REJECTS = q('_upload_rejects');
/** Rejected rows fetched per query when the messages are written out: one short task each. */
const PAGE = 10_000;

export interface ApplyResult {
	loaded: Record<string, number>;
	/** The first ISSUES_SHOWN messages about rows pointing nowhere. */
	issues: ValidationIssue[];
	/** All such messages. */
	issueCount: number;
	/** All such messages as CSV lines without a header, in order. */
	issueCsv: string[];
	rejected: number;
	replacedDemo: string[];
}

/** Run SQL, get rows: DuckDB-WASM's connection in the browser, native DuckDB in the unit tests. */
export type Sql = (sql: string) => Promise<Row[]>;

export async function applyImport(db: BrowserDb, upload: readonly StagedTable[]): Promise<ApplyResult> {
	const names = loadOrder(upload.filter((t) => t.rows > 0).map((t) => t.name));
	const sql: Sql = async (text) => (await db.connection.query(text)).toArray().map((r) => r.toJSON() as Row);
	try {
		for (const table of upload) {
			if (table.rows === 0) continue;
			let create = true;
			for (const ipc of table.ipc) {
				await db.connection.insertArrowFromIPCStream(ipc, { name: `_upload_${table.name}`, create });
				create = false;
			}
		}
		const result = await applyStaged(sql, names);
		await db.dataChanged();
		return result;
	} finally {
		for (const name of names) await db.connection.query(`DROP TABLE IF EXISTS ${staged(name)}`);
	}
}

/**
 * The staged tables `_upload_<name>` (every canonical column as text, plus _file, _row, _seq)
 * → reference check, then the swap in one transaction. `names` in load order.
 */
export async function applyStaged(sql: Sql, names: readonly string[]): Promise<ApplyResult> {
	const replacing = [...new Set(names.map((n) => familyOf[n]).filter((f): f is string => !!f))].sort();
	const replacedTables = new Set(replacing.flatMap((f) => demoFamilies[f]!));
	try {
		const checked = await dropDangling(sql, names, replacedTables);
		await sql('BEGIN TRANSACTION');
		try {
			for (const table of replacedTables) await sql(`DELETE FROM ${q(table)} WHERE source = 'demo'${stillNamed(table, replacedTables)}`);
			for (const name of names) {
				const def = tableByName(name)!;
				const cols = columns(def);
				const key = def.primaryKey.map((k) => `t.${q(k)} = CAST(u.${q(k)} AS ${cols.find((c) => c.name === k)!.duckdbType})`).join(' AND ');
				await sql(`DELETE FROM ${q(name)} t WHERE EXISTS (SELECT 1 FROM ${staged(name)} u WHERE ${key})`);
				await sql(`INSERT INTO ${q(name)} SELECT ${cols.map((c) => `CAST(${q(c.name)} AS ${c.duckdbType}) AS ${q(c.name)}`).join(', ')} FROM ${staged(name)}`);
			}
			await sql('COMMIT');
		} catch (error) {
			await sql('ROLLBACK');
			throw error;
		}
		const loaded: Record<string, number> = {};
		for (const name of names) loaded[name] = Number((await sql(`SELECT count(*) AS n FROM ${staged(name)}`))[0]!.n);
		return { loaded, ...checked, replacedDemo: replacing };
	} finally {
		await sql(`DROP TABLE IF EXISTS ${REJECTS}`);
	}
}

/**
 * Reject staged rows whose references point nowhere, repeating until nothing changes (dropping
 * a lot also drops the contracts that point at it). A reference counts as resolved by a staged
 * row or a row already in the database, except demo rows of tables about to be replaced.
 * Empty values never dangle. Messages come out in the order references.ts gives them: pass,
 * table (load order), row, field.
 */
async function dropDangling(sql: Sql, names: readonly string[], replaced: ReadonlySet<string>) {
	await sql(
		`CREATE OR REPLACE TABLE ${REJECTS} (pass INTEGER, trank INTEGER, tbl VARCHAR, seq INTEGER, frank INTEGER, file VARCHAR, "row" INTEGER, field VARCHAR, "value" VARCHAR, target VARCHAR, gone BOOLEAN)`
	);
	const rank = (n: string) => schemaTables.findIndex((t) => t.name === n);
	const dropped = new Set<string>();
	let rejected = 0;
	// After the first pass a reference can only newly point nowhere if its target table lost rows in the pass before.
	let lastDropped: ReadonlySet<string> | null = null;
	for (let pass = 0; ; pass++) {
		for (const name of names) {
			const refs = Object.entries(tableByName(name)!.references ?? {});
			for (const [f, [field, target]] of refs.entries()) {
				const [table, targetField] = target.split('.') as [string, string];
				if (lastDropped && !lastDropped.has(table)) continue;
				const u = `u.${q(field)}`;
				const inUpload = names.includes(table) ? ` AND NOT EXISTS (SELECT 1 FROM ${staged(table)} s WHERE s.${q(targetField)} = ${u})` : '';
				const demo = replaced.has(table) ? ` AND t.source <> 'demo'` : '';
				await sql(
					`INSERT INTO ${REJECTS} SELECT ${pass}, ${rank(name)}, ${lit(name)}, u._seq, ${f}, u._file, u._row, ${lit(field)}, ${u}, ${lit(target)}, ${dropped.has(table)}
					FROM ${staged(name)} u WHERE ${u} IS NOT NULL AND ${u} <> ''${inUpload}
					AND NOT EXISTS (SELECT 1 FROM ${q(table)} t WHERE CAST(t.${q(targetField)} AS VARCHAR) = ${u}${demo})`
				);
			}
		}
		const found = await sql(`SELECT tbl, count(DISTINCT seq)::INTEGER AS n FROM ${REJECTS} WHERE pass = ${pass} GROUP BY tbl`);
		if (found.length === 0) break;
		lastDropped = new Set(found.map((r) => String(r.tbl)));
		for (const { tbl, n } of found) {
			const name = String(tbl);
			await sql(`DELETE FROM ${staged(name)} WHERE _seq IN (SELECT seq FROM ${REJECTS} WHERE pass = ${pass} AND tbl = ${lit(name)})`);
			dropped.add(name);
			rejected += Number(n);
		}
	}
	// The messages: all as CSV, page by page (each page a short task for the page's thread).
	const issueCount = Number((await sql(`SELECT count(*) AS n FROM ${REJECTS}`))[0]!.n);
	const issues: ValidationIssue[] = [];
	const issueCsv: string[] = [];
	for (let offset = 0; offset < issueCount; offset += PAGE) {
		const page = (
			await sql(`SELECT file, "row", field, "value", target, gone FROM ${REJECTS} ORDER BY pass, trank, seq, frank LIMIT ${PAGE} OFFSET ${offset}`)
		).map((r) => danglingIssue(String(r.file), Number(r.row), String(r.field), String(r.value), String(r.target), r.gone === true));
		if (issues.length < ISSUES_SHOWN) issues.push(...page.slice(0, ISSUES_SHOWN - issues.length));
		issueCsv.push(issuesCsv(page, false));
	}
	return { issues, issueCount, issueCsv, rejected };
}

/**
 * `AND key NOT IN (…)` for every table outside `replaced` whose rows reference `table`: the demo
 * rows they name are kept. Table and column names come from the schema, never from input.
 */
function stillNamed(table: string, replaced: ReadonlySet<string>): string {
	const keep: string[] = [];
	for (const t of schemaTables) {
		if (replaced.has(t.name)) continue;
		for (const [field, target] of Object.entries(t.references ?? {})) {
			const [toTable, toField] = target.split('.') as [string, string];
			if (toTable === table) keep.push(` AND ${q(toField)} NOT IN (SELECT ${q(field)} FROM ${q(t.name)} WHERE ${q(field)} IS NOT NULL)`);
		}
	}
	return keep.join('');
}

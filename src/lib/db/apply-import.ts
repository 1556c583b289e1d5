/**
 * Put validated user rows into the browser database, all or nothing.
 * - Real data replaces demo data: loading any table of a family (deals, waiting times, usage)
 *   removes that family's demo rows, so real and made-up facts never mix.
 * - A row with the same key as one loaded before replaces it (the newest file wins); all other
 *   rows loaded before stay.
 * - A demo row that rows staying behind still point at stays too (a demo provider named by the
 *   demo waits, when only the deals are replaced), so every panel keeps its names.
 * - References must resolve against the upload plus the real rows already loaded; rows that
 *   point nowhere are rejected with a message naming file, row and field.
 * Values reach DuckDB through Arrow, never as SQL text.
 */
import { tableByName, tables as schemaTables } from '../schema/index';
import { columns } from '../schema/table';
import { dropDanglingReferences } from '../import/references';
import type { ValidationIssue } from '../import/validate';
import type { BrowserDb } from './browser';
import { quoteIdent } from './sql';
import { demoFamilies } from './user-data.svelte';

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

export interface ApplyResult {
	loaded: Record<string, number>;
	issues: ValidationIssue[];
	rejected: number;
	replacedDemo: string[];
}

export async function applyImport(db: BrowserDb, upload: Record<string, Record<string, unknown>[]>): Promise<ApplyResult> {
	const names = Object.keys(upload).filter((n) => (upload[n]?.length ?? 0) > 0);
	const replacing = [...new Set(names.map((n) => familyOf[n]).filter((f): f is string => !!f))].sort();
	const replacedTables = new Set(replacing.flatMap((f) => demoFamilies[f]!));

	// Existing keys that references may point at (demo rows about to be replaced do not count).
	const context: Record<string, Record<string, unknown>[]> = {};
	for (const name of names) {
		for (const target of Object.values(tableByName(name)?.references ?? {})) {
			const [table, field] = target.split('.') as [string, string];
			if (table in upload || context[table]) continue;
			const where = replacedTables.has(table) ? `WHERE source <> 'demo'` : '';
			context[table] = await db.query(`SELECT DISTINCT ${q(field)} FROM ${q(table)} ${where}`);
		}
	}
	const checked = dropDanglingReferences({ ...context, ...upload });
	const rows = Object.fromEntries(names.map((n) => [n, checked.tables[n] ?? []]));
	const rejected = Object.entries(checked.rejected)
		.filter(([n]) => names.includes(n))
		.reduce((s, [, k]) => s + k, 0);

	// Stage every table first (outside the transaction), then swap in one transaction.
	const order = schemaTables.map((t) => t.name).filter((n) => names.includes(n));
	const arrow = await import('apache-arrow');
	for (const name of order) {
		const cols = columns(tableByName(name)!);
		const data = Object.fromEntries(cols.map((c) => [c.name, utf8Vector(arrow, rows[name]!.map((r) => (r[c.name] === null || r[c.name] === undefined ? null : String(r[c.name]))))]));
		await db.connection.insertArrowTable(new arrow.Table(data), { name: `_upload_${name}`, create: true });
	}
	try {
		await db.connection.query('BEGIN TRANSACTION');
		for (const table of replacedTables) await db.connection.query(`DELETE FROM ${q(table)} WHERE source = 'demo'${stillNamed(table, replacedTables)}`);
		for (const name of order) {
			const def = tableByName(name)!;
			const cols = columns(def);
			const staged = `_upload_${name}`;
			const key = def.primaryKey.map((k) => `t.${q(k)} = CAST(u.${q(k)} AS ${cols.find((c) => c.name === k)!.duckdbType})`).join(' AND ');
			await db.connection.query(`DELETE FROM ${q(name)} t WHERE EXISTS (SELECT 1 FROM ${q(staged)} u WHERE ${key})`);
			await db.connection.query(
				`INSERT INTO ${q(name)} SELECT ${cols.map((c) => `CAST(${q(c.name)} AS ${c.duckdbType}) AS ${q(c.name)}`).join(', ')} FROM ${q(staged)}`
			);
		}
		await db.connection.query('COMMIT');
	} catch (error) {
		await db.connection.query('ROLLBACK');
		throw error;
	} finally {
		for (const name of order) await db.connection.query(`DROP TABLE IF EXISTS ${q(`_upload_${name}`)}`);
	}
	await db.dataChanged();
	return {
		loaded: Object.fromEntries(order.map((n) => [n, rows[n]!.length])),
		issues: checked.issues,
		rejected,
		replacedDemo: replacing
	};
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

/**
 * A string column built from raw buffers. Arrow's own builders compile a null check with
 * `new Function`, which our Content-Security-Policy (rightly) forbids.
 */
function utf8Vector(arrow: typeof import('apache-arrow'), values: (string | null)[]) {
	const encoder = new TextEncoder();
	const parts = values.map((v) => (v === null ? new Uint8Array(0) : encoder.encode(v)));
	const valueOffsets = new Int32Array(values.length + 1);
	let total = 0;
	parts.forEach((p, i) => {
		valueOffsets[i] = total;
		total += p.length;
	});
	valueOffsets[values.length] = total;
	const data = new Uint8Array(total);
	let offset = 0;
	for (const p of parts) {
		data.set(p, offset);
		offset += p.length;
	}
	const nullBitmap = new Uint8Array(Math.ceil(values.length / 8));
	let nullCount = 0;
	values.forEach((v, i) => {
		if (v === null) nullCount++;
		else nullBitmap[i >> 3]! |= 1 << (i & 7);
	});
	return arrow.makeVector(arrow.makeData({ type: new arrow.Utf8(), length: values.length, nullCount, nullBitmap, valueOffsets, data }));
}

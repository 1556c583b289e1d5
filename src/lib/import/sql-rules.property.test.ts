/**
 * The SQL field rules (sql-rules.ts) against zod, on native DuckDB with the same SQL text the
 * browser runs: for every field of every importable table and any cell, the SQL says "valid"
 * exactly when zod accepts what coerceCell makes of the cell, and gives the same value.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { z } from 'zod';
import { openNodeDb, type NodeDb } from '../db/node';
import { tables } from '../schema/index';
import { columns } from '../schema/table';
import { coerceCell } from './validate';
import { fieldSql, JS_WHITESPACE, numberSql, trimSql } from './sql-rules';

let db: NodeDb;
beforeAll(async () => {
	db = await openNodeDb();
});
afterAll(() => db.close());

const space = fc.constantFrom(...JS_WHITESPACE, ' ', '');
const digits = fc.stringMatching(/^[0-9]{1,25}$/);
/** Cells that come close to each kind of rule, and anything at all. */
const cell = fc.oneof(
	fc.string({ maxLength: 12 }),
	fc.string({ unit: 'binary', maxLength: 8 }),
	fc.string({ unit: 'grapheme', maxLength: 40 }),
	fc.double().map(String),
	fc.integer().map(String),
	fc.tuple(fc.constantFrom('', '-', '+'), digits, fc.constantFrom('', '.', ',', 'e', 'E'), fc.constantFrom('', '5', '05', '+3', '-400', '400', '308', '309')).map((p) => p.join('')),
	fc.constantFrom('0000-01-01', '0x1F', '0b11', '0o7', 'Infinity', '-Infinity', 'NaN', 'inf', '1_000', '.5', '5.', '-.5e-3', '1e400', '-1e400', '1e-400', '-0', '-0,0', '9007199254740991', '9007199254740993', '2147483648', '١٢'),
	fc.constantFrom('true', 'TRUE', 'Ja', 'nee', 'NO', 'Waar', 'onwaar', '1', '0', 'yes', 'j', 'K', '\u212a', 'İ'),
	fc.tuple(fc.integer({ min: 0, max: 10000 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 33 })).map(([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
	fc.stringMatching(/^(GM|PV|JZ|GG|ZK|gm)[0-9]{1,5}$/),
	fc.stringMatching(/^[A-Z]{1,3}[0-9]{1,5}$/),
	fc.constantFrom('https://www.example.org/a', 'http://x', 'ftp://example.org', 'https://例え.jp', 'javascript:alert(1)', 'https://a b.nl', 'www.example.org'),
	fc.constantFrom('😀', '😀😀', 'a😀', '😀'.repeat(16), '😀'.repeat(17), 'x'.repeat(32), 'x'.repeat(33), 'é'.repeat(32) + 'é'),
	fc.constantFrom(...tables.flatMap((t) => columns(t).flatMap((c) => c.values ?? [])))
);
const padded = fc.tuple(space, cell, space).map(([a, b, c]) => a + b + c).filter((s) => !s.includes('\0'));

/** What the JavaScript reader makes of a cell: valid or not, and the value. */
function js(field: z.ZodType, duckdbType: string, empty: null | '', raw: string) {
	const coerced = coerceCell(raw, duckdbType);
	const value = coerced === null ? empty : coerced;
	const parsed = field.safeParse(value);
	return { ok: parsed.success, value: parsed.success ? parsed.data : undefined };
}

describe('SQL field rules = zod', () => {
	for (const table of tables) {
		it(`${table.name}: every field accepts and rejects exactly what zod does, with the same value`, async () => {
			const fields = columns(table).map((c) => fieldSql(table, c));
			await fc.assert(
				fc.asyncProperty(fc.array(padded, { minLength: 1, maxLength: 40 }), async (cells) => {
					await db.exec(`CREATE OR REPLACE TABLE cells (i INTEGER, c VARCHAR)`);
					await db.query(`INSERT INTO cells VALUES ${cells.map((_, i) => `(${i}, ?)`).join(', ')}`, cells);
					for (const f of fields) {
						const field = (table.schema.shape as Record<string, z.ZodType>)[f.name]!;
						const t = trimSql('c');
						const okSql = f.ok ? `CASE WHEN t = '' THEN ${f.emptyOk} ELSE ${f.ok('t', 'n')} END` : 'NULL';
						const typed = `CASE WHEN t = '' THEN ${f.empty === '' ? `''` : 'NULL'} ELSE ${f.typed('t', 'n')} END`;
						const rows = await db.query(
							`SELECT i, ok, CASE WHEN ok THEN CAST(typed AS VARCHAR) END AS v, CASE WHEN ok THEN typeof(typed) END AS ty, CASE WHEN ok AND typeof(typed) = 'DOUBLE' THEN typed END AS d
							FROM (SELECT i, ${okSql} AS ok, ${typed} AS typed FROM (SELECT i, t, ${numberSql('t')} AS n FROM (SELECT i, ${t} AS t FROM cells))) ORDER BY i`
						);
						for (const r of rows) {
							const raw = cells[Number(r.i)]!;
							const want = js(field, f.col.duckdbType, f.empty, raw);
							if (!f.ok) continue; // opaque: zod itself judges the values (import-csv.ts)
							expect({ field: f.name, raw, ok: r.ok }).toEqual({ field: f.name, raw, ok: want.ok });
							if (!want.ok) continue;
							// The JavaScript path hands DuckDB String(value) (arrow-ipc.ts): -0 arrives as 0.
							if (typeof want.value === 'number' && f.col.duckdbType === 'DOUBLE') expect(Object.is(Number(r.d), Number(String(want.value))), `${f.name} '${raw}'`).toBe(true);
							else if (want.value === null) expect(r.v).toBeNull();
							// A date goes to DuckDB as its text on the JavaScript path too: compare the DATE both make of it (year 0000 is 1 BC).
							else if (f.col.duckdbType === 'DATE') expect(r.v, `${f.name} '${raw}'`).toBe((await db.query(`SELECT CAST(CAST(? AS VARCHAR) AS DATE)::VARCHAR AS v`, [String(want.value)]))[0]!.v);
							else expect(r.v, `${f.name} '${raw}'`).toBe(String(want.value));
						}
					}
				}),
				{ numRuns: 60, examples: [[['0000-01-01', ' 2024-02-29 ']]] }
			);
		}, 120_000);
	}

	it('translates every field of the importable tables but URLs into SQL', () => {
		const opaque = tables.flatMap((t) => columns(t).flatMap((c) => (fieldSql(t, c).ok ? [] : [`${t.name}.${c.name}`])));
		expect(opaque).toEqual(['procurements.documentUrl', 'waitingTimes.providerUrl']);
	});
});

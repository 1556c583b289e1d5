/**
 * The SQL path for large CSV files (csv-plan.ts → import-csv.ts, on native DuckDB: the same
 * SQL as DuckDB-WASM) against the JavaScript path (importCanonicalCsv → applyStaged) on the
 * same files: the same rows end up in the table, the same messages (file, line, field, value,
 * words, order) and the same counts. Files are generated: valid and invalid cells, duplicate
 * keys, references that point nowhere, reserved sources, columns in any order, missing or
 * extra columns, BOM, CRLF, ';' as delimiter, quoted cells.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'zod';
import { applyStaged } from '$lib/db/apply-import';
import { importCsvSql, reservedSourceIds } from '$lib/db/import-csv';
import { openNodeDb, type NodeDb } from '$lib/db/node';
import { quoteIdent as q } from '$lib/db/sql';
import { importCanonicalCsv } from '$lib/import/canonical-csv';
import { planCsvImport } from '$lib/import/csv-plan';
import { coerceCell, originOf, type ValidationIssue } from '$lib/import/validate';
import { columns, municipalities, providers, tables, usage, waitingTimes, type TableDef } from '$lib/schema';

let dir: string;
beforeEach(() => {
	dir = mkdtempSync(join(tmpdir(), 'import-csv-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function freshDb(): Promise<NodeDb> {
	const db = await openNodeDb();
	for (const t of tables) await db.exec(`CREATE TABLE ${q(t.name)} (${columns(t).map((c) => `${q(c.name)} ${c.duckdbType}`).join(', ')})`);
	await db.exec(`INSERT INTO providers (id, name, source) VALUES ('p1', 'Een', 'x'), ('p2', 'Twee', 'x')`);
	await db.exec(`INSERT INTO careCategories (code, scheme, domain, officialName, plainNl, plainEn) VALUES ('45', 'iJw', 'jeugd', 'a', 'b', 'c'), ('46', 'iJw', 'jeugd', 'a', 'b', 'c')`);
	await db.exec(`INSERT INTO municipalities (code, name) VALUES ('GM0001', 'Een'), ('GM0002', 'Twee')`);
	return db;
}

const text = (v: unknown) => (v === null || v === undefined ? null : String(v));

/** The JavaScript path: what the worker and applyImport do, staged as the worker's Arrow bytes are (text). */
async function viaJs(table: TableDef, csv: string, file: string) {
	const db = await freshDb();
	try {
		const read = importCanonicalCsv(table, csv, file, { reservedSources: new Set(reservedSourceIds) });
		const cols = columns(table).map((c) => c.name);
		await db.exec(`CREATE TABLE ${q(`_upload_${table.name}`)} (${cols.map((c) => `${q(c)} VARCHAR`).join(', ')}, _file VARCHAR, _row INTEGER, _seq INTEGER)`);
		for (const [i, row] of (read.rows as Record<string, unknown>[]).entries()) {
			const origin = originOf(row)!;
			await db.query(`INSERT INTO ${q(`_upload_${table.name}`)} VALUES (${[...cols, 'f', 'r', 's'].map(() => '?').join(', ')})`, [...cols.map((c) => text(row[c])), origin.file, origin.row, i]);
		}
		const applied = read.rows.length ? await applyStaged((s) => db.query(s), [table.name]) : { loaded: { [table.name]: 0 }, issues: [], issueCount: 0, issueCsv: [], rejected: 0 };
		return { issues: [...read.issues, ...applied.issues], rejected: read.rejected + applied.rejected, loaded: applied.loaded, rows: await contents(db, table) };
	} finally {
		db.close();
	}
}

async function viaSql(table: TableDef, csv: string, file: string) {
	const bytes = new Uint8Array(Buffer.from(csv));
	const plan = planCsvImport(file, bytes, 0);
	if (!plan) return null;
	const path = join(dir, 'upload.csv');
	writeFileSync(path, bytes);
	const db = await freshDb();
	try {
		const result = await importCsvSql((s, params) => db.query(s, params), plan, path, reservedSourceIds);
		return { issues: [...plan.issues, ...result.issues], rejected: result.rejected, loaded: result.loaded, rows: await contents(db, table), csv: result.issueCsv.join('') };
	} finally {
		db.close();
	}
}

const contents = async (db: NodeDb, table: TableDef) =>
	(await db.query(`SELECT * FROM ${q(table.name)} ORDER BY ALL`)).map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v])));

/** Sample values; per column the ones zod accepts are drawn often, so most rows are valid. */
const SAMPLES = ['GM0001', 'GM0002', 'GM0003', 'PV27', 'JZ12', 'GG1234', 'ZK01', '45', '46', '4', '2025-01', '2025-01-31', '2024-02-29', '2023-02-29', ' 3,5 ', '4.2', '12', '0', '-1', '100', '2025', '1990', '1e3', 'true', 'Nee', 'https://www.example.org/x', 'p1', 'p2', 'p3', 'Zorg "Oost"', 'a;b', 'a,b', '12345678', 'demo', 'mijn-bron', '', 'x', ' ', '😀', 'jeugd', 'wmo', '52.1', '5.5', '7'];
const junk = fc.oneof(fc.string({ maxLength: 6 }), fc.string({ unit: 'grapheme', maxLength: 6 }), fc.constantFrom('abc', '-5', '1e400', '0x10', '\u00a0', '1,5,6')).filter((s) => !/[\r\n\0\ufffd]/.test(s));

function valueFor(table: TableDef, name: string, duckdbType: string) {
	const field = table.schema.shape[name] as z.ZodType;
	const valid = SAMPLES.filter((s) => {
		const v = coerceCell(s, duckdbType);
		return field.safeParse(v === null ? null : v).success || field.safeParse(v === null ? '' : v).success;
	});
	return valid.length ? fc.oneof({ arbitrary: fc.constantFrom(...valid), weight: 6 }, { arbitrary: junk, weight: 1 }) : junk;
}

const quote = (cell: string, delimiter: string, always: boolean) => (always || cell.includes('"') || cell.includes(delimiter) ? `"${cell.replace(/"/g, '""')}"` : cell);

function csvFile(table: TableDef) {
	const cols = columns(table);
	return fc
		.record({
			order: fc.shuffledSubarray(cols, { minLength: cols.length, maxLength: cols.length }),
			drop: fc.subarray(cols.filter((c) => c.nullable || c.name === 'source').map((c) => c.name)),
			extra: fc.boolean(),
			delimiter: fc.constantFrom(',', ';'),
			crlf: fc.boolean(),
			bom: fc.boolean(),
			quoteAll: fc.boolean(),
			rows: fc.array(fc.tuple(...cols.map((c) => valueFor(table, c.name, c.duckdbType))), { minLength: 1, maxLength: 25 })
		})
		.map(({ order, drop, extra, delimiter, crlf, bom, quoteAll, rows }) => {
			const header = order.filter((c) => !drop.includes(c.name));
			const line = (cells: string[]) => cells.map((c) => quote(c, delimiter, quoteAll)).join(delimiter);
			const lines = [line([...header.map((c) => c.name), ...(extra ? ['Opmerking'] : [])])];
			for (const r of rows) lines.push(line([...header.map((c) => r[cols.indexOf(c)]!), ...(extra ? ['let op'] : [])]));
			return (bom ? '\ufeff' : '') + lines.join(crlf ? '\r\n' : '\n') + (crlf ? '\r\n' : '\n');
		});
}

const strip = (issues: ValidationIssue[]) => issues.map((i) => ({ ...i }));

describe('the SQL path reads a CSV file as the JavaScript path does', () => {
	for (const table of [providers, waitingTimes, usage, municipalities]) {
		it(`${table.name}: same rows, same messages, same counts`, async () => {
			await fc.assert(
				fc.asyncProperty(csvFile(table), async (csv) => {
					const file = `${table.name}.csv`;
					const sql = await viaSql(table, csv, file);
					expect(sql, 'the SQL path takes the file').not.toBeNull();
					const js = await viaJs(table, csv, file);
					expect(strip(sql!.issues)).toEqual(strip(js.issues));
					expect(sql!.rejected).toBe(js.rejected);
					expect(sql!.rows).toEqual(js.rows);
				}),
				{ numRuns: 25 }
			);
		}, 180_000);
	}
});

describe('the SQL path on values zod changes', () => {
	it('stores a URL as zod returns it (a tab inside is dropped), and refuses what zod refuses', async () => {
		const header = 'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks,p90Weeks,registrationWeeks,treatmentWeeks,clientsWaiting,normWeeks,normSource,providerUrl,source';
		const csv = `${header}\np1,a,45,,GM0001,2025-01,1,,,,,8,,https://www.example.org/a\tb,bron\np1,b,45,,GM0001,2025-01,1,,,,,8,,javascript:alert(1),bron\n`;
		const sql = await viaSql(waitingTimes, csv, 'waitingTimes.csv');
		const js = await viaJs(waitingTimes, csv, 'waitingTimes.csv');
		expect(sql!.rows.map((r) => r.providerUrl)).toEqual(['https://www.example.org/ab']);
		expect(sql!.rows).toEqual(js.rows);
		expect(sql!.issues).toEqual(js.issues);
		expect(sql!.issues.map((i) => [i.row, i.field])).toEqual([[3, 'providerUrl']]);
	});
});

describe('the SQL path on a file read in parallel', () => {
	it('names the line of a bad row deep in a file of many read_csv chunks', async () => {
		// Native DuckDB reads this on several threads; the messages must still name the file's own lines.
		const header = 'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks,p90Weeks,registrationWeeks,treatmentWeeks,clientsWaiting,normWeeks,normSource,providerUrl,source';
		const bad = new Map([
			[40_000, 'p1,l40000,45,,GM0001,2025-1,1,,,,,8,,,bron'],
			[163_217, 'p1,l163217,45,,GM0001,2025-01,-2,,,,,8,,,bron'],
			[199_999, 'p3,l199999,45,,GM0001,2025-01,1,,,,,8,,,bron']
		]);
		const lines = [header];
		for (let line = 2; line <= 200_001; line++) lines.push(bad.get(line) ?? `p${(line % 2) + 1},l${line},4${5 + (line % 2)},,GM000${(line % 2) + 1},2025-0${(line % 9) + 1},${line % 40},,,,${line % 7},8,Norm,https://www.example.org/${line % 3},bron`);
		const sql = await viaSql(waitingTimes, lines.join('\n') + '\n', 'waitingTimes.csv');
		expect(sql!.issues.map((i) => [i.row, i.field])).toEqual([
			[40_000, 'month'],
			[163_217, 'medianWeeks'],
			[199_999, 'providerId']
		]);
		expect(sql!.loaded.waitingTimes).toBe(200_000 - 3);
	}, 60_000);
});

describe('which files take the SQL path', () => {
	const header = 'id,name,kvk,legalForm,providerType,source\n';
	const plan = (csv: string, name = 'providers.csv') => planCsvImport(name, new Uint8Array(Buffer.from(csv, 'latin1')), 0);
	it('takes plain UTF-8 files, with BOM, CRLF or trailing blank lines', () => {
		expect(plan(header + 'p1,Zorg,,,,bron\n')?.rows).toBe(1);
		expect(plan('\u00ef\u00bb\u00bf' + (header + 'p1,"Zorg, ""Oost""",,,,bron\n').replace(/\n/g, '\r\n'))?.newline).toBe('\r\n');
		expect(plan(header + 'p1,Zorg,,,,bron\n\n\n')?.rows).toBe(1);
	});
	it.each([
		['a multi-line cell', header + 'p1,"Zorg\nOost",,,,bron\n'],
		['a blank line between rows', header + 'p1,Zorg,,,,bron\n\np2,Zorg,,,,bron\n'],
		['a row with too few cells', header + 'p1,Zorg,,,bron\n'],
		['a quote inside a cell', header + 'p1,Zo"rg,,,,bron\n'],
		['text after a closing quote', header + 'p1,"Zo"rg,,,,bron\n'],
		['mixed line ends', header + 'p1,Zorg,,,,bron\r\np2,Zorg,,,,bron\n'],
		['Windows-1252', header + 'p1,Caf\u00e9,,,,bron\n'],
		['a missing required column', 'id,source\np1,bron\n'],
		['JSON', '{"releases": []}', 'deals.json']
	])('leaves %s to the JavaScript reader', (_, csv, name = 'providers.csv') => {
		expect(plan(csv, name)).toBeNull();
	});
});

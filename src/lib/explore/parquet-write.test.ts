import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromArrays, tableToIPC, vectorFromArray, Table, Utf8, Int64, Float64, DateDay, Bool } from 'apache-arrow';
import init, * as pw from 'parquet-wasm/esm';
import { openNodeDb, type NodeDb } from '../db/node';
import { ipcToParquet } from './parquet-write';

let db: NodeDb;
const dir = mkdtempSync(join(tmpdir(), 'explore-parquet-'));
beforeAll(async () => {
	const wasm = createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm');
	await init({ module_or_path: readFileSync(wasm) });
	db = await openNodeDb();
});
afterAll(() => {
	db.close();
	rmSync(dir, { recursive: true, force: true });
});

describe('Parquet export', () => {
	it('writes a result that native DuckDB reads back with the same rows', async () => {
		const n = 5000;
		const table = new Table({
			id: vectorFromArray(Array.from({ length: n }, (_, i) => BigInt(i)), new Int64()),
			name: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 7 === 0 ? null : `Aanbieder ‘${i}’ =1+1`)), new Utf8()),
			amount: vectorFromArray(Array.from({ length: n }, (_, i) => (i % 11 === 0 ? null : i * 1.25)), new Float64()),
			local: vectorFromArray(Array.from({ length: n }, (_, i) => i % 2 === 0), new Bool()),
			day: vectorFromArray(Array.from({ length: n }, (_, i) => new Date(Date.UTC(2024, 0, 1 + (i % 365)))), new DateDay())
		});
		const file = join(dir, 'result.parquet');
		writeFileSync(file, ipcToParquet(pw, tableToIPC(table, 'stream')));

		const back = await db.query(`SELECT id, name, amount, local, strftime(day, '%Y-%m-%d') AS day FROM read_parquet('${file}') ORDER BY id`);
		expect(back).toHaveLength(n);
		const expected = Array.from({ length: n }, (_, i) => ({
			id: i,
			name: i % 7 === 0 ? null : `Aanbieder ‘${i}’ =1+1`,
			amount: i % 11 === 0 ? null : i * 1.25,
			local: i % 2 === 0,
			day: new Date(Date.UTC(2024, 0, 1 + (i % 365))).toISOString().slice(0, 10)
		}));
		expect(back).toEqual(expected);
		const types = await db.query<{ column_name: string; column_type: string }>(`SELECT column_name, column_type FROM (DESCRIBE SELECT * FROM read_parquet('${file}'))`);
		expect(types.map((t) => t.column_type)).toEqual(['BIGINT', 'VARCHAR', 'DOUBLE', 'BOOLEAN', 'DATE']);
	});

	it('writes an empty result with its columns', async () => {
		const file = join(dir, 'empty.parquet');
		writeFileSync(file, ipcToParquet(pw, tableToIPC(tableFromArrays({ x: new Float64Array(0) }), 'stream')));
		expect(await db.query(`SELECT count(*)::INTEGER AS n FROM read_parquet('${file}')`)).toEqual([{ n: 0 }]);
	});
});

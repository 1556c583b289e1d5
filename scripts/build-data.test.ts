import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataType, tableFromIPC } from 'apache-arrow';
import { DuckDBInstance } from '@duckdb/node-api';
import { buildData } from './build-data';

const tmp = mkdtempSync(join(tmpdir(), 'regiozicht-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = () => {};

describe('data build', () => {
	it('is reproducible byte for byte', async () => {
		await buildData('data', join(tmp, 'a'), quiet);
		await buildData('data', join(tmp, 'b'), quiet);
		const files = readdirSync(join(tmp, 'a')).filter((f) => f.endsWith('.parquet') || f.endsWith('.json'));
		expect(files).toContain('contracts.parquet');
		for (const f of files) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
	}, 60_000);

	it('writes each embedded table also as Arrow IPC for the browser, with the same rows as its Parquet file', async () => {
		const dir = join(tmp, 'a');
		const manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { tables: Record<string, { rows: number; ipcBytes?: number }> };
		const db = await (await DuckDBInstance.create(':memory:')).connect();
		for (const [name, entry] of Object.entries(manifest.tables)) {
			expect(entry.ipcBytes, name).toBe(readFileSync(join(dir, `${name}.arrow`)).byteLength);
			const ipc = tableFromIPC(readFileSync(join(dir, `${name}.arrow`)));
			const parquet = (await db.runAndReadAll(`SELECT * FROM read_parquet('${join(dir, `${name}.parquet`)}')`)).getRowObjectsJson();
			expect(ipc.numRows, name).toBe(entry.rows);
			expect(ipc.schema.fields.map((f) => f.name), name).toEqual(Object.keys(parquet[0] ?? {}));
			// Same values in the same order, compared as text: Arrow gives a date as milliseconds, DuckDB as 'YYYY-MM-DD'.
			const dates = ipc.schema.fields.map((f) => DataType.isDate(f.type) || DataType.isTimestamp(f.type));
			const arrowRow = (i: number) => Object.values(ipc.get(i)?.toJSON() ?? {}).map((v, c) => (v === null ? null : dates[c] ? new Date(Number(v)).toISOString().slice(0, 10) : String(v)));
			const duckRow = (r: Record<string, unknown> | undefined) => Object.values(r ?? {}).map((v) => (v === null ? null : String(v)));
			for (const i of [0, Math.floor(entry.rows / 2), entry.rows - 1]) if (i >= 0) expect(arrowRow(i), `${name} row ${i}`).toEqual(duckRow(parquet[i]));
		}
		db.closeSync();
	}, 60_000);

	it('stops on an invalid source row, naming file, row and field', async () => {
		const data = join(tmp, 'data');
		cpSync('data', data, { recursive: true });
		const file = join(data, 'cbs/gemeenten_2025_regio.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		// Line 3 (second municipality): break its CBS code.
		lines[2] = lines[2]!.replace(/^GM\d{4}/, 'GM34');
		writeFileSync(file, lines.join('\n'));
		await expect(buildData(data, join(tmp, 'c'), quiet)).rejects.toThrow(/data\/cbs\/gemeenten_2025_regio\.csv, rij 3, veld 'code'.*GM34/);
	}, 60_000);

	describe('stops on a money source it cannot trust, naming file, row and reason', () => {
		const data = join(tmp, 'money');
		const iv3 = join(data, 'iv3/2025_begroting.csv');
		let original = '';
		const tamper = (edit: (lines: string[]) => void) => {
			const lines = original.split('\n');
			edit(lines);
			writeFileSync(iv3, lines.join('\n'));
		};
		const lineOf = (lines: string[], start: string) => lines.findIndex((l) => l.startsWith(start));

		it('an unknown municipality name', async () => {
			cpSync('data', data, { recursive: true });
			original = readFileSync(iv3, 'utf8');
			tamper((lines) => {
				const i = lineOf(lines, 'Harderwijk;6.752 ');
				lines[i] = lines[i]!.replace(/^Harderwijk/, 'Harderwyk');
			});
			const row = lineOf(original.split('\n'), 'Harderwijk;6.752 ') + 1;
			await expect(buildData(data, join(tmp, 'd'), quiet)).rejects.toThrow(new RegExp(`data/iv3/2025_begroting\\.csv, rij ${row}: gemeente 'Harderwyk' komt niet voor`));
		}, 60_000);

		it('a non-numeric amount', async () => {
			tamper((lines) => {
				const i = lineOf(lines, 'Harderwijk;6.752 ');
				lines[i] = lines[i]!.replace(';13376.0;', ';13.376,0;');
			});
			const row = lineOf(original.split('\n'), 'Harderwijk;6.752 ') + 1;
			await expect(buildData(data, join(tmp, 'e'), quiet)).rejects.toThrow(new RegExp(`2025_begroting\\.csv, rij ${row}: veld 'Lasten': '13\\.376,0' is geen getal`));
		}, 60_000);

		it('a duplicate municipality × taakveld', async () => {
			tamper((lines) => {
				const i = lineOf(lines, 'Harderwijk;6.752 ');
				lines.splice(i + 1, 0, lines[i]!);
			});
			const row = lineOf(original.split('\n'), 'Harderwijk;6.752 ') + 2;
			await expect(buildData(data, join(tmp, 'f'), quiet)).rejects.toThrow(new RegExp(`2025_begroting\\.csv, rij ${row}: dubbele rij voor Harderwijk \\(GM0243\\), taakveld 6\\.752`));
		}, 60_000);

		it('a municipality missing from a file', async () => {
			tamper((lines) => {
				for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.startsWith('Harderwijk;')) lines.splice(i, 1);
			});
			await expect(buildData(data, join(tmp, 'g'), quiet)).rejects.toThrow(/data\/iv3\/2025_begroting\.csv: 1 gemeente\(n\) ontbreken: Harderwijk/);
		}, 60_000);
	});
});

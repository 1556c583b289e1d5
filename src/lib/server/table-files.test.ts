import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openNodeDb, attachParquetDir } from '../db/node';
import { builtData } from '../metrics/real-data-db';
import { columns } from '../schema/table';
import { downloadTable, downloadTables, joins, tableCsv, tableSources } from './table-files';

const db = await openNodeDb();
const data = await builtData();
await attachParquetDir(db, data.dir);
const tmp = mkdtempSync(join(tmpdir(), 'regiozicht-csv-'));
afterAll(() => {
	db.close();
	data.cleanup();
	rmSync(tmp, { recursive: true, force: true });
});
const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;

describe('/data/<table>.csv', () => {
	// Read back by native DuckDB with the schema's types, the CSV holds exactly the Parquet file's rows.
	it.each(downloadTables.map((t) => t.name))('%s: the CSV equals the table', async (name) => {
		const table = downloadTable(name)!;
		const file = join(tmp, `${name}.csv`);
		writeFileSync(file, await tableCsv(db, table));
		const types = columns(table).map((c) => `${lit(c.name)}: ${lit(c.duckdbType)}`).join(', ');
		const csv = `read_csv(${lit(file)}, header = true, delim = ',', quote = '"', allow_quoted_nulls = false, columns = {${types}})`;
		const parquet = `(SELECT ${columns(table).map((c) => `"${c.name}"`).join(', ')} FROM read_parquet(${lit(join(data.dir, `${name}.parquet`))}))`;
		const [counts] = await db.query<{ csv: number; parquet: number }>(`SELECT (SELECT count(*) FROM ${csv})::INTEGER AS csv, (SELECT count(*) FROM ${parquet})::INTEGER AS parquet`);
		expect(counts!.csv).toBe(counts!.parquet);
		expect(counts!.csv).toBeGreaterThan(0);
		const diff = await db.query(`(SELECT * FROM ${csv} EXCEPT ALL SELECT * FROM ${parquet}) UNION ALL (SELECT * FROM ${parquet} EXCEPT ALL SELECT * FROM ${csv}) LIMIT 5`);
		expect(diff).toEqual([]);
	});

	it('says which rows are demo in their own source column', async () => {
		const csv = await tableCsv(db, downloadTable('procurements')!);
		const [header, first] = csv.split('\r\n');
		const at = header!.split(',').indexOf('source');
		expect(at).toBeGreaterThanOrEqual(0);
		expect(first!.split(',')[at]).toBe('demo');
		expect(await tableSources(db, downloadTable('procurements')!)).toEqual(['demo']);
	});

	it('knows how tables join, both ways', () => {
		const contracts = joins(downloadTable('contracts')!);
		expect(contracts.out).toContainEqual({ field: 'lotId', toTable: 'lots', toField: 'id' });
		expect(joins(downloadTable('lots')!).in).toContainEqual({ fromTable: 'contracts', fromField: 'lotId', field: 'id' });
	});
});

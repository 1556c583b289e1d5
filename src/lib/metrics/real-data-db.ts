/**
 * Test support: native DuckDB over the real built data (static/data). When the data has not
 * been built yet (a fresh clone running only the unit tests), build it into a temp folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachParquetDir, openNodeDb, type NodeDb } from '../db/node';
import { buildData } from '../../../scripts/build-data';

/** The folder with the built Parquet files; built into a temp folder first when missing. */
export async function builtData(): Promise<{ dir: string; cleanup: () => void }> {
	if (existsSync(join('static/data', 'contracts.parquet')) && existsSync(join('static/data', 'spending.parquet'))) return { dir: 'static/data', cleanup: () => {} };
	const tmp = mkdtempSync(join(tmpdir(), 'regiozicht-real-'));
	await buildData('data', tmp, () => {});
	return { dir: tmp, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

export async function realData(): Promise<{ db: NodeDb; close: () => void }> {
	const db = await openNodeDb();
	const { dir, cleanup } = await builtData();
	await attachParquetDir(db, dir);
	return {
		db,
		close: () => {
			db.close();
			cleanup();
		}
	};
}

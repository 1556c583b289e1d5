/**
 * Test support: native DuckDB over the real built data (static/data). When the data has not
 * been built yet (a fresh clone running only the unit tests), build it into a temp folder.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { attachParquetDir, openNodeDb, type NodeDb } from '../db/node';
import { buildData } from '../../../scripts/build-data';

export async function realData(): Promise<{ db: NodeDb; close: () => void }> {
	const db = await openNodeDb();
	let dir = 'static/data';
	let tmp: string | null = null;
	if (!existsSync(join(dir, 'contracts.parquet'))) {
		tmp = mkdtempSync(join(tmpdir(), 'regiozicht-real-'));
		await buildData('data', tmp, () => {});
		dir = tmp;
	}
	await attachParquetDir(db, dir);
	return {
		db,
		close: () => {
			db.close();
			if (tmp) rmSync(tmp, { recursive: true, force: true });
		}
	};
}

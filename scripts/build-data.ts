/**
 * The data build (`npm run data`): read the sources in data/, validate every row against the
 * canonical zod schemas, and write one Parquet file per table to static/data/, plus the
 * boundaries and a manifest. A row that fails validation stops the build with file, row,
 * field and reason.
 */
import { copyFileSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import initParquet, { readParquet } from 'parquet-wasm/esm';
import { tables } from '../src/lib/schema/index';
import { financeTables } from '../src/lib/schema/finance';
import { openNodeDb, loadRows, writeParquet } from '../src/lib/db/node';
import { templateCsv } from '../src/lib/import/canonical-csv';
import { collectTables, DataBuildError } from './sources/index';
import { DEMO } from './sources/demo';

/**
 * Tables up to this many rows also go out as an Arrow IPC file, which the browser's DuckDB takes
 * as it is (db/browser.ts); larger ones are decoded from Parquet in the browser, in parts.
 */
const IPC_MAX_ROWS = 250_000;

/** The Arrow IPC stream of a Parquet file, as parquet-wasm gives it (the same library and call the browser's decoder uses). */
async function parquetToIpc(file: string): Promise<Uint8Array> {
	await initParquet({ module_or_path: readFileSync(createRequire(import.meta.url).resolve('parquet-wasm/esm/parquet_wasm_bg.wasm')) });
	return readParquet(readFileSync(file)).intoIPCStream();
}

export async function buildData(dataDir: string, outDir: string, log = console.log): Promise<void> {
	const started = Date.now();
	const { tables: all, finance, nza } = collectTables(dataDir);
	rmSync(outDir, { recursive: true, force: true });
	mkdirSync(join(outDir, 'geo'), { recursive: true });
	mkdirSync(join(outDir, 'templates'), { recursive: true });
	// Downloadable CSV templates (header + one valid example row) for bringing your own data.
	for (const t of tables) writeFileSync(join(outDir, 'templates', `${t.name}.csv`), templateCsv(t));
	const db = await openNodeDb();
	type Entry = { rows: number; bytes: number; ipcBytes?: number; demoRows: number };
	const manifest: Record<string, Entry> = {};
	// The money tables are written beside the others but listed apart: the browser's DuckDB
	// loads `tables` at start, and the pages take the money figures from the build.
	const financeManifest: Record<string, Entry> = {};
	const write = async (t: (typeof tables)[number] | (typeof financeTables)[number], rows: Record<string, unknown>[], into: Record<string, Entry>) => {
		await loadRows(db, t, rows);
		const file = join(outDir, `${t.name}.parquet`);
		await writeParquet(db, t, file);
		into[t.name] = { rows: rows.length, bytes: statSync(file).size, demoRows: rows.filter((r) => r.source === DEMO).length };
		if (into === manifest && rows.length <= IPC_MAX_ROWS) {
			const ipc = await parquetToIpc(file);
			writeFileSync(join(outDir, `${t.name}.arrow`), ipc);
			into[t.name]!.ipcBytes = ipc.byteLength;
		}
	};
	try {
		for (const t of tables) await write(t, all[t.name] ?? [], manifest);
		for (const t of financeTables) await write(t, finance[t.name] ?? [], financeManifest);
	} finally {
		db.close();
	}
	for (const layer of ['gemeente_2025', 'jeugdregio_2025', 'provincie_2025']) copyFileSync(join(dataDir, 'geo', `${layer}.topojson`), join(outDir, 'geo', `${layer}.topojson`));
	// `built`: the day this data set was put together, which every printed page states (its footer).
	const built = new Date().toISOString().slice(0, 10);
	writeFileSync(join(outDir, 'manifest.json'), JSON.stringify({ built, tables: manifest, finance: financeManifest, nza: nza.report }, null, 1) + '\n');

	for (const [name, m] of Object.entries({ ...manifest, ...financeManifest }))
		log(`${name.padEnd(26)} ${String(m.rows).padStart(8)} rijen  ${(m.bytes / 1024).toFixed(0).padStart(6)} kB  (demo: ${m.demoRows})`);
	log(`NZa: ${nza.report.unresolved.length} rij(en) zonder gemeente; zie /bronnen`);
	log(`Data gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s → ${outDir}/`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
	buildData('data', 'static/data').catch((error: unknown) => {
		console.error(error instanceof DataBuildError ? `\nData-build gestopt:\n${error.message}\n` : error);
		process.exit(1);
	});
}

/**
 * DuckDB-WASM in the browser: one lazily created instance behind a promise, started only in
 * the browser. Every file it needs (wasm, worker, data) is served by the site itself.
 *
 * DuckDB-WASM 1.32 has no Parquet reader built in and would fetch one from DuckDB's servers
 * (a third-party request that also fails offline). So extension autoloading is switched off
 * and Parquet is decoded by parquet-wasm into Arrow IPC, which DuckDB ingests natively.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import type { Table } from 'apache-arrow';
import { plainValue } from './rows';
import { dbStatus } from './status.svelte';
import type { QueryRunner, Row, SqlValue } from './types';

export interface BrowserDb extends QueryRunner {
	db: duckdb.AsyncDuckDB;
	connection: duckdb.AsyncDuckDBConnection;
	/** Add (or replace) a table from Parquet bytes. */
	loadParquet(name: string, bytes: Uint8Array): Promise<void>;
}

let instance: Promise<BrowserDb> | null = null;
let isDateType: (type: Table['schema']['fields'][number]['type']) => boolean = () => false;

/** The shared database, created on first call. `dataBase` is where the Parquet files live. */
export function getBrowserDb(dataBase: string): Promise<BrowserDb> {
	instance ??= start(dataBase).catch((error: unknown) => {
		dbStatus.phase = 'error';
		dbStatus.error = error instanceof Error ? error.message : String(error);
		instance = null;
		throw error;
	});
	return instance;
}

async function start(dataBase: string): Promise<BrowserDb> {
	const t0 = performance.now();
	dbStatus.phase = 'starting';
	if (typeof WebAssembly === 'undefined') throw new Error('Deze browser ondersteunt geen WebAssembly.');
	// Loaded on demand: keeps DuckDB, Arrow and parquet-wasm out of the first-paint JavaScript
	// (and out of the server-side render, where the Node build of duckdb-wasm would start a worker).
	const [duckdb, arrow] = await Promise.all([import('@duckdb/duckdb-wasm'), import('apache-arrow')]);
	isDateType = (t) => arrow.DataType.isDate(t) || arrow.DataType.isTimestamp(t);
	const bundle = await duckdb.selectBundle({
		mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
		eh: { mainModule: ehWasm, mainWorker: ehWorker }
	});
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	const [, parquet, manifest] = await Promise.all([
		db.instantiate(bundle.mainModule, bundle.pthreadWorker),
		import('parquet-wasm/esm').then(async (m) => {
			await m.default({ module_or_path: parquetWasmUrl });
			return m;
		}),
		fetch(`${dataBase}/manifest.json`).then((r) => {
			if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
			return r.json() as Promise<{ tables: Record<string, { bytes: number }> }>;
		})
	]);
	await db.open({ query: { castBigIntToDouble: false } });
	const connection = await db.connect();
	await connection.query(`SET autoinstall_known_extensions = false; SET autoload_known_extensions = false;`);

	const loadParquet = async (name: string, bytes: Uint8Array) => {
		const ipc = parquet.readParquet(bytes).intoIPCStream();
		await connection.query(`DROP TABLE IF EXISTS "${name.replace(/"/g, '""')}"`);
		await connection.insertArrowFromIPCStream(ipc, { name, create: true });
	};

	const names = Object.keys(manifest.tables);
	dbStatus.totalBytes = names.reduce((s, n) => s + (manifest.tables[n]?.bytes ?? 0), 0);
	dbStatus.loadedBytes = 0;
	dbStatus.phase = 'downloading';
	const files = await Promise.all(names.map(async (name) => [name, await download(`${dataBase}/${name}.parquet`)] as const));
	dbStatus.phase = 'decoding';
	for (const [name, bytes] of files) {
		dbStatus.table = name;
		await loadParquet(name, bytes);
	}

	const runner: BrowserDb = {
		db,
		connection,
		loadParquet,
		async query<T extends Row = Row>(sql: string, params: readonly SqlValue[] = []): Promise<T[]> {
			if (params.length === 0) return toRows<T>(await connection.query(sql));
			const statement = await connection.prepare(sql);
			try {
				return toRows<T>(await statement.query(...params));
			} finally {
				await statement.close();
			}
		}
	};
	dbStatus.phase = 'ready';
	performance.mark('regiozicht:db-ready');
	dbStatus.table = '';
	dbStatus.readyMs = Math.round(performance.now() - t0);
	return runner;
}

/** Fetch a file, counting received bytes into the shared progress state. */
async function download(url: string): Promise<Uint8Array> {
	const response = await fetch(url);
	if (!response.ok || !response.body) throw new Error(`${url}: HTTP ${response.status}`);
	const chunks: Uint8Array[] = [];
	let size = 0;
	const reader = response.body.getReader();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		chunks.push(value);
		size += value.byteLength;
		dbStatus.loadedBytes += value.byteLength;
	}
	const out = new Uint8Array(size);
	let offset = 0;
	for (const c of chunks) {
		out.set(c, offset);
		offset += c.byteLength;
	}
	return out;
}

/** Arrow → plain rows; dates become ISO strings like on the native side (rows.ts). */
function toRows<T>(table: Table): T[] {
	const dateFields = table.schema.fields.filter((f) => isDateType(f.type)).map((f) => f.name);
	return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => {
		const row = r.toJSON();
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(row)) {
			out[k] = dateFields.includes(k) && typeof v === 'number' ? plainValue(new Date(v)) : plainValue(v);
		}
		return out as T;
	});
}

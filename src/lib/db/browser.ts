/**
 * DuckDB-WASM in the browser: one lazily created instance behind a promise, started only in
 * the browser. Every file it needs (wasm, workers, data) is served by the site itself.
 *
 * DuckDB-WASM 1.32 has no Parquet reader built in and would fetch one from DuckDB's servers
 * (a third-party request that also fails offline). So extension autoloading is switched off
 * and the data comes as Arrow IPC, which DuckDB ingests natively: the data build writes each
 * embedded table as an .arrow file beside its .parquet (the manifest's `ipcBytes`), so a visit
 * downloads it while DuckDB's wasm compiles and decodes nothing. A table without one (too large
 * for one IPC stream, e.g. the bench's 10M rows) is decoded from Parquet by parquet-wasm in its
 * own worker (parquet.worker.ts), a few row groups at a time, started only then: its 5 MB of
 * wasm would otherwise compete with DuckDB's for the two cores of a modest laptop.
 */
import type * as duckdb from '@duckdb/duckdb-wasm';
import { duckDbBundles } from './wasm';
import { bootDuckDb, EARLY_DUCKDB, type DuckDbBoot } from './duckdb-boot';
import ParquetWorker from './parquet.worker?worker';
import type { DecodeMessage, DecodeRequest } from './parquet.worker';
import type { Table } from 'apache-arrow';
import { fetchBytes } from './fetch-bytes';
import { arrowRows } from './rows';
import { afterFirstPaint } from '../paint';
import { noExtensionDownloads, quoteIdent, rowCounts, rowCountsSql } from './sql';
import { createSchemaSql, dropSchemaSql, searchPathSql, SLICE_MIN_ROWS, slicedTables, sliceSql, sliceWindowsSql } from './region-slice';
import { metricViewsSql } from '../metrics/scope';
import { dbStatus } from './status.svelte';
import { queuedRunner, type QueueOptions, type QueuedRunner } from './query-queue';
import type { QueryRunner, Row } from './types';

export interface BrowserDb extends QueryRunner {
	db: duckdb.AsyncDuckDB;
	connection: duckdb.AsyncDuckDBConnection;
	/**
	 * The runner for one region's dashboard: the same SQL, over that region's slice of the large
	 * tables when they are large (region-slice.ts), else this runner itself.
	 */
	forRegion(regionId: string): Promise<QueuedRunner>;
	/** The data changed (an import): forget cached results and region slices. */
	dataChanged(): Promise<void>;
	/**
	 * Rows per table of the site's own data files as loaded; null once the user's data has
	 * changed anything. Results computed at build hold only while this matches the build's.
	 */
	siteData(): Promise<Record<string, number> | null>;
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

/** The data files the site serves, with their rows and bytes (written by scripts/build-data.ts). */
export type Manifest = { tables: Record<string, { rows: number; bytes: number; ipcBytes?: number }> };

let manifestFile: Promise<Manifest> | null = null;
/** The site's data manifest, fetched once (again after a failure). */
export function siteManifest(dataBase: string): Promise<Manifest> {
	manifestFile ??= fetch(`${dataBase}/manifest.json`).then((r) => {
		if (!r.ok) throw new Error(`manifest.json: HTTP ${r.status}`);
		return r.json() as Promise<Manifest>;
	});
	manifestFile.catch(() => (manifestFile = null));
	return manifestFile;
}

async function start(dataBase: string): Promise<BrowserDb> {
	// Never compete with the prerendered page for its first paint.
	await afterFirstPaint();
	performance.mark('regiozicht:db-start');
	const t0 = performance.now();
	dbStatus.phase = 'starting';
	// Lives until the data is in: its wasm memory grows with the largest decoded chunk.
	let decoder = null as ParquetDecoder | null; // (a cast: assigned in a callback, which TypeScript does not follow)
	try {
		// The data files download (and, for Parquet, decode) while DuckDB's wasm downloads and compiles.
		const manifest = siteManifest(dataBase);
		const decoded = manifest.then((m) => {
			const names = Object.keys(m.tables);
			dbStatus.totalBytes = names.reduce((s, n) => s + (m.tables[n]?.ipcBytes ?? m.tables[n]?.bytes ?? 0), 0);
			dbStatus.loadedBytes = 0;
			dbStatus.phase = 'downloading';
			return names.map((name) => ({
				name,
				parts: m.tables[name]?.ipcBytes !== undefined ? ipcFile(`${dataBase}/${name}.arrow`) : (decoder ??= new ParquetDecoder()).decode(`${dataBase}/${name}.parquet`)
			}));
		});
		const [{ db, connection }] = await Promise.all([openDuckDb(), decoded]);

		dbStatus.phase = 'decoding';
		// Every table is sent as soon as its bytes are in, without waiting for the one before: DuckDB's
		// worker takes them in turn, and no table waits for a turn of the page's busy main thread
		// (hydrating) between two others. The database is new, so no table exists yet.
		await Promise.all(
			(await decoded).map(async ({ name, parts }) => {
				let first = true;
				for await (const ipc of parts) {
					dbStatus.table = name;
					await connection.insertArrowFromIPCStream(ipc, { name, create: first });
					first = false;
				}
			})
		);
		decoder?.close();

		const main = connectionRunner(connection);
		let siteRows: Promise<Record<string, number>> | null = null;
		const tableNames = (await decoded).map((t) => t.name);
		for (const sql of metricViewsSql(tableNames)) await connection.query(sql);
		const slices = new Map<string, Promise<{ schema: string; runner: QueuedRunner; close(): Promise<void> }>>();
		let sliceCount = 0;
		const needsSlices = async () => {
			const counts = await main.query<{ n: number }>(
				slicedTables.map((t) => `SELECT count(*)::INTEGER AS n FROM ${quoteIdent(t)}`).join(' UNION ALL ')
			);
			return counts.some((c) => c.n >= SLICE_MIN_ROWS);
		};
		let sliced = needsSlices();
		let changed = false;
		const runner: BrowserDb = {
			db,
			connection,
			query: main.query,
			async forRegion(regionId) {
				if (!(await sliced)) return main;
				let slice = slices.get(regionId);
				if (!slice) {
					// The schema name is ours; the region id reaches SQL only as a bound parameter.
					const schema = `region_slice_${++sliceCount}`;
					slice = (async () => {
						await connection.query(createSchemaSql(schema));
						for (const table of slicedTables) await main.query(sliceSql(schema, table), [regionId]);
						await main.query(sliceWindowsSql(schema), [regionId]);
						const own = await db.connect();
						await own.query(searchPathSql(schema));
						// A region slice exists because the tables are large: there one batch per panel
						// answers every municipality × category, however long it takes (query-queue.ts).
						return { schema, runner: connectionRunner(own, { batchSize: Infinity, maxBatchMs: Infinity }), close: () => own.close() };
					})();
					slices.set(regionId, slice);
					slice.catch(() => slices.delete(regionId));
				}
				return (await slice).runner;
			},
			siteData() {
				if (!changed) siteRows ??= main.query<{ name: string; n: number }>(rowCountsSql(tableNames)).then(rowCounts);
				return changed ? Promise.resolve(null) : siteRows!;
			},
			async dataChanged() {
				changed = true;
				main.clear();
				const old = [...slices.values()];
				slices.clear();
				for (const slice of old) {
					const { schema, runner: r, close } = await slice.catch(() => ({ schema: '', runner: null, close: async () => {} }));
					r?.clear();
					await close();
					if (schema) await connection.query(dropSchemaSql(schema));
				}
				sliced = needsSlices();
			}
		};
		dbStatus.phase = 'ready';
		performance.mark('regiozicht:db-ready');
		dbStatus.table = '';
		dbStatus.readyMs = Math.round(performance.now() - t0);
		return runner;
	} catch (error) {
		decoder?.close();
		throw error;
	}
}

/** A table's Arrow IPC file, fetched at once (beside the others), yielded as one stream. */
function ipcFile(url: string): AsyncIterable<Uint8Array> {
	const bytes = fetchBytes(url, (n) => (dbStatus.loadedBytes += n));
	bytes.catch(() => {}); // thrown where the stream is read, in table order
	return {
		async *[Symbol.asyncIterator]() {
			yield await bytes;
		}
	};
}

async function openDuckDb() {
	const boot = takeEarlyDuckDb() ?? bootDuckDb(duckDbBundles);
	if (!boot) throw new Error('Deze browser ondersteunt geen WebAssembly.');
	// Loaded on demand: keeps DuckDB and Arrow out of the first-paint JavaScript (and out of
	// the server-side render, where the Node build of duckdb-wasm would start a worker).
	const [duckdb, arrow] = await Promise.all([import('@duckdb/duckdb-wasm'), import('apache-arrow')]).catch((error: unknown) => {
		boot.worker.terminate();
		throw error;
	});
	isDateType = (t) => arrow.DataType.isDate(t) || arrow.DataType.isTimestamp(t);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), boot.worker);
	await db.instantiate(boot.wasm);
	performance.mark('regiozicht:db-instantiated');
	await db.open({ query: { castBigIntToDouble: false } });
	const connection = await db.connect();
	await connection.query(noExtensionDownloads);
	performance.mark('regiozicht:db-open');
	return { db, connection };
}

/** The worker the page's <head> started (duckdb-boot.ts), taken once: a retry starts its own. */
function takeEarlyDuckDb(): DuckDbBoot | null {
	const scope = globalThis as { [EARLY_DUCKDB]?: DuckDbBoot | null };
	const early = scope[EARLY_DUCKDB] ?? null;
	delete scope[EARLY_DUCKDB];
	return early;
}

/**
 * Runs SQL on one connection, preparing each SQL text once: metric SQL is long, and planning
 * it costs more than running it on this data. Caching and scheduling: query-queue.ts.
 */
function connectionRunner(connection: duckdb.AsyncDuckDBConnection, options: QueueOptions = {}): QueuedRunner {
	const statements = new Map<string, Promise<duckdb.AsyncPreparedStatement>>();
	return queuedRunner(async (sql, params) => {
		if (params.length === 0) return toRows<Row>(await connection.query(sql));
		let statement = statements.get(sql);
		if (!statement) {
			statement = connection.prepare(sql);
			statements.set(sql, statement);
			statement.catch(() => statements.delete(sql));
		}
		return toRows<Row>(await (await statement).query(...params));
	}, options);
}

/**
 * The page's side of parquet.worker.ts: each request yields its decoded IPC chunks in order,
 * as they arrive; download progress is counted into the shared status.
 */
export class ParquetDecoder {
	#worker = new ParquetWorker();
	#next = 0;
	#listeners = new Map<number, (m: DecodeMessage) => void>();

	constructor() {
		this.#worker.onmessage = (event: MessageEvent<DecodeMessage>) => this.#listeners.get(event.data.id)?.(event.data);
		this.#worker.onerror = (event) => {
			const message = event.message || 'Het inlezen van de data stopte onverwacht.';
			for (const [id, listener] of this.#listeners) listener({ id, kind: 'error', message });
		};
	}

	decode(url: string): AsyncIterable<Uint8Array> {
		const id = this.#next++;
		const chunks: Uint8Array[] = [];
		let end: { error?: string } | null = null;
		let wake: (() => void) | null = null;
		this.#listeners.set(id, (m) => {
			if (m.kind === 'progress') dbStatus.loadedBytes += m.bytes;
			else if (m.kind === 'chunk') chunks.push(m.ipc);
			else {
				end = m.kind === 'error' ? { error: `${url}: ${m.message}` } : {};
				this.#listeners.delete(id);
			}
			wake?.();
		});
		this.#worker.postMessage({ id, url } satisfies DecodeRequest);
		return {
			async *[Symbol.asyncIterator]() {
				for (;;) {
					if (chunks.length) yield chunks.shift()!;
					else if (end) {
						if (end.error) throw new Error(end.error);
						return;
					} else await new Promise<void>((r) => (wake = r));
				}
			}
		};
	}

	close() {
		this.#worker.terminate();
	}
}

const toRows = <T>(table: Table): T[] => arrowRows<T>(table, isDateType);

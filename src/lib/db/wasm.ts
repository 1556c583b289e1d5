/**
 * DuckDB-WASM's files, served by this site itself (never a CDN). Every current browser takes the
 * `eh` build (WebAssembly exception handling); `mvp` is the fallback for the others
 * (duckdb-boot.ts picks).
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

export const duckDbBundles = {
	mvp: { wasm: mvpWasm, worker: mvpWorker },
	eh: { wasm: ehWasm, worker: ehWorker }
};

/**
 * DuckDB-WASM's files, served by this site itself (never a CDN). Every current browser takes the
 * `eh` build (WebAssembly exception handling); `mvp` is the fallback for the others.
 */
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

const bundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/**
 * The bundle `duckdb.selectBundle(bundles)` would pick, known without loading DuckDB's JavaScript
 * first, so its worker can start loading at once. The same test: whether this browser accepts a
 * module that uses a `try` block (wasm-feature-detect's `exceptions`).
 */
export function pickBundle(): (typeof bundles)['eh'] {
	const exceptions = new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]);
	return WebAssembly.validate(exceptions) ? bundles.eh : bundles.mvp;
}

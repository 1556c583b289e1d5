/**
 * DuckDB's worker, started as early as a page can. A region page opened directly runs this from a
 * script in its <head> (hooks.server.ts writes the function's source text there), so DuckDB's 34 MB
 * wasm downloads and compiles while the prerendered page paints and its JavaScript loads, not after.
 * Elsewhere browser.ts runs it when DuckDB is first needed. It must stay self-contained (no imports,
 * no names from outside it): its text is the script.
 */
export type DuckDbFiles = { worker: string; wasm: string };
/** A started worker and the absolute address of the wasm it is compiling. */
export type DuckDbBoot = { worker: Worker; wasm: string };
/**
 * The pages that open DuckDB as soon as they load (a region page opened directly): their <head>
 * starts the worker (hooks.server.ts) and the app opens it at once (hooks.client.ts).
 */
export const opensDuckDbAtOnce = (pathname: string, base: string) => pathname.startsWith(`${base}/regio/`);
/** Where the <head> script leaves its worker for browser.ts. */
export const EARLY_DUCKDB = '__regiozichtDuckDb';

export function bootDuckDb(bundles: { eh: DuckDbFiles; mvp: DuckDbFiles }): DuckDbBoot | null {
	if (typeof WebAssembly === 'undefined' || typeof Worker === 'undefined') return null;
	// The bundle duckdb.selectBundle would pick, without DuckDB's JavaScript: every current browser
	// takes `eh` (a module with a `try` block validates), the others `mvp`.
	const eh = WebAssembly.validate(new Uint8Array([0, 97, 115, 109, 1, 0, 0, 0, 1, 4, 1, 96, 0, 0, 3, 2, 1, 0, 10, 8, 1, 6, 0, 6, 64, 25, 11, 11]));
	const files = eh ? bundles.eh : bundles.mvp;
	const wasm = new URL(files.wasm, location.href).href;

	/**
	 * Runs in the worker before DuckDB's own script. It compiles the wasm at once, and hands that
	 * module to DuckDB when DuckDB asks for it (after the page sent `instantiate`, ~0.3 s later).
	 * It hides `TransformStream`: where that exists duckdb-wasm wraps the download in a made-up
	 * Response for progress events, and Chromium keeps no compiled code for a Response without an
	 * address; `fetch()`'s own response lets a second visit take the compiled module from
	 * Chromium's code cache.
	 */
	function inWorker(wasmUrl: string) {
		const scope = self as unknown as { TransformStream?: unknown; fetch: typeof fetch };
		scope.TransformStream = undefined;
		const compiled = WebAssembly.compileStreaming(fetch(wasmUrl, { credentials: 'same-origin' }));
		compiled.catch(() => {}); // reported where DuckDB instantiates
		const ownFetch = scope.fetch;
		const handedOver = new Response(null);
		scope.fetch = (input, init) => {
			if ((input instanceof Request ? input.url : String(input)) !== wasmUrl) return ownFetch(input, init);
			scope.fetch = ownFetch;
			return Promise.resolve(handedOver);
		};
		const instantiateStreaming = WebAssembly.instantiateStreaming;
		WebAssembly.instantiateStreaming = async (source, imports) => {
			const response = await source;
			if (response !== handedOver) return instantiateStreaming(response, imports);
			WebAssembly.instantiateStreaming = instantiateStreaming;
			const module = await compiled;
			return { module, instance: await WebAssembly.instantiate(module, imports) };
		};
	}

	const source = `(${inWorker.toString()})(${JSON.stringify(wasm)});importScripts(${JSON.stringify(new URL(files.worker, location.href).href)});`;
	// From a blob: DuckDB's worker script has a hashed name, and the page's CSP allows blob: workers.
	const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
	try {
		const worker = new Worker(url);
		performance.mark('regiozicht:db-worker');
		return { worker, wasm };
	} finally {
		URL.revokeObjectURL(url);
	}
}

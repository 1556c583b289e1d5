/**
 * Downloads Parquet files and decodes them into Arrow IPC off the main thread, so loading the
 * data never blocks the page. A file is decoded a few row groups at a time: the Arrow copy of
 * a 10-million-row file (over 2 GB as one IPC stream) would not fit parquet-wasm's 32-bit
 * memory at once, while each chunk does.
 *
 * Protocol: the page posts `{ id, url }`; the worker answers with
 * `progress` (bytes received), one `chunk` per decoded part (IPC bytes, transferred), then
 * `done`, or `error` with a message.
 */
import init, { ParquetFile, readParquet } from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { fetchBytes } from './fetch-bytes';

export type DecodeRequest = { id: number; url: string };
export type DecodeMessage =
	| { id: number; kind: 'progress'; bytes: number }
	| { id: number; kind: 'chunk'; ipc: Uint8Array; part: number; parts: number }
	| { id: number; kind: 'done'; bytes: number }
	| { id: number; kind: 'error'; message: string };

/** Rows per decoded chunk; one embedded table fits in one chunk. */
const ROWS_PER_CHUNK = 250_000;

const ready = init({ module_or_path: wasmUrl });
const post = (message: DecodeMessage, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(message, transfer);

// Requests are decoded one after another in arrival order (parquet-wasm is single-threaded);
// the page inserts each chunk into DuckDB while the next one is decoded.
let queue: Promise<void> = Promise.resolve();
self.onmessage = (event: MessageEvent<DecodeRequest>) => {
	const request = event.data;
	const bytes = download(request.id, request.url);
	bytes.catch(() => {}); // reported in order below, not as an unhandled rejection now
	queue = queue.then(async () => {
		try {
			const data = await bytes;
			await ready;
			await decode(request.id, data);
			post({ id: request.id, kind: 'done', bytes: data.byteLength });
		} catch (error) {
			post({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) });
		}
	});
};

const download = (id: number, url: string) => fetchBytes(url, (bytes) => post({ id, kind: 'progress', bytes }));

async function decode(id: number, data: Uint8Array): Promise<void> {
	const file = await ParquetFile.fromFile(new Blob([data as BlobPart]));
	const groups = file.metadata().rowGroups().map((g) => g.numRows());
	file.free();
	// Group consecutive row groups into chunks of about ROWS_PER_CHUNK rows (at least one group each).
	const chunks: number[][] = [];
	let rows = Infinity;
	groups.forEach((n, i) => {
		if (rows + n > ROWS_PER_CHUNK) {
			chunks.push([]);
			rows = 0;
		}
		chunks.at(-1)!.push(i);
		rows += n;
	});
	if (chunks.length === 0) chunks.push([]); // an empty table still has a schema
	for (const [part, rowGroups] of chunks.entries()) {
		const ipc = readParquet(data, rowGroups.length ? { rowGroups } : undefined).intoIPCStream();
		post({ id, kind: 'chunk', ipc, part, parts: chunks.length }, [ipc.buffer]);
	}
}

/** Writes a query result as Parquet off the main thread (parquet-write.ts); loaded only on /verkennen. */
import init, * as pw from 'parquet-wasm/esm';
import wasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { ipcToParquet } from './parquet-write';

export type WriteRequest = { ipc: Uint8Array };
export type WriteReply = { ok: true; parquet: Uint8Array } | { ok: false; message: string };

const ready = init({ module_or_path: wasmUrl });
self.onmessage = async (event: MessageEvent<WriteRequest>) => {
	let reply: WriteReply;
	try {
		await ready;
		reply = { ok: true, parquet: ipcToParquet(pw, event.data.ipc) };
	} catch (error) {
		reply = { ok: false, message: error instanceof Error ? error.message : String(error) };
	}
	(self as unknown as Worker).postMessage(reply, reply.ok ? [reply.parquet.buffer] : []);
};

/**
 * Reads and validates a user's file off the main thread, so even a 100 MB CSV never freezes
 * the page. Rows come back with their source lines (origins do not survive structured clone).
 */
import { readUserBytes } from './read-file';
import { originOf, type RowOrigin } from './validate';
import type { OcdsImportOptions } from './ocds';

export interface WorkerRequest {
	file: File;
	options: OcdsImportOptions;
}
export type WorkerResponse =
	| { ok: true; result: ReturnType<typeof readUserBytes>; origins: Record<string, (RowOrigin | null)[]> }
	| { ok: false; message: string };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		const { file, options } = event.data;
		const result = readUserBytes(file.name, new Uint8Array(await file.arrayBuffer()), options);
		const origins = Object.fromEntries(Object.entries(result.tables).map(([name, rows]) => [name, rows.map((r) => originOf(r) ?? null)]));
		(self as unknown as Worker).postMessage({ ok: true, result, origins } satisfies WorkerResponse);
	} catch (error) {
		(self as unknown as Worker).postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
	}
};

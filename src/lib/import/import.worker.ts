/**
 * Reads and validates a user's file off the main thread, so even a 100 MB CSV never freezes
 * the page. Rows come back with their source lines (origins do not survive structured clone).
 */
import { readUserFiles } from './read-file';
import { originOf, type RowOrigin } from './validate';
import type { OcdsImportOptions } from './ocds';

export interface WorkerRequest {
	/** One file, or several JSON files read together as one OCDS set. */
	files: File[];
	options: OcdsImportOptions;
}
export type WorkerResponse =
	| { ok: true; result: ReturnType<typeof readUserFiles>; origins: Record<string, (RowOrigin | null)[]> }
	| { ok: false; message: string };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		const { files, options } = event.data;
		const bytes = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
		const result = readUserFiles(bytes, options);
		const origins = Object.fromEntries(Object.entries(result.tables).map(([name, rows]) => [name, rows.map((r) => originOf(r) ?? null)]));
		(self as unknown as Worker).postMessage({ ok: true, result, origins } satisfies WorkerResponse);
	} catch (error) {
		(self as unknown as Worker).postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
	}
};

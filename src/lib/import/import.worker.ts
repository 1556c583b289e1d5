/**
 * Reads and validates a user's file off the main thread, so even a 100 MB CSV never freezes
 * the page. The rows come back as Arrow IPC bytes per table (transferred, not copied) for
 * DuckDB, and the messages as the first few plus a CSV of all (issue-list.ts): the page never
 * holds a row or the full message list.
 */
import { readUserFiles } from './read-file';
import { stageRows, type StagedTable } from './arrow-ipc';
import { summariseIssues, type IssueSummary } from './issue-list';
import type { OcdsSummary } from './ocds-summary';
import type { OcdsImportOptions } from './ocds';

export interface WorkerRequest {
	/** One file, or several JSON files read together as one OCDS set. */
	files: File[];
	options: OcdsImportOptions;
}
export type WorkerResponse =
	| { ok: true; tables: StagedTable[]; issues: IssueSummary; rejected: number; ocds?: OcdsSummary }
	| { ok: false; message: string };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		const { files, options } = event.data;
		const read = async (f: File) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) });
		const [result, arrow] = await Promise.all([Promise.all(files.map(read)).then((bytes) => readUserFiles(bytes, options)), import('apache-arrow')]);
		const tables = Object.entries(result.tables).map(([name, rows]) => stageRows(arrow, name, rows));
		const response: WorkerResponse = { ok: true, tables, issues: summariseIssues(result.issues), rejected: result.rejected, ...(result.ocds ? { ocds: result.ocds } : {}) };
		(self as unknown as Worker).postMessage(response, tables.flatMap((t) => t.ipc.map((b) => b.buffer as ArrayBuffer)));
	} catch (error) {
		(self as unknown as Worker).postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
	}
};

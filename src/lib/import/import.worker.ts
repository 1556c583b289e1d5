/**
 * Reads and validates a user's file off the main thread, so even a 100 MB CSV never freezes
 * the page. The rows come back as Arrow IPC bytes per table (transferred, not copied) for
 * DuckDB, and the messages as the first few plus a CSV of all (issue-list.ts): the page never
 * holds a row or the full message list.
 *
 * A large canonical CSV that DuckDB's read_csv reads exactly as our reader would (csv-plan.ts)
 * comes back as its bytes plus a plan instead: DuckDB then reads and checks it (db/import-csv.ts).
 */
import { readUserFiles } from './read-file';
import { stageRows, type StagedTable } from './arrow-ipc';
import { summariseIssues, type IssueSummary } from './issue-list';
import { planCsvImport, type CsvPlan } from './csv-plan';
import type { OcdsSummary } from './ocds-summary';
import type { OcdsImportOptions } from './ocds';

export interface WorkerRequest {
	/** One file, or several JSON files read together as one OCDS set. */
	files: File[];
	options: OcdsImportOptions;
	/** false: always the JavaScript reader (after read_csv could not read the file as planned). */
	sqlPath?: boolean;
}
export type WorkerResponse =
	| { ok: true; tables: StagedTable[]; issues: IssueSummary; rejected: number; ocds?: OcdsSummary; plan?: CsvPlan; bytes?: Uint8Array }
	| { ok: false; message: string };

self.onmessage = async (event: MessageEvent<WorkerRequest>) => {
	try {
		const { files, options, sqlPath = true } = event.data;
		const arrow = import('apache-arrow');
		const bytes = await Promise.all(files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })));
		const plan = sqlPath && bytes.length === 1 ? planCsvImport(bytes[0]!.name, bytes[0]!.bytes) : null;
		if (plan) {
			const response: WorkerResponse = { ok: true, tables: [], issues: summariseIssues(plan.issues), rejected: 0, plan, bytes: bytes[0]!.bytes };
			(self as unknown as Worker).postMessage(response, [bytes[0]!.bytes.buffer as ArrayBuffer]);
			return;
		}
		const result = readUserFiles(bytes, options);
		const a = await arrow;
		const tables = Object.entries(result.tables).map(([name, rows]) => stageRows(a, name, rows));
		const response: WorkerResponse = { ok: true, tables, issues: summariseIssues(result.issues), rejected: result.rejected, ...(result.ocds ? { ocds: result.ocds } : {}) };
		(self as unknown as Worker).postMessage(response, tables.flatMap((t) => t.ipc.map((b) => b.buffer as ArrayBuffer)));
	} catch (error) {
		(self as unknown as Worker).postMessage({ ok: false, message: error instanceof Error ? error.message : String(error) } satisfies WorkerResponse);
	}
};

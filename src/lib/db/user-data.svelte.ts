import type { ValidationIssue } from '../import/validate';
import type { Text } from '../i18n/text';

/** One file's import report, as /eigen-data shows it. */
export interface ImportReport {
	file: string;
	loaded: Record<string, number>;
	rejected: number;
	/** The messages shown (the first ISSUES_SHOWN, import/issue-list.ts). */
	issues: ValidationIssue[];
	/** Counts and every message as CSV, when the file was read (a big file has more than are shown). */
	all?: { errors: number; notices: number; csv: Blob };
	/** Why nothing was loaded: our own message in both languages, or an error's own text. */
	failed: Text | string | null;
}

/** What the user has loaded into this tab's database (shown in the layout and on /eigen-data). */
export interface LoadedFile {
	name: string;
	loaded: Record<string, number>;
	rejected: number;
}

export const userData = $state({
	files: [] as LoadedFile[],
	/** Demo table families the user's real data has replaced: 'deals', 'waiting', 'usage'. */
	replacedDemo: [] as string[],
	/**
	 * The report of every file read in this tab, newest first: kept here, with the data it
	 * describes, so it is still there after a visit to a region page.
	 */
	reports: [] as ImportReport[]
});

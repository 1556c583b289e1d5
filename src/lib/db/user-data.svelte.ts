import type { ValidationIssue } from '../import/validate';
import type { OcdsSummary } from '../import/ocds-summary';
import type { Text } from '../i18n/text';

/** One file's import report, as /eigen-data shows it. */
export interface ImportReport {
	file: string;
	loaded: Record<string, number>;
	rejected: number;
	issues: ValidationIssue[];
	/** Why nothing was loaded: our own message in both languages, or an error's own text. */
	failed: Text | string | null;
	/** OCDS only: what was read (files, releases, ocids, accepted, refused, missing fields). */
	ocds?: OcdsSummary;
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

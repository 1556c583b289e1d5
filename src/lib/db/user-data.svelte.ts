import { demoFamilies } from './demo-families';
import type { ValidationIssue } from '../import/validate';
import type { OcdsSummary } from '../import/ocds-summary';
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
	/** OCDS only: what was read (files, releases, ocids, accepted, refused, missing fields). */
	ocds?: OcdsSummary;
}

/** What the user has loaded into this tab's database (shown in the layout and on /eigen-data). */
export interface LoadedFile {
	name: string;
	loaded: Record<string, number>;
	rejected: number;
	/** When it was loaded (ms since 1970), for the source lines of the figures it feeds. */
	at: number;
}

export { demoFamilies };
export type Family = 'deals' | 'waiting' | 'usage';

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

/**
 * Where a family's rows come from now: 'demo', or 'eigen:<family>' once the user's files replaced
 * its demo rows. Pages pass it to ChartFrame and SourceBadge, so provenance follows the rows.
 */
export const familySource = (family: Family): string => (userData.replacedDemo.includes(family) ? `eigen:${family}` : 'demo');

/** The user's files that put rows into a family's tables; all of them for no (or no known) family. */
export function familyFiles(family: string): LoadedFile[] {
	const tables = demoFamilies[family];
	return tables ? userData.files.filter((f) => Object.keys(f.loaded).some((t) => tables.includes(t))) : userData.files;
}

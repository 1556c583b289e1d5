/**
 * An import's messages as the page gets them: the first few to show, the counts, and every
 * message as CSV. A 100 MB file can have a million messages; copying them all to the page
 * (and drawing them) would freeze it, so the full list travels as CSV text built off the
 * main thread (in the import worker, or page by page from the database).
 */
import { toCsv } from '../export/csv';
import type { ValidationIssue } from './validate';

/** Messages shown on the page per file; all of them are in the CSV download. */
export const ISSUES_SHOWN = 200;

const COLUMNS = ['bestand', 'rij', 'veld', 'waarde', 'melding', 'message', 'soort'] as const;

/** Messages as CSV lines (spreadsheet-safe, see toCsv); with the header line when `header`. */
export function issuesCsv(issues: readonly ValidationIssue[], header = true): string {
	const csv = toCsv(
		issues.map((i) => ({ bestand: i.file, rij: i.row, veld: i.field, waarde: i.value, melding: i.nl, message: i.en, soort: i.severity ?? 'error' })),
		COLUMNS
	);
	return header ? csv : csv.slice(csv.indexOf('\r\n') + 2);
}

export interface IssueSummary {
	/** The first ISSUES_SHOWN messages, in order. */
	shown: ValidationIssue[];
	errors: number;
	notices: number;
	/** Every message as CSV, header line first: a Blob, which crosses to the page without a copy. */
	csv: Blob;
}

export function summariseIssues(issues: readonly ValidationIssue[]): IssueSummary {
	const notices = issues.filter((i) => i.severity === 'notice').length;
	return { shown: issues.slice(0, ISSUES_SHOWN), errors: issues.length - notices, notices, csv: new Blob([issuesCsv(issues)], { type: 'text/csv;charset=utf-8' }) };
}

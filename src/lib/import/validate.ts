/**
 * Turn raw records (from CSV, OCDS or a generator) into validated canonical rows.
 * Every problem becomes one ValidationIssue naming file, row, field and what was expected,
 * in Dutch and English; valid rows are kept, invalid rows are reported and left out.
 */
import type { z } from 'zod';
import { columns, type TableDef } from '../schema/table';

export interface ValidationIssue {
	file: string;
	/** 1-based line in the file (header = line 1) or record number for JSON. */
	row: number | null;
	field: string | null;
	value?: string;
	nl: string;
	en: string;
	/** 'notice': informational, nothing was rejected. Absent means an error. */
	severity?: 'error' | 'notice';
}

/** Where a validated row came from: file and the row number shown to the user. */
export interface RowOrigin {
	file: string;
	row: number;
}

// Kept beside the row instead of in it, so rows stay exactly the canonical shape
// (nothing extra reaches DuckDB or Parquet) while later checks can still name the source line.
const origins = new WeakMap<object, RowOrigin>();

/** The file and row a row object was validated from, if validateRecords produced it. */
export function originOf(row: object): RowOrigin | undefined {
	return origins.get(row);
}

/** Re-attach origins after rows crossed a thread boundary (structured clone drops the WeakMap link). */
export function restoreOrigins(rows: readonly object[], list: readonly (RowOrigin | null)[]): void {
	rows.forEach((row, i) => {
		const origin = list[i];
		if (origin) origins.set(row, origin);
	});
}

export interface ValidationResult<T> {
	rows: T[];
	issues: ValidationIssue[];
	/** Number of input records that were rejected. */
	rejected: number;
}

const TRUE = new Set(['true', '1', 'ja', 'yes', 'waar']);
const FALSE = new Set(['false', '0', 'nee', 'no', 'onwaar']);

/** Convert a CSV cell to the JS type the column expects; leaves bad values as-is for zod to report. */
export function coerceCell(raw: string, duckdbType: string): unknown {
	const s = raw.trim();
	if (s === '') return null;
	switch (duckdbType) {
		case 'BIGINT':
		case 'DOUBLE': {
			// Accept Dutch decimal commas ("3,5") as well as points.
			const normalised = /^-?\d+,\d+$/.test(s) ? s.replace(',', '.') : s;
			const n = Number(normalised);
			return Number.isFinite(n) && normalised !== '' ? n : s;
		}
		case 'BOOLEAN':
			return TRUE.has(s.toLowerCase()) ? true : FALSE.has(s.toLowerCase()) ? false : s;
		default:
			return s;
	}
}

// `input` is the record's value for the field: zod 4 leaves issue.input unset unless asked.
function describe(issue: z.core.$ZodIssue, expected: string, input: unknown): { nl: string; en: string } {
	switch (issue.code) {
		case 'invalid_type':
			return input === undefined || input === null
				? { nl: `ontbreekt; verwacht ${expected}`, en: `missing; expected ${expected}` }
				: { nl: `verwacht ${expected}`, en: `expected ${expected}` };
		case 'invalid_value':
			return { nl: `verwacht ${expected}`, en: `expected ${expected.replace('een van', 'one of')}` };
		case 'invalid_format':
			return { nl: `ongeldig formaat; verwacht ${expected}`, en: `invalid format; expected ${expected}` };
		case 'too_small':
			return { nl: `te klein of te kort (minimaal ${String(issue.minimum)})`, en: `too small or too short (minimum ${String(issue.minimum)})` };
		case 'too_big':
			return { nl: `te groot of te lang (maximaal ${String(issue.maximum)})`, en: `too big or too long (maximum ${String(issue.maximum)})` };
		default:
			return { nl: issue.message, en: issue.message };
	}
}

/**
 * Validate records against a table's zod schema.
 * `rowNumber(i)` maps the record index to the number shown to the user.
 */
export function validateRecords<T extends TableDef>(
	table: T,
	records: Record<string, unknown>[],
	file: string,
	rowNumber: (index: number) => number = (i) => i + 1
): ValidationResult<z.infer<T['schema']>> {
	const cols = new Map(columns(table).map((c) => [c.name, c]));
	const rows: z.infer<T['schema']>[] = [];
	const issues: ValidationIssue[] = [];
	let rejected = 0;
	records.forEach((record, index) => {
		const parsed = table.schema.safeParse(record);
		if (parsed.success) {
			origins.set(parsed.data as object, { file, row: rowNumber(index) });
			rows.push(parsed.data as z.infer<T['schema']>);
			return;
		}
		rejected++;
		for (const issue of parsed.error.issues) {
			const field = issue.path.map(String).join('.') || null;
			const col = field ? cols.get(field) : undefined;
			const value = field ? record[field] : undefined;
			issues.push({
				file,
				row: rowNumber(index),
				field,
				value: value === undefined || value === null ? undefined : String(value).slice(0, 80),
				...describe(issue, col?.expected ?? 'een geldige waarde', value)
			});
		}
	});
	return { rows, issues, rejected };
}

/** One-line human message, e.g. for a build log or an error list. */
export function formatIssue(issue: ValidationIssue, lang: 'nl' | 'en' = 'nl'): string {
	const where = [
		issue.file,
		issue.row !== null ? (lang === 'nl' ? `rij ${issue.row}` : `row ${issue.row}`) : null,
		issue.field ? (lang === 'nl' ? `veld '${issue.field}'` : `field '${issue.field}'`) : null
	]
		.filter(Boolean)
		.join(', ');
	const value = issue.value !== undefined ? ` (${lang === 'nl' ? 'waarde' : 'value'} '${issue.value}')` : '';
	return `${where}: ${lang === 'nl' ? issue.nl : issue.en}${value}`;
}

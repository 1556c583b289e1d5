/**
 * Turn raw records (from CSV, OCDS or a generator) into validated canonical rows.
 * Every problem becomes one ValidationIssue naming file, row, field and what was expected,
 * in Dutch and English; valid rows are kept, invalid rows are reported and left out.
 */
import { toJSONSchema, type z } from 'zod';
import { type TableDef } from '../schema/table';

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

export interface ValidationResult<T> {
	rows: T[];
	issues: ValidationIssue[];
	/** Number of input records that were rejected. */
	rejected: number;
}

/** The words a boolean cell may hold (any case); shared with the SQL rules (sql-rules.ts). */
export const TRUE_WORDS = ['true', '1', 'ja', 'yes', 'waar'] as const;
export const FALSE_WORDS = ['false', '0', 'nee', 'no', 'onwaar'] as const;
const TRUE: ReadonlySet<string> = new Set(TRUE_WORDS);
const FALSE: ReadonlySet<string> = new Set(FALSE_WORDS);

/**
 * What a number cell may look like: a decimal number with a point and an optional exponent
 * ("3.5", "-.5", "1e6"), or with a Dutch decimal comma ("3,5"). Written out (not left to
 * JavaScript's Number(), which also reads "0x1F" as 31) so the SQL rules can use the very same
 * patterns (sql-rules.ts).
 */
export const DECIMAL_PATTERN = '^[+-]?([0-9]+[.]?[0-9]*|[.][0-9]+)([eE][+-]?[0-9]+)?$';
export const DUTCH_DECIMAL_PATTERN = '^-?[0-9]+,[0-9]+$';
const DECIMAL = new RegExp(DECIMAL_PATTERN);
const DUTCH_DECIMAL = new RegExp(DUTCH_DECIMAL_PATTERN);

/** Convert a CSV cell to the JS type the column expects; leaves bad values as-is for zod to report. */
export function coerceCell(raw: string, duckdbType: string): unknown {
	const s = raw.trim();
	if (s === '') return null;
	switch (duckdbType) {
		case 'BIGINT':
		case 'DOUBLE': {
			// Accept Dutch decimal commas ("3,5") as well as points.
			const normalised = DUTCH_DECIMAL.test(s) ? s.replace(',', '.') : DECIMAL.test(s) ? s : null;
			const n = normalised === null ? NaN : Number(normalised);
			return Number.isFinite(n) ? n : s;
		}
		case 'BOOLEAN':
			return TRUE.has(s.toLowerCase()) ? true : FALSE.has(s.toLowerCase()) ? false : s;
		default:
			return s;
	}
}

export interface Rule {
	nl: string;
	en: string;
}

interface JsonField {
	type?: string;
	format?: string;
	pattern?: string;
	enum?: unknown[];
	minLength?: number;
	maxLength?: number;
	minimum?: number;
	maximum?: number;
	anyOf?: JsonField[];
}

/** A simple code pattern in words ('GM' and then 4 digits), or null when it is not that simple. */
function patternWords(pattern: string): Rule | null {
	const body = /^\^(.*)\$$/.exec(pattern)?.[1];
	if (body === undefined) return null;
	const nl: string[] = [];
	const en: string[] = [];
	// A digit or capital class with an optional {n} or {n,m}, or a run of literal characters.
	const token = /(\\d|\[A-Z\])(?:\{(\d+)(?:,(\d+))?\})?|([A-Za-z0-9 -]+?)(?=\\d|\[|$)/y;
	while (token.lastIndex < body.length) {
		const m = token.exec(body);
		if (!m) return null;
		const n = m[3] ? `${m[2]}–${m[3]}` : (m[2] ?? '1');
		const one = n === '1';
		if (m[4] !== undefined) {
			nl.push(`'${m[4]}'`);
			en.push(`'${m[4]}'`);
		} else if (m[1] === '\\d') {
			nl.push(`${n} ${one ? 'cijfer' : 'cijfers'}`);
			en.push(`${n} ${one ? 'digit' : 'digits'}`);
		} else {
			nl.push(`${n} ${one ? 'hoofdletter' : 'hoofdletters'}`);
			en.push(`${n} ${one ? 'capital letter' : 'capital letters'}`);
		}
	}
	if (nl.length === 1 && /\d/.test(nl[0]!)) return { nl: `precies ${nl[0]}`, en: `exactly ${en[0]}` };
	return { nl: nl.join(' en dan '), en: en.join(' then ') };
}

function range(f: JsonField): Rule {
	// zod's safe-integer bounds are not a rule anyone wrote: leave them out.
	const lo = f.minimum !== undefined && f.minimum > Number.MIN_SAFE_INTEGER ? f.minimum : undefined;
	const hi = f.maximum !== undefined && f.maximum < Number.MAX_SAFE_INTEGER ? f.maximum : undefined;
	if (lo !== undefined && hi !== undefined) return { nl: ` van ${lo} tot en met ${hi}`, en: ` from ${lo} to ${hi}` };
	if (lo !== undefined) return { nl: ` van ${lo} of meer`, en: ` of ${lo} or more` };
	if (hi !== undefined) return { nl: ` van ${hi} of minder`, en: ` of ${hi} or less` };
	return { nl: '', en: '' };
}

const ruleCache = new WeakMap<z.ZodType, Rule>();

/**
 * The rule a field's value must follow, in words, derived from the zod schema's own checks
 * (enum, regex, length, min/max, date or URL format), so a message never says a vaguer
 * "text" where the schema asks for 8 digits.
 */
export function ruleOf(field: z.ZodType): Rule {
	const cached = ruleCache.get(field);
	if (cached) return cached;
	let json: JsonField = {};
	try {
		json = toJSONSchema(field, { unrepresentable: 'any' }) as JsonField;
	} catch {
		// a type JSON Schema cannot express: fall through to the generic words
	}
	const f = json.anyOf?.find((b) => b.type !== 'null') ?? json;
	let rule: Rule;
	if (f.enum) {
		const list = f.enum.map(String).join(', ');
		rule = { nl: `een van: ${list}`, en: `one of: ${list}` };
	} else if (f.format === 'date') rule = { nl: 'een datum als JJJJ-MM-DD (bijv. 2025-01-31)', en: 'a date as YYYY-MM-DD (e.g. 2025-01-31)' };
	else if (f.format === 'uri') rule = { nl: 'een webadres dat begint met http:// of https://', en: 'a web address starting with http:// or https://' };
	else if (f.type === 'integer') {
		const r = range(f);
		rule = { nl: `een geheel getal${r.nl}`, en: `a whole number${r.en}` };
	} else if (f.type === 'number') {
		const r = range(f);
		rule = { nl: `een getal${r.nl}`, en: `a number${r.en}` };
	} else if (f.type === 'boolean') rule = { nl: 'true of false (of ja/nee, 1/0)', en: 'true or false (or yes/no, 1/0)' };
	else if (f.pattern) rule = patternWords(f.pattern) ?? { nl: `tekst volgens het patroon ${f.pattern}`, en: `text matching the pattern ${f.pattern}` };
	else if (f.minLength !== undefined && f.maxLength !== undefined)
		rule = { nl: `tekst van ${f.minLength} tot en met ${f.maxLength} tekens`, en: `text of ${f.minLength} to ${f.maxLength} characters` };
	else rule = { nl: 'tekst', en: 'text' };
	ruleCache.set(field, rule);
	return rule;
}

// `input` is the record's value for the field: zod 4 leaves issue.input unset unless asked.
function describe(issue: z.core.$ZodIssue, rule: Rule, input: unknown): Rule {
	if (input === undefined || input === null) return { nl: `ontbreekt; verwacht ${rule.nl}`, en: `missing; expected ${rule.en}` };
	switch (issue.code) {
		case 'too_small':
			return { nl: `te klein of te kort (minimaal ${String(issue.minimum)})`, en: `too small or too short (minimum ${String(issue.minimum)})` };
		case 'too_big':
			return { nl: `te groot of te lang (maximaal ${String(issue.maximum)})`, en: `too big or too long (maximum ${String(issue.maximum)})` };
		case 'invalid_type':
		case 'invalid_value':
		case 'invalid_format':
			return { nl: `verwacht ${rule.nl}`, en: `expected ${rule.en}` };
		default:
			return { nl: `${issue.message}; verwacht ${rule.nl}`, en: `${issue.message}; expected ${rule.en}` };
	}
}

/** One issue of a field's value, as validateRecords words it. */
function fieldIssue(file: string, row: number, field: string, issue: z.core.$ZodIssue, schema: z.ZodType | undefined, value: unknown): ValidationIssue {
	return {
		file,
		row,
		field,
		value: value === undefined || value === null ? undefined : String(value).slice(0, 80),
		...describe(issue, schema ? ruleOf(schema) : { nl: 'een geldige waarde', en: 'a valid value' }, value)
	};
}

/**
 * The issues of one field's value in a row the SQL rules rejected (db/import-csv.ts): the same
 * words as validateRecords, from the same zod field. Should zod accept the value after all (a
 * bug in the SQL rules), the row is still named: it was left out, and the user must know.
 */
export function fieldIssues(table: TableDef, field: string, value: unknown, file: string, row: number): ValidationIssue[] {
	const schema = table.schema.shape[field] as z.ZodType;
	const parsed = schema.safeParse(value);
	if (parsed.success) {
		const rule = ruleOf(schema);
		return [{ file, row, field, value: value === null ? undefined : String(value).slice(0, 80), nl: `verwacht ${rule.nl}`, en: `expected ${rule.en}` }];
	}
	return parsed.error.issues.map((issue) => fieldIssue(file, row, field, issue, schema, value));
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
			const schema = field ? (table.schema.shape[field] as z.ZodType | undefined) : undefined;
			issues.push({ ...fieldIssue(file, rowNumber(index), field ?? '', issue, schema, field ? record[field] : undefined), field });
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

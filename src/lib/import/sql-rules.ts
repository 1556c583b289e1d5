/**
 * A table's field rules as SQL, derived from its zod schema (never written per field), so the
 * zod schema stays the one definition of what a valid value is. DuckDB then checks a whole
 * CSV file at once (db/import-csv.ts) instead of zod checking it row by row in JavaScript.
 *
 * For each field: `ok(t)`, true exactly when zod accepts what coerceCell makes of the trimmed
 * cell `t` (an empty cell becomes the column's empty value), and `typed(t)`, that value as the
 * column's DuckDB type. Only checks with the same meaning in SQL are translated: string length
 * (in code points, as zod counts), regular expressions made only of parts that
 * RE2 reads the same way, enums, number ranges and integer formats, booleans. A check we cannot
 * translate (a URL, which needs the WHATWG URL parser) makes the field "opaque": zod itself
 * judges that column's distinct values, and `ok` looks the value up in a table of the accepted
 * ones. sql-rules.property.test.ts checks on native DuckDB that `ok` agrees with zod.
 *
 * Names in the SQL come from the schema; a value from the user never becomes SQL text.
 */
import type { z } from 'zod';
import { columns, type ColumnInfo, type TableDef } from '../schema/table';
import { emptyCellValue } from './canonical-csv';
import { DECIMAL_PATTERN, DUTCH_DECIMAL_PATTERN, FALSE_WORDS, TRUE_WORDS } from './validate';

/** JavaScript's String.prototype.trim() removes exactly these (WhiteSpace and LineTerminator). */
export const JS_WHITESPACE = '\t\n\u000b\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The same characters as an RE2 class. */
const WHITESPACE_CLASS = '[\\t\\n\\x0B\\f\\r \\x{A0}\\x{1680}\\x{2000}-\\x{200A}\\x{2028}\\x{2029}\\x{202F}\\x{205F}\\x{3000}\\x{FEFF}]';

/**
 * SQL: a cell trimmed as JavaScript's trim() does, '' for an empty cell. trim() with a set of
 * characters is slow, so it only runs on the few cells that start or end with one of them.
 */
export const trimSql = (c: string) =>
	`CASE WHEN regexp_matches(coalesce(${c}, ''), '^${WHITESPACE_CLASS}|${WHITESPACE_CLASS}$') THEN trim(${c}, ${sqlLit(JS_WHITESPACE)}) ELSE coalesce(${c}, '') END`;

/** A SQL string literal for text from the schema or our own code (never from input). */
export const sqlLit = (s: string) => `'${s.replace(/'/g, "''")}'`;

export interface FieldSql {
	name: string;
	col: ColumnInfo;
	/** The value an empty cell (or a missing column) becomes, and whether zod accepts it. */
	empty: null | '';
	emptyOk: boolean;
	/** A number column: the caller computes `n = numberSql(t)` once and passes it below. */
	number: boolean;
	/** SQL: true when zod accepts the (non-empty, trimmed) cell `t`. Null when opaque. */
	ok: ((t: string, n: string) => string) | null;
	/** SQL: the (non-empty, accepted) cell `t` as the column's type. */
	typed: (t: string, n: string) => string;
}

type Def = { type: string; innerType?: z.ZodType; checks?: { _zod: { def: CheckDef } }[]; entries?: Record<string, unknown>; check?: string } & CheckDef;
interface CheckDef {
	check?: string;
	format?: string;
	pattern?: RegExp;
	minimum?: number;
	maximum?: number;
	length?: number;
	value?: unknown;
	inclusive?: boolean;
}

const defOf = (t: z.ZodType) => (t as unknown as { _zod: { def: Def } })._zod.def;

/** The field without nullable / optional wrappers (the empty value covers those). */
function inner(field: z.ZodType): z.ZodType {
	let t = field;
	for (;;) {
		const d = defOf(t);
		if ((d.type === 'nullable' || d.type === 'optional') && d.innerType) t = d.innerType;
		else return t;
	}
}

/** A JS regular expression as RE2 text, when both read it the same way; null otherwise. */
export function re2Pattern(re: RegExp): string | null {
	if (re.flags.replace('g', '') !== '') return null;
	// Allowed: anchors, groups (?: ), alternation, quantifiers, \d, escaped punctuation, classes of
	// ASCII letters, digits and '-', and literal ASCII letters, digits, '-', '_', '/', ' ', ':'.
	// Not allowed: '.', \w, \s, \b, look-arounds, back-references, anything non-ASCII: there
	// JavaScript and RE2 may differ (line terminators, Unicode classes).
	const ok = /^(?:\^|\$|\(\?:|\(|\)|\||[?*+]|\{\d+(?:,\d*)?\}|\\d|\\[.\-/+()[\]{}^$|?*]|\[(?:\\d|[A-Za-z0-9]-[A-Za-z0-9]|[A-Za-z0-9\-])+\]|[A-Za-z0-9_\-/ :])*$/;
	if (!ok.test(re.source)) return null;
	// RE2 reads \- outside a class as an error; write it plainly.
	return re.source.replace(/\\-/g, '-');
}

/** SQL: the length of `t` as zod counts it: in code points (U+1F600 is one), as DuckDB's length() does. */
const length = (t: string) => `length(${t})`;

/** SQL: the cell as a number, when coerceCell reads it as one (else NULL). */
export const numberSql = (t: string) =>
	`(CASE WHEN regexp_full_match(${t}, ${sqlLit(DECIMAL_PATTERN)}) OR regexp_full_match(${t}, ${sqlLit(DUTCH_DECIMAL_PATTERN)}) THEN TRY_CAST(replace(${t}, ',', '.') AS DOUBLE) END)`;

const SAFE = 9007199254740991;
const INT_RANGES: Record<string, [number, number]> = { safeint: [-SAFE, SAFE], int32: [-2147483648, 2147483647] };

/** SQL for one check of a string field, or null when it cannot be translated. */
function stringCheck(d: CheckDef, t: string): string | null {
	switch (d.check) {
		case 'min_length':
			// t is never empty here, so min(1) holds whatever the length is counted in.
			return d.minimum! <= 1 ? 'true' : `${length(t)} >= ${d.minimum}`;
		case 'max_length':
			return `${length(t)} <= ${d.maximum}`;
		case 'length_equals':
			return `${length(t)} = ${d.length}`;
		case 'string_format': {
			if ((d.format !== 'regex' && d.format !== 'date') || !d.pattern) return null;
			const pattern = re2Pattern(d.pattern);
			return pattern === null ? null : `regexp_matches(${t}, ${sqlLit(pattern)})`;
		}
		default:
			return null;
	}
}

/** SQL for one check of a number field (on the number `n`), or null when it cannot be translated. */
function numberCheck(d: CheckDef, n: string): string | null {
	switch (d.check) {
		case 'greater_than':
			return typeof d.value === 'number' ? `${n} ${d.inclusive ? '>=' : '>'} ${d.value}` : null;
		case 'less_than':
			return typeof d.value === 'number' ? `${n} ${d.inclusive ? '<=' : '<'} ${d.value}` : null;
		case 'number_format': {
			const range = INT_RANGES[d.format ?? ''];
			if (range) return `${n} = trunc(${n}) AND abs(${n}) <= ${SAFE} AND ${n} BETWEEN ${range[0]} AND ${range[1]}`;
			return d.format === 'float64' ? 'true' : null;
		}
		default:
			return null;
	}
}

/** The checks of a schema: its own (a format such as z.iso.date() or z.int() is one) and those added. */
function checksOf(d: Def): CheckDef[] {
	return [...(d.check ? [d as CheckDef] : []), ...(d.checks ?? []).map((c) => c._zod.def)];
}

const all = (parts: (string | null)[]) => (parts.some((p) => p === null) ? null : parts.length ? parts.map((p) => `(${p})`).join(' AND ') : 'true');

export function fieldSql(table: TableDef, col: ColumnInfo): FieldSql {
	const field = table.schema.shape[col.name] as z.ZodType;
	const empty = emptyCellValue(table, col.name);
	const emptyOk = field.safeParse(empty).success;
	const d = defOf(inner(field));
	let ok: FieldSql['ok'] = null;
	let typed: FieldSql['typed'] = (t) => t;
	const number = d.type === 'number';
	switch (d.type) {
		case 'string': {
			if (col.duckdbType === 'DATE') typed = (t) => `TRY_CAST(${t} AS DATE)`;
			const checks = checksOf(d);
			ok = (t) => all(checks.map((c) => stringCheck(c, t)))!;
			if (all(checks.map((c) => stringCheck(c, 't'))) === null) ok = null;
			break;
		}
		case 'enum': {
			const values = Object.values(d.entries ?? {});
			if (values.every((v) => typeof v === 'string') && checksOf(d).length === 0) ok = (t) => `${t} IN (${values.map((v) => sqlLit(v as string)).join(', ')})`;
			break;
		}
		case 'number': {
			const checks = checksOf(d);
			if (all(checks.map((c) => numberCheck(c, 'n'))) !== null) {
				ok = (_t, n) => `coalesce(isfinite(${n}) AND ${all(checks.map((c) => numberCheck(c, n)))}, false)`;
			}
			// -0 becomes 0, as it does when JavaScript writes the number out.
			typed = col.duckdbType === 'BIGINT' ? (_t, n) => `TRY_CAST(${n} AS BIGINT)` : (_t, n) => `(${n} + 0.0)`;
			break;
		}
		case 'boolean': {
			const words = (w: readonly string[]) => w.map(sqlLit).join(', ');
			if (checksOf(d).length === 0) ok = (t) => `lower(${t}) IN (${words(TRUE_WORDS)}, ${words(FALSE_WORDS)})`;
			typed = (t) => `(lower(${t}) IN (${words(TRUE_WORDS)}))`;
			break;
		}
		default:
			ok = null;
	}
	return { name: col.name, col, empty, emptyOk, number, ok, typed };
}

/** The SQL rules of every column of a table, in the schema's order. */
export function tableSql(table: TableDef): FieldSql[] {
	return columns(table).map((c) => fieldSql(table, c));
}

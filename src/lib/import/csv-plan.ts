/**
 * Can DuckDB's own read_csv read this CSV file exactly as our reader (canonical-csv.ts) would?
 * Decided in the import worker from the bytes, in one pass without building a string per
 * cell: then the rows go to DuckDB as the file itself and its field rules run as SQL
 * (db/import-csv.ts), many times faster than row-by-row JavaScript. Otherwise (null) the file
 * takes the JavaScript reader, which handles everything and words every problem.
 *
 * The SQL path takes a file when it is UTF-8 (with or without BOM) without U+FFFD or NUL, its
 * table and header are fine, and every line is one row with as many cells as the header:
 * quotes only around whole cells (RFC 4180, "" inside), no line break inside quotes, no blank
 * lines but at the end, line ends all LF or all CRLF. Then row n of read_csv is line n + 1,
 * so the messages name the same lines. Anything else (Windows-1252, a row with too few cells,
 * a multi-line cell, a stray quote) takes the JavaScript reader, with its specific messages.
 */
import { parseCsv, sniffDelimiter } from './csv';
import { notTextReason, readHeader } from './canonical-csv';
import { detectTable, notTextBytes } from './read-file';
import type { ValidationIssue } from './validate';

/** Below this size the JavaScript reader is as fast as setting up the SQL path. */
export const SQL_PATH_MIN_BYTES = 1024 * 1024;

export interface CsvPlan {
	file: string;
	table: string;
	delimiter: string;
	newline: '\n' | '\r\n';
	/** Data rows (lines after the header). */
	rows: number;
	/** Per header cell: the column it fills, or null (not loaded). */
	mapped: (string | null)[];
	/** The file name as source id when the file has no source column. */
	defaultSource: string | null;
	/** The header's notices (columns not loaded, missing optional columns, the default source). */
	issues: ValidationIssue[];
	/** Per header cell: some cell may start or end with white space (the SQL trims only those columns). */
	trim: boolean[];
	/** Per header cell: every cell holds only 0-9 . and - (DuckDB's cast to DOUBLE then reads a number exactly as coerceCell does). */
	plainNumbers: boolean[];
}

const QUOTE = 34;
const LF = 10;
const CR = 13;

/** Bit 1: not one of 0-9 . - ; bit 2: white space or a byte of a non-ASCII character (which may be white space); bit 4: not ASCII. */
const CLASS = new Uint8Array(256).map((_, b) => ((b >= 48 && b <= 57) || b === 46 || b === 45 ? 0 : 1) | (b === 32 || (b >= 9 && b <= 13) || b >= 0x80 ? 2 : 0) | (b >= 0x80 ? 4 : 0));

export type Shape = { rows: number; newline: '\n' | '\r\n'; ascii: boolean; trim: boolean[]; plainNumbers: boolean[] };

/** Why the bytes (from `start`, after any BOM) do not fit the SQL path, or their shape. */
export function scanCsv(bytes: Uint8Array, start: number, delimiter: number, width: number): { reason: string } | Shape {
	const n = bytes.length;
	let i = start;
	let lines = 0;
	let lf = 0;
	let crlf = 0;
	let high = 0;
	let blankAt = -1;
	const edge = new Uint8Array(width);
	const other = new Uint8Array(width);
	while (i < n) {
		// One line: cells up to LF or CRLF.
		const lineStart = i;
		let cells = 1;
		for (;;) {
			let c = i < n ? bytes[i]! : -1;
			let cls = 0;
			let from: number;
			let to: number;
			if (c === QUOTE) {
				// A quoted cell: up to the closing quote; "" is a quote. No line break inside.
				i++;
				from = i;
				for (;;) {
					const q = bytes.indexOf(QUOTE, i);
					if (q < 0) return { reason: 'unclosed quote' };
					for (let k = i; k < q; k++) {
						const b = bytes[k]!;
						if (b === LF || b === CR) return { reason: 'line break inside quotes' };
						if (b === 0) return { reason: 'NUL byte' };
						cls |= CLASS[b]!;
					}
					if (bytes[q + 1] === QUOTE) {
						cls |= 1;
						i = q + 2;
					} else {
						to = q;
						i = q + 1;
						break;
					}
				}
				c = i < n ? bytes[i]! : -1;
				if (c !== delimiter && c !== LF && c !== CR && c !== -1) return { reason: 'text after a closing quote' };
			} else {
				from = i;
				while (i < n) {
					c = bytes[i]!;
					if (c === delimiter || c === LF || c === CR) break;
					if (c === QUOTE) return { reason: 'quote inside a cell' };
					if (c === 0) return { reason: 'NUL byte' };
					cls |= CLASS[c]!;
					i++;
				}
				to = i;
				c = i < n ? c : -1;
			}
			high |= cls;
			if (lines > 0 && cells <= width && to > from) {
				other[cells - 1]! |= cls & 1;
				edge[cells - 1]! |= (CLASS[bytes[from]!]! | CLASS[bytes[to - 1]!]!) & 2;
			}
			if (c === delimiter) {
				cells++;
				i++;
				continue;
			}
			break;
		}
		// End of line (or of the file).
		const blank = cells === 1 && i === lineStart;
		if (i < n) {
			if (bytes[i] === CR) {
				if (bytes[i + 1] !== LF) return { reason: 'line end CR alone' };
				crlf++;
				i += 2;
			} else {
				lf++;
				i++;
			}
		}
		if (blank) {
			// A blank line: fine only when nothing but blank lines follows.
			if (blankAt < 0) blankAt = lineStart;
			continue;
		}
		if (blankAt >= 0) return { reason: 'blank line' };
		if (cells !== width) return { reason: 'row with another number of cells than the header' };
		lines++;
	}
	if (lf > 0 && crlf > 0) return { reason: 'mixed line ends' };
	return {
		rows: lines - 1,
		newline: crlf > 0 ? '\r\n' : '\n',
		ascii: (high & 4) === 0,
		trim: [...edge].map((e) => e !== 0),
		plainNumbers: [...other].map((o) => o === 0)
	};
}

const decoder = new TextDecoder('utf-8');

/**
 * The plan for reading a CSV file with DuckDB, or null when the JavaScript reader must read it
 * (see above). `minBytes`: smaller files always take the JavaScript reader.
 */
export function planCsvImport(file: string, bytes: Uint8Array, minBytes = SQL_PATH_MIN_BYTES): CsvPlan | null {
	if (bytes.length < minBytes || /\.json$/i.test(file) || notTextBytes(bytes)) return null;
	const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
	if (bytes[0] === 0xff || bytes[0] === 0xfe) return null; // UTF-16
	// The first 64 KB as text: enough for the sniffing and the header (a longer header takes the JavaScript reader).
	const head = decoder.decode(bytes.subarray(bom, bom + 65536));
	const firstBreak = head.search(/[\r\n]/);
	if (firstBreak < 0 || head.trim() === '' || notTextReason(head)) return null;
	const table = detectTable(file, head);
	if (!table) return null;
	const delimiter = sniffDelimiter(head);
	const { header } = parseCsv(head.slice(0, firstBreak), delimiter);
	// One header cell: perhaps another delimiter; the JavaScript reader says which.
	if (header.length < 2) return null;
	const plan = readHeader(table, header, file);
	if (plan.broken) return null;
	const shape = scanCsv(bytes, bom, delimiter.charCodeAt(0), header.length);
	if ('reason' in shape || shape.rows < 1) return null;
	if (!shape.ascii) {
		// Not UTF-8 (e.g. Windows-1252), or text already lost (U+FFFD): the JavaScript reader says so.
		try {
			const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
			if (text.includes('\ufffd')) return null;
		} catch {
			return null;
		}
	}
	return {
		file,
		table: table.name,
		delimiter,
		newline: shape.newline,
		rows: shape.rows,
		mapped: plan.mapped.map((c) => c?.name ?? null),
		defaultSource: plan.defaultSource,
		issues: plan.issues,
		trim: shape.trim,
		plainNumbers: shape.plainNumbers
	};
}

/**
 * RFC 4180 CSV parsing, shared by the data build and the browser importer.
 * Kept dependency-free so the same code runs in Node and in the browser.
 */

export interface ParsedCsv {
	header: string[];
	/** Data rows (header excluded); each row has exactly as many cells as it had in the file. */
	rows: string[][];
	/** The line (1-based) on which each data row starts: blank lines and line breaks inside quotes counted. */
	lines: number[];
	delimiter: string;
}

/** Guess the delimiter from the first line: the most frequent of , ; tab |, outside quotes. */
export function sniffDelimiter(text: string): string {
	const firstLine = text.slice(0, text.search(/\r?\n|$/));
	let best = ',';
	let bestCount = 0;
	for (const d of [',', ';', '\t', '|']) {
		let count = 0;
		let quoted = false;
		for (const ch of firstLine) {
			if (ch === '"') quoted = !quoted;
			else if (ch === d && !quoted) count++;
		}
		if (count > bestCount) [best, bestCount] = [d, count];
	}
	return best;
}

export function parseCsv(input: string, delimiter = sniffDelimiter(input)): ParsedCsv {
	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const n = text.length;
	const delim = delimiter.charCodeAt(0);
	const rows: string[][] = [];
	const lines: number[] = [];
	let row: string[] = [];
	let line = 1;
	let rowLine = 1;
	let i = 0;
	// One field per turn, sliced out of the text in one piece (no string built character by
	// character): this is the hot loop of a 100 MB import.
	// Rules: a quote opens only at the start of a field, "" inside quotes is a quote, text after
	// a closing quote belongs to the field, line breaks (LF, CRLF, CR) inside quotes are kept.
	for (;;) {
		let field = '';
		let c = i < n ? text.charCodeAt(i) : -1;
		if (c === 34) {
			let j = i + 1;
			for (;;) {
				const q = text.indexOf('"', j);
				const end = q < 0 ? n : q;
				line += countBreaks(text, j, end);
				field += text.slice(j, end);
				if (q < 0) {
					i = n;
					break;
				}
				if (text.charCodeAt(q + 1) === 34) {
					field += '"';
					j = q + 2;
				} else {
					i = q + 1;
					break;
				}
			}
		}
		// The unquoted part (or the rest after a closing quote): up to a delimiter or line break.
		let j = i;
		// A quote here is a plain character: only at the start of a field does it open quotes.
		while (j < n) {
			c = text.charCodeAt(j);
			if (c === delim || c === 10 || c === 13) break;
			j++;
		}
		if (j > i) field += text.slice(i, j);
		row.push(field);
		if (j >= n) break;
		c = text.charCodeAt(j);
		i = j + 1;
		if (c === delim) continue;
		if (c === 13 && text.charCodeAt(i) === 10) i++;
		if (!(row.length === 1 && row[0] === '')) {
			rows.push(row);
			lines.push(rowLine);
		}
		row = [];
		line++;
		rowLine = line;
		if (i >= n) break;
	}
	if (row.length > 0 && !(row.length === 1 && row[0] === '')) {
		rows.push(row);
		lines.push(rowLine);
	}
	const [header = [], ...data] = rows;
	return { header: header.map((h) => h.trim()), rows: data, delimiter, lines: lines.slice(1) };
}

/** Line breaks (LF, CRLF or CR, each counted once) in text[from, to). */
function countBreaks(text: string, from: number, to: number): number {
	let count = 0;
	for (let k = from; k < to; k++) {
		const c = text.charCodeAt(k);
		if (c === 10 || (c === 13 && text.charCodeAt(k + 1) !== 10)) count++;
	}
	return count;
}

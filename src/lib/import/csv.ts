/**
 * RFC 4180 CSV parsing, shared by the data build and the browser importer.
 * Kept dependency-free so the same code runs in Node and in the browser.
 */

export interface ParsedCsv {
	header: string[];
	/** Data rows (header excluded); each row has exactly as many cells as it had in the file. */
	rows: string[][];
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
	const rows: string[][] = [];
	let row: string[] = [];
	let field = '';
	let i = 0;
	let quoted = false;
	const n = text.length;
	while (i < n) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"') {
				if (text[i + 1] === '"') {
					field += '"';
					i += 2;
					continue;
				}
				quoted = false;
			} else field += ch;
			i++;
			continue;
		}
		if (ch === '"' && field === '') quoted = true;
		else if (ch === delimiter) {
			row.push(field);
			field = '';
		} else if (ch === '\n' || ch === '\r') {
			row.push(field);
			rows.push(row);
			row = [];
			field = '';
			if (ch === '\r' && text[i + 1] === '\n') i++;
		} else field += ch;
		i++;
	}
	if (field !== '' || row.length > 0) {
		row.push(field);
		rows.push(row);
	}
	const nonEmpty = rows.filter((r) => !(r.length === 1 && r[0] === ''));
	const [header = [], ...data] = nonEmpty;
	return { header: header.map((h) => h.trim()), rows: data, delimiter };
}

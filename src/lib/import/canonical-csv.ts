/**
 * Import a CSV file that is already in the canonical shape of one table (the templates on
 * /methode): check the file and its header first, then coerce and validate every row.
 * Runs in the browser (user files) and in the Node data build, so no Node APIs here.
 *
 * Row numbers in issues are line numbers in the file (header = line 1), also when quoted
 * cells span several lines or blank lines are skipped.
 */
import { toJSONSchema, type z } from 'zod';
import { columns, type ColumnInfo, type TableDef } from '../schema/table';
import { parseCsv, sniffDelimiter } from './csv';
import { coerceCell, originOf, ruleOf, validateRecords, type ValidationIssue, type ValidationResult } from './validate';

export interface CanonicalCsvResult<T> extends ValidationResult<T> {
	/** Header cells that are not columns of the table (as written in the file); their values are not loaded. */
	ignoredColumns: string[];
}

export interface CanonicalCsvOptions {
	/** Force a delimiter instead of sniffing it from the header line. */
	delimiter?: string;
	/**
	 * Source ids a user's row may not claim (Regiozicht's own: 'demo', 'nza-ggz-2018', …): a row
	 * labelled 'demo' would be charted as made up, and removed when real data replaces the demo.
	 */
	reservedSources?: ReadonlySet<string>;
}

const DELIMITER_NAMES: Record<string, { nl: string; en: string }> = {
	',': { nl: 'komma (,)', en: 'comma (,)' },
	';': { nl: 'puntkomma (;)', en: 'semicolon (;)' },
	'\t': { nl: 'tab', en: 'tab' },
	'|': { nl: 'verticale streep (|)', en: 'pipe (|)' }
};
const delimiterName = (d: string) => DELIMITER_NAMES[d] ?? { nl: `'${d}'`, en: `'${d}'` };

export function importCanonicalCsv<T extends TableDef>(
	table: T,
	input: string,
	file: string,
	options: CanonicalCsvOptions = {}
): CanonicalCsvResult<z.infer<T['schema']>> {
	type R = z.infer<T['schema']>;
	const issues: ValidationIssue[] = [];
	const fail = (nl: string, en: string, field: string | null = null, row: number | null = null) =>
		issues.push({ file, row, field, nl, en });
	const empty = (): CanonicalCsvResult<R> => ({ rows: [], issues, rejected: 0, ignoredColumns: [] });

	const text = input.charCodeAt(0) === 0xfeff ? input.slice(1) : input;
	const notText = notTextReason(text);
	if (notText) {
		fail(notText.nl, notText.en);
		return empty();
	}
	if (text.trim() === '') {
		fail('Het bestand is leeg.', 'The file is empty.');
		return empty();
	}
	const delimiter = options.delimiter ?? sniffDelimiter(text);
	const { header, rows, lines } = parseCsv(text, delimiter);
	const lineOf = (i: number) => lines[i]!;
	const cols = columns(table);

	// A replacement character means text was lost before we got it (a broken file or an
	// earlier bad conversion): refuse instead of storing "Caf� Zorg" as if it were correct.
	const badByte = text.indexOf('\ufffd');
	if (badByte >= 0) {
		const r = rows.findIndex((cells) => cells.some((c) => c.includes('\ufffd')));
		const col = r >= 0 ? header[rows[r]!.findIndex((c) => c.includes('\ufffd'))] : header.find((h) => h.includes('\ufffd'));
		const line = r >= 0 ? lineOf(r) : 1;
		fail(
			`Rij ${line}, kolom '${col ?? '?'}' bevat een onleesbaar teken (�): hier is tekst al verloren gegaan. Open het origineel en sla het op als 'CSV UTF-8'. Er zijn geen rijen uit dit bestand ingelezen.`,
			`Row ${line}, column '${col ?? '?'}' holds an unreadable character (�): text was already lost here. Open the original and save it as 'CSV UTF-8'. No rows were loaded from this file.`,
			col ?? null,
			line
		);
		return { rows: [], issues, rejected: rows.length, ignoredColumns: [] };
	}

	// One header cell that contains another delimiter: the file is not split the way we read it.
	if (header.length === 1 && cols.length > 1) {
		const other = [';', '\t', ',', '|'].find((d) => d !== delimiter && header[0]!.includes(d));
		if (other) {
			const used = delimiterName(delimiter);
			const want = delimiterName(other);
			fail(
				`De kopregel wordt gelezen als één kolom ('${header[0]!.slice(0, 60)}'). Het scheidingsteken lijkt een ${want.nl} te zijn, niet een ${used.nl}. Kies ${want.nl} als scheidingsteken, of sla het bestand op met komma's.`,
				`The header line is read as a single column ('${header[0]!.slice(0, 60)}'). The delimiter looks like a ${want.en}, not a ${used.en}. Choose ${want.en} as delimiter, or save the file with commas.`,
				null,
				1
			);
			return empty();
		}
	}

	const { mapped, ignoredColumns, defaultSource, broken: headerBroken, issues: headerIssues } = readHeader(table, header, file);
	issues.push(...headerIssues);
	if (rows.length === 0) {
		fail('Het bestand heeft alleen een kopregel en geen gegevensrijen.', 'The file has only a header line and no data rows.');
	}
	if (headerBroken || rows.length === 0) return { rows: [], issues, rejected: rows.length, ignoredColumns };

	// Cells: a missing nullable column or an empty cell becomes null; for text columns that
	// accept '' but not null (e.g. waitingTimes.subCategory) it becomes ''.
	const emptyValue = new Map(cols.map((c) => [c.name, emptyCellValue(table, c.name)]));
	const records: Record<string, unknown>[] = [];
	const recordLine: number[] = [];
	let rejected = 0;
	rows.forEach((cells, i) => {
		if (cells.length !== header.length) {
			rejected++;
			fail(
				`Aantal cellen in deze rij: ${cells.length}; in de kopregel: ${header.length}. Controleer scheidingstekens en aanhalingstekens.`,
				`Cells in this row: ${cells.length}; in the header: ${header.length}. Check delimiters and quotes.`,
				null,
				lineOf(i)
			);
			return;
		}
		const record: Record<string, unknown> = {};
		for (const col of cols) record[col.name] = emptyValue.get(col.name);
		if (defaultSource) record.source = defaultSource;
		cells.forEach((raw, j) => {
			const col = mapped[j];
			if (!col) return;
			const value = coerceCell(raw, col.duckdbType);
			record[col.name] = value === null ? emptyValue.get(col.name) : value;
		});
		if (options.reservedSources?.has(String(record.source))) {
			rejected++;
			issues.push(reservedSourceIssue(file, lineOf(i), String(record.source)));
			return;
		}
		records.push(record);
		recordLine.push(lineOf(i));
	});

	const validated = validateRecords(table, records, file, (i) => recordLine[i]!);
	issues.push(...validated.issues);
	rejected += validated.rejected;

	// Duplicate primary keys: the first row wins, later ones are rejected.
	const firstLine = new Map<string, number>();
	const unique: R[] = [];
	for (const row of validated.rows) {
		const values = table.primaryKey.map((k) => (row as Record<string, unknown>)[k]);
		const key = JSON.stringify(values);
		const line = originOf(row as object)?.row ?? null;
		const first = firstLine.get(key);
		if (first === undefined) {
			firstLine.set(key, line ?? 0);
			unique.push(row);
			continue;
		}
		rejected++;
		issues.push(duplicateKeyIssue(table, file, line, values.map(String).join(', '), first));
	}
	return { rows: unique, issues, rejected, ignoredColumns };
}

/** A row that claims one of Regiozicht's own sources ('demo', …): refused, and what to do instead. */
export function reservedSourceIssue(file: string, row: number, source: string): ValidationIssue {
	return {
		file,
		row,
		field: 'source',
		value: source,
		nl: `Bron '${source}' is van Regiozicht zelf (zie Bronnen). Vul uw eigen bron in, of laat de kolom 'source' weg: dan is de bestandsnaam de bron.`,
		en: `Source '${source}' belongs to Regiozicht itself (see Sources). Fill in your own source, or leave out the column 'source': the file name is then the source.`
	};
}

/** A later row with the key of an earlier one (`value`: the key's values, comma-separated). */
export function duplicateKeyIssue(table: TableDef, file: string, row: number | null, value: string, first: number): ValidationIssue {
	const names = table.primaryKey.join(' + ');
	return {
		file,
		row,
		field: names,
		value,
		nl: `Dubbele sleutel: dezelfde ${names} staat al op regel ${first}. Deze rij is niet ingelezen.`,
		en: `Duplicate key: the same ${names} is already on line ${first}. This row was not loaded.`
	};
}

export interface HeaderPlan {
	/** Per header cell: the column it fills, or null (not a column, or a second copy). */
	mapped: (ColumnInfo | null)[];
	/** Header cells that are not columns of the table (as written in the file). */
	ignoredColumns: string[];
	/** The file name as source id, when the file has no source column (and the table has one). */
	defaultSource: string | null;
	/** A required column is missing or a column appears twice: no row can be loaded. */
	broken: boolean;
	issues: ValidationIssue[];
}

/**
 * The header line against the table: trimmed, case-insensitive names to columns; notices for
 * columns we do not load and for missing optional ones; errors for missing required or doubled
 * columns. Shared by this reader and the SQL reader (csv-plan.ts).
 */
export function readHeader(table: TableDef, header: readonly string[], file: string): HeaderPlan {
	const cols = columns(table);
	const issues: ValidationIssue[] = [];
	const fail = (nl: string, en: string, field: string | null = null, row: number | null = null) => issues.push({ file, row, field, nl, en });
	const byName = new Map(cols.map((c) => [c.name.toLowerCase(), c]));
	const mapped: (ColumnInfo | null)[] = [];
	const seen = new Map<string, number>();
	const ignoredColumns: string[] = [];
	let broken = false;
	header.forEach((cell, i) => {
		const col = byName.get(cell.trim().toLowerCase());
		if (col && seen.has(col.name)) {
			broken = true;
			fail(
				`Kolom '${col.name}' staat twee keer in de kopregel (kolom ${seen.get(col.name)! + 1} en ${i + 1}).`,
				`Column '${col.name}' appears twice in the header (columns ${seen.get(col.name)! + 1} and ${i + 1}).`,
				col.name,
				1
			);
		}
		if (col) seen.set(col.name, i);
		else {
			ignoredColumns.push(cell);
			issues.push({
				file,
				row: null,
				field: cell,
				severity: 'notice',
				...(cell.trim() === ''
					? { nl: `Kolom ${i + 1} heeft geen naam; de waarden worden niet ingelezen.`, en: `Column ${i + 1} has no name; its values are not loaded.` }
					: {
							nl: `Kolom '${cell}' hoort niet bij tabel ${table.name}; de waarden worden niet ingelezen.`,
							en: `Column '${cell}' is not part of table ${table.name}; its values are not loaded.`
						})
			});
		}
		mapped.push(col && seen.get(col.name) === i ? col : null);
	});
	// No source column: the file itself is the source. Its name (as a safe id) goes in every row.
	const defaultSource = seen.has('source') || !cols.some((c) => c.name === 'source') ? null : sourceId(file);
	if (defaultSource) {
		issues.push({
			file,
			row: null,
			field: 'source',
			severity: 'notice',
			nl: `Kolom 'source' ontbreekt; elke rij krijgt als bron de bestandsnaam: '${defaultSource}'. Wilt u een andere bron, voeg dan een kolom 'source' toe (bijv. de naam van de organisatie of het document).`,
			en: `Column 'source' is missing; every row gets the file name as its source: '${defaultSource}'. For another source, add a column 'source' (e.g. the name of the organisation or document).`
		});
	}
	for (const col of cols) {
		if (seen.has(col.name) || (col.name === 'source' && defaultSource)) continue;
		if (col.nullable) {
			issues.push({
				file,
				row: null,
				field: col.name,
				severity: 'notice',
				nl: `Kolom '${col.name}' ontbreekt; die wordt overal leeg gelaten.`,
				en: `Column '${col.name}' is missing; it is left empty everywhere.`
			});
		} else {
			broken = true;
			const rule = ruleOf(table.schema.shape[col.name] as z.ZodType);
			fail(
				`Verplichte kolom '${col.name}' ontbreekt in de kopregel (verwacht ${rule.nl}). Er zijn geen rijen uit dit bestand ingelezen.`,
				`Required column '${col.name}' is missing from the header (expected ${rule.en}). No rows were loaded from this file.`,
				col.name
			);
		}
	}
	return { mapped, ignoredColumns, defaultSource, broken, issues };
}

/** Why the input is not a text file, or null if it looks like text. */
export function notTextReason(text: string): { nl: string; en: string } | null {
	if (text.startsWith('PK\u0003\u0004')) {
		return {
			nl: "Dit is een Excel- of zipbestand, geen CSV. Sla het in Excel op als 'CSV UTF-8 (door komma's gescheiden)'.",
			en: "This is an Excel or zip file, not a CSV. Save it from Excel as 'CSV UTF-8 (comma delimited)'."
		};
	}
	const sample = text.slice(0, 8192);
	let odd = 0;
	for (let i = 0; i < sample.length; i++) {
		const c = sample.charCodeAt(i);
		if (c === 0) {
			return {
				nl: "Dit is geen leesbaar tekstbestand (het bevat NUL-bytes; misschien een binair bestand of UTF-16). Sla het op als 'CSV UTF-8'.",
				en: "This is not a readable text file (it contains NUL bytes; perhaps a binary file or UTF-16). Save it as 'CSV UTF-8'."
			};
		}
		if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d) || c === 0x7f || c === 0xfffd) odd++;
	}
	// A few replacement characters are an encoding problem (reported as a notice); this many is not text.
	if (odd > 0.1 * sample.length) {
		return {
			nl: 'Dit is geen leesbaar tekstbestand: het bestaat grotendeels uit onleesbare tekens. Kies een CSV-bestand.',
			en: 'This is not a readable text file: it consists mostly of unreadable characters. Choose a CSV file.'
		};
	}
	return null;
}

/** A file name as a source id: no folder or extension, lower case, only a-z 0-9 - _ . */
export function sourceId(file: string): string {
	const base = file.replace(/^.*[\\/]/, '').replace(/\.[^.]*$/, '');
	const id = base
		.normalize('NFKD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9._-]+/g, '-')
		.replace(/^-+|-+$/g, '');
	return id || 'eigen-bestand';
}

/** What an empty cell becomes: null where the column allows it, else '' where that is valid. */
export function emptyCellValue(table: TableDef, name: string): null | '' {
	const field = table.schema.shape[name] as z.ZodType;
	if (field.safeParse(null).success) return null;
	return field.safeParse('').success ? '' : null;
}

// Example values for templateCsv. Tried in order until the column's schema accepts one,
// so the template row is always valid; names shared across tables keep references consistent.
const EXAMPLES: Record<string, string> = {
	'careCategories.code': '45',
	'providers.id': '12345678',
	'procurements.id': 'ocds-regio-2025-001',
	'lots.id': 'ocds-regio-2025-001/1',
	'contracts.id': 'ocds-regio-2025-001/1/12345678',
	code: 'GM0363',
	municipalityCode: 'GM0363',
	leadMunicipality: 'GM0363',
	provinceCode: 'PV27',
	provinceName: 'Noord-Holland',
	id: 'JZ12',
	regionId: 'JZ12',
	providerId: '12345678',
	kvk: '12345678',
	procurementId: 'ocds-regio-2025-001',
	lotId: 'ocds-regio-2025-001/1',
	locationId: 'hoofdlocatie',
	category: '45',
	productCode: '45A48',
	postcode: '1011',
	place: 'Amsterdam',
	legalForm: 'stichting',
	providerType: 'instelling',
	endDate: '2028-12-31',
	toYear: '',
	mainContractorId: '',
	extensionYears: '2',
	numberOfTenderers: '5',
	clients: '120',
	pgbClients: '15',
	clientsWaiting: '4',
	population: '12000',
	households: '5000',
	estimatedValue: '1000000',
	value: '250000',
	spend: '250000',
	budget: '300000',
	medianWeeks: '6',
	p90Weeks: '12',
	registrationWeeks: '2',
	treatmentWeeks: '4',
	normWeeks: '8',
	month: '2025-01',
	documentUrl: 'https://www.example.org/besluit.pdf',
	source: 'mijn-bron'
};
const TYPE_EXAMPLES: Record<string, string[]> = {
	BIGINT: ['2025', '1', '0'],
	DOUBLE: ['1000', '4.9', '52.37', '0'],
	DATE: ['2025-01-01'],
	BOOLEAN: ['false'],
	VARCHAR: ['Voorbeeld']
};

/** A CSV template for a table: the header line plus one example row that passes validation. */
export function templateCsv(table: TableDef): string {
	const example = columns(table).map((col) => {
		const field = table.schema.shape[col.name] as z.ZodType;
		// Optional free-text columns stay empty unless named above: that shows they are optional.
		const generic = col.nullable && col.duckdbType === 'VARCHAR' && !col.values ? [] : (TYPE_EXAMPLES[col.duckdbType] ?? []);
		const candidates = [EXAMPLES[`${table.name}.${col.name}`], EXAMPLES[col.name], ...(col.values ?? []), ...generic, patternExample(field)].filter(
			(c): c is string => c !== undefined && c !== null
		);
		return candidates.find((c) => field.safeParse(coerceCell(c, col.duckdbType)).success) ?? '';
	});
	const line = (cells: string[]) => cells.map(csvCell).join(',');
	return `${line(columns(table).map((c) => c.name))}\n${line(example)}\n`;
}

/**
 * A value matching a simple code pattern such as ^JZ\d{2}$ or ^[A-Z]{2}\d{2,4}$ (literals,
 * \d, [A-Z] with {n} or {n,m}), for code columns without an entry in EXAMPLES; null otherwise.
 */
function patternExample(field: z.ZodType): string | null {
	let schema: unknown;
	try {
		schema = toJSONSchema(field);
	} catch {
		return null; // a type JSON Schema cannot express; not a code column anyway
	}
	const findPattern = (s: unknown): string | null => {
		if (typeof s !== 'object' || s === null) return null;
		const { pattern, anyOf } = s as { pattern?: unknown; anyOf?: unknown[] };
		if (typeof pattern === 'string') return pattern;
		return (anyOf ?? []).map(findPattern).find((p) => p !== null) ?? null;
	};
	const body = /^\^(.*)\$$/.exec(findPattern(schema) ?? '')?.[1];
	if (body === undefined) return null;
	let out = '';
	const token = /(\\d|\[A-Z\]|\[a-z\]|[A-Za-z0-9-])(?:\{(\d+)(?:,\d+)?\})?/y;
	while (token.lastIndex < body.length) {
		const m = token.exec(body);
		if (!m) return null;
		const n = Number(m[2] ?? 1);
		for (let i = 0; i < n; i++) out += m[1] === '\\d' ? String((i + 1) % 10) : m[1] === '[A-Z]' ? 'A' : m[1] === '[a-z]' ? 'a' : m[1];
	}
	return out;
}

function csvCell(value: string): string {
	return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

/**
 * One user file → canonical rows for one or more tables, plus every problem found.
 * CSV files hold one canonical table, recognised by file name (e.g. `contracts.csv`,
 * `mijn-contracts-2025.csv`) or else by the best-matching header. JSON files are OCDS: single
 * releases, release or record packages; several JSON files chosen together are read as one
 * OCDS set (releases merge by ocid over the files). Pure: no database, no DOM; the browser applies the result.
 */
import { tables as schemaTables, type TableDef } from '../schema/index';
import { columns } from '../schema/table';
import { parseCsv } from './csv';
import { importCanonicalCsv, notTextReason } from './canonical-csv';
import { importOcdsFiles, type OcdsImportOptions } from './ocds';
import { setName, type OcdsSummary } from './ocds-summary';
import { sources } from '../data/catalogue';

/** The catalogue's ids: a user's file may not label its rows as Regiozicht's own data. */
const reservedSourceIds: ReadonlySet<string> = new Set(sources.map((s) => s.id));
import type { ValidationIssue } from './validate';

export interface FileResult {
	file: string;
	kind: 'csv' | 'ocds' | 'unknown';
	/** Valid rows per table name. */
	tables: Record<string, Record<string, unknown>[]>;
	issues: ValidationIssue[];
	rejected: number;
	/** OCDS only: what was read, for the report. */
	ocds?: OcdsSummary;
	/** The files this result covers, when several OCDS files were read together. */
	files?: string[];
}

/** Which table a CSV file is for: by name first, else by header overlap (≥ half the columns). */
export function detectTable(fileName: string, text: string): TableDef | null {
	const base = fileName.toLowerCase().replace(/\.(csv|txt|tsv)$/, '');
	const byName = [...schemaTables]
		.sort((a, b) => b.name.length - a.name.length)
		.find((t) => new RegExp(`(^|[^a-z])${t.name.toLowerCase()}($|[^a-z])`).test(base));
	if (byName) return byName;
	const header = new Set(parseCsv(text.slice(0, 4096).split(/\r?\n/)[0] ?? '').header.map((h) => h.toLowerCase()));
	let best: { table: TableDef; score: number } | null = null;
	for (const t of schemaTables) {
		const cols = columns(t).map((c) => c.name.toLowerCase());
		const score = cols.filter((c) => header.has(c)).length / cols.length;
		if (score >= 0.5 && (!best || score > best.score)) best = { table: t, score };
	}
	return best?.table ?? null;
}

export interface Decoded {
	text: string;
	encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
}

/**
 * Bytes → text. UTF-16 by its BOM, else UTF-8 (with or without BOM) when the bytes are valid
 * UTF-8, else Windows-1252: what Excel on Windows writes as "CSV" (é as the single byte 0xE9).
 * Latin-1 files decode the same way, since Windows-1252 only differs in 0x80–0x9F.
 */
export function decodeBytes(bytes: Uint8Array): Decoded {
	if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes), encoding: 'utf-16le' };
	if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes), encoding: 'utf-16be' };
	try {
		return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
	} catch {
		// Some runtimes (Node) decode 'windows-1252' as Latin-1, leaving 0x80–0x9F as control
		// characters: map those to the Windows-1252 characters (€, quotes, …) ourselves.
		const text = new TextDecoder('windows-1252').decode(bytes).replace(/[\u0080-\u009f]/g, (c) => CP1252[c.charCodeAt(0) - 0x80] || c);
		return { text, encoding: 'windows-1252' };
	}
}

/** Windows-1252 bytes 0x80–0x9F; '' where the code page defines no character. */
const CP1252 = [...'€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ'].map((c) => (c === '\0' ? '' : c));

const MAGIC: { bytes: number[]; nl: string; en: string }[] = [
	{ bytes: [0x89, 0x50, 0x4e, 0x47], nl: 'een PNG-afbeelding', en: 'a PNG image' },
	{ bytes: [0xff, 0xd8, 0xff], nl: 'een JPEG-afbeelding', en: 'a JPEG image' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], nl: 'een GIF-afbeelding', en: 'a GIF image' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], nl: 'een PDF-document', en: 'a PDF document' },
	{ bytes: [0x50, 0x4b, 0x03, 0x04], nl: 'een Excel- of zipbestand', en: 'an Excel or zip file' }
];

/** Why these bytes are not a text file (empty, a known binary format, NUL bytes), or null. */
export function notTextBytes(bytes: Uint8Array): { nl: string; en: string } | null {
	if (bytes.length === 0) return { nl: 'Het bestand is leeg (0 bytes).', en: 'The file is empty (0 bytes).' };
	const magic = MAGIC.find((m) => m.bytes.every((b, i) => bytes[i] === b));
	if (magic) {
		return {
			nl: `Dit is geen tekstbestand: het lijkt ${magic.nl}. Kies een CSV-bestand (in Excel: opslaan als 'CSV UTF-8') of een OCDS-JSON-bestand.`,
			en: `This is not a text file: it looks like ${magic.en}. Choose a CSV file (in Excel: save as 'CSV UTF-8') or an OCDS JSON file.`
		};
	}
	const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
	if (!utf16 && bytes.subarray(0, 8192).includes(0)) {
		return {
			nl: "Dit is geen tekstbestand: het bevat NUL-bytes (een binair bestand, of UTF-16 zonder BOM). Kies een CSV-bestand, opgeslagen als 'CSV UTF-8'.",
			en: "This is not a text file: it contains NUL bytes (a binary file, or UTF-16 without a BOM). Choose a CSV file saved as 'CSV UTF-8'."
		};
	}
	return null;
}

const refused = (file: string, reason: { nl: string; en: string }): FileResult => ({
	file,
	kind: 'unknown',
	tables: {},
	rejected: 0,
	issues: [{ file, row: null, field: null, ...reason }]
});

/** A file as the browser gives it: decode, say which encoding was used if not UTF-8, then read. */
export function readUserBytes(file: string, bytes: Uint8Array, ocdsOptions: OcdsImportOptions): FileResult {
	const notText = notTextBytes(bytes);
	if (notText) return refused(file, notText);
	const { text, encoding } = decodeBytes(bytes);
	const result = readUserFile(file, text, ocdsOptions);
	if (encoding === 'windows-1252') {
		result.issues.unshift({
			file,
			row: null,
			field: null,
			severity: 'notice',
			nl: "Dit bestand is geen UTF-8 en is gelezen als Windows-1252 (zoals Excel op Windows 'CSV' opslaat). Controleer of letters als é en ë goed staan.",
			en: "This file is not UTF-8 and was read as Windows-1252 (as Excel on Windows saves 'CSV'). Check that letters such as é and ë look right."
		});
	}
	return result;
}

export function readUserFile(file: string, text: string, ocdsOptions: OcdsImportOptions): FileResult {
	const lower = file.toLowerCase();
	// The real reason first: an empty file fits no table, but "which table?" is not the problem.
	if (text.replace(/^\ufeff/, '').trim() === '') return refused(file, { nl: 'Het bestand is leeg.', en: 'The file is empty.' });
	if (lower.endsWith('.json')) {
		let json: unknown;
		try {
			json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error);
			return {
				file,
				kind: 'ocds',
				tables: {},
				rejected: 0,
				issues: [{ file, row: null, field: null, nl: `Dit is geen geldige JSON: ${detail}`, en: `This is not valid JSON: ${detail}` }]
			};
		}
		const result = importOcdsFiles([{ file, json }], ocdsOptions);
		return { file, kind: 'ocds', tables: result.tables, issues: result.issues, rejected: result.rejected, ocds: result.summary };
	}
	const notText = notTextReason(text);
	if (notText) return refused(file, notText);
	const table = detectTable(file, text);
	if (!table) {
		return {
			file,
			kind: 'unknown',
			tables: {},
			rejected: 0,
			issues: [
				{
					file,
					row: null,
					field: null,
					nl: `We weten niet voor welke tabel dit bestand is. Gebruik een sjabloon van de methodepagina, of zet de tabelnaam in de bestandsnaam (bijv. contracts.csv). Tabellen: ${schemaTables.map((t) => t.name).join(', ')}.`,
					en: `We cannot tell which table this file is for. Use a template from the methodology page, or put the table name in the file name (e.g. contracts.csv). Tables: ${schemaTables.map((t) => t.name).join(', ')}.`
				}
			]
		};
	}
	const result = importCanonicalCsv(table, text, file, { reservedSources: reservedSourceIds });
	return { file, kind: 'csv', tables: { [table.name]: result.rows as Record<string, unknown>[] }, issues: result.issues, rejected: result.rejected };
}

/**
 * One file (any kind), or several JSON files chosen at once, read as one OCDS set: one JSON per
 * release (TenderNed, Contracts Finder) only makes sense merged by ocid over all files. A file
 * of the set that is not text or not JSON is named in the report; the others are still read.
 */
export function readUserFiles(files: { name: string; bytes: Uint8Array }[], ocdsOptions: OcdsImportOptions): FileResult {
	if (files.length === 1) return readUserBytes(files[0]!.name, files[0]!.bytes, ocdsOptions);
	const issues: ValidationIssue[] = [];
	const inputs: { file: string; json: unknown }[] = [];
	for (const { name, bytes } of files) {
		const notText = notTextBytes(bytes);
		const text = notText ? '' : decodeBytes(bytes).text.replace(/^\ufeff/, '');
		if (notText || text.trim() === '') {
			issues.push({ file: name, row: null, field: null, ...(notText ?? { nl: 'Het bestand is leeg.', en: 'The file is empty.' }) });
			continue;
		}
		try {
			inputs.push({ file: name, json: JSON.parse(text) });
		} catch (error) {
			const detail = error instanceof Error ? error.message : String(error);
			issues.push({ file: name, row: null, field: null, nl: `${name}: dit is geen geldige JSON: ${detail}`, en: `${name}: this is not valid JSON: ${detail}` });
		}
	}
	const result = importOcdsFiles(inputs, ocdsOptions);
	const names = files.map((f) => f.name);
	return {
		file: setName(names),
		files: names,
		kind: 'ocds',
		tables: result.tables,
		issues: [...issues, ...result.issues],
		rejected: result.rejected,
		ocds: { ...result.summary, files: files.length }
	};
}

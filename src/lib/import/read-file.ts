/**
 * One user file → canonical rows for one or more tables, plus every problem found.
 * CSV files hold one canonical table, recognised by file name (e.g. `contracts.csv`,
 * `mijn-contracts-2025.csv`) or else by the best-matching header. JSON files are OCDS
 * release or record packages. Pure: no database, no DOM; the browser applies the result.
 */
import { tables as schemaTables, type TableDef } from '../schema/index';
import { columns } from '../schema/table';
import { parseCsv } from './csv';
import { importCanonicalCsv } from './canonical-csv';
import { importOcds, type OcdsImportOptions } from './ocds';
import type { ValidationIssue } from './validate';

export interface FileResult {
	file: string;
	kind: 'csv' | 'ocds' | 'unknown';
	/** Valid rows per table name. */
	tables: Record<string, Record<string, unknown>[]>;
	issues: ValidationIssue[];
	rejected: number;
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

export function readUserFile(file: string, text: string, ocdsOptions: OcdsImportOptions): FileResult {
	const lower = file.toLowerCase();
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
		const result = importOcds(json, file, ocdsOptions);
		return { file, kind: 'ocds', tables: result.tables, issues: result.issues, rejected: result.rejected };
	}
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
	const result = importCanonicalCsv(table, text, file);
	return { file, kind: 'csv', tables: { [table.name]: result.rows as Record<string, unknown>[] }, issues: result.issues, rejected: result.rejected };
}

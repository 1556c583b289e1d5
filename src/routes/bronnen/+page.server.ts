import { readFileSync } from 'node:fs';
import { tables as modelTables } from '$lib/schema';
import { financeTables } from '$lib/schema/finance';

type Counts = Record<string, { rows: number; bytes: number; demoRows: number }>;

interface Manifest {
	tables: Counts;
	/** The money tables (schema/finance.ts), written apart from `tables`. */
	finance: Counts;
	nza: {
		rows: number;
		resolvedByPlaceName: { code2018: string; place: string; code2025: string; rows: number }[];
		unresolved: { row: number; reason: string }[];
		nonNumericWaits: number;
	};
}

/**
 * What the data build wrote (static/data/manifest.json): row counts and the NZa mapping report;
 * and each table's plain name in both languages from the model, so /bronnen need not show `providers`.
 */
export function load() {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
	const titles = Object.fromEntries([...modelTables, ...financeTables].map((t) => [t.name, { nl: t.title.nl, en: t.title.en }]));
	return { tables: manifest.tables, finance: manifest.finance, nza: manifest.nza, titles };
}

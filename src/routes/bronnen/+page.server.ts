import { readFileSync } from 'node:fs';

interface Manifest {
	tables: Record<string, { rows: number; bytes: number; demoRows: number }>;
	nza: {
		rows: number;
		resolvedByPlaceName: { code2018: string; place: string; code2025: string; rows: number }[];
		unresolved: { row: number; reason: string }[];
		nonNumericWaits: number;
	};
}

/** What the data build wrote (static/data/manifest.json): row counts and the NZa mapping report. */
export function load() {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as Manifest;
	return { tables: manifest.tables, nza: manifest.nza };
}

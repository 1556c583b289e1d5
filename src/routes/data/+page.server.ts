import { readFileSync } from 'node:fs';
import { tables as modelTables } from '$lib/schema/index';
import { financeTables } from '$lib/schema/finance';
import { dictionary } from '$lib/schema/dictionary';
import type { TableDef } from '$lib/schema/table';
import { buildDb } from '$lib/server/build-db';
import { joins, tableSources } from '$lib/server/table-files';

type Counts = Record<string, { rows: number; bytes: number; demoRows: number }>;

/**
 * Every table the site serves, with what a reuser needs: its dictionary (from the zod schema),
 * row counts and demo rows (the data build's manifest), the sources its rows name, how it joins.
 */
export async function load() {
	const manifest = JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { built: string; tables: Counts; finance: Counts };
	const db = await buildDb();
	const describe = async (t: TableDef, counts: Counts) => ({
		...dictionary(t),
		rows: counts[t.name]?.rows ?? 0,
		demoRows: counts[t.name]?.demoRows ?? 0,
		bytes: counts[t.name]?.bytes ?? 0,
		sources: await tableSources(db, t),
		joins: joins(t)
	});
	return {
		built: manifest.built,
		model: await Promise.all(modelTables.map((t) => describe(t, manifest.tables))),
		money: await Promise.all(financeTables.map((t) => describe(t, manifest.finance)))
	};
}

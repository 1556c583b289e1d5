/**
 * The build cube of one region and law: every panel of the region dashboard, computed at build
 * for every municipality of the map × every care category (each or none), with no provider or
 * year chosen (state/panels.svelte.ts `computeCube`). Written by the prerender as
 * /data/cube/<region>-<law>.json, checked against its schema there (cube-schema.ts).
 */
import type * as z from 'zod/mini';
import type { cubeFileSchema } from './cube-schema';
import type { RegionFilter } from '../metrics/filter';

export type CubeFile = z.infer<typeof cubeFileSchema>;

/**
 * A fetched cube, if the build that wrote it is the page's own (`version`), else null. Its own
 * build checked it against the schema; zod itself would add ~15 KB gzip to the region page.
 * A cube of another build (a half-finished upload, an old cache) is not used: DuckDB answers.
 */
export function cubeOfThisBuild(json: unknown, version: string): CubeFile | null {
	return typeof json === 'object' && json !== null && (json as { version?: unknown }).version === version ? (json as CubeFile) : null;
}

export const cubeFileName = (regionId: string, domain: string) => `${regionId}-${domain}.json`;

/** The filter fields a cube varies. */
export const cubeDims = ['municipality', 'category'] as const;

/** Every municipality (or none) × every category (or none): the keys of a region page's cube. */
export const cubeKeys = (municipalities: readonly string[], categories: readonly string[]) =>
	[null, ...municipalities].flatMap((municipality) => [null, ...categories].map((category) => ({ municipality, category })));

/** Whether a cube was computed on exactly this data: the same tables, with the same row counts. */
export function cubeHolds(file: CubeFile, rowsPerTable: Readonly<Record<string, number>>): boolean {
	const tables = Object.entries(file.tables);
	return tables.length === Object.keys(rowsPerTable).length && tables.every(([table, rows]) => rowsPerTable[table] === rows);
}

/** The filter a region page shows, as far as a cube can answer it. */
export type CubeQuestion = RegionFilter & { date: string; localBy: string };

/**
 * Every panel's rows for `filter` from a cube, or null when the cube does not hold that filter
 * (another region, law, date or setting, a provider or year chosen, or a key it lacks).
 */
export function cubeRows(file: CubeFile, filter: CubeQuestion): Record<string, Record<string, unknown>[]> | null {
	const same = filter.regionId === file.regionId && filter.domain === file.domain && filter.date === file.date && filter.localBy === file.localBy;
	if (!same || filter.provider !== null || filter.year !== null) return null;
	const i = file.keys.findIndex((k) => k.municipality === filter.municipality && k.category === filter.category);
	if (i < 0) return null;
	const out: Record<string, Record<string, unknown>[]> = {};
	for (const [panel, perKey] of Object.entries(file.panels)) {
		const rows = perKey[i];
		if (!rows) return null;
		out[panel] = rows;
	}
	return out;
}

/**
 * The build cube of one region and law: every panel of the region dashboard, computed at build
 * for every municipality of the map × every care category (each or none), with no provider or
 * year chosen (state/panels.svelte.ts `computeCube`). Written by the prerender as
 * /data/cube/<region>-<law>.json; the page checks a file against this before using it.
 */
// zod/mini: the region page checks this file in the browser, and full zod would add ~27 KB gzip there.
import * as z from 'zod/mini';
import { domains } from '../metrics/config';
import type { RegionFilter } from '../metrics/filter';

export const cubeFileSchema = z.object({
	regionId: z.string(),
	domain: z.enum(domains),
	/** The reference date and "local" setting the cube was computed with (the page's defaults). */
	date: z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/)),
	localBy: z.literal('regio'),
	/** Rows per table of the data it was computed on: it holds only for exactly that data. */
	tables: z.record(z.string(), z.int().check(z.nonnegative())),
	keys: z.array(z.object({ municipality: z.nullable(z.string()), category: z.nullable(z.string()) })),
	/** Per panel, per key (in the order of `keys`), the metric's rows. */
	panels: z.record(z.string(), z.array(z.array(z.record(z.string(), z.unknown()))))
});
export type CubeFile = z.infer<typeof cubeFileSchema>;

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

/**
 * The build cube of one region and law: every panel of the region dashboard, computed at build
 * for every municipality of the map × every care category (each or none), with no provider or
 * year chosen (state/panels.svelte.ts `computeCube`). Written by the prerender as
 * /data/cube/<region>-<law>.json; the page checks a file against this before using it.
 */
// zod/mini: the region page checks this file in the browser, and full zod would add ~27 KB gzip there.
import * as z from 'zod/mini';
import { domains } from '../metrics/config';

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

/**
 * The build cube's schema (see cube.ts): checked where the file is made, at the prerender
 * (routes/data/cube), and in the unit tests. The browser does not load zod for it: it takes a
 * cube only from its own build (cube.ts `cubeOfThisBuild`), and this build checked it.
 */
import * as z from 'zod/mini';
import { domains } from '../metrics/config';

export const cubeFileSchema = z.object({
	/** The build that wrote it (SvelteKit's `version`): a page reads only its own build's cubes. */
	version: z.string(),
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

import { error, json } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { careCategoryList, regionList, regionMembers } from '$lib/metrics/regions';
import { emptyFilter } from '$lib/metrics/filter';
import { domains, metricConfig, type Domain } from '$lib/metrics/config';
import { computeCube } from '$lib/state/panels.svelte';
import { regionPanels } from '$lib/lenses/region-panels';
import { version } from '$app/environment';
import { cubeDims, cubeFileName, cubeKeys } from '$lib/schema/cube';
import { cubeFileSchema } from '$lib/schema/cube-schema';
import { rowCounts, rowCountsSql } from '$lib/db/sql';
import { tables as loadedByBrowser } from '$lib/schema/index';
import type { EntryGenerator } from './$types';

export const prerender = true;

export const entries: EntryGenerator = async () => {
	const regions = await runMetric(await buildDb(), regionList, { domain: 'jeugd' });
	return regions.flatMap((r) => domains.map((domain) => ({ file: cubeFileName(r.id, domain) })));
};

/**
 * The build cube of a region and law (schema/cube.ts): what the region page shows for every
 * municipality of its map × care category, so a click there needs no query in the browser.
 * The keys are the page's own: the map's members (regionMembers) and the law's categories.
 */
export async function GET({ params }) {
	const match = /^(.+)-(jeugd|wmo)\.json$/.exec(params.file);
	if (!match) error(404, 'Onbekend bestand');
	const [, regionId, domain] = match as unknown as [string, string, Domain];
	const db = await buildDb();
	const members = await runMetric(db, regionMembers, { regionId, domain: 'jeugd' });
	if (!members.length) error(404, `Regio ${regionId} bestaat niet`);
	const categories = await runMetric(db, careCategoryList, { domain });
	const keys = cubeKeys(members.map((m) => m.code), categories.map((c) => c.code));
	const filter = { ...emptyFilter(regionId, domain), date: metricConfig.referenceDate, localBy: 'regio' as const };
	const panels = await computeCube(db, regionPanels, { filter, dims: cubeDims, keys });
	// The tables the browser's DuckDB holds (not the money tables, which it never loads): the
	// cube holds while the tab's data has exactly these row counts.
	const tables = rowCounts(await db.query<{ name: string; n: number }>(rowCountsSql(loadedByBrowser.map((t) => t.name))));
	// Checked here, where it is made: the page trusts a cube of its own build (schema/cube.ts).
	return json(cubeFileSchema.parse({ version, regionId, domain, date: filter.date, localBy: filter.localBy, tables, keys, panels }));
}

/**
 * A region dashboard computed ahead in the background, right after the user's own files are
 * in (/eigen-data). No build cube holds for their data, so without this the region page would
 * start computing when it opens, and its first filter change would wait for 15 metric queries.
 * Here the page's own panels (region-panels.ts: the same metric SQL, nothing written twice) run
 * for its default view and every municipality × category of its map, as batch prefetches into
 * the result cache the region page reads (query-queue.ts): they run only while DuckDB has
 * nothing else to do, and data loaded later drops them (`dataChanged` clears the cache).
 */
import { metricConfig, type Domain } from '../metrics/config';
import { emptyFilter } from '../metrics/filter';
import { runMetric } from '../metrics/metric';
import { careCategoryList, regionMembers } from '../metrics/regions';
import { regionPanels, type DashboardFilter } from '../lenses/region-panels';
import { cubeDims, cubeKeys } from '../schema/cube';
import { Panels, type RowsOf } from './panels.svelte';
import type { BrowserDb } from '../db/browser';

/** The filter the region page shows when opened without one (routes/regio/[id]: `filter`). */
const defaultDashboardFilter = (regionId: string, domain: Domain): DashboardFilter => ({ ...emptyFilter(regionId, domain), date: metricConfig.referenceDate, localBy: 'regio' });

/**
 * Queue the region page's default view and its cube (the page's members × the law's categories,
 * as the page builds them) on the runner that page will use. Resolves once queued.
 */
export async function computeRegionAhead(db: BrowserDb, regionId: string, domain: Domain): Promise<void> {
	const runner = await db.forRegion(regionId);
	// As the region page: its map's municipalities (the jeugd members), the law's categories.
	const [members, categories] = await Promise.all([runMetric(runner, regionMembers, { regionId, domain: 'jeugd' }), runMetric(runner, careCategoryList, { domain })]);
	if (!members.length) return;
	const panels = new Panels(regionPanels, {} as RowsOf<typeof regionPanels>);
	const filter = defaultDashboardFilter(regionId, domain);
	await panels.prefetch(runner, [], { filter, dims: cubeDims, keys: cubeKeys(members.map((m) => m.code), categories.map((c) => c.code)) });
}

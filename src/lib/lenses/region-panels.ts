/**
 * The panels of the region dashboard: for each, the metric and how the page's filter maps to
 * its parameters. The prerender (native DuckDB) and the browser (DuckDB-WASM) run this same
 * list, so both compute the same figures.
 */
import type { RegionFilter } from '../metrics/filter';
import type { LocalBy } from '../metrics/local';
import { dealTimeline, lotOverview, procedureMix, providersPerMunicipality } from '../metrics/contracts';
import { localShare, localShareByCategory, localShareByMunicipality } from '../metrics/local';
import { choiceByCategory, choicePerMunicipality, pgbShare } from '../metrics/choice';
import { waitingByCategory, waitingByProvider, waitingTrend } from '../metrics/waiting';
import { flagItems, flagSummary } from '../metrics/flags';
import { regionHeadlines } from '../metrics/headlines';
import type { PanelSpec } from '../state/panels.svelte';

export interface DashboardFilter extends RegionFilter {
	/** Reference date for "current" when no year is chosen. */
	date: string;
	localBy: LocalBy;
}

const scope = (f: DashboardFilter) => ({ ...f });

export const regionPanels = {
	providersPerMunicipality: { metric: providersPerMunicipality, params: scope },
	procedureMix: { metric: procedureMix, params: scope },
	dealTimeline: { metric: dealTimeline, params: scope },
	lotOverview: { metric: lotOverview, params: scope },
	localShare: { metric: localShare, params: scope },
	localByMunicipality: { metric: localShareByMunicipality, params: scope },
	localByCategory: { metric: localShareByCategory, params: scope },
	choiceByCategory: { metric: choiceByCategory, params: scope },
	choicePerMunicipality: { metric: choicePerMunicipality, params: (f: DashboardFilter) => ({ ...f, municipality: null }) },
	pgbShare: { metric: pgbShare, params: scope },
	// Both sources (demo series and the real NZa 2018 snapshot), each in its own window;
	// the lens shows them apart.
	waitingByCategory: { metric: waitingByCategory, params: (f: DashboardFilter) => ({ ...f, source: null }) },
	waitingTrend: { metric: waitingTrend, params: (f: DashboardFilter) => ({ ...f, source: 'recent' as const }) },
	waitingByProvider: { metric: waitingByProvider, params: (f: DashboardFilter) => ({ ...f, source: null }) },
	flagSummary: { metric: flagSummary, params: scope },
	// The tiles above the lenses, by the lenses' (and the municipality comparison's) definitions.
	headlines: { metric: regionHeadlines, params: scope },
	flagItems: { metric: flagItems, params: (f: DashboardFilter) => ({ ...f, flagId: null }) }
} satisfies Record<string, PanelSpec<DashboardFilter>>;

export type RegionPanels = typeof regionPanels;

/**
 * The filter picks a care category the scope has no procurement for (none ever, or none in the
 * chosen year): the contract lenses would only draw empty charts, so the page says why instead.
 * With a provider chosen an empty answer may be about the provider, so it does not count.
 */
export function categoryNotContracted(rows: { dealTimeline: readonly unknown[] }, f: DashboardFilter): boolean {
	return f.category !== null && f.provider === null && rows.dealTimeline.length === 0;
}

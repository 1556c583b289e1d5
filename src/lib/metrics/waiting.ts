/**
 * Lens: how long do people wait? (DESIGN: "Waiting over norm".)
 *
 * The unit is a *provider-month*: one waitingTimes row — one provider, location, municipality,
 * month (and, for NZa, diagnosis group) — with a median wait. Rows without a median wait are
 * left out. A provider-month is over the norm when its median wait exceeds the norm (the row's
 * normWeeks, else the category's), as in DESIGN.
 *
 * Real and demo data stay apart: every row carries `source` ('nza-ggz-2018' = the real NZa ggz
 * snapshot of Feb–Mar 2018; 'demo' = made-up recent series, or a source of the user's own files;
 * WaitSource 'recent' = all but NZa). Without a year each source keeps
 * its own window — the 12 months up to its latest month in the region — so the old NZa months
 * are not pushed out by the demo months; pass `source` to look at one of them only.
 *
 * p90: the 90th percentile over provider-months of each row's p90Weeks; where a row has no
 * p90Weeks (all NZa rows) its medianWeeks stands in. `p90Basis` says which was used.
 */
import { defineMetric } from './metric';
import { fragment, query, waitsCte, type Fragment, type WaitParams } from './scope';

export type { WaitParams, WaitSource } from './scope';
export type P90Basis = 'p90Weeks' | 'medianWeeks' | 'mixed';

/** Columns shared by the per-category and per-provider rows (over `measured` rows aliased `w`). */
const waitStats = `
	median(w.medianWeeks) AS medianWeeks,
	quantile_cont(coalesce(w.p90Weeks, w.medianWeeks), 0.9) AS p90Weeks,
	CASE WHEN bool_and(w.p90Weeks IS NOT NULL) THEN 'p90Weeks'
		WHEN bool_and(w.p90Weeks IS NULL) THEN 'medianWeeks'
		ELSE 'mixed' END AS p90Basis,
	max(w.normWeeks) AS normWeeks,
	min(w.normSource) AS normSource,
	CAST(count(*) FILTER (WHERE w.medianWeeks > w.normWeeks) AS DOUBLE)
		/ nullif(count(*) FILTER (WHERE w.normWeeks IS NOT NULL), 0) AS shareOverNorm,
	count(*) AS providerMonths,
	min(w.month) AS firstMonth,
	max(w.month) AS lastMonth`;

/** `measured`: scopedWaits rows that have a median wait. */
export const measuredCte: Fragment<WaitParams> = fragment(`measured AS (SELECT * FROM scopedWaits WHERE medianWeeks IS NOT NULL)`);

interface WaitStats {
	medianWeeks: number;
	p90Weeks: number;
	p90Basis: P90Basis;
	/** Highest norm among the rows (one norm per category in practice). */
	normWeeks: number | null;
	normSource: string | null;
	/** Share (0..1) of provider-months whose median wait exceeds the norm. */
	shareOverNorm: number | null;
	providerMonths: number;
	/** First and last month (YYYY-MM) in the rows. */
	firstMonth: string;
	lastMonth: string;
}

export interface WaitingByCategoryRow extends WaitStats, Record<string, unknown> {
	category: string;
	categoryName: string | null;
	source: string;
	providers: number;
}

const byCategory = query<WaitParams>(
	[waitsCte, measuredCte],
	fragment(`
		SELECT w.category, cc.plainNl AS categoryName, w.source, ${waitStats},
			count(DISTINCT w.providerId) AS providers
		FROM measured w LEFT JOIN careCategories cc ON cc.code = w.category
		GROUP BY w.category, cc.plainNl, w.source
		ORDER BY w.source, w.category`)
);

export const waitingByCategory = defineMetric<WaitParams, WaitingByCategoryRow>({
	id: 'waitingByCategory',
	title: { nl: 'Wachttijd per zorgsoort', en: 'Waiting time per care category' },
	definition: {
		nl: 'Per zorgsoort en bron de mediaan van de mediane wachttijden van aanbieders per maand, het 90e percentiel daarvan, de norm en het deel van de aanbieder-maanden boven de norm, zonder jaar over de laatste 12 maanden van elke bron.',
		en: 'Per care category and source the median of providers’ monthly median waits, its 90th percentile, the norm and the share of provider-months over the norm, without a year over the latest 12 months of each source.'
	},
	sql: byCategory.sql,
	bind: byCategory.bind
});

export interface WaitingTrendRow extends Record<string, unknown> {
	source: string;
	/** YYYY-MM. */
	month: string;
	medianWeeks: number;
	shareOverNorm: number | null;
	providerMonths: number;
}

const trend = query<WaitParams>(
	[waitsCte, measuredCte],
	fragment(`
		SELECT source, month, median(medianWeeks) AS medianWeeks,
			CAST(count(*) FILTER (WHERE medianWeeks > normWeeks) AS DOUBLE)
				/ nullif(count(*) FILTER (WHERE normWeeks IS NOT NULL), 0) AS shareOverNorm,
			count(*) AS providerMonths
		FROM measured
		GROUP BY source, month
		ORDER BY source, month`)
);

export const waitingTrend = defineMetric<WaitParams, WaitingTrendRow>({
	id: 'waitingTrend',
	title: { nl: 'Wachttijd per maand', en: 'Waiting time per month' },
	definition: {
		nl: 'Per maand en bron de mediaan van de mediane wachttijden van aanbieders en het deel van de aanbieder-maanden boven de norm.',
		en: 'Per month and source the median of providers’ median waits and the share of provider-months over the norm.'
	},
	sql: trend.sql,
	bind: trend.bind
});

/**
 * CTEs over `measured`: `<prefix>Monthly` (one row per series and month: the median of that
 * month's rows and the norm), `<prefix>Runs` (per series: months, monthsOverNorm,
 * longestRun, runFrom, runTo of the longest run of consecutive calendar months over the norm).
 * A missing month breaks a run. `series` lists the columns that identify a series.
 */
export function overNormRunsCte(prefix: string, series: readonly string[]): Fragment<WaitParams> {
	const keys = series.join(', ');
	const on = series.map((k) => `r.${k} IS NOT DISTINCT FROM mo.${k}`).join(' AND ');
	return fragment(`
	${prefix}Monthly AS (
		SELECT ${keys}, month, monthIndex, median(medianWeeks) AS monthMedian, max(normWeeks) AS normWeeks
		FROM measured GROUP BY ${keys}, month, monthIndex
	),
	${prefix}Islands AS (
		SELECT ${keys}, month, monthIndex - row_number() OVER (PARTITION BY ${keys} ORDER BY monthIndex) AS island
		FROM ${prefix}Monthly WHERE monthMedian > normWeeks
	),
	${prefix}RunList AS (
		SELECT ${keys}, island, count(*) AS runLength, min(month) AS runFrom, max(month) AS runTo
		FROM ${prefix}Islands GROUP BY ${keys}, island
	),
	${prefix}Longest AS (
		SELECT ${keys}, runLength, runFrom, runTo,
			row_number() OVER (PARTITION BY ${keys} ORDER BY runLength DESC, runFrom) AS runRank
		FROM ${prefix}RunList
	),
	${prefix}Runs AS (
		SELECT mo.*, coalesce(r.runLength, 0) AS longestRun, r.runFrom, r.runTo
		FROM (
			SELECT ${keys}, count(*) AS months, count(*) FILTER (WHERE monthMedian > normWeeks) AS monthsOverNorm
			FROM ${prefix}Monthly GROUP BY ${keys}
		) mo
		LEFT JOIN ${prefix}Longest r ON r.runRank = 1 AND ${on}
	)`);
}

export interface WaitingByProviderRow extends WaitStats, Record<string, unknown> {
	providerId: string;
	providerName: string | null;
	category: string;
	categoryName: string | null;
	source: string;
	/** Calendar months with data for this provider and category. */
	months: number;
	/** Months whose median wait (median over the provider's rows that month) exceeds the norm. */
	monthsOverNorm: number;
	/** Longest run of consecutive calendar months over the norm. */
	longestRunOverNorm: number;
}

const byProvider = query<WaitParams>(
	[waitsCte, measuredCte, overNormRunsCte('provider', ['providerId', 'category', 'source'])],
	fragment(`
		SELECT w.providerId, p.name AS providerName, w.category, cc.plainNl AS categoryName, w.source, ${waitStats},
			any_value(r.months) AS months,
			any_value(r.monthsOverNorm) AS monthsOverNorm,
			any_value(r.longestRun) AS longestRunOverNorm
		FROM measured w
		LEFT JOIN providers p ON p.id = w.providerId
		LEFT JOIN careCategories cc ON cc.code = w.category
		JOIN providerRuns r ON r.providerId = w.providerId AND r.category = w.category AND r.source = w.source
		GROUP BY w.providerId, p.name, w.category, cc.plainNl, w.source
		ORDER BY w.source, w.category, longestRunOverNorm DESC, medianWeeks DESC, w.providerId`)
);

export const waitingByProvider = defineMetric<WaitParams, WaitingByProviderRow>({
	id: 'waitingByProvider',
	title: { nl: 'Wachttijd per aanbieder', en: 'Waiting time per provider' },
	definition: {
		nl: 'Per aanbieder en zorgsoort de mediane en 90e-percentiel wachttijd, de norm, het aantal maanden boven de norm en de langste reeks aaneengesloten maanden boven de norm.',
		en: 'Per provider and care category the median and 90th-percentile wait, the norm, the number of months over the norm and the longest run of consecutive months over the norm.'
	},
	sql: byProvider.sql,
	bind: byProvider.bind
});

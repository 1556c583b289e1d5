/**
 * The region page's headline figures that summarise a lens: the median effective number of
 * providers over the markets (choice.ts) and the demo waits against the norm (waiting.ts), in
 * the lenses' own scope and window. One row.
 *
 * They are the definitions of the municipality comparison's regio row (comparison.ts), so a
 * tile, the lens below it and the comparison table give the same figure for the same scope:
 * - medianEffectiveProviders: median over markets with an HHI of 10,000 / HHI (a median of an
 *   even count is the mean of the middle two, as DuckDB's median);
 * - waits: demo provider-months with a median wait in the 12 months up to the region's latest
 *   demo month (year chosen: that year's months): the median of their median waits, the share
 *   over the norm, and the window's first and last month, so a page can say which months the
 *   figure covers (the trend chart's last month is another, shorter window).
 */
import { defineMetric } from './metric';
import { categoryHhiCte, marketContractsCte, type ChoiceParams } from './choice';
import { fragment, monthOf, query, waitsCte, type WaitParams } from './scope';
import { measuredCte } from './waiting';

export type HeadlineParams = ChoiceParams;

export interface RegionHeadlinesRow extends Record<string, unknown> {
	/** Markets (care categories with a current contract) in scope, and those with an HHI. */
	markets: number;
	medianEffectiveProviders: number | null;
	/** Median of the demo provider-months' median waits, in weeks; null without demo waits. */
	medianWaitWeeks: number | null;
	/** Share (0..1) of those provider-months whose median wait exceeds the norm. */
	waitShareOverNorm: number | null;
	waitProviderMonths: number;
	/** The months the wait figures cover (YYYY-MM, inclusive); null without demo waits. */
	waitFromMonth: string | null;
	waitToMonth: string | null;
}

const demoWaits = (p: HeadlineParams): WaitParams => ({ ...p, source: 'recent' });

const headlines = query<HeadlineParams>(
	[
		fragment(waitsCte.sql, (p) => waitsCte.bind(demoWaits(p))),
		fragment(measuredCte.sql, (p) => measuredCte.bind(demoWaits(p))),
		marketContractsCte,
		categoryHhiCte
	],
	fragment(
		`
		SELECT hh.markets, hh.medianEffectiveProviders,
			w.medianWaitWeeks, w.waitShareOverNorm, w.waitProviderMonths, ww.waitFromMonth, ww.waitToMonth
		FROM (
			SELECT count(*) AS markets, median(10000.0 / nullif(hhi, 0)) AS medianEffectiveProviders
			FROM categoryHhi
		) hh, (
			SELECT median(medianWeeks) AS medianWaitWeeks,
				CAST(count(*) FILTER (WHERE medianWeeks > normWeeks) AS DOUBLE)
					/ nullif(count(*) FILTER (WHERE normWeeks IS NOT NULL), 0) AS waitShareOverNorm,
				count(*) AS waitProviderMonths
			FROM measured
		) w, (
			-- The window as waitsCte draws it: 12 months up to the latest demo month, or the year.
			SELECT CASE WHEN CAST(? AS INTEGER) IS NULL THEN ${monthOf('lastIndex - 11')} ELSE printf('%04d-01', CAST(? AS INTEGER)) END AS waitFromMonth,
				CASE WHEN CAST(? AS INTEGER) IS NULL THEN ${monthOf('lastIndex')} ELSE printf('%04d-12', CAST(? AS INTEGER)) END AS waitToMonth
			FROM (SELECT max(lastIndex) AS lastIndex FROM waitWindow)
		) ww`,
		(p) => [p.year, p.year, p.year, p.year]
	)
);

export const regionHeadlines = defineMetric<HeadlineParams, RegionHeadlinesRow>({
	id: 'regionHeadlines',
	title: { nl: 'Kerncijfers van een regio', en: 'A region’s headline figures' },
	definition: {
		nl: 'De middelste waarde van het effectief aantal aanbieders over de zorgsoorten met een lopend contract, en over de demowachttijden van de laatste 12 maanden: de mediane wachttijd en het deel van de aanbieder-maanden boven de norm, met de maanden waarover dat gaat.',
		en: 'The median effective number of providers over the care categories with a running contract, and over the demo waits of the latest 12 months: the median wait and the share of provider-months over the norm, with the months they cover.'
	},
	sql: headlines.sql,
	bind: headlines.bind
});

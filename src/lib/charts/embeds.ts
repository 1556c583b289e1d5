/**
 * The charts of the region dashboard that can be embedded (/embed/<chart-id>), by the id of their
 * ChartFrame. The embed page renders the dashboard with the filters of its address and shows only
 * that chart.
 */
export const embedCharts = [
	'kaart',
	'procedures',
	'tijdlijn',
	'percelen',
	'lokaal-per-gemeente',
	'lokaal-per-zorgsoort',
	'aanbieders-per-gemeente',
	'keuze-per-zorgsoort',
	'concentratie',
	'pgb',
	'wachttijd-ggz-2018',
	'wachttijd-per-zorgsoort',
	'wachttijd-trend',
	'wachttijd-per-aanbieder',
	'signalen'
];

/** The region's id as the embed's first parameter; the dashboard's filters, view and language after it. */
export const REGION_PARAM = 'regio';

/** `/embed/<id>?regio=…&…` for a chart of a region dashboard whose query is `search`; null if the chart has no embed. */
export function embedPath(id: string, regionId: string, search: string): string | null {
	if (!embedCharts.includes(id)) return null;
	const params = new URLSearchParams([[REGION_PARAM, regionId], ...new URLSearchParams(search)]);
	return `/embed/${id}?${params}`;
}

/**
 * The charts of the region dashboard that can be embedded (/embed/<chart-id>), by the id of their
 * ChartFrame, with the lens that draws them. The embed page renders that lens with the same
 * filters from the URL and shows only the chart.
 */
export const embedLens = {
	procedures: 'contracts',
	tijdlijn: 'contracts',
	percelen: 'contracts',
	'lokaal-per-gemeente': 'local',
	'lokaal-per-zorgsoort': 'local',
	'aanbieders-per-gemeente': 'choice',
	'keuze-per-zorgsoort': 'choice',
	concentratie: 'choice',
	pgb: 'choice',
	'wachttijd-ggz-2018': 'waiting',
	'wachttijd-per-zorgsoort': 'waiting',
	'wachttijd-trend': 'waiting',
	'wachttijd-per-aanbieder': 'waiting',
	signalen: 'flags'
} as const;

export type EmbedChart = keyof typeof embedLens;
export const isEmbedChart = (id: string): id is EmbedChart => Object.hasOwn(embedLens, id);

/** The region's id as the embed's first parameter; the dashboard's filters, view and language after it. */
export const REGION_PARAM = 'regio';

/** `/embed/<id>?regio=…&…` for a chart of a region dashboard whose query is `search`; null if the chart has no embed. */
export function embedPath(id: string, regionId: string, search: string): string | null {
	if (!isEmbedChart(id)) return null;
	const params = new URLSearchParams([[REGION_PARAM, regionId], ...new URLSearchParams(search)]);
	return `/embed/${id}?${params}`;
}

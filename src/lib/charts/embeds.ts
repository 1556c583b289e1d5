/**
 * Which charts can be embedded (/embed/<chart-id>), by the id of their ChartFrame, and on which
 * page each one lives. The embed page renders that page with its prerendered data and the
 * filters of its address, and shows only the chart.
 */

/** The pages with embeddable charts. */
export type EmbedHost = 'regio' | 'gemeente' | 'inkoop' | 'start' | 'aanbieder';

interface Host {
	/** The address parameter naming the page's subject (region, municipality, deal); null for pages without one. */
	param: string | null;
	/** What a subject looks like; anything else is refused before a request is made. */
	valid: RegExp;
	/** The page's own address (without base path or query). */
	path: (subject: string) => string;
}

export const embedHosts: Record<EmbedHost, Host> = {
	regio: { param: 'regio', valid: /^[A-Z]{2}\d{2,4}$/, path: (id) => `/regio/${id}` },
	gemeente: { param: 'gemeente', valid: /^GM\d{4}$/, path: (code) => `/gemeente/${code}` },
	// A deal from the user's own files has no prerendered page (/inkoop/eigen): it is not embeddable.
	inkoop: { param: 'inkoop', valid: /^[A-Za-z0-9][\w.-]{0,119}$/, path: (id) => `/inkoop/${encodeURIComponent(id)}` },
	start: { param: null, valid: /^$/, path: () => '/' },
	aanbieder: { param: null, valid: /^$/, path: () => '/aanbieder' }
};

const fixedCharts: Record<string, EmbedHost> = {
	// The region dashboard's lenses.
	kaart: 'regio',
	procedures: 'regio',
	tijdlijn: 'regio',
	percelen: 'regio',
	'lokaal-per-gemeente': 'regio',
	'lokaal-per-zorgsoort': 'regio',
	'aanbieders-per-gemeente': 'regio',
	'keuze-per-zorgsoort': 'regio',
	concentratie: 'regio',
	pgb: 'regio',
	'wachttijd-ggz-2018': 'regio',
	'wachttijd-per-zorgsoort': 'regio',
	'wachttijd-trend': 'regio',
	'wachttijd-per-aanbieder': 'regio',
	signalen: 'regio',
	'geld-kaart': 'regio',
	'geld-inkoop': 'regio',
	'geld-per-inwoner': 'regio',
	'geld-pgb': 'regio',
	'geld-begroting': 'regio',
	'geld-fonds': 'regio',
	// The municipality page.
	'gemeente-kaart': 'gemeente',
	'lokaal-vergelijking': 'gemeente',
	'geld-vergelijkbaar': 'gemeente',
	// A deal's page.
	'traject-tijdlijn': 'inkoop',
	'traject-percelen': 'inkoop',
	// The home page's money map.
	geldkaart: 'start'
};

/** A provider's wait trend, one chart per care category (ProviderProfile: `trend-<category>`). */
const TREND = /^trend-[a-z0-9][a-z0-9-]{0,39}$/;

/** The page a chart lives on; null if it cannot be embedded. */
export function embedHost(chart: string): EmbedHost | null {
	return Object.hasOwn(fixedCharts, chart) ? fixedCharts[chart]! : TREND.test(chart) ? 'aanbieder' : null;
}

/** Every embeddable chart id, for the prerender: the fixed ones and a trend per care category. */
export function embedChartIds(categories: readonly string[]): string[] {
	return [...Object.keys(fixedCharts), ...categories.map((c) => `trend-${c}`).filter((id) => TREND.test(id))];
}

/**
 * `/embed/<chart>?<subject>&<page query>` for a chart on a page about `subject` (region id,
 * municipality code, deal id; '' for pages without one) whose own query is `search`; null if the
 * chart cannot be embedded.
 */
export function embedPath(chart: string, subject: string, search: string): string | null {
	const host = embedHost(chart);
	if (!host) return null;
	const { param } = embedHosts[host];
	const params = new URLSearchParams(search);
	if (param) {
		params.delete(param);
		return `/embed/${chart}?${new URLSearchParams([[param, subject], ...params])}`;
	}
	return `/embed/${chart}${params.size ? `?${params}` : ''}`;
}

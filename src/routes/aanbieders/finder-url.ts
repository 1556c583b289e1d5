/**
 * The finder's state in the URL (Dutch parameter names, as users see them): gemeente,
 * zorgsoort, sortering, pagina and vergelijk (up to four provider ids). Every value is checked
 * against what exists; a bad value falls back with a notice, never a crash. The comparison
 * page reads `ids` with the same rules.
 */
import { finderSorts, maxCompared, type FinderSort } from '$lib/metrics/providers';

export const finderParams = {
	municipality: 'gemeente',
	category: 'zorgsoort',
	sort: 'sortering',
	page: 'pagina',
	compare: 'vergelijk'
} as const;

export interface FinderState {
	municipality: string | null;
	category: string | null;
	sort: FinderSort;
	/** 1-based. */
	page: number;
	/** Providers ticked for the comparison, in the order ticked. */
	compare: string[];
}

export const emptyFinder: FinderState = { municipality: null, category: null, sort: 'wachttijd', page: 1, compare: [] };

export const sortLabels: Record<FinderSort, string> = {
	wachttijd: 'Kortste wachttijd eerst',
	naam: 'Naam (A–Z)',
	lokaal: 'Dichtbij eerst'
};

const PROVIDER_ID = /^[\w.~-]{1,64}$/;
const MAX_PAGE = 10_000;

/** Provider ids from a comma list: well-formed, distinct, at most four (with notices for the rest). */
export function parseIds(raw: string | null, notices: string[]): string[] {
	if (raw === null || raw.trim() === '') return [];
	const ids: string[] = [];
	for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
		if (!PROVIDER_ID.test(part)) notices.push(`De link vroeg om aanbieder “${part.slice(0, 40)}”, die kennen we niet. We laten die weg.`);
		else if (!ids.includes(part)) ids.push(part);
	}
	if (ids.length > maxCompared) {
		notices.push(`U kunt maximaal ${maxCompared} aanbieders vergelijken. We tonen de eerste ${maxCompared}.`);
		ids.length = maxCompared;
	}
	return ids;
}

export function parseFinder(params: URLSearchParams, known: { municipalities: ReadonlySet<string>; categories: ReadonlySet<string> }): { state: FinderState; notices: string[] } {
	const notices: string[] = [];
	const get = (key: string) => {
		const v = params.get(key);
		return v === null || v.trim() === '' ? null : v.trim();
	};
	const reject = (what: string, value: string, fallback: string) => {
		notices.push(`De link vroeg om ${what} “${value.slice(0, 40)}”, die kennen we niet. ${fallback}`);
		return null;
	};

	const rawMunicipality = get(finderParams.municipality);
	const municipality =
		rawMunicipality === null ? null : known.municipalities.has(rawMunicipality.toUpperCase()) ? rawMunicipality.toUpperCase() : reject('gemeente', rawMunicipality, 'Kies hieronder uw gemeente.');

	const rawCategory = get(finderParams.category);
	const category = rawCategory === null ? null : known.categories.has(rawCategory) ? rawCategory : reject('zorgsoort', rawCategory, 'Kies hieronder een soort zorg.');

	const rawSort = get(finderParams.sort);
	const sort: FinderSort =
		rawSort === null ? 'wachttijd' : (finderSorts as readonly string[]).includes(rawSort) ? (rawSort as FinderSort) : (reject('sortering', rawSort, 'We sorteren op wachttijd.'), 'wachttijd');

	const rawPage = get(finderParams.page);
	const pageNumber = rawPage !== null && /^\d{1,5}$/.test(rawPage) ? Number(rawPage) : NaN;
	const page = rawPage === null ? 1 : pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : (reject('pagina', rawPage, 'We tonen de eerste pagina.'), 1);

	const compare = parseIds(params.get(finderParams.compare), notices);
	return { state: { municipality, category, sort, page, compare }, notices };
}

/** Search params for a state; defaults are left out so links stay short. */
export function finderSearch(state: FinderState): URLSearchParams {
	const out = new URLSearchParams();
	if (state.municipality) out.set(finderParams.municipality, state.municipality);
	if (state.category) out.set(finderParams.category, state.category);
	if (state.sort !== 'wachttijd') out.set(finderParams.sort, state.sort);
	if (state.page > 1) out.set(finderParams.page, String(state.page));
	if (state.compare.length) out.set(finderParams.compare, state.compare.join(','));
	return out;
}

/** `?…` or '' for a URL; commas stay readable (`ids=a,b`). */
export const queryString = (params: URLSearchParams) => {
	const q = params.toString().replace(/%2C/gi, ',');
	return q ? `?${q}` : '';
};

/** The three groups of care categories, as residents see them. */
export const schemeGroups = [
	{ scheme: 'iJw', label: 'Jeugdhulp (Jeugdwet)' },
	{ scheme: 'iWmo', label: 'Wmo-ondersteuning' },
	{ scheme: 'nza-ggz', label: 'Geestelijke zorg (ggz, NZa 2018)' }
] as const;

/** Path (without base) of a provider's profile; municipality and category keep "local" and the way back. */
export function profilePath(id: string, state: Partial<Pick<FinderState, 'municipality' | 'category'>> = {}): string {
	const params = new URLSearchParams({ id });
	if (state.municipality) params.set(finderParams.municipality, state.municipality);
	if (state.category) params.set(finderParams.category, state.category);
	return `/aanbieder${queryString(params)}`;
}

/** Path (without base) of the comparison of these providers, keeping the finder's choices. */
export function comparePath(ids: readonly string[], state: Pick<FinderState, 'municipality' | 'category'>): string {
	const params = new URLSearchParams();
	if (ids.length) params.set('ids', ids.join(','));
	if (state.municipality) params.set(finderParams.municipality, state.municipality);
	if (state.category) params.set(finderParams.category, state.category);
	return `/aanbieders/vergelijk${queryString(params)}`;
}

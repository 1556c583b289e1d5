/**
 * The finder's state in the URL (Dutch parameter names, as users see them): gemeente,
 * zorgsoort, sortering, pagina and vergelijk (up to four provider ids). Every value is checked
 * against what exists; a bad value falls back with a notice, never a crash. The comparison
 * page reads `ids` with the same rules.
 */
import { finderSorts, maxCompared, type FinderSort } from '$lib/metrics/providers';
import { type Text } from '$lib/i18n/text';
import { finder as finderText, finderNotices } from '$lib/i18n/care-text';

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

/** Sort orders by name, in both languages: show them with `tr(sortLabels[sort])`. */
export const sortLabels: Record<FinderSort, Text> = finderText.sorts;

const PROVIDER_ID = /^[\w.~-]{1,64}$/;
const MAX_PAGE = 10_000;

/** A message in both languages from a dictionary function. */
const both = <A extends unknown[]>(entry: Text<(...args: A) => string>, ...args: A): Text => ({ nl: entry.nl(...args), en: entry.en(...args) });

/** Provider ids from a comma list: well-formed, distinct, at most four (a message for the rest). */
export function parseIds(raw: string | null, messages: Text[]): string[] {
	if (raw === null || raw.trim() === '') return [];
	const add = (m: Text) => messages.push(m);
	const ids: string[] = [];
	for (const part of raw.split(',').map((s) => s.trim()).filter(Boolean)) {
		if (!PROVIDER_ID.test(part)) add(both(finderNotices.provider, part.slice(0, 40)));
		else if (!ids.includes(part)) ids.push(part);
	}
	if (ids.length > maxCompared) {
		add(both(finderNotices.tooMany, maxCompared));
		ids.length = maxCompared;
	}
	return ids;
}

export interface ParsedFinder {
	state: FinderState;
	/** What was not understood, in Dutch and English: show them with `tr(message)`. */
	messages: Text[];
}

export function parseFinder(params: URLSearchParams, known: { municipalities: ReadonlySet<string>; categories: ReadonlySet<string> }): ParsedFinder {
	const messages: Text[] = [];
	const get = (key: string) => {
		const v = params.get(key);
		return v === null || v.trim() === '' ? null : v.trim();
	};
	const reject = (kind: { what: Text; fallback: Text }, value: string) => {
		const shown = value.slice(0, 40);
		const m = { nl: finderNotices.rejected.nl(kind.what.nl, shown, kind.fallback.nl), en: finderNotices.rejected.en(kind.what.en, shown, kind.fallback.en) };
		messages.push(m);
		return null;
	};

	const rawMunicipality = get(finderParams.municipality);
	const municipality =
		rawMunicipality === null ? null : known.municipalities.has(rawMunicipality.toUpperCase()) ? rawMunicipality.toUpperCase() : reject(finderNotices.municipality, rawMunicipality);

	const rawCategory = get(finderParams.category);
	const category = rawCategory === null ? null : known.categories.has(rawCategory) ? rawCategory : reject(finderNotices.category, rawCategory);

	const rawSort = get(finderParams.sort);
	const sort: FinderSort =
		rawSort === null ? 'wachttijd' : (finderSorts as readonly string[]).includes(rawSort) ? (rawSort as FinderSort) : (reject(finderNotices.sort, rawSort), 'wachttijd');

	const rawPage = get(finderParams.page);
	const pageNumber = rawPage !== null && /^\d{1,5}$/.test(rawPage) ? Number(rawPage) : NaN;
	const page = rawPage === null ? 1 : pageNumber >= 1 && pageNumber <= MAX_PAGE ? pageNumber : (reject(finderNotices.page, rawPage), 1);

	const compare = parseIds(params.get(finderParams.compare), messages);
	return { state: { municipality, category, sort, page, compare }, messages };
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

/** The three groups of care categories, as residents see them (label: show with `tr`). */
export const schemeGroups = [
	{ scheme: 'iJw', label: finderText.groups.iJw },
	{ scheme: 'iWmo', label: finderText.groups.iWmo },
	{ scheme: 'nza-ggz', label: finderText.groups['nza-ggz'] }
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

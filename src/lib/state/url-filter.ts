/**
 * The cross-filter in the URL: parse search params into a RegionFilter, checking every value
 * against what exists (unknown values fall back to "all" with a notice, never a crash), and
 * write a filter back as search params. Dutch parameter names, as users see them.
 */
import { domains, type Domain } from '../metrics/config';
import type { RegionFilter } from '../metrics/filter';
import { notices as noticeText, type Text } from '../i18n/text';

export const filterParams = {
	domain: 'domein',
	municipality: 'gemeente',
	category: 'categorie',
	provider: 'aanbieder',
	year: 'jaar'
} as const;

export interface FilterOptions {
	municipalities: ReadonlySet<string>;
	categories: ReadonlySet<string>;
	/** Providers are many; any well-formed id is accepted and simply matches nothing if unknown. */
	years: { min: number; max: number };
}

export interface ParsedFilter {
	filter: RegionFilter;
	/** What was not understood, in Dutch and English: show them with `tr(message)`. */
	messages: Text[];
}

const PROVIDER_ID = /^[\w.~-]{1,64}$/;

export function parseFilter(params: URLSearchParams, regionId: string, options: FilterOptions): ParsedFilter {
	const messages: Text[] = [];
	const get = (key: string) => {
		const v = params.get(key);
		return v === null || v.trim() === '' ? null : v.trim();
	};
	const reject = (kind: { what: Text; fallback: Text }, value: string) => {
		const shown = value.slice(0, 40);
		messages.push({
			nl: noticeText.rejected.nl(kind.what.nl, shown, kind.fallback.nl),
			en: noticeText.rejected.en(kind.what.en, shown, kind.fallback.en)
		});
		return null;
	};

	const rawDomain = get(filterParams.domain);
	const domain: Domain = rawDomain === null ? 'jeugd' : domains.includes(rawDomain as Domain) ? (rawDomain as Domain) : (reject(noticeText.law, rawDomain), 'jeugd');

	const rawMunicipality = get(filterParams.municipality);
	const municipality = rawMunicipality === null ? null : options.municipalities.has(rawMunicipality) ? rawMunicipality : reject(noticeText.municipality, rawMunicipality);

	const rawCategory = get(filterParams.category);
	const category = rawCategory === null ? null : options.categories.has(rawCategory) ? rawCategory : reject(noticeText.category, rawCategory);

	const rawProvider = get(filterParams.provider);
	const provider = rawProvider === null ? null : PROVIDER_ID.test(rawProvider) ? rawProvider : reject(noticeText.provider, rawProvider);

	const rawYear = get(filterParams.year);
	const yearNumber = rawYear !== null && /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
	const year =
		rawYear === null ? null : yearNumber >= options.years.min && yearNumber <= options.years.max ? yearNumber : reject(noticeText.year, rawYear);

	return { filter: { regionId, domain, municipality, category, provider, year }, messages };
}

/** Search params for a filter; defaults are left out so permalinks stay short. */
export function filterSearch(filter: RegionFilter, keep?: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(keep);
	for (const key of Object.values(filterParams)) out.delete(key);
	if (filter.domain !== 'jeugd') out.set(filterParams.domain, filter.domain);
	if (filter.municipality) out.set(filterParams.municipality, filter.municipality);
	if (filter.category) out.set(filterParams.category, filter.category);
	if (filter.provider) out.set(filterParams.provider, filter.provider);
	if (filter.year !== null) out.set(filterParams.year, String(filter.year));
	return out;
}

/**
 * View choices in the URL: what a chart shows, not which rows. Changing them recomputes no panel.
 * The first value of each is the default, which stays out of the URL.
 */
export const viewChoices = {
	/** The region map's "Kleur naar". */
	kleur: ['aanbieders', 'lokaal', 'pgb'],
	/** The contracts lens: procedures or funding models. */
	verdeling: ['procedure', 'bekostiging']
} as const;
export type ViewParam = keyof typeof viewChoices;
export type ViewChoice<K extends ViewParam> = (typeof viewChoices)[K][number];

/** Parameters that are no filter: the money lens's year and figure, the view choices, the language. */
export const viewParams: readonly string[] = ['geld', 'geldjaar', ...Object.keys(viewChoices), 'lang'];

/** The query without the view parameters, as a string: the same filter gives the same text. */
export function filterQuery(params: URLSearchParams): string {
	const out = new URLSearchParams([...params].filter(([k]) => !viewParams.includes(k)));
	return out.toString();
}

/** A view choice from the URL; absent or unknown (a tampered link) gives the default. */
export function readView<K extends ViewParam>(params: URLSearchParams, key: K): ViewChoice<K> {
	const choices: readonly string[] = viewChoices[key];
	const v = params.get(key);
	return (v !== null && choices.includes(v) ? v : choices[0]) as ViewChoice<K>;
}

/** `params` with a view choice set; the default is left out, so permalinks stay short. */
export function withView<K extends ViewParam>(params: URLSearchParams, key: K, value: ViewChoice<K>): URLSearchParams {
	const out = new URLSearchParams(params);
	if (value === viewChoices[key][0]) out.delete(key);
	else out.set(key, value);
	return out;
}

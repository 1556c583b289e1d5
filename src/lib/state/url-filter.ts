/**
 * The cross-filter in the URL: parse search params into a RegionFilter, checking every value
 * against what exists (unknown values fall back to "all" with a notice, never a crash), and
 * write a filter back as search params. Dutch parameter names, as users see them.
 */
import { domains, type Domain } from '../metrics/config';
import type { RegionFilter } from '../metrics/filter';

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
	notices: string[];
}

const PROVIDER_ID = /^[\w.~-]{1,64}$/;

export function parseFilter(params: URLSearchParams, regionId: string, options: FilterOptions): ParsedFilter {
	const notices: string[] = [];
	const get = (key: string) => {
		const v = params.get(key);
		return v === null || v.trim() === '' ? null : v.trim();
	};
	const reject = (what: string, value: string, fallback: string) => {
		notices.push(`De link vroeg om ${what} “${value.slice(0, 40)}”, die kennen we niet. We tonen ${fallback}.`);
		return null;
	};

	const rawDomain = get(filterParams.domain);
	const domain: Domain = rawDomain === null ? 'jeugd' : domains.includes(rawDomain as Domain) ? (rawDomain as Domain) : (reject('wet', rawDomain, 'de Jeugdwet'), 'jeugd');

	const rawMunicipality = get(filterParams.municipality);
	const municipality = rawMunicipality === null ? null : options.municipalities.has(rawMunicipality) ? rawMunicipality : reject('gemeente', rawMunicipality, 'de hele regio');

	const rawCategory = get(filterParams.category);
	const category = rawCategory === null ? null : options.categories.has(rawCategory) ? rawCategory : reject('zorgsoort', rawCategory, 'alle zorgsoorten');

	const rawProvider = get(filterParams.provider);
	const provider = rawProvider === null ? null : PROVIDER_ID.test(rawProvider) ? rawProvider : reject('aanbieder', rawProvider, 'alle aanbieders');

	const rawYear = get(filterParams.year);
	const yearNumber = rawYear !== null && /^\d{4}$/.test(rawYear) ? Number(rawYear) : NaN;
	const year =
		rawYear === null ? null : yearNumber >= options.years.min && yearNumber <= options.years.max ? yearNumber : reject('jaar', rawYear, 'de situatie op de peildatum');

	return { filter: { regionId, domain, municipality, category, provider, year }, notices };
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

/**
 * The cross-filter every region and municipality panel shares. It lives in the URL; metrics
 * receive it and bind its values as parameters (never as SQL text).
 *
 * Semantics, the same in every metric:
 * - `municipality`: only what concerns that municipality — deals it takes part in, waits
 *   measured there, its usage. null = the whole region.
 * - `category`: only lots / waits / usage of that care category. null = all.
 * - `provider`: only that provider's contracts and waits. null = all.
 * - `year`: contracts running at any time in that year, waits and usage of that year.
 *   null = contracts running on `metricConfig.referenceDate`, waits of the last 12 months
 *   of data, usage of the last year with data.
 */
import type { Domain } from './config';

export interface RegionFilter {
	regionId: string;
	domain: Domain;
	municipality: string | null;
	category: string | null;
	provider: string | null;
	year: number | null;
}

export const emptyFilter = (regionId: string, domain: Domain): RegionFilter => ({
	regionId,
	domain,
	municipality: null,
	category: null,
	provider: null,
	year: null
});

/** The filters one step wider than `filter`: each chosen municipality, category, provider or year cleared in turn. */
export function widerFilters<F extends RegionFilter>(filter: F): F[] {
	return (['municipality', 'category', 'provider', 'year'] as const).filter((k) => filter[k] !== null).map((k) => ({ ...filter, [k]: null }));
}

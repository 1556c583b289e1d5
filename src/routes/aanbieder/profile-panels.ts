/** The panels of a provider's profile: one filter (provider, municipality, date) → every metric's rows. */
import {
	providerAreas,
	providerCategories,
	providerDeals,
	providerLocationList,
	providerSubcontracting,
	providerSummary,
	providerWaitTrend
} from '$lib/metrics/providers';
import type { RowsOf } from '$lib/state/panels.svelte';

export interface ProfileFilter {
	providerId: string;
	municipality: string | null;
	date: string;
}

export const profilePanels = {
	summary: { metric: providerSummary, params: (f: ProfileFilter) => ({ ids: [f.providerId], municipality: f.municipality, date: f.date }) },
	categories: { metric: providerCategories, params: (f: ProfileFilter) => ({ ids: [f.providerId], municipality: f.municipality, date: f.date }) },
	trend: { metric: providerWaitTrend, params: (f: ProfileFilter) => ({ providerId: f.providerId, date: f.date }) },
	areas: { metric: providerAreas, params: (f: ProfileFilter) => ({ providerId: f.providerId, date: f.date }) },
	deals: { metric: providerDeals, params: (f: ProfileFilter) => ({ providerId: f.providerId, date: f.date }) },
	subcontracting: { metric: providerSubcontracting, params: (f: ProfileFilter) => ({ providerId: f.providerId, date: f.date }) },
	locations: { metric: providerLocationList, params: (f: ProfileFilter) => ({ providerId: f.providerId }) }
};
export type ProfilePanels = typeof profilePanels;
export type ProfileRows = RowsOf<ProfilePanels>;

export const emptyProfile = Object.fromEntries(Object.keys(profilePanels).map((k) => [k, []])) as unknown as ProfileRows;

/** Provider ids as they appear in the data (KvK numbers, 'nza-…', 'demo-…'). */
export const PROVIDER_ID = /^[\w.~-]{1,64}$/;

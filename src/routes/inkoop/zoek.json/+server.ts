import { json } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { dealList } from '$lib/metrics/deal';
import { packDeals } from '../../home-search';

export const prerender = true;

/**
 * The home page's deal search index: every procurement with its region, municipalities and
 * providers, names stored once (home-search.ts packs them). Fetched only when someone searches,
 * so the home page itself stays as light as it was.
 */
export async function GET() {
	return json(packDeals(await runMetric(await buildDb(), dealList, {})));
}

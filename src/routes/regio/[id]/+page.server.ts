import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { regionList, regionMembers } from '$lib/metrics/regions';
import { providersPerMunicipality, type ProvidersPerMunicipalityRow } from '$lib/metrics/contracts';
import { domains, metricConfig, type Domain } from '$lib/metrics/config';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => (await runMetric(await buildDb(), regionList, { domain: 'jeugd' })).map((r) => ({ id: r.id }));

/** Prerendered figures for both domains, so the page shows content before DuckDB-WASM runs. */
export async function load({ params }) {
	const db = await buildDb();
	const [region] = await runMetric(db, regionList, { domain: 'jeugd', regionId: params.id });
	if (!region) error(404, `Regio ${params.id} bestaat niet`);
	const date = metricConfig.referenceDate;
	const byDomain = Object.fromEntries(
		await Promise.all(domains.map(async (domain) => [domain, await runMetric(db, providersPerMunicipality, { regionId: params.id, domain, date })] as const))
	);
	return {
		region,
		members: await runMetric(db, regionMembers, { regionId: params.id, domain: 'jeugd' }),
		providersPerMunicipality: byDomain as Record<Domain, ProvidersPerMunicipalityRow[]>,
		referenceDate: date
	};
}

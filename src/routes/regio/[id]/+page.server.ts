import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { projectRegion, regionShapes } from '$lib/server/geo';
import { runMetric } from '$lib/metrics/metric';
import { careCategoryList, regionList, regionMembers } from '$lib/metrics/regions';
import { regionProviders } from '$lib/metrics/contracts';
import { emptyFilter } from '$lib/metrics/filter';
import { domains, metricConfig, type Domain } from '$lib/metrics/config';
import { computePanels } from '$lib/state/panels.svelte';
import { regionPanels } from '$lib/lenses/region-panels';
import { moneyForRegion } from '$lib/server/money';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => (await runMetric(await buildDb(), regionList, { domain: 'jeugd' })).map((r) => ({ id: r.id }));

/**
 * Everything the dashboard shows for the default view (no filter), for both laws, computed at
 * build with the same metric SQL the browser runs: the page has its figures before DuckDB-WASM.
 */
export async function load({ params }) {
	const db = await buildDb();
	const [region] = await runMetric(db, regionList, { domain: 'jeugd', regionId: params.id });
	if (!region) error(404, `Regio ${params.id} bestaat niet`);
	const date = metricConfig.referenceDate;
	const members = await runMetric(db, regionMembers, { regionId: params.id, domain: 'jeugd' });
	const perDomain = async (domain: Domain) => ({
		panels: await computePanels(db, regionPanels, { ...emptyFilter(params.id, domain), date, localBy: 'regio' as const }),
		categories: (await runMetric(db, careCategoryList, { domain })).map((c) => ({ value: c.code, label: c.name, labelEn: c.nameEn })),
		providers: (await runMetric(db, regionProviders, { regionId: params.id, domain })).map((p) => ({ value: p.id, label: p.name }))
	});
	const [jeugd, wmo] = await Promise.all(domains.map(perDomain));
	// Real money (CBS Iv3, Gemeentefonds): the members, the region and the country, per Iv3 file.
	const money = await moneyForRegion(db, params.id);
	return {
		money,
		region,
		members,
		map: projectRegion(regionShapes(members.map((m) => m.code))),
		byDomain: { jeugd: jeugd!, wmo: wmo! },
		referenceDate: date
	};
}

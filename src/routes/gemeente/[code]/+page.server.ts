import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { projectRegion, regionShapes } from '$lib/server/geo';
import { runMetric } from '$lib/metrics/metric';
import { careCategoryList, municipalityList, regionMembers } from '$lib/metrics/regions';
import { regionProviders } from '$lib/metrics/contracts';
import { municipalityComparison } from '$lib/metrics/comparison';
import { municipalityDeals } from '$lib/metrics/deal';
import { domains, metricConfig, type Domain } from '$lib/metrics/config';
import { membersMoney, municipalityMoney } from '$lib/server/money-municipality';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => (await runMetric(await buildDb(), municipalityList, {})).map((m) => ({ code: m.code }));

/**
 * The municipality against its region and the country, for both laws, computed at build; and
 * its real money figures (CBS Iv3, Gemeentefonds) for every Iv3 file, against its region, the
 * country and similar municipalities (cached across pages: see money-municipality.ts).
 * The detailed lenses are computed in the browser (342 pages × every panel would make the
 * build slow for little gain: the comparison is what the page opens with).
 */
export async function load({ params }) {
	const db = await buildDb();
	const [municipality] = await runMetric(db, municipalityList, { code: params.code });
	if (!municipality) error(404, `Gemeente ${params.code} bestaat niet`);
	const date = metricConfig.referenceDate;
	const members = await runMetric(db, regionMembers, { regionId: municipality.regionId, domain: 'jeugd' });
	const perDomain = async (domain: Domain) => ({
		comparison: await runMetric(db, municipalityComparison, { municipality: params.code, domain, date }),
		categories: (await runMetric(db, careCategoryList, { domain })).map((c) => ({ value: c.code, label: c.name, labelEn: c.nameEn })),
		providers: (await runMetric(db, regionProviders, { regionId: municipality.regionId, domain })).map((p) => ({ value: p.id, label: p.name }))
	});
	const [jeugd, wmo] = await Promise.all(domains.map(perDomain));
	return {
		municipality,
		members,
		map: projectRegion(regionShapes(members.map((m) => m.code))),
		byDomain: { jeugd: jeugd!, wmo: wmo! },
		money: await municipalityMoney(db, params.code, municipality.regionId),
		// The region map is coloured by a real figure: youth-care spending per inhabitant.
		mapMoney: await membersMoney(db, members.map((m) => m.code), 'jeugdPerInhabitant'),
		// Links to the deal pages of every procurement it takes part in (prerendered: no database needed).
		deals: (await runMetric(db, municipalityDeals, { municipality: params.code })).map((d) => ({ id: d.id, title: d.title, domain: d.domain, demo: d.source === 'demo' })),
		referenceDate: date
	};
}

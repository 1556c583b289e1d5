import { buildDb } from '$lib/server/build-db';
import { projectNation } from '$lib/server/geo';
import { runMetric } from '$lib/metrics/metric';
import { regionList } from '$lib/metrics/regions';
import { moneyFigures } from '$lib/metrics/money';
import { moneyYears } from '$lib/lenses/money-terms';
import { packMoney } from './home-map';

/**
 * The region list, and the national money map: every municipality projected here (no map code
 * in the browser) and the figures of every Iv3 year from the same metric SQL as the region and
 * municipality pages, packed to the indicators each year offers.
 */
export async function load() {
	const db = await buildDb();
	const regions = await runMetric(db, regionList, { domain: 'jeugd' });
	const perYear = await Promise.all(moneyYears.map((y) => runMetric(db, moneyFigures, { year: y.year, kind: y.kind, regionId: null })));
	const regionOf = new Map(perYear[0]!.filter((r) => r.level === 'gemeente').map((r) => [r.code, r.regionId]));
	const map = projectNation((code) => regionOf.get(code));
	const money = packMoney(
		map.municipalities.map((m) => m.code),
		regions.map((r) => r.id),
		perYear
	);
	return { regions, map, money };
}

import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { municipalityList } from '$lib/metrics/regions';
import { postcodeAreas, providerCategoryChoices } from '$lib/metrics/providers';
import { metricConfig } from '$lib/metrics/config';

/**
 * What the finder needs before DuckDB is ready: the municipalities and postcode areas for the
 * type-ahead, and the care categories to choose from. The provider list itself is computed in
 * the browser (every municipality × category would be thousands of lists).
 */
export async function load() {
	const db = await buildDb();
	const date = metricConfig.referenceDate;
	const [municipalities, categories, postcodes] = await Promise.all([
		runMetric(db, municipalityList, {}),
		runMetric(db, providerCategoryChoices, { date }),
		runMetric(db, postcodeAreas, {})
	]);
	return {
		municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, provinceName: m.provinceName, regionId: m.regionId, regionName: m.regionName })),
		categories: categories.filter((c) => c.providers > 0),
		postcodes: postcodes.map((p) => ({ postcode: p.postcode, municipalityCode: p.municipalityCode })),
		referenceDate: date
	};
}

import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { municipalityList } from '$lib/metrics/regions';
import { providerCategoryChoices } from '$lib/metrics/providers';
import { metricConfig } from '$lib/metrics/config';

/** The comparison is computed in the browser from `?ids=`; here only the lists to check the URL. */
export async function load() {
	const db = await buildDb();
	const date = metricConfig.referenceDate;
	const [municipalities, categories] = await Promise.all([runMetric(db, municipalityList, {}), runMetric(db, providerCategoryChoices, { date })]);
	return {
		municipalities: municipalities.map((m) => ({ code: m.code, name: m.name })),
		categories: categories.map((c) => ({ code: c.code, name: c.name, nameEn: c.nameEn })),
		referenceDate: date
	};
}

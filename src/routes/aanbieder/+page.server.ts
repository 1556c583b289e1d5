import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { municipalityList } from '$lib/metrics/regions';
import { providerCategoryChoices } from '$lib/metrics/providers';
import { metricConfig } from '$lib/metrics/config';

/**
 * One prerendered page for every provider: it reads `?id=` after hydration and computes the
 * profile in the browser. Prerendering a page per provider (849 NZa + 1,428 contracted = 2,277
 * pages) was measured at about +5 minutes of build time on 2 cores (`vite build` 6 m 42 s against
 * 1 m 53 s), far over the +60 s budget. Here only the lists needed to check the URL.
 */
export async function load() {
	const db = await buildDb();
	const date = metricConfig.referenceDate;
	const [municipalities, categories] = await Promise.all([runMetric(db, municipalityList, {}), runMetric(db, providerCategoryChoices, { date })]);
	return {
		municipalities: municipalities.map((m) => ({ code: m.code, name: m.name })),
		categories: categories.map((c) => c.code),
		/** Care category names in both languages (the profile's rows carry only the Dutch name). */
		categoryNames: categories.map((c) => ({ value: c.code, label: c.name, labelEn: c.nameEn })),
		referenceDate: date
	};
}

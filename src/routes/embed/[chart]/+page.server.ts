import { error } from '@sveltejs/kit';
import { embedChartIds, embedHost } from '$lib/charts/embeds';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { providerCategoryChoices } from '$lib/metrics/providers';
import { metricConfig } from '$lib/metrics/config';
import type { EntryGenerator } from './$types';

/** One page per embeddable chart, including a provider's wait trend for every care category. */
export const entries: EntryGenerator = async () => {
	const categories = await runMetric(await buildDb(), providerCategoryChoices, { date: metricConfig.referenceDate });
	return embedChartIds(categories.map((c) => c.code)).map((chart) => ({ chart }));
};

/** The page and its subject come from the query, read in the browser. */
export function load({ params }) {
	const host = embedHost(params.chart);
	if (!host) error(404, 'Onbekende grafiek');
	return { chart: params.chart, host };
}

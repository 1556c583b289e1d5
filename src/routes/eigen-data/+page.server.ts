import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { regionList } from '$lib/metrics/regions';

export async function load() {
	const regions = await runMetric(await buildDb(), regionList, { domain: 'jeugd' });
	return { regions: regions.map((r) => ({ id: r.id, name: r.name })) };
}

import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { regionList } from '$lib/metrics/regions';

export async function load() {
	const db = await buildDb();
	return { regions: await runMetric(db, regionList, { domain: 'jeugd' }) };
}

import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { municipalityList, regionList } from '$lib/metrics/regions';

export async function load() {
	const db = await buildDb();
	const regions = await runMetric(db, regionList, { domain: 'jeugd' });
	// For the OCDS importer: buyers are mapped to these municipalities by code or name, and their jeugdregio.
	const municipalities = await runMetric(db, municipalityList, {});
	return { regions: regions.map((r) => ({ id: r.id, name: r.name })), municipalities: municipalities.map((m) => ({ code: m.code, name: m.name, regionId: m.regionId })) };
}

import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { dealList } from '$lib/metrics/deal';
import { metricConfig } from '$lib/metrics/config';
import type { QueryRunner } from '$lib/db/types';
import { dealData, regionMoney, type DealMoney } from '../deal-data';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => (await runMetric(await buildDb(), dealList, {})).map((d) => ({ id: d.id }));

// A region has several deals: its real money figures are computed once per build.
const moneyByRegion = new Map<string, Promise<DealMoney[]>>();
const cachedMoney = (db: QueryRunner) => (regionId: string) => {
	let m = moneyByRegion.get(regionId);
	if (!m) moneyByRegion.set(regionId, (m = regionMoney(db, regionId)));
	return m;
};

/** One procurement, computed at build with the metric SQL (deal-data.ts). */
export async function load({ params }) {
	const db = await buildDb();
	const data = await dealData(db, params.id, metricConfig.referenceDate, cachedMoney(db));
	if (!data) error(404, `Inkooptraject ${params.id} bestaat niet`);
	return data;
}

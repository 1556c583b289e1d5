import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { regionList } from '$lib/metrics/regions';
import { domains } from '$lib/metrics/config';
import { regionMoney, type DealMoney } from '../deal-data';

/**
 * The real CBS Iv3 money of every region and its municipalities, computed at build: the browser's
 * database holds no money tables (the pages take those figures from the build), and the user's
 * deals change nothing in them. A user's deal then shows the same money beside it as a site deal.
 */
export async function load() {
	const db = await buildDb();
	const ids = [...new Set((await Promise.all(domains.map((domain) => runMetric(db, regionList, { domain })))).flat().map((r) => r.id))];
	const money: Record<string, DealMoney[]> = {};
	for (const id of ids) money[id] = await regionMoney(db, id);
	return { money };
}

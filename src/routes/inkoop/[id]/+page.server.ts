import { error } from '@sveltejs/kit';
import { buildDb } from '$lib/server/build-db';
import { runMetric } from '$lib/metrics/metric';
import { dealDetail, dealList, dealLots, dealPlaces, dealProviders, flagsOfDeal, similarDeals } from '$lib/metrics/deal';
import { flagItems } from '$lib/metrics/flags';
import { emptyFilter } from '$lib/metrics/filter';
import { metricConfig } from '$lib/metrics/config';
import { moneyFigures, type MoneyRow } from '$lib/metrics/money';
import { moneyYears } from '$lib/lenses/money-terms';
import type { QueryRunner } from '$lib/db/types';
import type { EntryGenerator } from './$types';

export const entries: EntryGenerator = async () => (await runMetric(await buildDb(), dealList, {})).map((d) => ({ id: d.id }));

/** The money figures the page shows, per area (rounded: the HTML carries only what is shown). */
const moneyKeys = ['population', 'jeugd', 'wmo', 'jeugdPerInhabitant', 'wmoPerInhabitant', 'pgbShareJeugd', 'pgbShareWmo'] as const;
export type DealMoney = { code: string; name: string; level: 'gemeente' | 'regio' } & Record<(typeof moneyKeys)[number], number | null>;
const round = (v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(6)) : null);
const compact = (r: MoneyRow): DealMoney => ({
	code: r.code,
	name: r.name ?? r.code,
	level: r.level === 'gemeente' ? 'gemeente' : 'regio',
	...(Object.fromEntries(moneyKeys.map((k) => [k, round(r[k])])) as Record<(typeof moneyKeys)[number], number | null>)
});

// A region has several deals: its real money figures are computed once per build.
const moneyByRegion = new Map<string, Promise<DealMoney[]>>();
function regionMoney(db: QueryRunner, regionId: string): Promise<DealMoney[]> {
	let m = moneyByRegion.get(regionId);
	if (!m) {
		const y = moneyYears[0];
		m = runMetric(db, moneyFigures, { year: y.year, kind: y.kind, regionId }).then((rows) => rows.filter((r) => r.level !== 'nederland').map(compact));
		moneyByRegion.set(regionId, m);
	}
	return m;
}

/**
 * One procurement, computed at build with the metric SQL: its detail, lots, winners, what it
 * means per participating municipality (all of them, so choosing one needs no query in the
 * browser), the real CBS Iv3 money of the participants, its signals and similar deals elsewhere.
 */
export async function load({ params }) {
	const db = await buildDb();
	const date = metricConfig.referenceDate;
	const [deal] = await runMetric(db, dealDetail, { id: params.id, date });
	if (!deal) error(404, `Inkooptraject ${params.id} bestaat niet`);
	const [lots, providers, places, similar, items, money] = await Promise.all([
		runMetric(db, dealLots, { id: deal.id }),
		runMetric(db, dealProviders, { id: deal.id }),
		runMetric(db, dealPlaces, { id: deal.id }),
		runMetric(db, similarDeals, { id: deal.id, limit: 11 }),
		runMetric(db, flagItems, { ...emptyFilter(deal.regionId, deal.domain), date: deal.flagDate }),
		regionMoney(db, deal.regionId)
	]);
	const participants = places.filter((p) => p.level === 'gemeente' && p.municipalityCode !== null);
	const codes = [...new Set(participants.map((p) => p.municipalityCode!))];
	const names = new Map(participants.map((p) => [p.municipalityCode!, p.municipalityName ?? p.municipalityCode!]));
	return {
		deal,
		lots,
		providers,
		participants: codes.map((code) => ({ code, name: names.get(code)! })).sort((a, b) => a.name.localeCompare(b.name, 'nl')),
		places,
		similar,
		flags: flagsOfDeal(items, deal.id, lots.map((l) => l.category)),
		money: { year: moneyYears[0], rows: money.filter((m) => m.level === 'regio' || codes.includes(m.code)) },
		referenceDate: date
	};
}

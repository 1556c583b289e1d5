/**
 * Everything the deal page shows about one procurement, from the metric SQL: at build on native
 * DuckDB for the site's deals (/inkoop/[id]), and in the browser on DuckDB-WASM for deals the user
 * loaded (/inkoop/eigen), so both pages show the same figures the same way.
 */
import { runMetric } from '$lib/metrics/metric';
import { dealDetail, dealLots, dealPlaces, dealProviders, flagsOfDeal, similarDeals } from '$lib/metrics/deal';
import { flagItems } from '$lib/metrics/flags';
import { emptyFilter } from '$lib/metrics/filter';
import { moneyFigures, type MoneyRow } from '$lib/metrics/money';
import { moneyYears } from '$lib/lenses/money-terms';
import type { QueryRunner } from '$lib/db/types';

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

/** The real CBS Iv3 money of a region and its municipalities, in the newest year shown. */
export function regionMoney(db: QueryRunner, regionId: string): Promise<DealMoney[]> {
	const y = moneyYears[0];
	return runMetric(db, moneyFigures, { year: y.year, kind: y.kind, regionId }).then((rows) => rows.filter((r) => r.level !== 'nederland').map(compact));
}

/**
 * One procurement: its detail, lots, winners, what it means per participating municipality (all
 * of them, so choosing one needs no query), the real money of the participants, its signals and
 * similar deals elsewhere. `null` when no procurement has this id.
 */
export async function dealData(db: QueryRunner, id: string, date: string, money: (regionId: string) => Promise<DealMoney[]> = (r) => regionMoney(db, r)) {
	const [deal] = await runMetric(db, dealDetail, { id, date });
	if (!deal) return null;
	const [lots, providers, places, similar, items, moneyRows] = await Promise.all([
		runMetric(db, dealLots, { id: deal.id }),
		runMetric(db, dealProviders, { id: deal.id }),
		runMetric(db, dealPlaces, { id: deal.id }),
		runMetric(db, similarDeals, { id: deal.id, limit: 11 }),
		runMetric(db, flagItems, { ...emptyFilter(deal.regionId, deal.domain), date: deal.flagDate }),
		money(deal.regionId)
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
		money: { year: moneyYears[0], rows: moneyRows.filter((m) => m.level === 'regio' || codes.includes(m.code)) },
		referenceDate: date
	};
}

export type DealData = NonNullable<Awaited<ReturnType<typeof dealData>>>;

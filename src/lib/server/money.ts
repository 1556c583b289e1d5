/**
 * The money lens's rows for a prerendered page: `moneyFigures` for every Iv3 year, cut to the
 * columns the lens shows and rounded to six significant digits, so the page's HTML carries a few
 * kilobytes of figures rather than every intermediate sum.
 */
import type { QueryRunner } from '../db/types';
import { runMetric } from '../metrics/metric';
import { moneyFigures, type MoneyRow } from '../metrics/money';
import { moneyYears, type MoneyYearKey } from '../lenses/money-terms';

/** Intermediate sums no chart or table shows (the shares built from them are kept). */
const unshown = new Set([
	'boughtLokaal',
	'boughtRegionaal',
	'boughtLandelijk',
	'ambulant',
	'ambulantLokaal',
	'ambulantRegionaal',
	'ambulantLandelijk',
	'verblijf',
	'verblijfLokaal',
	'verblijfRegionaal',
	'verblijfLandelijk',
	'wmoMaatwerk',
	'jeugdMinusFund',
	'wmoMinusFund'
]);

const compact = (row: MoneyRow): MoneyRow =>
	Object.fromEntries(
		Object.entries(row)
			.filter(([key]) => !unshown.has(key))
			.map(([key, v]) => [key, typeof v === 'number' && !Number.isInteger(v) ? Number(v.toPrecision(6)) : v])
	) as MoneyRow;

export async function moneyForRegion(db: QueryRunner, regionId: string): Promise<Record<MoneyYearKey, MoneyRow[]>> {
	const perYear = await Promise.all(moneyYears.map(async (y) => [y.key, (await runMetric(db, moneyFigures, { year: y.year, kind: y.kind, regionId })).map(compact)] as const));
	return Object.fromEntries(perYear) as Record<MoneyYearKey, MoneyRow[]>;
}

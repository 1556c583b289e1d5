/**
 * The home map's figures: packed at build from `moneyFigures` (only the indicators each Iv3 year
 * offers, as whole numbers at the precision the page writes them), read back in the browser,
 * and the map's colour classes.
 */
import { indicatorsIn, moneyYears, type IndicatorTerm, type MoneyYearKey } from '$lib/lenses/money-terms';
import type { MoneyIndicator, MoneyRow } from '$lib/metrics/money';

type Packed = (number | null)[];
export interface YearFigures {
	nl: Partial<Record<MoneyIndicator, number | null>>;
	/** Per indicator, one value per region of `regionIds`. */
	regions: Partial<Record<MoneyIndicator, Packed>>;
	/** Per indicator, one value per municipality of the map, in the map's order. */
	gemeenten: Partial<Record<MoneyIndicator, Packed>>;
}
export interface HomeMoney {
	regionIds: string[];
	/** Each map municipality's jeugdregio, as an index into `regionIds` (−1: none). */
	regionOf: number[];
	years: Record<MoneyYearKey, YearFigures>;
}

// Euros per inhabitant are written whole, shares to a tenth of a percent: no more is shipped.
const factor = (term: Pick<IndicatorTerm, 'kind'>) => (term.kind === 'euroPerInhabitant' ? 1 : 1000);
const pack = (term: IndicatorTerm, v: number | null | undefined) => (v === null || v === undefined || !Number.isFinite(v) ? null : Math.round(v * factor(term)));
export const unpack = (term: Pick<IndicatorTerm, 'kind'>, v: number | null | undefined) => (v === null || v === undefined ? null : v / factor(term));

/** At build: `rowsPerYear` in the order of `moneyYears`, each with regionId null (all levels). */
export function packMoney(mapCodes: readonly string[], regionIds: readonly string[], rowsPerYear: readonly MoneyRow[][]): HomeMoney {
	const regionIndex = new Map(regionIds.map((id, i) => [id, i]));
	const first = rowsPerYear[0] ?? [];
	const regionOfCode = new Map(first.filter((r) => r.level === 'gemeente').map((r) => [r.code, r.regionId]));
	const years = Object.fromEntries(
		moneyYears.map((y, i) => {
			const rows = rowsPerYear[i] ?? [];
			const byCode = new Map(rows.map((r) => [r.code, r]));
			const figures: YearFigures = { nl: {}, regions: {}, gemeenten: {} };
			const nl = rows.find((r) => r.level === 'nederland');
			for (const term of indicatorsIn(y)) {
				figures.nl[term.key] = pack(term, nl?.[term.key]);
				figures.regions[term.key] = regionIds.map((id) => pack(term, byCode.get(id)?.[term.key]));
				figures.gemeenten[term.key] = mapCodes.map((code) => pack(term, byCode.get(code)?.[term.key]));
			}
			return [y.key, figures];
		})
	) as Record<MoneyYearKey, YearFigures>;
	return {
		regionIds: [...regionIds],
		regionOf: mapCodes.map((code) => regionIndex.get(regionOfCode.get(code) ?? '') ?? -1),
		years
	};
}

/** A value in the map's units: euros, or percent for shares (so the legend rounds sensibly). */
export const toMapUnits = (term: Pick<IndicatorTerm, 'kind'>, v: number | null) => (v === null ? null : term.kind === 'euroPerInhabitant' ? v : v * 100);
export const fromMapUnits = (term: Pick<IndicatorTerm, 'kind'>, n: number) => (term.kind === 'euroPerInhabitant' ? n : n / 100);

function quantile(sorted: readonly number[], p: number): number {
	const i = (sorted.length - 1) * p;
	const lo = Math.floor(i);
	return sorted[lo]! + (sorted[Math.min(lo + 1, sorted.length - 1)]! - sorted[lo]!) * (i - lo);
}

/** A rounding step that leaves about four classes distinct: 1, 2 or 5 × a power of ten. */
function niceStep(spread: number): number {
	if (!(spread > 0)) return 1;
	const rough = spread / 20;
	const power = 10 ** Math.floor(Math.log10(rough));
	return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? power * 10;
}
const roundTo = (n: number, step: number) => {
	const r = Math.round(n / step) * step;
	return Math.round(r * 1e6) / 1e6 || 0; // no 0.30000000000000004, no −0
};

/**
 * Colour classes for the map, in map units: five about equally full classes (quintiles,
 * rounded), so a few outliers (a municipality that booked a refund, a tiny island) do not
 * squeeze all others into one colour. Signed values get bounds symmetric around 0, so the
 * middle class means "about as budgeted". Bounds outside the values' range are dropped.
 */
export function mapBreaks(values: readonly number[], signed: boolean): number[] {
	const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
	if (sorted.length < 2) return [];
	const [min, max] = [sorted[0]!, sorted[sorted.length - 1]!];
	if (signed) {
		const abs = sorted.map(Math.abs).sort((a, b) => a - b);
		const [near, far] = [quantile(abs, 1 / 3), quantile(abs, 2 / 3)];
		const step = niceStep(far);
		const a = Math.max(step, roundTo(near, step));
		const c = Math.max(a + step, roundTo(far, step));
		return [-c, -a, a, c].filter((b) => b > min && b <= max);
	}
	const qs = [0.2, 0.4, 0.6, 0.8].map((p) => quantile(sorted, p));
	const step = niceStep(qs[3]! - qs[0]!);
	return [...new Set(qs.map((q) => roundTo(q, step)))].filter((b) => b > min && b <= max);
}

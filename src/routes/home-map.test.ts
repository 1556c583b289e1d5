import { describe, expect, it } from 'vitest';
import { mapBreaks, packMoney, unpack } from './home-map';
import { indicatorTerms } from '$lib/lenses/money-terms';
import type { MoneyRow } from '$lib/metrics/money';

describe('mapBreaks', () => {
	it('keeps five classes apart when one municipality is far off (a refund booked as −1,389 per inhabitant)', () => {
		const values = [-1389, ...Array.from({ length: 100 }, (_, i) => 200 + i * 3)];
		const breaks = mapBreaks(values, false);
		expect(breaks).toHaveLength(4);
		// Every class holds about a fifth of the municipalities, not one class nearly all.
		const counts = [0, 0, 0, 0, 0];
		for (const v of values) counts[breaks.filter((b) => v >= b).length]! += 1;
		for (const c of counts) expect(c).toBeGreaterThanOrEqual(15);
		expect(breaks.every((b) => Number.isInteger(b) && b % 10 === 0)).toBe(true);
	});

	it('is symmetric around 0 for signed values, so the middle class is "about as budgeted"', () => {
		const values = [-100, -30, -12, -4, -1, 0, 2, 5, 9, 14, 22, 31, 45, 800];
		const breaks = mapBreaks(values, true);
		expect(breaks).toHaveLength(4);
		expect(breaks[0]).toBe(-breaks[3]!);
		expect(breaks[1]).toBe(-breaks[2]!);
		expect(breaks[2]).toBeGreaterThan(0);
	});

	it('drops bounds no value lies below, and gives none for fewer than two values', () => {
		const lots0 = [0, 0, 0, 0, 0, 0, 0, 3, 8, 40, 90];
		expect(Math.min(...mapBreaks(lots0, false))).toBeGreaterThan(0);
		expect(mapBreaks([5], false)).toEqual([]);
		expect(mapBreaks([], true)).toEqual([]);
	});
});

describe('packMoney', () => {
	const row = (level: MoneyRow['level'], code: string, regionId: string | null, values: Partial<MoneyRow>) => ({ level, code, name: code, regionId, ...values }) as MoneyRow;
	const y2025 = [
		row('gemeente', 'GM0243', 'JZ12', { jeugdPerInhabitant: 414.34, pgbShareWmo: 0.06638, shareLokaal: null }),
		row('regio', 'JZ12', 'JZ12', { jeugdPerInhabitant: 358.92, pgbShareWmo: 0.03379 }),
		row('nederland', 'NL', null, { jeugdPerInhabitant: 364.36, pgbShareWmo: 0.07767 })
	];
	const packed = packMoney(['GM0243'], ['JZ01', 'JZ12'], [y2025, y2025, y2025, y2025]);

	it('ships whole euros and tenths of a percent, the precision the page writes', () => {
		const y = packed.years['2025-begroting'];
		expect(unpack(indicatorTerms.jeugdPerInhabitant, y.gemeenten.jeugdPerInhabitant![0])).toBe(414);
		expect(unpack(indicatorTerms.pgbShareWmo, y.gemeenten.pgbShareWmo![0])).toBe(0.066);
		expect(unpack(indicatorTerms.jeugdPerInhabitant, y.nl.jeugdPerInhabitant)).toBe(364);
		expect(y.regions.jeugdPerInhabitant).toEqual([null, 359]);
		expect(y.gemeenten.shareLokaal).toEqual([null]); // no data stays no data, not 0
		expect(packed.regionOf).toEqual([1]);
	});

	it('ships only the figures a year has (no PGB share before 2025)', () => {
		expect(Object.keys(packed.years['2024-begroting'].gemeenten)).not.toContain('pgbShareWmo');
		expect(Object.keys(packed.years['2023-jaarrekening'].gemeenten)).toContain('jeugdBudgetDiffShare');
	});
});

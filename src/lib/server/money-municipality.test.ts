import { afterAll, describe, expect, it } from 'vitest';
import { realData } from '../metrics/real-data-db';
import { runMetric } from '../metrics/metric';
import { moneyPeers } from '../metrics/money';
import { municipalityList } from '../metrics/regions';
import { formatIndicator, indicatorTerms, moneyYears } from '../lenses/money-terms';
import { municipalityMoney } from './money-municipality';

const { db, close } = await realData();
afterAll(close);
const regionOf = new Map((await runMetric(db, municipalityList, {})).map((m) => [m.code, m.regionId]));
const page = (code: string) => municipalityMoney(db, code, regionOf.get(code)!);

describe('municipalityMoney', () => {
	it('gives Harderwijk, Noord-Veluwe and the country per file', async () => {
		const { files, names } = await page('GM0243');
		expect(files.map((f) => f.key)).toEqual(moneyYears.map((y) => y.key));
		const [y2025] = files;
		// Shipped with the digits the page shows (414.34 → 414.3), not 17.
		expect(y2025!.own!.values.jeugdPerInhabitant).toBe(414.3);
		expect(y2025!.region).toMatchObject({ code: 'JZ12', name: 'Noord-Veluwe' });
		expect(y2025!.region!.values.jeugdPerInhabitant).toBe(358.9);
		expect(y2025!.own!.amounts).toMatchObject({ population: 50070, jeugd: 20_746_000, wmo: 13_817_000, jeugdBudgetDiff: null });
		expect(y2025!.circulaire).toBe('september-2024');
		// Only what the file has: no budget-vs-actual in 2025, no purchase split in 2023.
		expect(y2025!.indicators).not.toContain('jeugdBudgetDiffShare');
		const accounts = files.find((f) => f.key === '2023-jaarrekening')!;
		expect(accounts.indicators).not.toContain('shareLokaal');
		expect(accounts.own!.values.jeugdBudgetDiffShare).toBeCloseTo(0.06779, 5);
		expect(accounts.own!.amounts).toMatchObject({ jeugdBudget: 20_165_000, jeugdActual: 21_532_000, jeugdBudgetDiff: 1_367_000 });
		expect(y2025!.group).toMatchObject({ sizeClass: '50000tot100000inwoners', urbanity: 'Sterkstedelijk', widened: false });
		expect(y2025!.group!.members.map((m) => names[m.code]!.name)).toContain('Almelo');
	});

	// The page reads a group member's rank and spread from the group's cached statistics: they
	// must be what the metric gives for that member, and every figure must read the same.
	it.each(moneyYears.map((y) => [y.key, y] as const))('matches moneyPeers for every member of Harderwijk’s %s group', async (_, y) => {
		const self = (await page('GM0243')).files.find((f) => f.key === y.key)!;
		for (const { code } of self.group!.members) {
			const file = (await page(code)).files.find((f) => f.key === y.key)!;
			const metric = (await runMetric(db, moneyPeers, { year: y.year, kind: y.kind, municipality: code })).filter((s) => file.indicators.includes(s.indicator));
			expect(file.stats.map((s) => s.indicator), code).toEqual(metric.map((s) => s.indicator));
			for (const [i, s] of file.stats.entries()) {
				const m = metric[i]!;
				expect(s.rank, `${code} ${s.indicator} rank`).toBe(m.rank);
				expect(s.peers, `${code} ${s.indicator} peers`).toBe(m.peers);
				const term = indicatorTerms[s.indicator];
				for (const k of ['value', 'min', 'p25', 'median', 'p75', 'max', 'regionValue', 'nlValue'] as const) {
					expect(formatIndicator(term, s[k]), `${code} ${s.indicator} ${k}`).toBe(formatIndicator(term, m[k]));
					expect(Math.abs(s[k]! - m[k]!), `${code} ${s.indicator} ${k}`).toBeLessThanOrEqual(Math.abs(m[k]!) * 1e-3);
				}
			}
		}
	}, 60_000);

	it('asks the metric itself for a widened group, which depends on the municipality', async () => {
		const [lonely] = await db.query<{ code: string }>(
			`SELECT municipalityCode AS code FROM municipalityProfiles WHERE year = 2025 AND kind = 'begroting' AND sizeClass = '100000tot150000inwoners' AND urbanity = 'Matigstedelijk'`
		);
		const file = (await page(lonely!.code)).files[0]!;
		const metric = await runMetric(db, moneyPeers, { year: 2025, kind: 'begroting', municipality: lonely!.code });
		expect(file.group!.widened).toBe(true);
		expect(file.group!.members.length).toBe(metric[0]!.peers);
		expect(file.stats.map((s) => s.rank)).toEqual(metric.map((s) => s.rank));
	});
});

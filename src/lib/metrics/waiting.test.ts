import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { waitingByCategory, waitingByProvider, waitingTrend, type WaitParams } from './waiting';
import { emptyFilter } from './filter';

/*
 * Fixture: region JZ01 (jeugd), members A (GM0001) and B (GM0002); X (GM0009) is outside.
 * Norm 8 weeks for 43 and 45 (demo), 14 weeks for ggz-jeugd (NZa).
 * Demo rows (p90 = median + 5):
 *   P1 · 45 · A: 2026-01..06 medians 10, 9, 5, 12, 11, 9 → over the norm Jan, Feb, Apr, May, Jun
 *                → 5 of 6 months over, longest run 3 (Apr–Jun)
 *   P2 · 45 · A: 2026-01, 02, 04, 05 (March missing), all 10 → 4 months over, longest run 2
 *   P3 · 43 · B: 2026-05, 06 median 4 → never over
 *   P1 · 45 · A: 2025-06 median 100 → outside the latest 12 demo months (2025-07..2026-06)
 * NZa rows (source nza-ggz-2018, no p90): N1 · ggz-jeugd · A: 2018-02 16, 2018-03 10;
 *   N2 2018-03 without a median (left out).
 * Never counted: adult ggz (domain zvw) and Wmo category 02 in A, and anything in X.
 *
 * waitingByCategory, no year (each source its own 12-month window):
 *   demo 43: [4, 4] → median 4, over 0 / 2
 *   demo 45: [10 9 5 12 11 9 | 10 10 10 10] → sorted 5 9 9 10 10 10 10 10 11 12 → median 10,
 *            over 9 / 10 = 0.9; p90 of p90s (10 14 14 15 15 15 15 15 16 17) at rank 8.1 → 16.1
 *   NZa ggz-jeugd: [16, 10] → median 13, over 1 / 2; p90 from medians: 10 + 0.9 × 6 = 15.4
 */
const demo = (providerId: string, category: string, municipalityCode: string, month: string, medianWeeks: number) => ({
	providerId, locationId: `${providerId}-L`, category, municipalityCode, month, medianWeeks, p90Weeks: medianWeeks + 5, normWeeks: 8, source: 'demo'
});
const nza = (providerId: string, month: string, medianWeeks: number | null, category = 'ggz-jeugd') => ({
	providerId, locationId: `${providerId}-L`, category, subCategory: 'Overig', municipalityCode: 'GM0001', month, medianWeeks, normWeeks: 14, source: 'nza-ggz-2018'
});
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A' },
		{ code: 'GM0002', name: 'B' },
		{ code: 'GM0009', name: 'X' }
	],
	regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
	regionMembership: ['GM0001', 'GM0002'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
	careCategories: [
		{ code: '02', scheme: 'iWmo', domain: 'wmo', plainNl: 'Begeleiding' },
		{ code: '43', plainNl: 'Verblijf' },
		{ code: '45', plainNl: 'Ambulant' },
		{ code: 'ggz-jeugd', scheme: 'nza-ggz', domain: 'jeugd', plainNl: 'Ggz jeugd', normWeeks: 14 },
		{ code: 'ggz-volwassenen', scheme: 'nza-ggz', domain: 'zvw', plainNl: 'Ggz volwassenen', normWeeks: 14 }
	],
	providers: ['P1', 'P2', 'P3', 'N1', 'N2'].map((id) => ({ id, name: `Naam ${id}` })),
	waitingTimes: [
		...[10, 9, 5, 12, 11, 9].map((w, i) => demo('P1', '45', 'GM0001', `2026-0${i + 1}`, w)),
		...['01', '02', '04', '05'].map((m) => demo('P2', '45', 'GM0001', `2026-${m}`, 10)),
		demo('P3', '43', 'GM0002', '2026-05', 4),
		demo('P3', '43', 'GM0002', '2026-06', 4),
		demo('P1', '45', 'GM0001', '2025-06', 100),
		demo('P1', '02', 'GM0001', '2026-06', 50),
		demo('P1', '45', 'GM0009', '2026-06', 50),
		nza('N1', '2018-02', 16),
		nza('N1', '2018-03', 10),
		nza('N2', '2018-03', null),
		nza('N1', '2018-03', 30, 'ggz-volwassenen')
	]
});
afterAll(() => db.close());

const scope = (over: Partial<WaitParams> = {}): WaitParams => ({ ...emptyFilter('JZ01', 'jeugd'), ...over });

describe('waitingByCategory', () => {
	it('keeps demo and NZa apart, each in its own latest-12-month window', async () => {
		const rows = await runMetric(db, waitingByCategory, scope());
		expect(rows.map((r) => [r.source, r.category, r.medianWeeks, r.shareOverNorm, r.providerMonths, r.providers, r.p90Basis])).toEqual([
			['demo', '43', 4, 0, 2, 1, 'p90Weeks'],
			['demo', '45', 10, 0.9, 10, 2, 'p90Weeks'],
			['nza-ggz-2018', 'ggz-jeugd', 13, 0.5, 2, 1, 'medianWeeks']
		]);
		expect(rows[1]).toMatchObject({ categoryName: 'Ambulant', normWeeks: 8, firstMonth: '2026-01', lastMonth: '2026-06' });
		expect(rows[1]!.p90Weeks).toBeCloseTo(16.1, 10);
		expect(rows[2]!.p90Weeks).toBeCloseTo(15.4, 10);
		expect(rows[2]).toMatchObject({ normWeeks: 14, firstMonth: '2018-02', lastMonth: '2018-03' });
	});

	it('narrows to one source', async () => {
		expect((await runMetric(db, waitingByCategory, scope({ source: 'nza-ggz-2018' }))).map((r) => r.category)).toEqual(['ggz-jeugd']);
		expect((await runMetric(db, waitingByCategory, scope({ source: 'recent' }))).map((r) => r.category)).toEqual(['43', '45']);
	});

	it("'recent' takes the user's own waits in place of the demo ones, never the NZa snapshot", async () => {
		const own = await fixtureDb({
			municipalities: [{ code: 'GM0001', name: 'A' }],
			regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
			regionMembership: [{ municipalityCode: 'GM0001', regionId: 'JZ01', domain: 'jeugd' }],
			careCategories: [{ code: '45', plainNl: 'Ambulant' }, { code: 'ggz-jeugd', scheme: 'nza-ggz', domain: 'jeugd', plainNl: 'Ggz jeugd', normWeeks: 14 }],
			providers: [{ id: 'U1', name: 'Eigen', source: 'wachttijden' }, { id: 'N1', name: 'Naam N1' }],
			waitingTimes: [{ ...demo('U1', '45', 'GM0001', '2026-03', 12), source: 'wachttijden' }, nza('N1', '2018-02', 16)]
		});
		try {
			expect((await runMetric(own, waitingByCategory, scope({ source: 'recent' }))).map((r) => [r.source, r.category, r.medianWeeks])).toEqual([['wachttijden', '45', 12]]);
			expect((await runMetric(own, waitingTrend, scope({ source: 'recent' }))).map((r) => [r.month, r.medianWeeks])).toEqual([['2026-03', 12]]);
			expect((await runMetric(own, waitingByCategory, scope({ source: 'nza-ggz-2018' }))).map((r) => r.source)).toEqual(['nza-ggz-2018']);
		} finally {
			own.close();
		}
	});

	it('with a year takes that year’s months instead of the window', async () => {
		// 2025: only the old P1 row (100 weeks).
		expect(await runMetric(db, waitingByCategory, scope({ year: 2025 }))).toMatchObject([
			{ source: 'demo', category: '45', medianWeeks: 100, providerMonths: 1, shareOverNorm: 1 }
		]);
		expect((await runMetric(db, waitingByCategory, scope({ year: 2018 }))).map((r) => r.source)).toEqual(['nza-ggz-2018']);
	});

	it('follows municipality, category and provider', async () => {
		expect((await runMetric(db, waitingByCategory, scope({ municipality: 'GM0002' }))).map((r) => r.category)).toEqual(['43']);
		expect((await runMetric(db, waitingByCategory, scope({ category: '43' }))).map((r) => r.category)).toEqual(['43']);
		expect(await runMetric(db, waitingByCategory, scope({ provider: 'P2' }))).toMatchObject([{ category: '45', medianWeeks: 10, providerMonths: 4 }]);
	});
});

describe('waitingTrend', () => {
	it('gives the median and share over the norm per source and month', async () => {
		const rows = await runMetric(db, waitingTrend, scope());
		expect(rows.map((r) => [r.source, r.month, r.medianWeeks, r.shareOverNorm, r.providerMonths])).toEqual([
			['demo', '2026-01', 10, 1, 2],
			['demo', '2026-02', 9.5, 1, 2],
			['demo', '2026-03', 5, 0, 1],
			['demo', '2026-04', 11, 1, 2],
			['demo', '2026-05', 10, 2 / 3, 3],
			['demo', '2026-06', 6.5, 0.5, 2],
			['nza-ggz-2018', '2018-02', 16, 1, 1],
			['nza-ggz-2018', '2018-03', 10, 0, 1]
		]);
	});
});

describe('waitingByProvider', () => {
	it('counts months over the norm and the longest run of consecutive calendar months', async () => {
		const rows = await runMetric(db, waitingByProvider, scope());
		expect(rows.map((r) => [r.source, r.providerId, r.category, r.months, r.monthsOverNorm, r.longestRunOverNorm])).toEqual([
			['demo', 'P3', '43', 2, 0, 0],
			// Over the norm Jan, Feb, Apr, May, Jun → runs of 2 and 3 → longest 3.
			['demo', 'P1', '45', 6, 5, 3],
			// All four months over, but March is missing → runs of 2 and 2.
			['demo', 'P2', '45', 4, 4, 2],
			['nza-ggz-2018', 'N1', 'ggz-jeugd', 2, 1, 1]
		]);
		expect(rows[1]).toMatchObject({ providerName: 'Naam P1', medianWeeks: 9.5, normWeeks: 8, shareOverNorm: 5 / 6 });
	});
});


describe('waiting lens on the real built data (JZ12, jeugd)', () => {
	it('shows the real NZa snapshot and the demo series side by side, within bounds', async () => {
		const { db: real, close } = await realData();
		try {
			const p = emptyFilter('JZ12', 'jeugd');
			const rows = await runMetric(real, waitingByCategory, p);
			expect(new Set(rows.map((r) => r.source))).toEqual(new Set(['demo', 'nza-ggz-2018']));
			// Adult ggz (domain zvw) never shows under jeugd.
			expect(rows.some((r) => r.category === 'ggz-volwassenen')).toBe(false);
			for (const r of rows) {
				expect(r.providerMonths).toBeGreaterThan(0);
				if (r.shareOverNorm !== null) expect(r.shareOverNorm >= 0 && r.shareOverNorm <= 1).toBe(true);
				expect(r.p90Weeks).toBeGreaterThanOrEqual(r.medianWeeks);
			}
			const demoMonths = new Set((await runMetric(real, waitingTrend, { ...p, source: 'recent' })).map((r) => r.month));
			expect(demoMonths.size).toBeLessThanOrEqual(12);
			for (const r of await runMetric(real, waitingByProvider, p)) {
				expect(r.longestRunOverNorm).toBeLessThanOrEqual(r.monthsOverNorm);
				expect(r.monthsOverNorm).toBeLessThanOrEqual(r.months);
			}
		} finally {
			close();
		}
	});
});

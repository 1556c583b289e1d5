import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { flagDefinitions, flagIds, flagItems, flagSummary, type FlagItemParams } from './flags';
import { emptyFilter } from './filter';
import { metricConfig } from './config';
import { thresholds } from './thresholds';

/*
 * Fixture: region JZ01 (jeugd), members A, B, C (GM0001–3). Reference date 2026-01-01.
 * D1 open / europees-openbaar, 2024-01-01 – 2026-12-31 + 2 years → 5 years with extensions. A, B, C.
 *    L1 (45, 1 tenderer): P1 main (100 clients, value 100), P2 and P3 sub under P1
 *    L2 (45, 1 tenderer): P1 main (100 clients, value 100)
 * D2 limited / bestuurlijk-aanbesteden, 2025-01-01 – 2028-12-31, no extension → exactly 4 years. A, B.
 *    L3 (41, 1 tenderer, but not an open or selective procedure): Q01..Q10 main, 10 clients and value 10 each
 * D3 open, 2019–2021, ended: L4 (45, 1 tenderer), P1 main until 2021-12-31 — only in scope for 2019–2021.
 * Locations: P1 outside the region (X), Q01..Q10 in A. Deals in scope on the reference date: D1, D2 → 2.
 *
 * Hand-worked flags (default thresholds):
 *   singleBid: L1, L2 (open, 1 tenderer); not L3 (limited)                                     → 2
 *   highConcentration: 45 has one main contractor (P1) → HHI 10000 > 2000;
 *                      41 has ten equal ones → 10 × 10² = 1000                                  → 1
 *   longDuration: D1 60 months / 12 = 5 > 4; D2 exactly 4, not above                            → 1
 *   heavySubcontracting: L1 2 of 3 contracts are subcontracts = 0.67 > 0.5                       → 1
 *   localShareGap: local value share A = 100 / 300, B = 100 / 300, C = 0 / 200;
 *                  median 0.333 → C is 33.3 points below (> 20)                                 → 1
 *   waitingOverNorm (norm 8): P1 · 45 · A over the norm Jan, Feb, Apr, May, Jun 2026 → run of 3 (≥ 3) → flagged;
 *                  P1 · 45 · B Jan, Feb, Apr, May over but March missing → runs of 2 → not flagged → 1
 */
const q = Array.from({ length: 10 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);
const wait = (municipalityCode: string, month: string, medianWeeks: number) => ({
	providerId: 'P1', category: '45', municipalityCode, month, medianWeeks, normWeeks: 8, source: 'demo'
});
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A' },
		{ code: 'GM0002', name: 'B' },
		{ code: 'GM0003', name: 'C' },
		{ code: 'GM0009', name: 'X' }
	],
	regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
	regionMembership: ['GM0001', 'GM0002', 'GM0003'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
	careCategories: [
		{ code: '41', plainNl: 'Dagbehandeling' },
		{ code: '45', plainNl: 'Ambulant' }
	],
	providers: [...['P1', 'P2', 'P3'], ...q].map((id) => ({ id, name: `Naam ${id}` })),
	providerLocations: [
		{ providerId: 'P1', locationId: 'x', municipalityCode: 'GM0009' },
		...q.map((id) => ({ providerId: id, locationId: 'a', municipalityCode: 'GM0001' }))
	],
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 1', procurementMethod: 'open', procurementMethodDetails: 'europees-openbaar', startDate: '2024-01-01', endDate: '2026-12-31', extensionYears: 2 },
		{ id: 'D2', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 2', procurementMethod: 'limited', procurementMethodDetails: 'bestuurlijk-aanbesteden', startDate: '2025-01-01', endDate: '2028-12-31' },
		{ id: 'D3', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 3', procurementMethod: 'open', startDate: '2019-01-01', endDate: '2021-12-31' }
	],
	procurementParticipants: [
		...['GM0001', 'GM0002', 'GM0003'].map((m) => ({ procurementId: 'D1', municipalityCode: m })),
		...['GM0001', 'GM0002'].map((m) => ({ procurementId: 'D2', municipalityCode: m })),
		{ procurementId: 'D3', municipalityCode: 'GM0001' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', title: 'Perceel 1', category: '45', numberOfTenderers: 1 },
		{ id: 'L2', procurementId: 'D1', title: 'Perceel 2', category: '45', numberOfTenderers: 1 },
		{ id: 'L3', procurementId: 'D2', title: 'Perceel 3', category: '41', numberOfTenderers: 1 },
		{ id: 'L4', procurementId: 'D3', title: 'Perceel 4', category: '45', numberOfTenderers: 1 }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2024-01-01', clients: 100, value: 100 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2024-01-01', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C3', lotId: 'L1', providerId: 'P3', startDate: '2024-01-01', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C4', lotId: 'L2', providerId: 'P1', startDate: '2024-01-01', clients: 100, value: 100 },
		...q.map((id, i) => ({ id: `CQ${i}`, lotId: 'L3', providerId: id, startDate: '2025-01-01', clients: 10, value: 10 })),
		{ id: 'C5', lotId: 'L4', providerId: 'P1', startDate: '2019-01-01', endDate: '2021-12-31', clients: 5 }
	],
	waitingTimes: [
		...[10, 9, 5, 12, 11, 9].map((w, i) => wait('GM0001', `2026-0${i + 1}`, w)),
		...['01', '02', '04', '05'].map((m) => wait('GM0002', `2026-${m}`, 10))
	]
});
afterAll(() => db.close());

const scope = (over: Partial<FlagItemParams> = {}): FlagItemParams => ({ ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01', ...over });
const counts = async (over: Partial<FlagItemParams> = {}) =>
	Object.fromEntries((await runMetric(db, flagSummary, scope(over))).map((r) => [r.flagId, r.count]));

describe('flagSummary', () => {
	it('counts every flag, with the deals in scope and the count per deal', async () => {
		const rows = await runMetric(db, flagSummary, scope());
		expect(rows).toEqual([
			{ flagId: 'singleBid', count: 2, deals: 2, perDeal: 1 },
			{ flagId: 'highConcentration', count: 1, deals: 2, perDeal: 0.5 },
			{ flagId: 'longDuration', count: 1, deals: 2, perDeal: 0.5 },
			{ flagId: 'waitingOverNorm', count: 1, deals: 2, perDeal: 0.5 },
			{ flagId: 'heavySubcontracting', count: 1, deals: 2, perDeal: 0.5 },
			{ flagId: 'localShareGap', count: 1, deals: 2, perDeal: 0.5 }
		]);
	});

	it('moves with every threshold, which is bound, not built into the SQL', async () => {
		expect(await counts({ thresholds: { hhiHigh: 10000 } })).toMatchObject({ highConcentration: 0 });
		expect(await counts({ thresholds: { hhiHigh: 999 } })).toMatchObject({ highConcentration: 2 });
		expect(await counts({ thresholds: { maxDurationYears: 5 } })).toMatchObject({ longDuration: 0 });
		expect(await counts({ thresholds: { maxDurationYears: 3 } })).toMatchObject({ longDuration: 2 });
		expect(await counts({ thresholds: { consecutiveMonthsOverNorm: 2 } })).toMatchObject({ waitingOverNorm: 2 });
		expect(await counts({ thresholds: { consecutiveMonthsOverNorm: 4 } })).toMatchObject({ waitingOverNorm: 0 });
		expect(await counts({ thresholds: { heavySubcontractingShare: 0.7 } })).toMatchObject({ heavySubcontracting: 0 });
		expect(await counts({ thresholds: { localShareGapPoints: 40 } })).toMatchObject({ localShareGap: 0 });
	});

	it('follows the municipality, category, provider and year', async () => {
		// C takes part in D1 only: 1 deal; its local-share gap still compares with the whole region's median.
		expect(await runMetric(db, flagSummary, scope({ municipality: 'GM0003' }))).toMatchObject([
			{ flagId: 'singleBid', count: 2, deals: 1 },
			{ flagId: 'highConcentration', count: 1 },
			{ flagId: 'longDuration', count: 1 },
			{ flagId: 'waitingOverNorm', count: 0 },
			{ flagId: 'heavySubcontracting', count: 1 },
			{ flagId: 'localShareGap', count: 1 }
		]);
		// Category 41: only D2 → none of the lot, deal or wait flags.
		expect(await counts({ category: '41' })).toEqual({ singleBid: 0, highConcentration: 0, longDuration: 0, waitingOverNorm: 0, heavySubcontracting: 0, localShareGap: 0 });
		// Q01 is only in D2 (41): 1 deal, market 41 is not concentrated.
		expect((await runMetric(db, flagSummary, scope({ provider: 'Q01' })))[0]).toMatchObject({ deals: 1, count: 0 });
		// 2020: only D3 runs: its single-bid lot counts; D1's and D2's do not.
		expect((await runMetric(db, flagSummary, scope({ year: 2020 })))[0]).toEqual({ flagId: 'singleBid', count: 1, deals: 1, perDeal: 1 });
	});

	it('gives perDeal null, not a division by zero, without deals in scope', async () => {
		expect((await runMetric(db, flagSummary, scope({ year: 2010 })))[0]).toEqual({ flagId: 'singleBid', count: 0, deals: 0, perDeal: null });
	});
});

describe('flagItems', () => {
	it('lists the flagged items with the measured value and the threshold', async () => {
		const rows = await runMetric(db, flagItems, scope());
		expect(rows.map((r) => [r.flagId, r.dealId, r.lotId, r.category, r.providerId, r.municipalityCode])).toEqual([
			['singleBid', 'D1', 'L1', '45', null, null],
			['singleBid', 'D1', 'L2', '45', null, null],
			['highConcentration', null, null, '45', null, null],
			['longDuration', 'D1', null, null, null, null],
			['waitingOverNorm', null, null, '45', 'P1', 'GM0001'],
			['heavySubcontracting', 'D1', 'L1', '45', null, null],
			['localShareGap', null, null, null, null, 'GM0003']
		]);
		const by = (id: string) => rows.find((r) => r.flagId === id)!;
		expect(by('highConcentration')).toMatchObject({ value: 10000, threshold: thresholds.hhiHigh, categoryName: 'Ambulant' });
		expect(by('longDuration')).toMatchObject({ value: 5, threshold: 4, periodFrom: '2024-01-01', periodTo: '2028-12-31', dealTitle: 'Deal 1' });
		expect(by('waitingOverNorm')).toMatchObject({ value: 3, threshold: 3, periodFrom: '2026-04', periodTo: '2026-06', providerName: 'Naam P1', municipalityName: 'A', source: 'demo' });
		expect(by('heavySubcontracting').value).toBeCloseTo(2 / 3, 10);
		expect(by('localShareGap')).toMatchObject({ municipalityName: 'C', threshold: 20 });
		expect(by('localShareGap').value).toBeCloseTo(100 / 3, 6);
	});

	it('narrows to one flag', async () => {
		const rows = await runMetric(db, flagItems, scope({ flagId: 'singleBid' }));
		expect(rows.map((r) => r.lotId)).toEqual(['L1', 'L2']);
	});
});

describe('flagDefinitions', () => {
	it('documents every flag, each with one sentence and its threshold', () => {
		expect(Object.keys(flagDefinitions)).toEqual([...flagIds]);
		for (const d of Object.values(flagDefinitions)) {
			for (const text of [d.title.nl, d.title.en, d.definition.nl, d.definition.en, d.threshold.nl, d.threshold.en]) expect(text.length).toBeGreaterThan(0);
		}
	});
});


describe('flags on the real built data (JZ12, jeugd)', () => {
	it('gives one row per flag with counts ≥ 0, matching the item list', async () => {
		const { db: real, close } = await realData();
		try {
			const p = { ...emptyFilter('JZ12', 'jeugd'), date: metricConfig.referenceDate };
			const summary = await runMetric(real, flagSummary, p);
			expect(summary.map((r) => r.flagId)).toEqual([...flagIds]);
			const items = await runMetric(real, flagItems, p);
			for (const r of summary) {
				expect(r.count).toBeGreaterThanOrEqual(0);
				expect(r.deals).toBeGreaterThanOrEqual(0);
				expect(r.count).toBe(items.filter((i) => i.flagId === r.flagId).length);
				if (r.deals === 0) expect(r.perDeal).toBeNull();
				else expect(r.perDeal).toBeCloseTo(r.count / r.deals, 10);
			}
		} finally {
			close();
		}
	});
});

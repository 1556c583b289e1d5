import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { dealTimeline, lotOverview, procedureMix, providersPerMunicipality } from './contracts';
import { emptyFilter, type RegionFilter } from './filter';
import { allMetrics } from './index';
import { metricConfig } from './config';

/*
 * Fixture: region R (jeugd) with municipalities A, B, C.
 * Deal D1 (A and B take part; C buys on its own) has two lots:
 *   lot L1: P1 main, P2 main, P3 sub (under P1)  — running on the reference date
 *   lot L2: P1 main again                        — running
 *           P4 main                              — ended 2024-12-31, not current
 * Deal D2 is another region's and must not count.
 * Hand-worked answer on 2026-01-01: A = {P1,P2,P3} → 3 (2 main); B the same; C → 0.
 */
const db = await fixtureDb({
	municipalities: ['A', 'B', 'C', 'X'].map((k) => ({ code: `GM000${'ABCX'.indexOf(k) + 1}`, name: k })),
	regions: [
		{ id: 'JZ01', domain: 'jeugd', name: 'R' },
		{ id: 'JZ02', domain: 'jeugd', name: 'Other' }
	],
	regionMembership: [
		{ municipalityCode: 'GM0001', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0002', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0003', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0004', regionId: 'JZ02', domain: 'jeugd' }
	],
	providers: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => ({ id, name: id })),
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D2', regionId: 'JZ02', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' }
	],
	procurementParticipants: [
		{ procurementId: 'D1', municipalityCode: 'GM0001' },
		{ procurementId: 'D1', municipalityCode: 'GM0002' },
		{ procurementId: 'D2', municipalityCode: 'GM0004' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', category: '45' },
		{ id: 'L2', procurementId: 'D1', category: '43' },
		{ id: 'L3', procurementId: 'D2', category: '45' }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2025-01-01', endDate: null },
		{ id: 'C3', lotId: 'L1', providerId: 'P3', startDate: '2025-01-01', endDate: '2027-12-31', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C4', lotId: 'L2', providerId: 'P1', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'C5', lotId: 'L2', providerId: 'P4', startDate: '2023-01-01', endDate: '2024-12-31' },
		{ id: 'C6', lotId: 'L3', providerId: 'P5', startDate: '2025-01-01', endDate: '2027-12-31' }
	]
});
afterAll(() => db.close());

describe('providersPerMunicipality', () => {
	it('counts distinct current providers, subcontractors included, per participating municipality', async () => {
		const rows = await runMetric(db, providersPerMunicipality, { ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01' });
		expect(rows).toEqual([
			{ municipalityCode: 'GM0001', municipalityName: 'A', providers: 3, mainProviders: 2 },
			{ municipalityCode: 'GM0002', municipalityName: 'B', providers: 3, mainProviders: 2 },
			{ municipalityCode: 'GM0003', municipalityName: 'C', providers: 0, mainProviders: 0 }
		]);
	});

	it('narrows to a category and to a year, and keeps a row for every member', async () => {
		// Category 43 (lot L2): on 2026-01-01 only P1 runs there → A 1, B 1, C 0.
		const byCategory = await runMetric(db, providersPerMunicipality, { ...emptyFilter('JZ01', 'jeugd'), category: '43', date: '2026-01-01' });
		expect(byCategory.map((r) => [r.municipalityName, r.providers])).toEqual([['A', 1], ['B', 1], ['C', 0]]);
		// Year 2024: P4 (2023–2024) and, from 2025 on, nobody else → 1 each for A and B.
		const in2024 = await runMetric(db, providersPerMunicipality, { ...emptyFilter('JZ01', 'jeugd'), year: 2024, date: '2026-01-01' });
		expect(in2024.map((r) => [r.municipalityName, r.providers])).toEqual([['A', 1], ['B', 1], ['C', 0]]);
	});

	it('counts a contract only while it runs', async () => {
		const rows = await runMetric(db, providersPerMunicipality, { ...emptyFilter('JZ01', 'jeugd'), date: '2024-06-01' });
		// On 2024-06-01 only P4 (2023–2024) runs.
		expect(rows.find((r) => r.municipalityCode === 'GM0001')).toMatchObject({ providers: 1, mainProviders: 1 });
	});

	it('treats a hostile region id as a value, not as SQL', async () => {
		const rows = await runMetric(db, providersPerMunicipality, { ...emptyFilter("JZ01' OR '1'='1", 'jeugd'), date: '2026-01-01' });
		expect(rows).toEqual([]);
	});
});

/*
 * Deals fixture (region JZ01, jeugd; members A = GM0001, B = GM0002, C = GM0003):
 *   D1 open / europees-openbaar / inspanningsgericht, 2020-01-01 – 2022-12-31 + 2 years, A B C take part
 *      L1 (45, 3 tenderers): P1 main 100, P2 main 50, P3 sub under P1   (contracts 2020 – 2024)
 *      L2 (43, 1 tenderer):  P1 main 30                                  (2020 – 2024)
 *   D2 limited / bestuurlijk-aanbesteden / taakgericht, 2025-01-01 – 2027-12-31, A B take part
 *      L3 (45, 2 tenderers): P2 main 200 (2025 – 2027), P4 main 100 (2025 – open)
 *   D3 open / open-house / outputgericht, 2025-06-01 – 2026-05-31, only C takes part
 *      L4 (43, tenderers unknown): P5 main, no value (2025-06-01 – 2026-05-31)
 *   D4 is another region's, D5 the same region's Wmo deal: never shown.
 */
const deals = await fixtureDb({
	municipalities: ['A', 'B', 'C', 'X'].map((k, i) => ({ code: `GM000${i + 1}`, name: k })),
	regions: [
		{ id: 'JZ01', domain: 'jeugd', name: 'R' },
		{ id: 'JZ01', domain: 'wmo', name: 'R' },
		{ id: 'JZ02', domain: 'jeugd', name: 'Other' }
	],
	regionMembership: [
		...['GM0001', 'GM0002', 'GM0003'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
		{ municipalityCode: 'GM0004', regionId: 'JZ02', domain: 'jeugd' }
	],
	careCategories: [
		{ code: '43', plainNl: 'Wonen buiten huis met behandeling' },
		{ code: '45', plainNl: 'Hulp thuis' }
	],
	providers: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => ({ id, name: id })),
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 1', procurementMethod: 'open', procurementMethodDetails: 'europees-openbaar', fundingModel: 'inspanningsgericht', publicationDate: '2019-03-01', decisionDate: '2019-07-01', startDate: '2020-01-01', endDate: '2022-12-31', extensionYears: 2, estimatedValue: 1000 },
		{ id: 'D2', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 2', procurementMethod: 'limited', procurementMethodDetails: 'bestuurlijk-aanbesteden', fundingModel: 'taakgericht', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D3', regionId: 'JZ01', domain: 'jeugd', title: 'Deal 3', procurementMethod: 'open', procurementMethodDetails: 'open-house', fundingModel: 'outputgericht', startDate: '2025-06-01', endDate: '2026-05-31' },
		{ id: 'D4', regionId: 'JZ02', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D5', regionId: 'JZ01', domain: 'wmo', startDate: '2025-01-01', endDate: '2027-12-31' }
	],
	procurementParticipants: [
		...['GM0001', 'GM0002', 'GM0003'].map((m) => ({ procurementId: 'D1', municipalityCode: m })),
		...['GM0001', 'GM0002'].map((m) => ({ procurementId: 'D2', municipalityCode: m })),
		{ procurementId: 'D3', municipalityCode: 'GM0003' },
		{ procurementId: 'D4', municipalityCode: 'GM0004' },
		{ procurementId: 'D5', municipalityCode: 'GM0001' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', title: 'Ambulant', category: '45', numberOfTenderers: 3 },
		{ id: 'L2', procurementId: 'D1', title: 'Verblijf', category: '43', numberOfTenderers: 1 },
		{ id: 'L3', procurementId: 'D2', title: 'Ambulant', category: '45', numberOfTenderers: 2 },
		{ id: 'L4', procurementId: 'D3', title: 'Verblijf', category: '43', numberOfTenderers: null },
		{ id: 'L5', procurementId: 'D4', category: '45', numberOfTenderers: 1 },
		{ id: 'L6', procurementId: 'D5', category: '45', numberOfTenderers: 1 }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2020-01-01', endDate: '2024-12-31', value: 100 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2020-01-01', endDate: '2024-12-31', value: 50 },
		{ id: 'C3', lotId: 'L1', providerId: 'P3', startDate: '2020-01-01', endDate: '2024-12-31', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C4', lotId: 'L2', providerId: 'P1', startDate: '2020-01-01', endDate: '2024-12-31', value: 30 },
		{ id: 'C5', lotId: 'L3', providerId: 'P2', startDate: '2025-01-01', endDate: '2027-12-31', value: 200 },
		{ id: 'C6', lotId: 'L3', providerId: 'P4', startDate: '2025-01-01', endDate: null, value: 100 },
		{ id: 'C7', lotId: 'L4', providerId: 'P5', startDate: '2025-06-01', endDate: '2026-05-31' },
		{ id: 'C8', lotId: 'L5', providerId: 'P1', startDate: '2025-01-01', endDate: null, value: 1 },
		{ id: 'C9', lotId: 'L6', providerId: 'P1', startDate: '2025-01-01', endDate: null, value: 1 }
	]
});
afterAll(() => deals.close());

const scope = (over: Partial<RegionFilter> = {}) => ({ ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01', ...over });
const ids = (rows: { id: string }[]) => rows.map((r) => r.id);

describe('dealTimeline', () => {
	it('lists every deal of the region and domain when no year is chosen, with whole-deal figures', async () => {
		// D1: max end 2022-12-31 + 2 years = 2024-12-31; lots 2; providers P1 P2 P3 = 3; tenderers 3 + 1 = 4.
		// D3: tenderers unknown on its only lot → null.
		const rows = await runMetric(deals, dealTimeline, scope());
		expect(ids(rows)).toEqual(['D1', 'D2', 'D3']);
		expect(rows[0]).toEqual({
			id: 'D1', title: 'Deal 1', procurementMethod: 'open', procurementMethodDetails: 'europees-openbaar', fundingModel: 'inspanningsgericht',
			publicationDate: '2019-03-01', decisionDate: '2019-07-01', startDate: '2020-01-01', endDate: '2022-12-31', maxEndDate: '2024-12-31',
			extensionYears: 2, lots: 2, providers: 3, tenderers: 4, estimatedValue: 1000, source: 'test'
		});
		expect(rows[1]).toMatchObject({ id: 'D2', maxEndDate: '2027-12-31', lots: 1, providers: 2, tenderers: 2, estimatedValue: null });
		expect(rows[2]).toMatchObject({ id: 'D3', lots: 1, providers: 1, tenderers: null });
	});

	it('filters by municipality, category, provider and year', async () => {
		// C takes part in D1 and D3; category 43 is in D1 (L2) and D3 (L4); P2 holds contracts in D1 and D2;
		// in 2023 only D1's contracts run (until 2024), in 2025 D2's and D3's (D1's ended 2024-12-31).
		expect(ids(await runMetric(deals, dealTimeline, scope({ municipality: 'GM0003' })))).toEqual(['D1', 'D3']);
		expect(ids(await runMetric(deals, dealTimeline, scope({ category: '43' })))).toEqual(['D1', 'D3']);
		expect(ids(await runMetric(deals, dealTimeline, scope({ provider: 'P2' })))).toEqual(['D1', 'D2']);
		expect(ids(await runMetric(deals, dealTimeline, scope({ year: 2023 })))).toEqual(['D1']);
		expect(ids(await runMetric(deals, dealTimeline, scope({ year: 2025 })))).toEqual(['D2', 'D3']);
		// Combined: P2 in 2025 → only D2 (its D1 contract ended in 2024).
		expect(ids(await runMetric(deals, dealTimeline, scope({ provider: 'P2', year: 2025 })))).toEqual(['D2']);
	});
});

describe('procedureMix', () => {
	it('counts deals per start year by procedure and by funding model', async () => {
		const rows = await runMetric(deals, procedureMix, scope());
		expect(rows).toEqual([
			{ dimension: 'procedure', startYear: 2020, value: 'europees-openbaar', deals: 1 },
			{ dimension: 'procedure', startYear: 2025, value: 'bestuurlijk-aanbesteden', deals: 1 },
			{ dimension: 'procedure', startYear: 2025, value: 'open-house', deals: 1 },
			{ dimension: 'funding', startYear: 2020, value: 'inspanningsgericht', deals: 1 },
			{ dimension: 'funding', startYear: 2025, value: 'outputgericht', deals: 1 },
			{ dimension: 'funding', startYear: 2025, value: 'taakgericht', deals: 1 }
		]);
	});

	it('follows the year filter: in 2025 only D2 and D3 run', async () => {
		const rows = await runMetric(deals, procedureMix, scope({ year: 2025 }));
		expect(rows.filter((r) => r.dimension === 'procedure').map((r) => r.value)).toEqual(['bestuurlijk-aanbesteden', 'open-house']);
	});
});

describe('lotOverview', () => {
	it('shows the lots of deals running on the reference date, with their current contracts', async () => {
		// On 2026-01-01: D2 (L3: P2 200 + P4 100 = 300, 2 tenderers) and D3 (L4: P5 without value, tenderers unknown).
		const rows = await runMetric(deals, lotOverview, scope());
		expect(rows).toEqual([
			{ dealId: 'D2', lotId: 'L3', title: 'Ambulant', category: '45', categoryName: 'Hulp thuis', providers: 2, subcontractors: 0, numberOfTenderers: 2, value: 300, singleBid: false, source: 'test' },
			{ dealId: 'D3', lotId: 'L4', title: 'Verblijf', category: '43', categoryName: 'Wonen buiten huis met behandeling', providers: 1, subcontractors: 0, numberOfTenderers: null, value: 0, singleBid: null, source: 'test' }
		]);
	});

	it('in a past year counts subcontractors apart and marks single bids', async () => {
		// 2022: D1 runs. L1: mains P1, P2 (100 + 50 = 150), sub P3; L2: P1 (30), 1 tenderer → single bid.
		const rows = await runMetric(deals, lotOverview, scope({ year: 2022 }));
		expect(rows.map((r) => [r.lotId, r.providers, r.subcontractors, r.value, r.singleBid])).toEqual([
			['L1', 2, 1, 150, false],
			['L2', 1, 0, 30, true]
		]);
	});

	it('with a provider shows the lots it is in, with the whole lot’s figures', async () => {
		// P4 holds a contract in L3 only; L3 still has 2 providers and a value of 300.
		const rows = await runMetric(deals, lotOverview, scope({ provider: 'P4' }));
		expect(rows.map((r) => [r.lotId, r.providers, r.value])).toEqual([['L3', 2, 300]]);
	});

	it('with a category or municipality keeps only those lots', async () => {
		expect((await runMetric(deals, lotOverview, scope({ category: '43' }))).map((r) => r.lotId)).toEqual(['L4']);
		// A takes part in D2 only (of the running deals).
		expect((await runMetric(deals, lotOverview, scope({ municipality: 'GM0001' }))).map((r) => r.lotId)).toEqual(['L3']);
	});
});

describe('every metric', () => {
	const filters: (RegionFilter & { date: string })[] = [
		{ ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01' },
		{ regionId: 'JZ01', domain: 'wmo', municipality: 'GM0001', category: '45', provider: 'P1', year: 2024, date: '2026-01-01' }
	];
	// The money metrics take an Iv3 year and kind, not a dashboard filter.
	const money = [
		{ year: 2025, kind: 'begroting', regionId: 'JZ01', municipality: 'GM0001' },
		{ year: 2023, kind: 'jaarrekening', regionId: null, municipality: 'GM0002' }
	];
	it('binds exactly one value per ? placeholder', () => {
		for (const metric of allMetrics) {
			const placeholders = (metric.sql.match(/\?/g) ?? []).length;
			for (const f of metric.id.startsWith('money') ? money : filters) expect(metric.bind(f as never).length, metric.id).toBe(placeholders);
		}
	});

	it('has a one-sentence definition in Dutch and English', () => {
		for (const metric of allMetrics) {
			for (const text of [metric.definition.nl, metric.definition.en]) {
				expect(text.trim().endsWith('.'), metric.id).toBe(true);
				expect(text.trim().slice(0, -1), metric.id).not.toMatch(/[.!?]\s+[A-Z]/);
			}
		}
	});
});

/** The real built data (static/data), built into a temporary folder if it is not there yet. */

describe('contracts lens on the real built data (JZ12, jeugd)', () => {
	it('gives sane deals and lots', async () => {
		const { db, close } = await realData();
		try {
			const p = { ...emptyFilter('JZ12', 'jeugd'), date: metricConfig.referenceDate };
			const timeline = await runMetric(db, dealTimeline, p);
			expect(timeline.length).toBeGreaterThan(0);
			for (const d of timeline) {
				expect(d.maxEndDate! >= d.endDate! && d.endDate! >= d.startDate!).toBe(true); // demo deals all have dates
				expect(d.lots).toBeGreaterThanOrEqual(0);
				expect(d.providers).toBeGreaterThanOrEqual(0);
			}
			const mix = await runMetric(db, procedureMix, p);
			const sum = (dim: string) => mix.filter((r) => r.dimension === dim).reduce((s, r) => s + r.deals, 0);
			expect(sum('procedure')).toBe(timeline.length);
			expect(sum('funding')).toBe(timeline.length);
			const lots = await runMetric(db, lotOverview, p);
			for (const l of lots) {
				expect(l.providers).toBeGreaterThanOrEqual(0);
				expect(l.value).toBeGreaterThanOrEqual(0);
				expect(l.singleBid === null || l.singleBid === (l.numberOfTenderers === 1)).toBe(true);
			}
		} finally {
			close();
		}
	});
});

describe('deals and contracts with unknown dates (OCDS tenders without contractPeriod)', async () => {
	const undated = await fixtureDb({
		municipalities: [{ code: 'GM0001', name: 'A' }],
		regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
		regionMembership: [{ municipalityCode: 'GM0001', regionId: 'JZ01', domain: 'jeugd' }],
		providers: [{ id: 'P1', name: 'P1' }],
		procurements: [
			{ id: 'U1', regionId: 'JZ01', domain: 'jeugd', startDate: null, endDate: null },
			{ id: 'K1', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' }
		],
		procurementParticipants: [{ procurementId: 'U1', municipalityCode: 'GM0001' }],
		lots: [{ id: 'UL', procurementId: 'U1', category: '45' }],
		contracts: [{ id: 'UC', lotId: 'UL', providerId: 'P1', startDate: null, endDate: null }]
	});
	afterAll(() => undated.close());

	it('lists an undated deal last with null dates, and counts it under an unknown start year', async () => {
		const rows = await runMetric(undated, dealTimeline, scope());
		expect(rows.map((r) => [r.id, r.startDate, r.endDate, r.maxEndDate])).toEqual([
			['K1', '2025-01-01', '2027-12-31', '2027-12-31'],
			['U1', null, null, null]
		]);
		const mix = await runMetric(undated, procedureMix, scope());
		expect(mix.filter((r) => r.dimension === 'procedure').map((r) => r.startYear)).toEqual([2025, null]);
	});

	it('counts a contract without dates as running (like an open end), so loaded data is not silently hidden', async () => {
		const rows = await runMetric(undated, providersPerMunicipality, scope());
		expect(rows.map((r) => [r.municipalityCode, r.providers])).toEqual([['GM0001', 1]]);
	});
});

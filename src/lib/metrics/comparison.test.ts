import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { municipalityComparison, type ComparisonParams, type MunicipalityComparisonRow } from './comparison';
import { localShare, localShareByMunicipality } from './local';
import { providersPerMunicipality } from './contracts';
import { choiceByCategory, pgbShare } from './choice';
import { waitingByCategory, waitingTrend } from './waiting';
import { regionHeadlines } from './headlines';
import { regionList, regionMembers } from './regions';
import { contractsCte, fragment, query, type ScopeParams } from './scope';
import { emptyFilter } from './filter';
import { metricConfig } from './config';

/*
 * Fixture, reference date 2026-01-01. Jeugd regions JZ01 "Regio Een" = A (GM0001), B (GM0002),
 * both PV25; JZ02 "Regio Twee" = C (GM0003), D (GM0004), both PV26. Wmo region WM01 = A.
 * Provider locations: P1 in A, P2 in C, P3 in B, P5 in D; P4 none.
 *
 * Deals (jeugd unless said):
 *   D1 JZ01, A + B, L1 (45): C1 P1 main 600 (60 clients), C2 P2 main 400 (40), C3 P4 sub of P1
 *   D2 JZ01, B,     L2 (43): C4 P3 main 300 (10 clients), C5 P2 main 100 (10)
 *   D5 JZ01, A + B, L5 (45): C9 P5 main 999, ended 2023-12-31 → not current, D5 not a current deal
 *   D3 JZ02, C + D, L3 (45): C6 P5 main 100 (50 clients), C7 P2 main 300 (clients unknown)
 *                   L4 (43): C8 P2 main 200 (20 clients)
 *   D4 WM01 (wmo), A, L6 (02): C10 P1 main 1,000 — never in a jeugd figure
 *
 * For A, jeugd, localBy regio:
 * contractedProviders / deals
 *   gemeente: D1 → P1, P2, P4 = 3; 1 deal.   regio: D1 + D2 → + P3 = 4; 2 deals.
 *   nederland: D1 + D2 + D3 → + P5 = 5; 3 deals.
 * shareLocal (tiers: P1 and P3 local in JZ01; P2 in C = PV26: elsewhere for JZ01 (PV25) but local
 * in JZ02; P5 in D: local in JZ02; P4 unknown)
 *   gemeente (A's pairs C1, C2, C3): local C1 → count 1/3; value 600 / 1,000 = 0.6
 *   regio (C1 1, C2 3, C3 4, C4 1, C5 3): count 2/5 = 0.4; value 900 / 1,400 = 9/14
 *   nederland: + C6, C7, C8 all local (600) → count 5/8 = 0.625; value 1,500 / 2,000 = 0.75
 *              (an average of region shares would be (9/14 + 1) / 2 = 0.82; a rule "local = in any
 *              region" would make C2 and C5 local: 7/8)
 * medianEffectiveProviders (10,000 / HHI)
 *   JZ01|45: by clients 60/40 → 3600 + 1600 = 5200 → 1.9231;  JZ01|43: 50/50 → 5000 → 2
 *   JZ02|45: C7 has no clients → by value 100/300 = 25/75 → 625 + 5625 = 6250 → 1.6
 *   JZ02|43: one main → 10000 → 1
 *   gemeente: only JZ01|45 → 1.9231; regio: median(1.9231, 2) = 1.9615;
 *   nederland: median(1, 1.6, 1.9231, 2) = (1.6 + 1.9231) / 2 = 1.7615
 * pgbShare: latest year in JZ01 = 2025 (D's 2026 row and A's wmo 2026 row do not move it)
 *   2025: A 80 + 20 pgb; B 60 + 0 and 10 + 30 pgb; C 90 + 10 pgb; D 100 + 0
 *   gemeente 20 / 100 = 0.2; regio 50 / 200 = 0.25; nederland 60 / 400 = 0.15
 * waits: demo, window = 12 months up to JZ01's latest demo month 2026-02 → 2025-03..2026-02
 *   A: 10, 6, 12 (norm 8) [2025-02 100 is before the window]
 *   B: 4 (norm 8), 8 (no row norm → category 43's norm 5: over)
 *   C: 9 (over) [2026-04 20 is after the window]; D: 11 (over)
 *   not counted: an NZa row in D, a Wmo-category row in A
 *   gemeente: median 10, over 2/3; regio: 4 6 8 10 12 → median 8, over 3/5;
 *   nederland: 4 6 8 9 10 11 12 → median 9, over 5/7
 */
const demoWait = (providerId: string, category: string, municipalityCode: string, month: string, medianWeeks: number, normWeeks: number | null = 8) => ({
	providerId, category, municipalityCode, month, medianWeeks, normWeeks, source: 'demo'
});
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A', provinceCode: 'PV25' },
		{ code: 'GM0002', name: 'B', provinceCode: 'PV25' },
		{ code: 'GM0003', name: 'C', provinceCode: 'PV26' },
		{ code: 'GM0004', name: 'D', provinceCode: 'PV26' }
	],
	regions: [
		{ id: 'JZ01', domain: 'jeugd', name: 'Regio Een' },
		{ id: 'JZ02', domain: 'jeugd', name: 'Regio Twee' },
		{ id: 'WM01', domain: 'wmo', name: 'Wmo Een' }
	],
	regionMembership: [
		{ municipalityCode: 'GM0001', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0002', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0003', regionId: 'JZ02', domain: 'jeugd' },
		{ municipalityCode: 'GM0004', regionId: 'JZ02', domain: 'jeugd' },
		{ municipalityCode: 'GM0001', regionId: 'WM01', domain: 'wmo' }
	],
	careCategories: [
		{ code: '02', scheme: 'iWmo', domain: 'wmo', plainNl: 'Begeleiding' },
		{ code: '43', plainNl: 'Verblijf', normWeeks: 5 },
		{ code: '45', plainNl: 'Ambulant' }
	],
	providers: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => ({ id, name: id })),
	providerLocations: [
		{ providerId: 'P1', locationId: 'a', municipalityCode: 'GM0001' },
		{ providerId: 'P2', locationId: 'c', municipalityCode: 'GM0003' },
		{ providerId: 'P3', locationId: 'b', municipalityCode: 'GM0002' },
		{ providerId: 'P5', locationId: 'd', municipalityCode: 'GM0004' }
	],
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D2', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D5', regionId: 'JZ01', domain: 'jeugd', startDate: '2020-01-01', endDate: '2023-12-31' },
		{ id: 'D3', regionId: 'JZ02', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' },
		{ id: 'D4', regionId: 'WM01', domain: 'wmo', startDate: '2025-01-01', endDate: '2027-12-31' }
	],
	procurementParticipants: [
		{ procurementId: 'D1', municipalityCode: 'GM0001' },
		{ procurementId: 'D1', municipalityCode: 'GM0002' },
		{ procurementId: 'D2', municipalityCode: 'GM0002' },
		{ procurementId: 'D5', municipalityCode: 'GM0001' },
		{ procurementId: 'D5', municipalityCode: 'GM0002' },
		{ procurementId: 'D3', municipalityCode: 'GM0003' },
		{ procurementId: 'D3', municipalityCode: 'GM0004' },
		{ procurementId: 'D4', municipalityCode: 'GM0001' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', category: '45' },
		{ id: 'L2', procurementId: 'D2', category: '43' },
		{ id: 'L5', procurementId: 'D5', category: '45' },
		{ id: 'L3', procurementId: 'D3', category: '45' },
		{ id: 'L4', procurementId: 'D3', category: '43' },
		{ id: 'L6', procurementId: 'D4', category: '02' }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2025-01-01', value: 600, clients: 60 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2025-01-01', value: 400, clients: 40 },
		{ id: 'C3', lotId: 'L1', providerId: 'P4', startDate: '2025-01-01', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C4', lotId: 'L2', providerId: 'P3', startDate: '2025-01-01', value: 300, clients: 10 },
		{ id: 'C5', lotId: 'L2', providerId: 'P2', startDate: '2025-01-01', value: 100, clients: 10 },
		{ id: 'C9', lotId: 'L5', providerId: 'P5', startDate: '2020-01-01', endDate: '2023-12-31', value: 999, clients: 99 },
		{ id: 'C6', lotId: 'L3', providerId: 'P5', startDate: '2025-01-01', value: 100, clients: 50 },
		{ id: 'C7', lotId: 'L3', providerId: 'P2', startDate: '2025-01-01', value: 300 },
		{ id: 'C8', lotId: 'L4', providerId: 'P2', startDate: '2025-01-01', value: 200, clients: 20 },
		{ id: 'C10', lotId: 'L6', providerId: 'P1', startDate: '2025-01-01', value: 1000 }
	],
	usage: [
		{ municipalityCode: 'GM0001', category: '45', domain: 'jeugd', year: 2025, clients: 80, pgbClients: 20 },
		{ municipalityCode: 'GM0001', category: '45', domain: 'jeugd', year: 2024, clients: 10, pgbClients: 90 },
		{ municipalityCode: 'GM0002', category: '45', domain: 'jeugd', year: 2025, clients: 60, pgbClients: 0 },
		{ municipalityCode: 'GM0002', category: '43', domain: 'jeugd', year: 2025, clients: 10, pgbClients: 30 },
		{ municipalityCode: 'GM0003', category: '45', domain: 'jeugd', year: 2025, clients: 90, pgbClients: 10 },
		{ municipalityCode: 'GM0004', category: '45', domain: 'jeugd', year: 2025, clients: 100, pgbClients: 0 },
		{ municipalityCode: 'GM0004', category: '45', domain: 'jeugd', year: 2026, clients: 0, pgbClients: 100 },
		{ municipalityCode: 'GM0001', category: '02', domain: 'wmo', year: 2026, clients: 1, pgbClients: 1 }
	],
	waitingTimes: [
		demoWait('P1', '45', 'GM0001', '2025-02', 100),
		demoWait('P1', '45', 'GM0001', '2025-12', 10),
		demoWait('P1', '45', 'GM0001', '2026-01', 6),
		demoWait('P1', '45', 'GM0001', '2026-02', 12),
		demoWait('P3', '43', 'GM0002', '2026-02', 4),
		demoWait('P3', '43', 'GM0002', '2026-01', 8, null),
		demoWait('P2', '45', 'GM0003', '2026-01', 9),
		demoWait('P2', '45', 'GM0003', '2026-04', 20),
		demoWait('P5', '45', 'GM0004', '2026-02', 11),
		{ ...demoWait('P5', '45', 'GM0004', '2026-01', 50), source: 'nza-ggz-2018' },
		demoWait('P1', '02', 'GM0001', '2026-01', 30)
	]
});
afterAll(() => db.close());

const params = (over: Partial<ComparisonParams> = {}): ComparisonParams => ({ municipality: 'GM0001', domain: 'jeugd', date: '2026-01-01', ...over });
const numbers = (r: MunicipalityComparisonRow) => [
	r.contractedProviders,
	r.deals,
	r.shareLocalByValue,
	r.shareLocalByCount,
	r.medianEffectiveProviders,
	r.pgbShare,
	r.waitShareOverNorm,
	r.medianWaitWeeks
];
/** Equal up to floating-point summation order; null stays null. */
const same = (actual: number | null | undefined, expected: number | null | undefined) => {
	if (expected === null || expected === undefined) expect(actual ?? null).toBeNull();
	else expect(actual).toBeCloseTo(expected, 12);
};
const expectRow = (row: MunicipalityComparisonRow | undefined, expected: (number | null)[]) => {
	const actual = numbers(row!);
	expect(actual).toHaveLength(expected.length);
	actual.forEach((a, i) => same(a as number | null, expected[i]));
};

describe('municipalityComparison', () => {
	it('gives the municipality, its region and the country, each by the region lenses’ definitions', async () => {
		const rows = await runMetric(db, municipalityComparison, params());
		expect(rows.map((r) => [r.level, r.code, r.name])).toEqual([
			['gemeente', 'GM0001', 'A'],
			['regio', 'JZ01', 'Regio Een'],
			['nederland', 'NL', 'Nederland']
		]);
		const [g, r, nl] = rows;
		// providers, deals, local by value, local by count, median effective providers, pgb, wait over norm, median wait
		expectRow(g, [3, 1, 0.6, 1 / 3, 10000 / 5200, 0.2, 2 / 3, 10]);
		expectRow(r, [4, 2, 9 / 14, 0.4, (10000 / 5200 + 2) / 2, 0.25, 0.6, 8]);
		expectRow(nl, [5, 3, 0.75, 0.625, (1.6 + 10000 / 5200) / 2, 0.15, 5 / 7, 9]);
		for (const row of rows) {
			expect(row).toMatchObject({ pgbYear: 2025, waitFromMonth: '2025-03', waitToMonth: '2026-02' });
		}
	});

	it('keeps the regio row equal to localShare and the region’s contracted providers', async () => {
		const region = { ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01' };
		const [, r] = await runMetric(db, municipalityComparison, params({ municipality: 'GM0002' }));
		const [local] = await runMetric(db, localShare, region);
		expect(r).toMatchObject({ code: 'JZ01', shareLocalByValue: local!.shareLocalByValue, shareLocalByCount: local!.shareLocalByCount, contractedProviders: 4 });
	});

	it('gives the region page’s headline tiles the same figures and wait window as its regio and gemeente rows', async () => {
		const region = { ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01' };
		const [g, r] = await runMetric(db, municipalityComparison, params());
		const [tile] = await runMetric(db, regionHeadlines, region);
		expect(tile).toMatchObject({ markets: 2, waitProviderMonths: 5, waitFromMonth: '2025-03', waitToMonth: '2026-02' });
		for (const [row, head] of [[r, tile], [g, (await runMetric(db, regionHeadlines, { ...region, municipality: 'GM0001' }))[0]]] as const) {
			same(head!.medianEffectiveProviders, row!.medianEffectiveProviders);
			same(head!.waitShareOverNorm, row!.waitShareOverNorm);
			same(head!.medianWaitWeeks, row!.medianWaitWeeks);
			expect([head!.waitFromMonth, head!.waitToMonth]).toEqual([row!.waitFromMonth, row!.waitToMonth]);
		}
		// The lens's per-category rows add up to the tile's share: 45 → A 10, 6, 12 (2 over of 3); 43 → B 4, 8 (1 of 2).
		const demo = (await runMetric(db, waitingByCategory, { ...region, source: 'recent' })).map((c) => [c.category, c.providerMonths, c.shareOverNorm]);
		expect(demo).toEqual([['43', 2, 0.5], ['45', 3, 2 / 3]]);
		same(tile!.waitShareOverNorm, (2 * 0.5 + 3 * (2 / 3)) / 5);
	});

	it('keeps each domain apart (A in Wmo region WM01)', async () => {
		// Only C10: P1 (location in A, a member of WM01) 1,000 → local; one market, HHI 10000 → 1.
		// Usage 2026: 1 + 1 pgb → 0.5. Waits: the 02 row (30 > 8) in window 2025-02..2026-01.
		const rows = await runMetric(db, municipalityComparison, params({ domain: 'wmo' }));
		expect(rows.map((r) => [r.level, r.code, r.name])).toEqual([
			['gemeente', 'GM0001', 'A'],
			['regio', 'WM01', 'Wmo Een'],
			['nederland', 'NL', 'Nederland']
		]);
		for (const row of rows) {
			expectRow(row, [1, 1, 1, 1, 1, 0.5, 1, 30]);
			expect(row).toMatchObject({ pgbYear: 2026, waitFromMonth: '2025-02', waitToMonth: '2026-01' });
		}
	});

	it('gives zeros and nulls for gemeente and regio on hostile input, without an SQL error', async () => {
		const rows = await runMetric(db, municipalityComparison, params({ municipality: "GM0001' OR 1=1 --" }));
		expect(rows.map((r) => [r.level, r.code, r.name])).toEqual([
			['gemeente', "GM0001' OR 1=1 --", null],
			['regio', null, null],
			['nederland', 'NL', 'Nederland']
		]);
		for (const row of rows.slice(0, 2)) expect(numbers(row)).toEqual([0, 0, null, null, null, null, null, null]);
		// Without a region the year and the window fall back on the country's: usage 2026 (D: 0 + 100
		// pgb → 1); demo months up to 2026-04 → window 2025-05..2026-04 adds C's 20:
		// 4 6 8 9 10 11 12 20 → median 9.5, over the norm 6 / 8.
		expect(rows[2]).toMatchObject({ pgbYear: 2026, waitFromMonth: '2025-05', waitToMonth: '2026-04' });
		expectRow(rows[2], [5, 3, 0.75, 0.625, (1.6 + 10000 / 5200) / 2, 1, 0.75, 9.5]);
		// The table is still there and untouched.
		expect(await db.query('SELECT count(*) AS n FROM municipalities')).toEqual([{ n: 4 }]);
	});

	it('gives nothing current before any contract starts', async () => {
		const rows = await runMetric(db, municipalityComparison, params({ date: '2010-01-01' }));
		for (const row of rows) {
			expect([row.contractedProviders, row.deals, row.shareLocalByValue, row.shareLocalByCount, row.medianEffectiveProviders]).toEqual([0, 0, null, null, null]);
		}
	});

	it('rejects a malformed date before it reaches SQL', () => {
		expect(() => municipalityComparison.bind(params({ date: "2026-01-01' --" }))).toThrow(/date/);
	});
});

describe('municipalityComparison on the real built data (jeugd)', () => {
	const date = metricConfig.referenceDate;

	it('keeps JZ12’s regio and gemeente rows equal to the region metrics', async () => {
		const { db: real, close } = await realData();
		try {
			const region = { ...emptyFilter('JZ12', 'jeugd'), date };
			const members = await runMetric(real, regionMembers, { regionId: 'JZ12', domain: 'jeugd' });
			expect(members.length).toBeGreaterThan(1);
			const providersQuery = query<ScopeParams>([contractsCte()], fragment('SELECT count(DISTINCT providerId) AS n FROM scopedContracts'));
			const [{ n: regionProviders }] = (await real.query<{ n: number }>(providersQuery.sql, providersQuery.bind(region))) as [{ n: number }];
			expect(regionProviders).toBeGreaterThan(0);
			const perMunicipality = await runMetric(real, providersPerMunicipality, region);
			const effective = (await runMetric(real, choiceByCategory, region))
				.map((c) => c.effectiveProviders)
				.filter((e): e is number => e !== null)
				.sort((a, b) => a - b);
			const mid = effective.length / 2;
			const medianEffective = effective.length % 2 ? effective[Math.floor(mid)]! : (effective[mid - 1]! + effective[mid]!) / 2;
			const pgb = await runMetric(real, pgbShare, region);
			const trend = (await runMetric(real, waitingTrend, { ...region, source: 'recent' }));
			const providerMonths = trend.reduce((s, t) => s + t.providerMonths, 0);
			const overNorm = trend.reduce((s, t) => s + (t.shareOverNorm ?? 0) * t.providerMonths, 0);

			for (const localBy of ['regio', 'gemeente'] as const) {
				const [local] = await runMetric(real, localShare, { ...region, localBy });
				const localPerMunicipality = await runMetric(real, localShareByMunicipality, { ...region, localBy });
				for (const m of members) {
					const rows = await runMetric(real, municipalityComparison, { municipality: m.code, domain: 'jeugd', date, localBy });
					expect(rows.map((r) => r.level)).toEqual(['gemeente', 'regio', 'nederland']);
					const [g, r, nl] = rows as [MunicipalityComparisonRow, MunicipalityComparisonRow, MunicipalityComparisonRow];
					expect([g.code, g.name, r.code, r.name]).toEqual([m.code, m.name, 'JZ12', 'Noord-Veluwe']);

					// The two required equalities.
					same(r.shareLocalByValue, local!.shareLocalByValue);
					expect(r.contractedProviders).toBe(regionProviders);
					// And the rest of the regio row, and the gemeente row, against their lenses.
					same(r.shareLocalByCount, local!.shareLocalByCount);
					same(r.medianEffectiveProviders, medianEffective);
					same(r.pgbShare, pgb.find((p) => p.level === 'regio')!.pgbShare);
					same(r.waitShareOverNorm, providerMonths ? overNorm / providerMonths : null);
					expect(g.contractedProviders).toBe(perMunicipality.find((p) => p.municipalityCode === m.code)!.providers);
					const gl = localPerMunicipality.find((p) => p.municipalityCode === m.code);
					same(g.shareLocalByValue, gl?.shareLocalByValue ?? null);
					same(g.shareLocalByCount, gl?.shareLocalByCount ?? null);
					same(g.pgbShare, pgb.find((p) => p.municipalityCode === m.code)!.pgbShare);
					// The region page's tiles (regionHeadlines) for the region and for this member.
					const [tile] = await runMetric(real, regionHeadlines, region);
					const [own] = await runMetric(real, regionHeadlines, { ...region, municipality: m.code });
					for (const [row, head] of [[r, tile!], [g, own!]] as const) {
						same(head.medianEffectiveProviders, row.medianEffectiveProviders);
						same(head.waitShareOverNorm, row.waitShareOverNorm);
						same(head.medianWaitWeeks, row.medianWaitWeeks);
						expect([head.waitFromMonth, head.waitToMonth]).toEqual([row.waitFromMonth, row.waitToMonth]);
					}

					expect(g.contractedProviders).toBeLessThanOrEqual(r.contractedProviders);
					expect(r.contractedProviders).toBeLessThanOrEqual(nl.contractedProviders);
					expect(g.deals).toBeLessThanOrEqual(r.deals);
					expect(r.deals).toBeLessThanOrEqual(nl.deals);
					for (const row of rows) {
						for (const s of [row.shareLocalByValue, row.shareLocalByCount, row.pgbShare, row.waitShareOverNorm]) {
							if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
						}
					}
				}
			}
		} finally {
			close();
		}
	});

	it('pools the nederland local shares over all regions, each contract against its own region', async () => {
		const { db: real, close } = await realData();
		try {
			const regions = await runMetric(real, regionList, { domain: 'jeugd' });
			expect(regions.length).toBeGreaterThan(1);
			for (const localBy of ['regio', 'gemeente'] as const) {
				let value = 0;
				let valueLocal = 0;
				let contracts = 0;
				let contractsLocal = 0;
				for (const reg of regions) {
					const [l] = await runMetric(real, localShare, { ...emptyFilter(reg.id, 'jeugd'), date, localBy });
					value += l!.value;
					valueLocal += l!.valueLocal;
					contracts += l!.contracts;
					contractsLocal += l!.contractsLocal;
				}
				const [, , nl] = await runMetric(real, municipalityComparison, { municipality: 'GM0243', domain: 'jeugd', date, localBy });
				expect(nl!.shareLocalByValue).toBeCloseTo(valueLocal / value, 10);
				expect(nl!.shareLocalByCount).toBeCloseTo(contractsLocal / contracts, 12);
			}
		} finally {
			close();
		}
	});
});

import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { choiceByCategory, choicePerMunicipality, pgbShare } from './choice';
import { emptyFilter, type RegionFilter } from './filter';
import { metricConfig } from './config';
import type { ThresholdParams } from './scope';

/*
 * Fixture: region JZ01 (jeugd), members A (GM0001) and B (GM0002). Reference date 2026-01-01.
 * Deal D1 (A and B take part):
 *   L1 (45): mains P1 50 clients, P2 30, P3 20 (values 10/10/80); P4 sub under P1;
 *            P5 main 100 clients, ended 2023-12-31.
 *            Every main has clients → shares by clients 50/30/20 % → HHI 2500 + 900 + 400 = 3800,
 *            effective 10000 / 3800 = 2.63; providers 4 (sub included), main 3; 'hoog' (> 2000).
 *   L2 (43): P1 value 600 (clients unknown), P2 value 400, 10 clients → one main without clients
 *            → shares by value 60/40 % → HHI 3600 + 1600 = 5200, effective 1.92.
 * Deal D2 (A only):
 *   L3 (41): 11 mains Q01..Q11 with 10 clients each → 11 × (100/11)² = 909.09 → 'laag' (< 1000),
 *            effective 11.
 */
const q = Array.from({ length: 11 }, (_, i) => `Q${String(i + 1).padStart(2, '0')}`);
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A' },
		{ code: 'GM0002', name: 'B' },
		{ code: 'GM0009', name: 'X' }
	],
	regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
	regionMembership: ['GM0001', 'GM0002'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
	careCategories: [
		{ code: '41', plainNl: 'Dagbehandeling' },
		{ code: '43', plainNl: 'Verblijf' },
		{ code: '45', plainNl: 'Ambulant' }
	],
	providers: [...['P1', 'P2', 'P3', 'P4', 'P5'], ...q].map((id) => ({ id, name: id })),
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', startDate: '2020-01-01', endDate: '2027-12-31' },
		{ id: 'D2', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' }
	],
	procurementParticipants: [
		{ procurementId: 'D1', municipalityCode: 'GM0001' },
		{ procurementId: 'D1', municipalityCode: 'GM0002' },
		{ procurementId: 'D2', municipalityCode: 'GM0001' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', category: '45' },
		{ id: 'L2', procurementId: 'D1', category: '43' },
		{ id: 'L3', procurementId: 'D2', category: '41' }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2025-01-01', clients: 50, value: 10 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2025-01-01', clients: 30, value: 10 },
		{ id: 'C3', lotId: 'L1', providerId: 'P3', startDate: '2025-01-01', clients: 20, value: 80 },
		{ id: 'C4', lotId: 'L1', providerId: 'P4', startDate: '2025-01-01', role: 'sub', mainContractorId: 'P1' },
		{ id: 'C5', lotId: 'L1', providerId: 'P5', startDate: '2020-01-01', endDate: '2023-12-31', clients: 100 },
		{ id: 'C6', lotId: 'L2', providerId: 'P1', startDate: '2025-01-01', value: 600 },
		{ id: 'C7', lotId: 'L2', providerId: 'P2', startDate: '2025-01-01', value: 400, clients: 10 },
		...q.map((id, i) => ({ id: `CQ${i}`, lotId: 'L3', providerId: id, startDate: '2025-01-01', clients: 10 }))
	],
	usage: [
		// Latest jeugd year 2025: A 90 in kind + 10 pgb → 0.1; B 0 + 0 → null; region 10 / 100 = 0.1.
		{ municipalityCode: 'GM0001', category: '45', domain: 'jeugd', year: 2025, clients: 90, pgbClients: 10 },
		{ municipalityCode: 'GM0002', category: '45', domain: 'jeugd', year: 2025, clients: 0, pgbClients: 0 },
		// 2024: A 80 + 10 in kind, 20 pgb → 20/110; B 50 + 50 → 0.5; region 70 / 210 = 1/3.
		{ municipalityCode: 'GM0001', category: '45', domain: 'jeugd', year: 2024, clients: 80, pgbClients: 20 },
		{ municipalityCode: 'GM0001', category: '43', domain: 'jeugd', year: 2024, clients: 10, pgbClients: 0 },
		{ municipalityCode: 'GM0002', category: '45', domain: 'jeugd', year: 2024, clients: 50, pgbClients: 50 },
		// Must not count: another domain (and a later year), a municipality outside the region.
		{ municipalityCode: 'GM0001', category: '01', domain: 'wmo', year: 2026, clients: 5, pgbClients: 5 },
		{ municipalityCode: 'GM0009', category: '45', domain: 'jeugd', year: 2025, clients: 5, pgbClients: 5 }
	]
});
afterAll(() => db.close());

const scope = (over: Partial<RegionFilter> & ThresholdParams = {}) => ({ ...emptyFilter('JZ01', 'jeugd'), date: '2026-01-01', ...over });

describe('choiceByCategory', () => {
	it('computes HHI by clients, else by value, and the effective number of providers', async () => {
		const rows = await runMetric(db, choiceByCategory, scope());
		expect(rows.map((r) => [r.category, r.contractedProviders, r.mainProviders, r.shareBasis, r.concentration])).toEqual([
			['41', 11, 11, 'clients', 'laag'],
			['43', 2, 2, 'value', 'hoog'],
			['45', 4, 3, 'clients', 'hoog']
		]);
		const [c41, c43, c45] = rows;
		expect(c45!.hhi).toBeCloseTo(3800, 6);
		expect(c45!.effectiveProviders).toBeCloseTo(2.63, 2);
		expect(c43!.hhi).toBeCloseTo(5200, 6);
		expect(c43!.effectiveProviders).toBeCloseTo(1.92, 2);
		expect(c41!.hhi).toBeCloseTo(909.09, 2);
		expect(c41!.effectiveProviders).toBeCloseTo(11, 6);
		expect(c45!.providerShare).toBeNull();
	});

	it('labels with the thresholds passed (matig between hhiLow and hhiHigh)', async () => {
		// hhiLow 500: 909 is no longer low; hhiHigh 6000: 5200 and 3800 are no longer high.
		const rows = await runMetric(db, choiceByCategory, scope({ thresholds: { hhiLow: 500, hhiHigh: 6000 } }));
		expect(rows.map((r) => r.concentration)).toEqual(['matig', 'matig', 'matig']);
	});

	it('with a provider shows the markets it is in, measured whole, with its share', async () => {
		// P3 holds a contract in 45 only; the 45 market stays 3800; P3's share 20 %.
		const rows = await runMetric(db, choiceByCategory, scope({ provider: 'P3' }));
		expect(rows).toHaveLength(1);
		expect(rows[0]).toMatchObject({ category: '45', contractedProviders: 4 });
		expect(rows[0]!.hhi).toBeCloseTo(3800, 6);
		expect(rows[0]!.providerShare).toBeCloseTo(0.2, 10);
	});

	it('follows municipality, category and year', async () => {
		// B takes part in D1 only → 43 and 45.
		expect((await runMetric(db, choiceByCategory, scope({ municipality: 'GM0002' }))).map((r) => r.category)).toEqual(['43', '45']);
		expect((await runMetric(db, choiceByCategory, scope({ category: '41' }))).map((r) => r.category)).toEqual(['41']);
		// 2023: only P5 runs in 45 → one provider, HHI 10000, effective 1.
		const [y] = await runMetric(db, choiceByCategory, scope({ year: 2023 }));
		expect(y).toMatchObject({ category: '45', contractedProviders: 1, hhi: 10000, effectiveProviders: 1, concentration: 'hoog' });
	});
});

describe('choicePerMunicipality', () => {
	it('counts providers per municipality and category, subcontractors included', async () => {
		const rows = await runMetric(db, choicePerMunicipality, scope());
		expect(rows.map((r) => [r.municipalityName, r.category, r.providers, r.mainProviders])).toEqual([
			['A', '41', 11, 11],
			['A', '43', 2, 2],
			['A', '45', 4, 3],
			['B', '43', 2, 2],
			['B', '45', 4, 3]
		]);
	});

	it('with a provider keeps the municipality × category markets it is in', async () => {
		const rows = await runMetric(db, choicePerMunicipality, scope({ provider: 'P3' }));
		expect(rows.map((r) => [r.municipalityName, r.category, r.providers])).toEqual([
			['A', '45', 4],
			['B', '45', 4]
		]);
	});

	it('with a municipality shows only that municipality', async () => {
		const rows = await runMetric(db, choicePerMunicipality, scope({ municipality: 'GM0002' }));
		expect(new Set(rows.map((r) => r.municipalityName))).toEqual(new Set(['B']));
	});
});

describe('pgbShare', () => {
	it('uses the latest year with data for the domain, with a region total', async () => {
		const rows = await runMetric(db, pgbShare, scope());
		expect(rows).toEqual([
			{ level: 'gemeente', municipalityCode: 'GM0001', municipalityName: 'A', year: 2025, clients: 90, pgbClients: 10, pgbShare: 0.1, source: 'test' },
			{ level: 'gemeente', municipalityCode: 'GM0002', municipalityName: 'B', year: 2025, clients: 0, pgbClients: 0, pgbShare: null, source: 'test' },
			{ level: 'regio', municipalityCode: null, municipalityName: null, year: 2025, clients: 90, pgbClients: 10, pgbShare: 0.1, source: 'test' }
		]);
	});

	it('follows year, category and municipality', async () => {
		const y = await runMetric(db, pgbShare, scope({ year: 2024 }));
		expect(y.map((r) => r.pgbShare)).toEqual([20 / 110, 0.5, 70 / 210]);
		// 43 in 2024: only A, 10 in kind → 0; B has no rows → null.
		expect((await runMetric(db, pgbShare, scope({ year: 2024, category: '43' }))).map((r) => r.pgbShare)).toEqual([0, null, 0]);
		expect((await runMetric(db, pgbShare, scope({ year: 2024, municipality: 'GM0002' }))).map((r) => [r.level, r.pgbShare])).toEqual([
			['gemeente', 0.5],
			['regio', 0.5]
		]);
	});
});


describe('choice lens on the real built data (JZ12, jeugd)', () => {
	it('keeps HHI, effective providers and shares within bounds', async () => {
		const { db: real, close } = await realData();
		try {
			const p = { ...emptyFilter('JZ12', 'jeugd'), date: metricConfig.referenceDate };
			const rows = await runMetric(real, choiceByCategory, p);
			expect(rows.length).toBeGreaterThan(0);
			for (const r of rows) {
				expect(r.contractedProviders).toBeGreaterThanOrEqual(r.mainProviders);
				if (r.hhi !== null) {
					expect(r.hhi > 0 && r.hhi <= 10000 + 1e-6).toBe(true);
					expect(r.effectiveProviders!).toBeLessThanOrEqual(r.mainProviders + 1e-9);
					expect(r.effectiveProviders!).toBeLessThanOrEqual(r.contractedProviders + 1e-9);
				}
			}
			for (const r of await runMetric(real, choicePerMunicipality, p)) expect(r.providers).toBeGreaterThanOrEqual(0);
			const pgb = await runMetric(real, pgbShare, p);
			expect(pgb.filter((r) => r.level === 'regio')).toHaveLength(1);
			for (const r of pgb) if (r.pgbShare !== null) expect(r.pgbShare >= 0 && r.pgbShare <= 1).toBe(true);
		} finally {
			close();
		}
	});
});

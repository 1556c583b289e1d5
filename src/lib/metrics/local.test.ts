import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { localShare, localShareByCategory, localShareByMunicipality, type TierFigures } from './local';
import { emptyFilter, type RegionFilter } from './filter';
import { metricConfig } from './config';

/*
 * Fixture: region JZ01 (jeugd) with A (GM0001) and B (GM0002) in province PV25 and C (GM0003)
 * in PV26. Outside the region: X (GM0004, PV25), Y (GM0005, PV26), Z (GM0006, PV27).
 * Provider locations: P1 in A; P2 in X; P3 in Z; P4 in B and Y; P5 none (unknown).
 * Deal D1 (A, B, C take part), lot L1 (45): P1 300, P2 200, P3 400, P5 100       = 1,000
 *                                          P1 999, ended 2023-12-31 (only current in 2023)
 * Deal D2 (A only),           lot L2 (43): P4 500, P3 as subcontractor without value
 * Reference date 2026-01-01; all other contracts run 2025-01-01 – open.
 *
 * Tiers with localBy 'regio' (local = a location in the region):
 *   for B (PV25): P1 local, P2 province (X is PV25), P3 elsewhere, P5 unknown
 *                 → 4 contracts, local 1; value 1,000, local 300 → shares 0.25 and 0.3
 *   for C (PV26): P1 local, P2 elsewhere (X is not in C's province), P3 elsewhere, P5 unknown → value share 0.3
 *   for A (PV25): B's four + P4 local (location in B) + P3 sub elsewhere
 *                 → 6 contracts, local 2 (P1, P4); value 1,500, local 800 → 1/3 and 0.5333
 *   region (each contract once, best tier): same as A: 6, local 2, province 1, elsewhere 2, unknown 1; 800 of 1,500.
 * With localBy 'gemeente' (local = a location in the municipality itself):
 *   A: only P1 local (300 of 1,500 → 0.2; P4 is in B: same province); B and C: nothing local → 0.
 */
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A', provinceCode: 'PV25' },
		{ code: 'GM0002', name: 'B', provinceCode: 'PV25' },
		{ code: 'GM0003', name: 'C', provinceCode: 'PV26' },
		{ code: 'GM0004', name: 'X', provinceCode: 'PV25' },
		{ code: 'GM0005', name: 'Y', provinceCode: 'PV26' },
		{ code: 'GM0006', name: 'Z', provinceCode: 'PV27' }
	],
	regions: [{ id: 'JZ01', domain: 'jeugd', name: 'R' }],
	regionMembership: ['GM0001', 'GM0002', 'GM0003'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
	careCategories: [
		{ code: '43', plainNl: 'Verblijf' },
		{ code: '45', plainNl: 'Ambulant' }
	],
	providers: ['P1', 'P2', 'P3', 'P4', 'P5'].map((id) => ({ id, name: id })),
	providerLocations: [
		{ providerId: 'P1', locationId: 'a', municipalityCode: 'GM0001' },
		{ providerId: 'P2', locationId: 'x', municipalityCode: 'GM0004' },
		{ providerId: 'P3', locationId: 'z', municipalityCode: 'GM0006' },
		{ providerId: 'P4', locationId: 'b', municipalityCode: 'GM0002' },
		{ providerId: 'P4', locationId: 'y', municipalityCode: 'GM0005' }
	],
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', startDate: '2020-01-01', endDate: '2027-12-31' },
		{ id: 'D2', regionId: 'JZ01', domain: 'jeugd', startDate: '2025-01-01', endDate: '2027-12-31' }
	],
	procurementParticipants: [
		...['GM0001', 'GM0002', 'GM0003'].map((m) => ({ procurementId: 'D1', municipalityCode: m })),
		{ procurementId: 'D2', municipalityCode: 'GM0001' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', category: '45' },
		{ id: 'L2', procurementId: 'D2', category: '43' }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2025-01-01', value: 300 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2025-01-01', value: 200 },
		{ id: 'C3', lotId: 'L1', providerId: 'P3', startDate: '2025-01-01', value: 400 },
		{ id: 'C4', lotId: 'L1', providerId: 'P5', startDate: '2025-01-01', value: 100 },
		{ id: 'C5', lotId: 'L2', providerId: 'P4', startDate: '2025-01-01', value: 500 },
		{ id: 'C6', lotId: 'L2', providerId: 'P3', startDate: '2025-01-01', role: 'sub', mainContractorId: 'P4' },
		{ id: 'C7', lotId: 'L1', providerId: 'P1', startDate: '2020-01-01', endDate: '2023-12-31', value: 999 }
	]
});
afterAll(() => db.close());

const scope = (over: Partial<RegionFilter> & { localBy?: 'regio' | 'gemeente' } = {}) => ({
	...emptyFilter('JZ01', 'jeugd'),
	date: '2026-01-01',
	...over
});
const figures = (r: TierFigures) => ({
	contracts: r.contracts,
	local: r.contractsLocal,
	province: r.contractsProvince,
	elsewhere: r.contractsElsewhere,
	unknown: r.contractsUnknown,
	value: r.value,
	valueLocal: r.valueLocal
});

describe('localShareByMunicipality', () => {
	it('tiers each contract for each municipality that takes part in its deal', async () => {
		const rows = await runMetric(db, localShareByMunicipality, scope());
		expect(rows.map((r) => [r.municipalityName, figures(r)])).toEqual([
			['A', { contracts: 6, local: 2, province: 1, elsewhere: 2, unknown: 1, value: 1500, valueLocal: 800 }],
			['B', { contracts: 4, local: 1, province: 1, elsewhere: 1, unknown: 1, value: 1000, valueLocal: 300 }],
			['C', { contracts: 4, local: 1, province: 0, elsewhere: 2, unknown: 1, value: 1000, valueLocal: 300 }]
		]);
		const b = rows.find((r) => r.municipalityName === 'B')!;
		expect(b.shareLocalByCount).toBe(0.25);
		expect(b.shareLocalByValue).toBeCloseTo(0.3, 10);
		expect(b.valueProvince).toBe(200);
		expect(b.valueElsewhere).toBe(400);
		expect(b.valueUnknown).toBe(100);
		const a = rows.find((r) => r.municipalityName === 'A')!;
		expect(a.shareLocalByCount).toBeCloseTo(1 / 3, 10);
		expect(a.shareLocalByValue).toBeCloseTo(800 / 1500, 10);
	});

	it('with localBy gemeente counts only locations in the municipality itself', async () => {
		const rows = await runMetric(db, localShareByMunicipality, scope({ localBy: 'gemeente' }));
		expect(rows.map((r) => [r.municipalityName, r.contractsLocal, r.shareLocalByValue])).toEqual([
			['A', 1, 0.2],
			['B', 0, 0],
			['C', 0, 0]
		]);
		// P4 (location in B, same province as A) drops from local to province for A.
		expect(rows[0]!.contractsProvince).toBe(2);
	});

	it('with a municipality shows only that municipality', async () => {
		const rows = await runMetric(db, localShareByMunicipality, scope({ municipality: 'GM0002' }));
		expect(rows.map((r) => r.municipalityName)).toEqual(['B']);
	});
});

describe('localShare (region)', () => {
	it('counts each contract once with its best tier', async () => {
		const [row] = await runMetric(db, localShare, scope());
		expect(row).toMatchObject({ localBy: 'regio', contracts: 6, contractsLocal: 2, contractsProvince: 1, contractsElsewhere: 2, contractsUnknown: 1, value: 1500, valueLocal: 800 });
		expect(row!.shareLocalByValue).toBeCloseTo(0.5333, 4);
	});

	it('follows municipality, category, provider and year', async () => {
		// B: P1 300 of 1,000 → 0.3.
		expect((await runMetric(db, localShare, scope({ municipality: 'GM0002' })))[0]!.shareLocalByValue).toBeCloseTo(0.3, 10);
		// 43: P4 500 local, P3 sub (no value) elsewhere → by count 0.5, by value 1.
		expect(await runMetric(db, localShare, scope({ category: '43' }))).toMatchObject([{ contracts: 2, shareLocalByCount: 0.5, shareLocalByValue: 1 }]);
		// P3: its two contracts are both elsewhere → 0 and 0.
		expect(await runMetric(db, localShare, scope({ provider: 'P3' }))).toMatchObject([{ contracts: 2, contractsElsewhere: 2, shareLocalByCount: 0, shareLocalByValue: 0 }]);
		// 2023: only the ended P1 contract (999, local) runs → 1 and 1.
		expect(await runMetric(db, localShare, scope({ year: 2023 }))).toMatchObject([{ contracts: 1, value: 999, shareLocalByCount: 1, shareLocalByValue: 1 }]);
	});

	it('gives null shares, not a division by zero, when nothing is in scope', async () => {
		expect(await runMetric(db, localShare, scope({ year: 2010 }))).toMatchObject([{ contracts: 0, shareLocalByCount: null, shareLocalByValue: null }]);
	});
});

describe('localShareByCategory', () => {
	it('splits the region figures by care category', async () => {
		// 45: P1 local 300, P2 province 200, P3 elsewhere 400, P5 unknown 100 → 0.25 and 0.3.
		const rows = await runMetric(db, localShareByCategory, scope());
		expect(rows.map((r) => [r.category, r.categoryName, r.contracts, r.shareLocalByCount, r.shareLocalByValue])).toEqual([
			['43', 'Verblijf', 2, 0.5, 1],
			['45', 'Ambulant', 4, 0.25, 0.3]
		]);
	});
});


describe('local lens on the real built data (JZ12, jeugd)', () => {
	it('keeps tiers adding up and shares within 0..1', async () => {
		const { db: real, close } = await realData();
		try {
			for (const localBy of ['regio', 'gemeente'] as const) {
				const p = { ...emptyFilter('JZ12', 'jeugd'), date: metricConfig.referenceDate, localBy };
				const rows = [
					...(await runMetric(real, localShare, p)),
					...(await runMetric(real, localShareByMunicipality, p)),
					...(await runMetric(real, localShareByCategory, p))
				];
				expect(rows.length).toBeGreaterThan(1);
				for (const r of rows) {
					expect(r.contractsLocal + r.contractsProvince + r.contractsElsewhere + r.contractsUnknown).toBe(r.contracts);
					expect(r.valueLocal + r.valueProvince + r.valueElsewhere + r.valueUnknown).toBeCloseTo(r.value, 2);
					for (const s of [r.shareLocalByCount, r.shareLocalByValue]) {
						if (s !== null) expect(s >= 0 && s <= 1).toBe(true);
					}
				}
			}
		} finally {
			close();
		}
	});
});

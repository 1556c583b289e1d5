import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { runMetric } from './metric';
import { providersPerMunicipality } from './contracts';

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
		const rows = await runMetric(db, providersPerMunicipality, { regionId: 'JZ01', domain: 'jeugd', date: '2026-01-01' });
		expect(rows).toEqual([
			{ municipalityCode: 'GM0001', municipalityName: 'A', providers: 3, mainProviders: 2 },
			{ municipalityCode: 'GM0002', municipalityName: 'B', providers: 3, mainProviders: 2 },
			{ municipalityCode: 'GM0003', municipalityName: 'C', providers: 0, mainProviders: 0 }
		]);
	});

	it('counts a contract only while it runs', async () => {
		const rows = await runMetric(db, providersPerMunicipality, { regionId: 'JZ01', domain: 'jeugd', date: '2024-06-01' });
		// On 2024-06-01 only P4 (2023–2024) runs.
		expect(rows.find((r) => r.municipalityCode === 'GM0001')).toMatchObject({ providers: 1, mainProviders: 1 });
	});

	it('treats a hostile region id as a value, not as SQL', async () => {
		const rows = await runMetric(db, providersPerMunicipality, { regionId: "JZ01' OR '1'='1", domain: 'jeugd', date: '2026-01-01' });
		expect(rows).toEqual([]);
	});
});

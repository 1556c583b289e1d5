import { afterAll, describe, expect, it } from 'vitest';
import { fixtureDb } from './fixture-db';
import { runMetric } from './metric';
import { dealDetail, dealList, dealLots, dealPlaces, dealProviders, flagsOfDeal, municipalityDeals, similarDeals } from './deal';
import { flagItems, type FlagItemRow } from './flags';
import { emptyFilter } from './filter';

/*
 * Fixture: region R (JZ01: A, B, C) and region S (JZ02: X, Y).
 * D1 (R, jeugd; A and B take part): 2020-01-01 – 2021-12-31 + 2 years extension option.
 *   L1 (45, 3 tenderers): P1 main (100), P2 main (50), both until 2022-12-31 (one extension year taken)
 *   L2 (43, 1 tenderer):  P3 main (no value) until 2022-12-31
 *   P1 has a location in A; P2 only in X; P3 none.
 * D2 (S, jeugd): lots 45 (1 tenderer) and 43 — the same categories as D1 → overlap 1.
 *   P2 main (location X, in S) → local share 1.
 * D3 (S, jeugd): lot 41 only → no overlap with D1, not similar. D4 (S, wmo): another law.
 * Waits at P1 for 45: A 2025-01 (4 wk), A 2025-02 (6 wk), B 2025-02 (10 wk), A 2023-01 (100 wk, outside the 12-month window).
 */
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'A' },
		{ code: 'GM0002', name: 'B' },
		{ code: 'GM0003', name: 'C' },
		{ code: 'GM0004', name: 'X' },
		{ code: 'GM0005', name: 'Y' }
	],
	regions: [
		{ id: 'JZ01', domain: 'jeugd', name: 'R' },
		{ id: 'JZ02', domain: 'jeugd', name: 'S' },
		{ id: 'JZ02', domain: 'wmo', name: 'S-wmo' }
	],
	regionMembership: [
		...['GM0001', 'GM0002', 'GM0003'].map((m) => ({ municipalityCode: m, regionId: 'JZ01', domain: 'jeugd' })),
		...['GM0004', 'GM0005'].map((m) => ({ municipalityCode: m, regionId: 'JZ02', domain: 'jeugd' }))
	],
	careCategories: [
		{ code: '41', plainNl: 'Dagbehandeling', plainEn: 'Day treatment' },
		{ code: '43', plainNl: 'Verblijf', plainEn: 'Residential' },
		{ code: '45', plainNl: 'Ambulant', plainEn: 'Outpatient' }
	],
	providers: ['P1', 'P2', 'P3'].map((id) => ({ id, name: `Zorg ${id}` })),
	providerLocations: [
		{ locationId: 'loc1', providerId: 'P1', municipalityCode: 'GM0001' },
		{ locationId: 'loc2', providerId: 'P2', municipalityCode: 'GM0004' }
	],
	procurements: [
		{ id: 'D1', regionId: 'JZ01', domain: 'jeugd', title: 'Jeugdhulp R', procurementMethodDetails: 'open-house', startDate: '2020-01-01', endDate: '2021-12-31', extensionYears: 2, estimatedValue: 200 },
		{ id: 'D2', regionId: 'JZ02', domain: 'jeugd', title: 'Jeugdhulp S', startDate: '2021-01-01', endDate: '2023-12-31' },
		{ id: 'D3', regionId: 'JZ02', domain: 'jeugd', title: 'Dagbehandeling S', startDate: '2021-01-01', endDate: '2023-12-31' },
		{ id: 'D4', regionId: 'JZ02', domain: 'wmo', title: 'Wmo S', startDate: '2021-01-01', endDate: '2023-12-31' }
	],
	procurementParticipants: [
		{ procurementId: 'D1', municipalityCode: 'GM0001' },
		{ procurementId: 'D1', municipalityCode: 'GM0002' },
		{ procurementId: 'D2', municipalityCode: 'GM0004' }
	],
	lots: [
		{ id: 'L1', procurementId: 'D1', category: '45', numberOfTenderers: 3 },
		{ id: 'L2', procurementId: 'D1', category: '43', numberOfTenderers: 1 },
		{ id: 'L3', procurementId: 'D2', category: '45', numberOfTenderers: 1 },
		{ id: 'L4', procurementId: 'D2', category: '43' },
		{ id: 'L5', procurementId: 'D3', category: '41' },
		{ id: 'L6', procurementId: 'D4', category: '45' }
	],
	contracts: [
		{ id: 'C1', lotId: 'L1', providerId: 'P1', startDate: '2020-01-01', endDate: '2022-12-31', value: 100 },
		{ id: 'C2', lotId: 'L1', providerId: 'P2', startDate: '2020-01-01', endDate: '2022-12-31', value: 50 },
		{ id: 'C3', lotId: 'L2', providerId: 'P3', startDate: '2020-01-01', endDate: '2022-12-31' },
		{ id: 'C4', lotId: 'L3', providerId: 'P2', startDate: '2021-01-01', endDate: '2023-12-31' }
	],
	waitingTimes: [
		{ providerId: 'P1', category: '45', municipalityCode: 'GM0001', month: '2025-01', medianWeeks: 4, source: 'demo' },
		{ providerId: 'P1', category: '45', municipalityCode: 'GM0001', month: '2025-02', medianWeeks: 6, source: 'demo' },
		{ providerId: 'P1', category: '45', municipalityCode: 'GM0002', month: '2025-02', medianWeeks: 10, source: 'demo' },
		{ providerId: 'P1', category: '45', municipalityCode: 'GM0001', month: '2023-01', medianWeeks: 100, source: 'demo' }
	]
});
afterAll(() => db.close());

describe('dealDetail', () => {
	it('gives status, extension used and left, duration and counts as worked out by hand', async () => {
		const [d] = await runMetric(db, dealDetail, { id: 'D1', date: '2023-06-01' });
		expect(d).toMatchObject({
			regionName: 'R',
			maxEndDate: '2023-12-31',
			extensionYears: 2,
			extensionUsedYears: 1,
			extensionLeftYears: 1,
			durationYears: 4,
			status: 'ended',
			flagDate: '2022-12-31',
			estimatedValue: 200,
			contractValue: 150,
			lots: 2,
			tenderers: 4,
			lotsWithTenderers: 2,
			providers: 3,
			mainProviders: 3,
			participants: 2
		});
	});

	it('counts no extension as used before the original end date, even when contracts already run past it', async () => {
		const [d] = await runMetric(db, dealDetail, { id: 'D1', date: '2021-06-01' });
		expect(d).toMatchObject({ status: 'running', extensionUsedYears: 0, extensionLeftYears: 2, flagDate: '2021-06-01' });
		const [before] = await runMetric(db, dealDetail, { id: 'D1', date: '2019-06-01' });
		expect(before).toMatchObject({ status: 'planned', flagDate: '2020-01-01' });
	});

	it('says "planned" or "ended" for a deal without contracts, and nothing for an unknown id', async () => {
		const [d] = await runMetric(db, dealDetail, { id: 'D3', date: '2023-06-01' });
		expect(d).toMatchObject({ status: 'ended', providers: 0, contractValue: null, tenderers: null, lotsWithTenderers: 0, participants: 0 });
		expect(await runMetric(db, dealDetail, { id: 'nope', date: '2023-06-01' })).toEqual([]);
	});
});

describe('dealLots and dealProviders', () => {
	it('lists each lot with tenderers, contractors and value, and the winners largest first', async () => {
		const lots = await runMetric(db, dealLots, { id: 'D1' });
		expect(lots.map((l) => [l.lotId, l.categoryName, l.numberOfTenderers, l.mainProviders, l.value, l.singleBid])).toEqual([
			['L1', 'Ambulant', 3, 2, 150, false],
			['L2', 'Verblijf', 1, 1, 0, true]
		]);
		const providers = await runMetric(db, dealProviders, { id: 'D1' });
		expect(providers.map((p) => [p.name, p.mainLots, p.value])).toEqual([
			['Zorg P1', 1, 100],
			['Zorg P2', 1, 50],
			['Zorg P3', 1, null]
		]);
	});
});

describe('dealPlaces', () => {
	it('gives per participant and for the participants together: providers, local ones and waits in the 12-month window', async () => {
		const rows = await runMetric(db, dealPlaces, { id: 'D1' });
		const pick = (level: string, code: string | null, category: string) => rows.find((r) => r.level === level && r.municipalityCode === code && r.category === category)!;
		expect(rows).toHaveLength(6); // (A, B, region) × (43, 45)
		expect(pick('gemeente', 'GM0001', '45')).toMatchObject({ municipalityName: 'A', providers: 2, localProviders: 1, waitMedianWeeks: 5, waitMeasurements: 2 });
		expect(pick('gemeente', 'GM0002', '45')).toMatchObject({ providers: 2, localProviders: 0, waitMedianWeeks: 10, waitMeasurements: 1 });
		expect(pick('regio', null, '45')).toMatchObject({ providers: 2, localProviders: 1, waitMedianWeeks: 6, waitMeasurements: 3 });
		expect(pick('regio', null, '43')).toMatchObject({ providers: 1, localProviders: 0, waitMedianWeeks: null, waitMeasurements: 0 });
		expect(pick('regio', null, '45')).toMatchObject({ waitFrom: '2024-03', waitTo: '2025-02', waitSources: 'demo' });
	});
});

describe('similarDeals', () => {
	it('puts the deal first, then deals of the same law elsewhere sharing at least half the categories', async () => {
		const rows = await runMetric(db, similarDeals, { id: 'D1', limit: 10 });
		expect(rows.map((r) => [r.id, r.isSelf, r.overlap, r.providers, r.localShare, r.singleBidLots, r.durationYears])).toEqual([
			['D1', true, 1, 3, 1 / 3, 1, 4],
			['D2', false, 1, 1, 1, 1, 3]
		]);
	});
});

describe('dealList and flagsOfDeal', () => {
	it('lists every deal with its region, municipalities and providers', async () => {
		const rows = await runMetric(db, dealList, {});
		expect(rows.find((r) => r.id === 'D1')).toMatchObject({ regionName: 'R', municipalities: 'A|B', providers: 'Zorg P1|Zorg P2|Zorg P3' });
		expect(rows.find((r) => r.id === 'D4')).toMatchObject({ regionName: 'S-wmo', municipalities: '', providers: '' });
	});

	it('lists the deals a municipality takes part in, and none for one that takes part in none', async () => {
		expect((await runMetric(db, municipalityDeals, { municipality: 'GM0002' })).map((d) => d.id)).toEqual(['D1']);
		expect(await runMetric(db, municipalityDeals, { municipality: 'GM0003' })).toEqual([]);
	});

	it('keeps the deal’s own signals and the concentration of the categories it buys', async () => {
		const items = await runMetric(db, flagItems, { ...emptyFilter('JZ01', 'jeugd'), date: '2022-12-31' });
		const own = flagsOfDeal(items, 'D1', ['45', '43']);
		// L2: one tenderer in an open procedure (the fixture default); 4 years is not over the 4-year limit.
		expect(own.map((f) => [f.flagId, f.lotId ?? f.category])).toContainEqual(['singleBid', 'L2']);
		expect(own.some((f) => f.flagId === 'longDuration')).toBe(false);
		const other = { ...own[0]!, dealId: 'D9', flagId: 'singleBid' } as FlagItemRow;
		expect(flagsOfDeal([other], 'D1', ['45'])).toEqual([]);
	});
});

import { afterAll, describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { fixtureDb } from './fixture-db';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { metricConfig } from './config';
import {
	finderPageSize,
	postcodeAreas,
	providerAreas,
	providerCategories,
	providerCategoryChoices,
	providerCountByCategory,
	providerDeals,
	providerFinder,
	providerLocationList,
	providerSubcontracting,
	providerSummary,
	providerWaitTrend,
	type FinderParams
} from './providers';
import ProviderList from '../lenses/ProviderList.svelte';
import ProviderCompare from '../lenses/ProviderCompare.svelte';
import ProviderProfile from '../lenses/ProviderProfile.svelte';
import type { CareRoute } from '../lenses/next-step';

/*
 * Fixture (reference date 2026-10-01, so the reference month is 2026-10).
 * Municipalities on one meridian (lon 5.0), so distance = 6371 km × Δlat in radians:
 *   A GM0001 "Aa"  lat 52.0   (home in every test)
 *   B GM0002 "Bee" lat 52.1   → 11.12 km from A → 11
 *   X GM0009 "Ix"  lat 52.5   → 55.60 km from A → 56
 * Regions: jeugdregio JZ01 = {A, B}, JZ02 = {X}; Wmo region WM01 = {A, X} (so for Wmo care X is
 * "in your region" and B is not).
 * Categories: 45 (iJw, jeugd, norm 8), 02 (iWmo, wmo, norm 8), ggz-jeugd (NZa, jeugd, norm 14),
 *   ggz-volwassenen (NZa, zvw, norm 14).
 *
 * Demo providers and contracts:
 *   D1 "Zon Jeugdhulp", location in A (place Aadorp, PC4 1234).
 *      DJ (JZ01 jeugd, A + B) lot LJ (45): main, 2024-01-01 → open, pgb yes   — running
 *      DJ2 (JZ01 jeugd, A)    lot LJ2 (45): main, 2022-01-01 → 2026-12-31, pgb no — running
 *      waits 45 in A: 2026-09 12; 2026-10 6 and 10 (two locations); 2026-11 30 (after the reference month)
 *   D2 "<img src=x onerror=alert(1)>", location in B (no place).
 *      DJ lot LJ (45): sub under D1, 2025-06-01 → open, pgb unknown — running
 *      waits 45: B 2026-10 3 (in the region); X 2026-10 1 (outside the region: not for A)
 *   D3 "Ezel BV", location in X (place Ixdorp).
 *      DJ lot LJ (45): main, 2020-01-01 → 2025-12-31 — ended
 *      DX (JZ02 jeugd, X) lot LX (45): main, 2024-01-01 → open — running, but A does not take part
 *      DW (WM01 wmo, A + X) lot LW (02): main, 2023-01-01 → open, pgb yes — running
 *   D4 "ézel Zorg", no locations, no waits. DJ lot LJ (45): main, 2025-01-01 → open, pgb no — running
 * Real (NZa 2018) providers, no contracts:
 *   N1 "Nza Een": locations A (Aadorp) and X (Ixdorp, PC4 1234).
 *      ggz-jeugd in A: 2018-02 16; 2018-03 10 and 20. ggz-volwassenen in A: 2018-03 30.
 *      ggz-ouderen in A: 2018-03 without a figure ('Stop' in the source).
 *      Pages: ggz-jeugd …/jeugd twice and …/angst once → …/jeugd; ggz-volwassenen http …/volwassenen;
 *      ggz-ouderen …/ouderen.
 *   N2 "Nza Twee": location X (Ixdorp, PC4 9999). ggz-jeugd in B: 2018-03 9 (page …/a), and
 *      2018-02 without a figure (page …/b): a tie, so the alphabetically first, …/a.
 *   N3 "Nza Drie": ggz-jeugd in X only (outside A's jeugdregio).
 *
 * Hand-worked finder for A, category 45 (running contracts in deals A takes part in: D1, D2, D4):
 *   D1: location in A → gemeente, 0 km; wait measured in A, latest month 2026-10 = median(6, 10) = 8,
 *       norm 8 → not over; since min(2024-01-01, 2022-01-01) = 2022-01-01; pgb: any yes → true.
 *   D2: location in B → regio, 11 km; no waits in A → region waits: B 2026-10 = 3; since 2025-06-01;
 *       pgb unknown (null); only a subcontractor.
 *   D4: no location, no wait; since 2025-01-01; pgb false.
 *   by wait: D2 (3), D1 (8), D4 (none)   by name: "<img…" < "ezel zorg" < "zon jeugdhulp" → D2, D4, D1
 *   local first: D1 (gemeente), D2 (regio), D4 (unknown)
 * Finder for A, ggz-jeugd (NZa rows in A or JZ01): N1 (A: 2018-03 median(10, 20) = 15 > 14 → over),
 *   N2 (B: 9, measured in the region; nearest location X, elders, 56 km). N3 is not listed.
 * Finder for A, ggz-volwassenen (zvw → still the jeugdregio): N1 with 30.
 * Finder for A, 02 (Wmo region WM01 = A + X): D3, location X → regio, 56 km; no wait; since 2023-01-01.
 */
const evil = '<img src=x onerror=alert(1)>';
const demoWait = (providerId: string, municipalityCode: string, month: string, medianWeeks: number, locationId = `${providerId}-L`) => ({
	providerId, locationId, category: '45', municipalityCode, month, medianWeeks, normWeeks: 8, source: 'demo'
});
const nzaWait = (providerId: string, municipalityCode: string, month: string, medianWeeks: number | null, category = 'ggz-jeugd', subCategory = 'Overig', providerUrl: string | null = null) => ({
	providerId, locationId: `${providerId}-${municipalityCode}`, category, subCategory, municipalityCode, month, medianWeeks, normWeeks: 14, providerUrl, source: 'nza-ggz-2018'
});
const db = await fixtureDb({
	municipalities: [
		{ code: 'GM0001', name: 'Aa', labelLon: 5, labelLat: 52 },
		{ code: 'GM0002', name: 'Bee', labelLon: 5, labelLat: 52.1 },
		{ code: 'GM0009', name: 'Ix', labelLon: 5, labelLat: 52.5 }
	],
	regions: [
		{ id: 'JZ01', domain: 'jeugd', name: 'Regio Een' },
		{ id: 'JZ02', domain: 'jeugd', name: 'Regio Twee' },
		{ id: 'WM01', domain: 'wmo', name: 'Wmo Een' }
	],
	regionMembership: [
		{ municipalityCode: 'GM0001', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0002', regionId: 'JZ01', domain: 'jeugd' },
		{ municipalityCode: 'GM0009', regionId: 'JZ02', domain: 'jeugd' },
		{ municipalityCode: 'GM0001', regionId: 'WM01', domain: 'wmo' },
		{ municipalityCode: 'GM0009', regionId: 'WM01', domain: 'wmo' }
	],
	careCategories: [
		{ code: '02', scheme: 'iWmo', domain: 'wmo', plainNl: 'Begeleiding thuis' },
		{ code: '45', plainNl: 'Hulp thuis' },
		{ code: 'ggz-jeugd', scheme: 'nza-ggz', domain: 'jeugd', plainNl: 'Ggz jeugd', normWeeks: 14 },
		{ code: 'ggz-volwassenen', scheme: 'nza-ggz', domain: 'zvw', plainNl: 'Ggz volwassenen', normWeeks: 14 },
		{ code: 'ggz-ouderen', scheme: 'nza-ggz', domain: 'zvw', plainNl: 'Ggz ouderen', normWeeks: 14 }
	],
	providers: [
		{ id: 'D1', name: 'Zon Jeugdhulp', source: 'demo' },
		{ id: 'D2', name: evil, source: 'demo' },
		{ id: 'D3', name: 'Ezel BV', source: 'demo' },
		{ id: 'D4', name: 'ézel Zorg', source: 'demo' },
		{ id: 'N1', name: 'Nza Een', source: 'nza-ggz-2018' },
		{ id: 'N2', name: 'Nza Twee', source: 'nza-ggz-2018' },
		{ id: 'N3', name: 'Nza Drie', source: 'nza-ggz-2018' }
	],
	providerLocations: [
		{ providerId: 'D1', locationId: 'D1-L', municipalityCode: 'GM0001', place: 'Aadorp', postcode: '1234' },
		{ providerId: 'D2', locationId: 'D2-L', municipalityCode: 'GM0002' },
		{ providerId: 'D3', locationId: 'D3-L', municipalityCode: 'GM0009', place: 'Ixdorp' },
		{ providerId: 'N1', locationId: 'N1-A', municipalityCode: 'GM0001', place: 'Aadorp', name: 'Polikliniek Aadorp' },
		{ providerId: 'N1', locationId: 'N1-X', municipalityCode: 'GM0009', place: 'Ixdorp', postcode: '1234' },
		{ providerId: 'N2', locationId: 'N2-X', municipalityCode: 'GM0009', place: 'Ixdorp', postcode: '9999' }
	],
	procurements: [
		{ id: 'DJ', regionId: 'JZ01', domain: 'jeugd', title: 'Jeugdhulp Een', startDate: '2020-01-01', endDate: '2030-12-31' },
		{ id: 'DJ2', regionId: 'JZ01', domain: 'jeugd', title: 'Jeugdhulp Een, Aa', startDate: '2022-01-01', endDate: '2026-12-31' },
		{ id: 'DX', regionId: 'JZ02', domain: 'jeugd', title: 'Jeugdhulp Twee', startDate: '2024-01-01', endDate: '2030-12-31' },
		{ id: 'DW', regionId: 'WM01', domain: 'wmo', title: 'Wmo Een', startDate: '2023-01-01', endDate: '2030-12-31' }
	],
	procurementParticipants: [
		{ procurementId: 'DJ', municipalityCode: 'GM0001' },
		{ procurementId: 'DJ', municipalityCode: 'GM0002' },
		{ procurementId: 'DJ2', municipalityCode: 'GM0001' },
		{ procurementId: 'DX', municipalityCode: 'GM0009' },
		{ procurementId: 'DW', municipalityCode: 'GM0001' },
		{ procurementId: 'DW', municipalityCode: 'GM0009' }
	],
	lots: [
		{ id: 'LJ', procurementId: 'DJ', category: '45' },
		{ id: 'LJ2', procurementId: 'DJ2', category: '45' },
		{ id: 'LX', procurementId: 'DX', category: '45' },
		{ id: 'LW', procurementId: 'DW', category: '02' }
	],
	contracts: [
		{ id: 'C1', lotId: 'LJ', providerId: 'D1', startDate: '2024-01-01', endDate: null, pgbPossible: true, source: 'demo' },
		{ id: 'C1b', lotId: 'LJ2', providerId: 'D1', startDate: '2022-01-01', endDate: '2026-12-31', pgbPossible: false, source: 'demo' },
		{ id: 'C2', lotId: 'LJ', providerId: 'D2', startDate: '2025-06-01', endDate: null, role: 'sub', mainContractorId: 'D1', source: 'demo' },
		{ id: 'C3', lotId: 'LJ', providerId: 'D3', startDate: '2020-01-01', endDate: '2025-12-31', pgbPossible: true, source: 'demo' },
		{ id: 'C3x', lotId: 'LX', providerId: 'D3', startDate: '2024-01-01', endDate: null, pgbPossible: false, source: 'demo' },
		{ id: 'C3w', lotId: 'LW', providerId: 'D3', startDate: '2023-01-01', endDate: null, pgbPossible: true, source: 'demo' },
		{ id: 'C4', lotId: 'LJ', providerId: 'D4', startDate: '2025-01-01', endDate: null, pgbPossible: false, source: 'demo' }
	],
	waitingTimes: [
		demoWait('D1', 'GM0001', '2026-09', 12),
		demoWait('D1', 'GM0001', '2026-10', 6),
		demoWait('D1', 'GM0001', '2026-10', 10, 'D1-L2'),
		demoWait('D1', 'GM0001', '2026-11', 30),
		demoWait('D2', 'GM0002', '2026-10', 3),
		demoWait('D2', 'GM0009', '2026-10', 1),
		nzaWait('N1', 'GM0001', '2018-02', 16, 'ggz-jeugd', 'Overig', 'https://n1.example.nl/jeugd'),
		nzaWait('N1', 'GM0001', '2018-03', 10, 'ggz-jeugd', 'Overig', 'https://n1.example.nl/jeugd'),
		nzaWait('N1', 'GM0001', '2018-03', 20, 'ggz-jeugd', 'Angst', 'https://n1.example.nl/angst'),
		nzaWait('N1', 'GM0001', '2018-03', 30, 'ggz-volwassenen', 'Overig', 'http://n1.example.nl/volwassenen'),
		nzaWait('N1', 'GM0001', '2018-03', null, 'ggz-ouderen', 'Overig', 'https://n1.example.nl/ouderen'),
		nzaWait('N2', 'GM0002', '2018-03', 9, 'ggz-jeugd', 'Overig', 'https://n2.example.nl/a'),
		nzaWait('N2', 'GM0002', '2018-02', null, 'ggz-jeugd', 'Overig', 'https://n2.example.nl/b'),
		nzaWait('N3', 'GM0009', '2018-03', 5)
	]
});
afterAll(() => db.close());

const date = '2026-10-01';
const find = (over: Partial<FinderParams> = {}) => runMetric(db, providerFinder, { municipality: 'GM0001', category: '45', date, ...over });

describe('providerFinder', () => {
	it('lists the providers with a running contract for the municipality and category, sorted by wait', async () => {
		const rows = await find();
		expect(rows).toEqual([
			{
				providerId: 'D2', name: evil, source: 'demo', providerType: null,
				localTier: 'regio', nearestPlace: null, nearestMunicipality: 'Bee', nearestKm: 11, locations: 1,
				medianWeeks: 3, normWeeks: 8, waitMonth: '2026-10', waitMeasuredIn: 'regio', overNorm: false,
				contractedSince: '2025-06-01', pgbPossible: null, onlySubcontractor: true, providerUrl: null, total: 3
			},
			{
				providerId: 'D1', name: 'Zon Jeugdhulp', source: 'demo', providerType: null,
				localTier: 'gemeente', nearestPlace: 'Aadorp', nearestMunicipality: 'Aa', nearestKm: 0, locations: 1,
				medianWeeks: 8, normWeeks: 8, waitMonth: '2026-10', waitMeasuredIn: 'gemeente', overNorm: false,
				contractedSince: '2022-01-01', pgbPossible: true, onlySubcontractor: false, providerUrl: null, total: 3
			},
			{
				providerId: 'D4', name: 'ézel Zorg', source: 'demo', providerType: null,
				localTier: null, nearestPlace: null, nearestMunicipality: null, nearestKm: null, locations: 0,
				medianWeeks: null, normWeeks: null, waitMonth: null, waitMeasuredIn: null, overNorm: null,
				contractedSince: '2025-01-01', pgbPossible: false, onlySubcontractor: false, providerUrl: null, total: 3
			}
		]);
	});

	it('sorts by name (accents folded) and local first', async () => {
		expect((await find({ sort: 'naam' })).map((r) => r.providerId)).toEqual(['D2', 'D4', 'D1']);
		expect((await find({ sort: 'lokaal' })).map((r) => r.providerId)).toEqual(['D1', 'D2', 'D4']);
	});

	it('pages with limit and offset and still reports the whole list’s size', async () => {
		expect((await find({ limit: 1, offset: 1 })).map((r) => [r.providerId, r.total])).toEqual([['D1', 3]]);
		expect(await find({ offset: 50 })).toEqual([]);
		expect(finderPageSize).toBe(50);
	});

	it('takes the region of the category’s law: the Wmo region for Wmo care', async () => {
		// D3's only location is in X: outside A's jeugdregio, but inside its Wmo region WM01.
		expect(await find({ category: '02' })).toMatchObject([
			{ providerId: 'D3', localTier: 'regio', nearestPlace: 'Ixdorp', nearestKm: 56, medianWeeks: null, contractedSince: '2023-01-01', pgbPossible: true, total: 1 }
		]);
		// X itself takes part only in DX (45) and DW (02); D3's ended contract in DJ does not count for A.
		expect((await find({ municipality: 'GM0009' })).map((r) => r.providerId)).toEqual(['D3']);
	});

	it('lists real NZa providers for a ggz circuit, from waits in the municipality or its jeugdregio, without contract facts', async () => {
		expect(await find({ category: 'ggz-jeugd' })).toEqual([
			{
				providerId: 'N2', name: 'Nza Twee', source: 'nza-ggz-2018', providerType: null,
				localTier: 'elders', nearestPlace: 'Ixdorp', nearestMunicipality: 'Ix', nearestKm: 56, locations: 1,
				medianWeeks: 9, normWeeks: 14, waitMonth: '2018-03', waitMeasuredIn: 'regio', overNorm: false,
				contractedSince: null, pgbPossible: null, onlySubcontractor: null, providerUrl: 'https://n2.example.nl/a', total: 2
			},
			{
				providerId: 'N1', name: 'Nza Een', source: 'nza-ggz-2018', providerType: null,
				localTier: 'gemeente', nearestPlace: 'Aadorp', nearestMunicipality: 'Aa', nearestKm: 0, locations: 2,
				medianWeeks: 15, normWeeks: 14, waitMonth: '2018-03', waitMeasuredIn: 'gemeente', overNorm: true,
				contractedSince: null, pgbPossible: null, onlySubcontractor: null, providerUrl: 'https://n1.example.nl/jeugd', total: 2
			}
		]);
		// Adult ggz (law zvw) uses the jeugdregio too; each category has its own page.
		expect(await find({ category: 'ggz-volwassenen' })).toMatchObject([{ providerId: 'N1', medianWeeks: 30, overNorm: true, providerUrl: 'http://n1.example.nl/volwassenen' }]);
		// A provider listed without a figure still has its page: there the parent can ask.
		expect(await find({ category: 'ggz-ouderen' })).toMatchObject([{ providerId: 'N1', medianWeeks: null, waitMonth: null, providerUrl: 'https://n1.example.nl/ouderen' }]);
		// From X only N3 (its own wait) — N1 and N2 have no rows in X's jeugdregio.
		expect((await find({ municipality: 'GM0009', category: 'ggz-jeugd' })).map((r) => r.providerId)).toEqual(['N3']);
	});

	it('binds hostile values as values: they match nothing and change nothing', async () => {
		expect(await find({ municipality: "GM0001' OR '1'='1" })).toEqual([]);
		expect(await find({ category: "45'; DROP TABLE providers; --" })).toEqual([]);
		expect(await find({ municipality: null, category: null })).toEqual([]);
		expect(await db.query('SELECT count(*) AS n FROM providers')).toEqual([{ n: 7 }]);
	});

	it('refuses bad sort, page and date values instead of building SQL from them', () => {
		const p = { municipality: 'GM0001', category: '45', date };
		expect(() => providerFinder.bind({ ...p, sort: 'name; DROP TABLE x' as never })).toThrow(/sort/);
		expect(() => providerFinder.bind({ ...p, limit: -1 })).toThrow(/limit/);
		expect(() => providerFinder.bind({ ...p, offset: 1.5 })).toThrow(/offset/);
		expect(() => providerFinder.bind({ ...p, date: "2026-10-01' --" })).toThrow(/date/);
	});
});

describe('providerCategoryChoices', () => {
	it('lists every category, youth care first, with the providers the finder could show anywhere', async () => {
		// 02: D3 (DW). 45: running C1, C1b, C2, C3x, C4 → D1, D2, D3, D4. ggz-jeugd: N1, N2, N3. ggz-volwassenen, ggz-ouderen: N1.
		expect((await runMetric(db, providerCategoryChoices, { date })).map((r) => [r.code, r.scheme, r.name, r.providers])).toEqual([
			['45', 'iJw', 'Hulp thuis', 4],
			['02', 'iWmo', 'Begeleiding thuis', 1],
			['ggz-jeugd', 'nza-ggz', 'Ggz jeugd', 3],
			['ggz-ouderen', 'nza-ggz', 'Ggz ouderen', 1],
			['ggz-volwassenen', 'nza-ggz', 'Ggz volwassenen', 1]
		]);
	});
});

describe('providerCountByCategory', () => {
	it('counts what the finder would list, per category', async () => {
		expect(await runMetric(db, providerCountByCategory, { municipality: 'GM0001', date })).toEqual([
			{ category: '02', providers: 1 },
			{ category: '45', providers: 3 },
			{ category: 'ggz-jeugd', providers: 2 },
			{ category: 'ggz-ouderen', providers: 1 },
			{ category: 'ggz-volwassenen', providers: 1 }
		]);
		// Every count equals the finder's total.
		for (const category of ['02', '45', 'ggz-jeugd', 'ggz-ouderen', 'ggz-volwassenen']) {
			const rows = await find({ category });
			const [count] = (await runMetric(db, providerCountByCategory, { municipality: 'GM0001', date })).filter((r) => r.category === category);
			expect(rows[0]?.total ?? 0).toBe(count!.providers);
		}
	});
});

describe('postcodeAreas', () => {
	it('maps a PC4 only where a location carries it, to every municipality it occurs in', async () => {
		expect(await runMetric(db, postcodeAreas, { postcode: '1234' })).toEqual([
			{ postcode: '1234', municipalityCode: 'GM0001', municipalityName: 'Aa', locations: 1 },
			{ postcode: '1234', municipalityCode: 'GM0009', municipalityName: 'Ix', locations: 1 }
		]);
		expect(await runMetric(db, postcodeAreas, { postcode: '0000' })).toEqual([]);
		expect((await runMetric(db, postcodeAreas, {})).map((r) => r.postcode)).toEqual(['1234', '1234', '9999']);
	});
});

/*
 * Profiles, same fixture and date:
 * providerSummary(D1, N1, 'missing'; municipality A):
 *   D1: running C1 + C1b → 2 (2 main, 0 sub); regions {JZ01 jeugd} → 1; municipalities: DJ {A, B} ∪ DJ2 {A} → 2;
 *       categories {45} → 1; 1 location, in A; contracts for A: 2, pgb any → true, since 2022-01-01;
 *       last wait month 2026-10 (2026-11 is after the reference month).
 *   N1: no contracts; categories ggz-jeugd + ggz-volwassenen + ggz-ouderen (no figure, still offered) → 3;
 *       2 locations, nearest in A; last wait 2018-03.
 *   missing: not found.
 */
describe('providerSummary', () => {
	it('sums up each provider in the order asked, and says which ids do not exist', async () => {
		const rows = await runMetric(db, providerSummary, { ids: ['D1', 'N1', 'missing'], municipality: 'GM0001', date });
		expect(rows).toEqual([
			{
				providerId: 'D1', found: true, name: 'Zon Jeugdhulp', source: 'demo', providerType: null, kvk: null, legalForm: null,
				runningContracts: 2, asMain: 2, asSub: 0, regions: 1, municipalities: 2, categories: 1, locations: 1,
				localTier: 'gemeente', nearestPlace: 'Aadorp', nearestMunicipality: 'Aa', nearestKm: 0,
				contractsHere: 2, pgbHere: true, contractedHereSince: '2022-01-01', lastWaitMonth: '2026-10'
			},
			{
				providerId: 'N1', found: true, name: 'Nza Een', source: 'nza-ggz-2018', providerType: null, kvk: null, legalForm: null,
				runningContracts: 0, asMain: 0, asSub: 0, regions: 0, municipalities: 0, categories: 3, locations: 2,
				localTier: 'gemeente', nearestPlace: 'Aadorp', nearestMunicipality: 'Aa', nearestKm: 0,
				contractsHere: 0, pgbHere: null, contractedHereSince: null, lastWaitMonth: '2018-03'
			},
			{
				providerId: 'missing', found: false, name: null, source: null, providerType: null, kvk: null, legalForm: null,
				runningContracts: 0, asMain: 0, asSub: 0, regions: 0, municipalities: 0, categories: 0, locations: 0,
				localTier: null, nearestPlace: null, nearestMunicipality: null, nearestKm: null,
				contractsHere: 0, pgbHere: null, contractedHereSince: null, lastWaitMonth: null
			}
		]);
	});

	it('without a municipality leaves the local facts empty; D3 counts its regions per law', async () => {
		// D3 running: C3x (JZ02 jeugd, X) and C3w (WM01 wmo, A + X) → 2 regions, 2 municipalities.
		expect(await runMetric(db, providerSummary, { ids: ['D3'], date })).toMatchObject([
			{ providerId: 'D3', runningContracts: 2, regions: 2, municipalities: 2, localTier: null, nearestPlace: null, contractsHere: null }
		]);
		// For A, "local" takes both of A's regions (JZ01 and WM01): X is in WM01 → regio.
		expect(await runMetric(db, providerSummary, { ids: ['D3'], municipality: 'GM0001', date })).toMatchObject([{ localTier: 'regio', nearestKm: 56, contractsHere: 1 }]);
	});

	it('refuses more than four ids', () => {
		expect(() => providerSummary.bind({ ids: ['a', 'b', 'c', 'd', 'e'], date })).toThrow(/at most 4/);
	});
});

describe('providerCategories', () => {
	it('gives each category’s contracts and latest wait, per provider', async () => {
		// D2's latest month over all its locations: 2026-10, B 3 and X 1 → median 2.
		expect(await runMetric(db, providerCategories, { ids: ['D1', 'D2', 'N1'], municipality: 'GM0001', date })).toEqual([
			{ providerId: 'D1', category: '45', categoryName: 'Hulp thuis', scheme: 'iJw', domain: 'jeugd', runningContracts: 2, contractedHere: true, pgbPossible: true, lastMonth: '2026-10', medianWeeks: 8, normWeeks: 8, overNorm: false, waitSource: 'demo', providerUrl: null },
			{ providerId: 'D2', category: '45', categoryName: 'Hulp thuis', scheme: 'iJw', domain: 'jeugd', runningContracts: 1, contractedHere: true, pgbPossible: null, lastMonth: '2026-10', medianWeeks: 2, normWeeks: 8, overNorm: false, waitSource: 'demo', providerUrl: null },
			{ providerId: 'N1', category: 'ggz-jeugd', categoryName: 'Ggz jeugd', scheme: 'nza-ggz', domain: 'jeugd', runningContracts: 0, contractedHere: false, pgbPossible: null, lastMonth: '2018-03', medianWeeks: 15, normWeeks: 14, overNorm: true, waitSource: 'nza-ggz-2018', providerUrl: 'https://n1.example.nl/jeugd' },
			// Offered without a figure in the source: listed, no wait, its own page.
			{ providerId: 'N1', category: 'ggz-ouderen', categoryName: 'Ggz ouderen', scheme: 'nza-ggz', domain: 'zvw', runningContracts: 0, contractedHere: false, pgbPossible: null, lastMonth: null, medianWeeks: null, normWeeks: 14, overNorm: null, waitSource: null, providerUrl: 'https://n1.example.nl/ouderen' },
			{ providerId: 'N1', category: 'ggz-volwassenen', categoryName: 'Ggz volwassenen', scheme: 'nza-ggz', domain: 'zvw', runningContracts: 0, contractedHere: false, pgbPossible: null, lastMonth: '2018-03', medianWeeks: 30, normWeeks: 14, overNorm: true, waitSource: 'nza-ggz-2018', providerUrl: 'http://n1.example.nl/volwassenen' }
		]);
	});

	it('marks contracts that do not cover the municipality', async () => {
		// D3: 45 runs in DX (X only) → not for A; 02 in DW (A + X) → for A.
		expect((await runMetric(db, providerCategories, { ids: ['D3'], municipality: 'GM0001', date })).map((r) => [r.category, r.runningContracts, r.contractedHere])).toEqual([
			['02', 1, true],
			['45', 1, false]
		]);
	});
});

describe('providerWaitTrend', () => {
	it('gives the median per category and month up to the reference month', async () => {
		expect(await runMetric(db, providerWaitTrend, { providerId: 'D1', date })).toEqual([
			{ category: '45', categoryName: 'Hulp thuis', source: 'demo', month: '2026-09', medianWeeks: 12, normWeeks: 8, measurements: 1 },
			{ category: '45', categoryName: 'Hulp thuis', source: 'demo', month: '2026-10', medianWeeks: 8, normWeeks: 8, measurements: 2 }
		]);
		expect((await runMetric(db, providerWaitTrend, { providerId: 'N1', date })).map((r) => [r.category, r.month, r.medianWeeks])).toEqual([
			['ggz-jeugd', '2018-02', 16],
			['ggz-jeugd', '2018-03', 15],
			['ggz-volwassenen', '2018-03', 30]
		]);
	});
});

describe('providerAreas, providerDeals, providerSubcontracting, providerLocationList', () => {
	it('lists the regions and municipalities a provider is contracted for now', async () => {
		expect(await runMetric(db, providerAreas, { providerId: 'D3', date })).toEqual([
			{ domain: 'jeugd', regionId: 'JZ02', regionName: 'Regio Twee', municipalityCode: 'GM0009', municipalityName: 'Ix', categories: 1 },
			{ domain: 'wmo', regionId: 'WM01', regionName: 'Wmo Een', municipalityCode: 'GM0001', municipalityName: 'Aa', categories: 1 },
			{ domain: 'wmo', regionId: 'WM01', regionName: 'Wmo Een', municipalityCode: 'GM0009', municipalityName: 'Ix', categories: 1 }
		]);
	});

	it('lists every deal won, running ones first', async () => {
		expect(await runMetric(db, providerDeals, { providerId: 'D3', date })).toEqual([
			{ dealId: 'DX', title: 'Jeugdhulp Twee', regionId: 'JZ02', regionName: 'Regio Twee', domain: 'jeugd', procedure: 'open-house', role: 'main', categories: 'Hulp thuis', startDate: '2024-01-01', endDate: null, running: true, pgbPossible: false, source: 'demo' },
			{ dealId: 'DW', title: 'Wmo Een', regionId: 'WM01', regionName: 'Wmo Een', domain: 'wmo', procedure: 'open-house', role: 'main', categories: 'Begeleiding thuis', startDate: '2023-01-01', endDate: null, running: true, pgbPossible: true, source: 'demo' },
			{ dealId: 'DJ', title: 'Jeugdhulp Een', regionId: 'JZ01', regionName: 'Regio Een', domain: 'jeugd', procedure: 'open-house', role: 'main', categories: 'Hulp thuis', startDate: '2020-01-01', endDate: '2025-12-31', running: false, pgbPossible: true, source: 'demo' }
		]);
		expect(await runMetric(db, providerDeals, { providerId: 'N1', date })).toEqual([]);
	});

	it('says for whom a provider subcontracts, and who works under it', async () => {
		expect(await runMetric(db, providerSubcontracting, { providerId: 'D2', date })).toEqual([{ relation: 'sub', partnerId: 'D1', partnerName: 'Zon Jeugdhulp', deals: 1, running: true }]);
		expect(await runMetric(db, providerSubcontracting, { providerId: 'D1', date })).toEqual([{ relation: 'main', partnerId: 'D2', partnerName: evil, deals: 1, running: true }]);
	});

	it('lists the locations', async () => {
		expect(await runMetric(db, providerLocationList, { providerId: 'N1' })).toEqual([
			{ locationId: 'N1-A', name: 'Polikliniek Aadorp', place: 'Aadorp', postcode: null, municipalityCode: 'GM0001', municipalityName: 'Aa', provinceName: 'Gelderland', source: 'test' },
			{ locationId: 'N1-X', name: null, place: 'Ixdorp', postcode: '1234', municipalityCode: 'GM0009', municipalityName: 'Ix', provinceName: 'Gelderland', source: 'test' }
		]);
		expect(await runMetric(db, providerLocationList, { providerId: "' OR 1=1 --" })).toEqual([]);
	});
});

const listProps = {
	categoryName: 'Hulp thuis', municipalityName: 'Aa', compared: [], oncompare: () => {}, profileHref: (id: string) => `/aanbieder?id=${id}`,
	referenceDate: date, routes: ['jeugd'] as CareRoute[]
};

describe('the finder list, rendered on the server', () => {
	it('shows a provider name with HTML in it as text, never as markup', async () => {
		const rows = await find();
		const { body } = render(ProviderList, {
			props: { ...listProps, rows }
		});
		expectSafe(body);
	});

	it('dates every wait, warns beside an old one, and links only to a real provider’s http(s) page', async () => {
		const ggz = render(ProviderList, { props: { ...listProps, rows: await find({ category: 'ggz-jeugd' }), categoryName: 'Ggz jeugd', routes: ['ggz-jeugd'] } }).body;
		// N1: 15 wk in March 2018, on 1 October 2026 → the date and the warning beside it.
		expect(ggz).toMatch(/>15 wk<\/strong>, <span class="wait-month">in maart 2018<\/span>/);
		expect(ggz.match(/class="old-wait"[^>]*>Dit was de wachttijd in maart 2018, niet die van nu: vraag de aanbieder hoe lang u nu moet wachten\./g)).toHaveLength(2);
		expect(ggz).toMatch(/<a class="provider-site[^"]*" href="https:\/\/n1\.example\.nl\/jeugd" target="_blank" rel="noopener noreferrer">Wachttijden op de website van Nza Een<\/a>/);
		expect(ggz).toContain('opent de website van de aanbieder in een nieuw tabblad');
		expect(ggz).toContain('Voor ggz voor kinderen en jongeren gaat u naar de huisarts, de jeugdarts of het wijkteam van de gemeente Aa.');
		// Demo providers: this month's wait is not old; no link, a plain sentence instead.
		const demo = render(ProviderList, { props: { ...listProps, rows: await find() } }).body;
		expect(demo).not.toContain('old-wait');
		expect(demo).not.toContain('provider-site');
		expect(demo.match(/Dit is een verzonnen aanbieder: er is geen website om naar toe te gaan\./g)).toHaveLength(3);
		expect(demo).toContain('Jeugdhulp vraagt u aan bij het wijkteam of jeugdteam van de gemeente Aa');
		// A page address that is not http(s) (say from an imported file) never becomes a link.
		const [n1] = await find({ category: 'ggz-jeugd', sort: 'naam' }).then((r) => r.filter((x) => x.providerId === 'N1'));
		for (const url of ['javascript:alert(1)', 'data:text/html,x', '//evil.example/x', 'ftp://x.nl/']) {
			const body = render(ProviderList, { props: { ...listProps, rows: [{ ...n1!, providerUrl: url }] } }).body;
			expect(body, url).not.toContain('provider-site');
			expect(body, url).not.toContain(url);
			expect(body, url).toContain('De NZa-lijst noemt geen website van deze aanbieder.');
		}
	});

	it('in the comparison and the profile too (as partner and as the provider itself)', async () => {
		const params = { ids: ['D1', 'D2'], municipality: 'GM0001', date };
		const compare = render(ProviderCompare, {
			props: {
				summaries: await runMetric(db, providerSummary, params),
				categories: await runMetric(db, providerCategories, params),
				municipalityName: 'Aa',
				focusCategory: '45',
				onremove: () => {},
				profileHref: (id: string) => `/aanbieder?id=${id}`,
				referenceDate: date
			}
		});
		expectSafe(compare.body);
		for (const providerId of ['D1', 'D2']) {
			const one = { providerId, date };
			const [summary] = await runMetric(db, providerSummary, { ids: [providerId], municipality: 'GM0001', date });
			const profile = render(ProviderProfile, {
				props: {
					summary: summary!,
					categories: await runMetric(db, providerCategories, { ids: [providerId], municipality: 'GM0001', date }),
					trend: await runMetric(db, providerWaitTrend, one),
					areas: await runMetric(db, providerAreas, one),
					deals: await runMetric(db, providerDeals, one),
					subcontracting: await runMetric(db, providerSubcontracting, one),
					locations: await runMetric(db, providerLocationList, one),
					municipalityName: 'Aa',
					referenceDate: date,
					computedBy: 'build' as const,
					hrefs: { region: (id: string) => `/regio/${id}`, provider: (id: string) => `/aanbieder?id=${id}`, finder: (c: string) => `/aanbieders?zorgsoort=${c}` }
				}
			});
			// D1's profile names D2 as its subcontractor; D2's profile has the name as its heading.
			expectSafe(profile.body);
		}
	});
});

function expectSafe(html: string) {
	expect(html).toContain('&lt;img src=x onerror=alert(1)>');
	expect(html).not.toContain(evil);
	expect(html).not.toMatch(/<img/);
}

describe('provider lens on the real built data', () => {
	it('lists demo providers for youth care and NZa providers for ggz, never mixed, each within bounds', async () => {
		const { db: real, close } = await realData();
		try {
			const p = { municipality: 'GM0243', date: metricConfig.referenceDate };
			const demo = await runMetric(real, providerFinder, { ...p, category: '45' });
			expect(demo.length).toBeGreaterThan(0);
			expect(demo.every((r) => r.source === 'demo' && r.contractedSince !== null)).toBe(true);
			const ggz = await runMetric(real, providerFinder, { ...p, category: 'ggz-jeugd' });
			expect(ggz.length).toBeGreaterThan(0);
			expect(ggz.every((r) => r.source === 'nza-ggz-2018' && r.contractedSince === null && (r.waitMonth === null || r.waitMonth.startsWith('2018')))).toBe(true);
			for (const r of demo) expect(r.total).toBe(demo.length);
			for (const r of ggz) expect(r.total).toBe(ggz.length);
			for (const r of [...demo, ...ggz]) {
				if (r.medianWeeks !== null) expect(r.medianWeeks).toBeGreaterThanOrEqual(0);
				if (r.nearestKm !== null) expect(r.nearestKm).toBeLessThan(400);
			}
			// Sorted by wait, unknown waits last.
			const waits = demo.map((r) => r.medianWeeks ?? Infinity);
			expect(waits).toEqual([...waits].sort((a, b) => a - b));
			// The counts per category agree with the list.
			const counts = await runMetric(real, providerCountByCategory, p);
			expect(counts.find((c) => c.category === '45')?.providers).toBe(demo.length);
			expect(counts.find((c) => c.category === 'ggz-jeugd')?.providers).toBe(ggz.length);
			// A profile of the first provider: its categories include 45 and it covers Harderwijk.
			const [summary] = await runMetric(real, providerSummary, { ids: [demo[0]!.providerId], municipality: 'GM0243', date: p.date });
			expect(summary).toMatchObject({ found: true, source: 'demo' });
			expect(summary!.contractsHere).toBeGreaterThan(0);
		} finally {
			close();
		}
	});
});

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fold, packDeals, searchDeals, searchPlaces, type Place } from './home-search';

/** data/cbs/gemeenten_2025_regio.csv: code, name (quoted when it has a comma), …, jeugdregio code and name. */
function readMunicipalities() {
	const lines = readFileSync('data/cbs/gemeenten_2025_regio.csv', 'utf8').trim().split(/\r?\n/).slice(1);
	return lines.map((line) => {
		const cells = [...line.matchAll(/("([^"]*)"|[^,]*)(,|$)/g)].map((m) => m[2] ?? m[1]!);
		return { code: cells[0]!, name: cells[1]!, regionId: cells[4]!, regionName: cells[5]! };
	});
}
const municipalities = readMunicipalities();
const regions = [...new Map(municipalities.map((m) => [m.regionId, m.regionName])).entries()];
const places: Place[] = [
	...regions.map(([code, name]): Place => ({ kind: 'regio', code, name, context: null })),
	...municipalities.map((m): Place => ({ kind: 'gemeente', code: m.code, name: m.name, context: m.regionName }))
];

describe('home search', () => {
	it('reads all 342 municipalities and 42 regions', () => {
		expect(municipalities).toHaveLength(342);
		expect(regions).toHaveLength(42);
	});

	it('finds every municipality first by its own name, also typed in lower case without accents', () => {
		for (const m of municipalities) {
			expect(searchPlaces(places, m.name)[0], m.name).toMatchObject({ kind: 'gemeente', code: m.code });
			expect(searchPlaces(places, fold(m.name))[0], fold(m.name)).toMatchObject({ kind: 'gemeente', code: m.code });
		}
	});

	it('finds Hardenberg (a municipality, not a region) with its region', () => {
		expect(searchPlaces(places, 'Hardenberg')[0]).toEqual({ kind: 'gemeente', code: 'GM0160', name: 'Hardenberg', context: 'IJsselland' });
	});

	it('ignores accents, case and punctuation', () => {
		expect(searchPlaces(places, 'sudwest')[0]?.name).toBe('Súdwest-Fryslân');
		expect(searchPlaces(places, 'SÚDWEST fryslan')[0]?.name).toBe('Súdwest-Fryslân');
		expect(searchPlaces(places, 's hertogenbosch')[0]?.code).toBe('GM0796');
	});

	it('still finds regions, and a municipality before a region of the same name', () => {
		expect(searchPlaces(places, 'noord-veluwe')[0]).toMatchObject({ kind: 'regio', code: 'JZ12' });
		const groningen = searchPlaces(places, 'Groningen');
		expect(groningen[0]).toMatchObject({ kind: 'gemeente', code: 'GM0014' });
		expect(groningen[1]).toMatchObject({ kind: 'regio', name: 'Groningen' });
	});

	it('gives nothing for no match or an empty query', () => {
		expect(searchPlaces(places, 'xyzzy')).toEqual([]);
		expect(searchPlaces(places, '  ')).toEqual([]);
	});
});

describe('deal search', () => {
	const index = packDeals([
		{ id: 'D1', title: 'Jeugdhulp Noord-Veluwe 2024–2029', regionName: 'Noord-Veluwe', startDate: '2024-01-01', municipalities: 'Elburg|Harderwijk', providers: 'Zorg Één|Kindzorg Zuid', source: 'demo' },
		{ id: 'D2', title: 'Jeugdhulp Noord-Veluwe 2020–2024', regionName: 'Noord-Veluwe', startDate: '2020-01-01', municipalities: 'Elburg|Harderwijk', providers: 'Kindzorg Zuid', source: 'demo' },
		{ id: 'D3', title: 'Wmo Groningen', regionName: 'Groningen', startDate: '2022-01-01', municipalities: 'Groningen|Harderwijk-Noord', providers: '', source: 'real' }
	]);

	it('stores every name once', () => {
		expect(index.names.filter((n) => n === 'Kindzorg Zuid')).toHaveLength(1);
		expect(index.names.filter((n) => n === 'Noord-Veluwe')).toHaveLength(1);
	});

	it('finds deals by title, region, municipality and provider, the newest first, saying why', () => {
		expect(searchDeals(index, 'noord veluwe').map((h) => [h.id, h.via])).toEqual([
			['D1', 'regio'],
			['D2', 'regio']
		]);
		expect(searchDeals(index, 'harderwijk').map((h) => [h.id, h.via, h.name])).toEqual([
			['D1', 'gemeente', 'Harderwijk'],
			['D2', 'gemeente', 'Harderwijk'],
			['D3', 'gemeente', 'Harderwijk-Noord']
		]);
		expect(searchDeals(index, 'zorg een').map((h) => [h.id, h.via, h.name])).toEqual([['D1', 'aanbieder', 'Zorg Één']]);
		expect(searchDeals(index, '2020–2024').map((h) => [h.id, h.via])).toEqual([['D2', 'titel']]);
		expect(searchDeals(index, 'wmo')[0]).toMatchObject({ id: 'D3', via: 'titel', demo: false, regionName: 'Groningen', startYear: 2022 });
		expect(searchDeals(index, '  ')).toEqual([]);
		expect(searchDeals(index, 'xyz')).toEqual([]);
	});
});

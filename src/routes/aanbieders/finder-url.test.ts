import { describe, expect, it } from 'vitest';
import { finderSearch, parseFinder, parseIds, profilePath, comparePath, queryString } from './finder-url';
import { buildMunicipalityIndex, normalise } from './municipality-search';
import type { Text } from '$lib/i18n/text';

const known = { municipalities: new Set(['GM0243', 'GM0518']), categories: new Set(['45', 'ggz-jeugd']) };
const parse = (q: string) => parseFinder(new URLSearchParams(q), known);

describe('the finder URL', () => {
	it('reads a full state and writes it back, leaving defaults out', () => {
		const { state, messages } = parse('gemeente=GM0243&zorgsoort=45&sortering=naam&pagina=2&vergelijk=demo-0001,nza-6000020');
		expect(messages).toEqual([]);
		expect(state).toEqual({ municipality: 'GM0243', category: '45', sort: 'naam', page: 2, compare: ['demo-0001', 'nza-6000020'] });
		expect(queryString(finderSearch(state))).toBe('?gemeente=GM0243&zorgsoort=45&sortering=naam&pagina=2&vergelijk=demo-0001,nza-6000020');
		expect(queryString(finderSearch({ ...state, sort: 'wachttijd', page: 1, compare: [] }))).toBe('?gemeente=GM0243&zorgsoort=45');
	});

	it('falls back on every bad value with one notice each', () => {
		const { state, messages } = parse("gemeente=GM9999&zorgsoort=%27%20OR%201%3D1&sortering=%3Cscript%3E&pagina=-3&vergelijk=a,%3Cb%3E");
		expect(state).toEqual({ municipality: null, category: null, sort: 'wachttijd', page: 1, compare: ['a'] });
		expect(messages).toHaveLength(5);
		expect(messages[0]?.nl).toContain('“GM9999”');
	});

	it('keeps at most four distinct providers to compare', () => {
		const messages: Text[] = [];
		expect(parseIds('a,b,a,c,d,e', messages)).toEqual(['a', 'b', 'c', 'd']);
		expect(messages.map((m) => m.nl)).toEqual(['U kunt maximaal 4 aanbieders vergelijken. We tonen de eerste 4.']);
	});

	it('links to a profile and a comparison with readable commas', () => {
		expect(profilePath('demo-0001', { municipality: 'GM0243', category: '45' })).toBe('/aanbieder?id=demo-0001&gemeente=GM0243&zorgsoort=45');
		expect(comparePath(['a', 'b'], { municipality: 'GM0243', category: null })).toBe('/aanbieders/vergelijk?ids=a,b&gemeente=GM0243');
	});
});

describe('the municipality type-ahead', () => {
	const index = buildMunicipalityIndex(
		[
			{ code: 'GM0518', name: "'s-Gravenhage", provinceName: 'Zuid-Holland' },
			{ code: 'GM0243', name: 'Harderwijk', provinceName: 'Gelderland' },
			{ code: 'GM1900', name: 'Súdwest-Fryslân', provinceName: 'Fryslân' },
			{ code: 'GM0373', name: 'Bergen (NH.)', provinceName: 'Noord-Holland' },
			{ code: 'GM1945', name: 'Berg en Dal', provinceName: 'Gelderland' },
			{ code: 'GM0748', name: 'Bergen op Zoom', provinceName: 'Noord-Brabant' },
			{ code: 'GM0779', name: 'Geertruidenberg', provinceName: 'Noord-Brabant' }
		],
		[
			{ postcode: '3841', municipalityCode: 'GM0243' },
			{ postcode: '1234', municipalityCode: 'GM0243' },
			{ postcode: '1234', municipalityCode: 'GM0373' }
		]
	);
	const names = (q: string) => index.search(q).options.map((o) => o.name);

	it('ignores case, accents and punctuation, and knows everyday names', () => {
		expect(normalise("'s-Gravenhage")).toBe('s gravenhage');
		expect(names('HARDER')).toEqual(['Harderwijk']);
		expect(names('sudwest')).toEqual(['Súdwest-Fryslân']);
		expect(names('den haag')).toEqual(["'s-Gravenhage"]);
		expect(names('graven')).toEqual(["'s-Gravenhage"]);
	});

	it('puts names that start with the text first, then word starts, then the rest', () => {
		expect(names('berg')).toEqual(['Berg en Dal', 'Bergen (NH.)', 'Bergen op Zoom', 'Geertruidenberg']);
		expect(index.search('berg', 2)).toMatchObject({ total: 4, options: [{ name: 'Berg en Dal' }, { name: 'Bergen (NH.)' }] });
		expect(index.search('xyz')).toMatchObject({ total: 0, note: { kind: 'noMatch', query: 'xyz' } });
	});

	it('maps a PC4 where the data knows it, and says plainly when it does not', () => {
		expect(index.search('3841 AB')).toMatchObject({ postcode: '3841', total: 1, options: [{ code: 'GM0243' }], note: { kind: 'postcodeOne', postcode: '3841', name: 'Harderwijk' } });
		expect(index.search('1234')).toMatchObject({ total: 2, note: { kind: 'postcodeMany', postcode: '1234', count: 2 } });
		expect(index.search('9999')).toMatchObject({ total: 0, options: [], note: { kind: 'postcodeNone', postcode: '9999' } });
	});
});

import { describe, expect, it } from 'vitest';
import { filterQuery, filterSearch, parseFilter, readView, withView } from './url-filter';

const options = { municipalities: new Set(['GM0243', 'GM0233']), categories: new Set(['45', '43']), years: { min: 2015, max: 2026 } };

describe('URL filter state', () => {
	it('round-trips a full filter through the URL', () => {
		const { filter, messages } = parseFilter(new URLSearchParams('domein=wmo&gemeente=GM0243&categorie=45&aanbieder=demo-0012&jaar=2024'), 'JZ12', options);
		expect(messages).toEqual([]);
		expect(filter).toEqual({ regionId: 'JZ12', domain: 'wmo', municipality: 'GM0243', category: '45', provider: 'demo-0012', year: 2024 });
		expect(filterSearch(filter).toString()).toBe('domein=wmo&gemeente=GM0243&categorie=45&aanbieder=demo-0012&jaar=2024');
	});

	it('falls back to "all" with a notice for tampered values, and never throws', () => {
		const { filter, messages } = parseFilter(
			new URLSearchParams("domein=zvw&gemeente=GM9999&categorie=' OR 1=1 --&aanbieder=<script>&jaar=1900"),
			'JZ12',
			options
		);
		expect(filter).toEqual({ regionId: 'JZ12', domain: 'jeugd', municipality: null, category: null, provider: null, year: null });
		expect(messages).toHaveLength(5);
		expect(messages[1]?.nl).toBe('De link vroeg om gemeente “GM9999”, die kennen we niet. We tonen de hele regio.');
	});

	it('gives each notice in Dutch and English', () => {
		const { messages } = parseFilter(new URLSearchParams('gemeente=GM9999&jaar=1900'), 'JZ12', options);
		expect(messages).toEqual([
			{
				nl: 'De link vroeg om gemeente “GM9999”, die kennen we niet. We tonen de hele regio.',
				en: 'The link asked for municipality “GM9999”, which we do not know. We show the whole region.'
			},
			{
				nl: 'De link vroeg om jaar “1900”, die kennen we niet. We tonen de situatie op de peildatum.',
				en: 'The link asked for year “1900”, which we do not know. We show the situation on the reference date.'
			}
		]);
	});

	it('leaves defaults out of the permalink and keeps unrelated parameters', () => {
		const params = filterSearch(
			{ regionId: 'JZ12', domain: 'jeugd', municipality: null, category: null, provider: null, year: null },
			new URLSearchParams('lokaal=gemeente&gemeente=GM0243')
		);
		expect(params.toString()).toBe('lokaal=gemeente');
	});
});

describe('view choices in the URL', () => {
	it('reads a colour and a split, with the defaults for absent or unknown values', () => {
		expect(readView(new URLSearchParams('kleur=pgb&verdeling=bekostiging'), 'kleur')).toBe('pgb');
		expect(readView(new URLSearchParams('kleur=pgb&verdeling=bekostiging'), 'verdeling')).toBe('bekostiging');
		expect(readView(new URLSearchParams(''), 'kleur')).toBe('aanbieders');
		expect(readView(new URLSearchParams('verdeling=<script>'), 'verdeling')).toBe('procedure');
	});

	it('keeps defaults out of the URL and other parameters in', () => {
		const params = new URLSearchParams('gemeente=GM0243&kleur=lokaal&lang=en');
		expect(withView(params, 'kleur', 'aanbieders').toString()).toBe('gemeente=GM0243&lang=en');
		expect(withView(params, 'verdeling', 'bekostiging').toString()).toBe('gemeente=GM0243&kleur=lokaal&lang=en&verdeling=bekostiging');
	});

	it('leaves view choices and the language out of the filter, so switching them recomputes nothing', () => {
		expect(filterQuery(new URLSearchParams('kleur=pgb&gemeente=GM0243&verdeling=bekostiging&lang=en&geld=x&jaar=2024'))).toBe('gemeente=GM0243&jaar=2024');
	});
});

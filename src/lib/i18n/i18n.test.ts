import { afterEach, describe, expect, it } from 'vitest';
import { i18n, initLang, isLang, locale, setLang } from './lang.svelte';
import * as mainText from './text';
import * as careText from './care-text';
import * as docsText from './docs-text';
import * as ownDataText from './own-data-text';
import * as exploreText from '../../routes/verkennen/explore-text';
import * as exploreExamples from '../../routes/verkennen/examples';
import * as moneyLensText from '../lenses/money-text';
import * as homeText from '../../routes/home-text';
import * as municipalityMoneyText from '../../routes/gemeente/[code]/money-text';
import * as methodMoneyText from '../../routes/methode/money-text';
import * as sourcesMoneyText from '../../routes/bronnen/money-text';
import * as dealText from '../../routes/inkoop/deal-text';
import * as dataPageText from '../../routes/data/data-text';
import * as embedText from '../charts/embed-text';
import * as copyLinkText from '../components/copy-link-text';
import * as offlineText from '../offline/offline-text';

// Every dictionary, wherever it lives (the pages' own beside them).
const text = {
	...mainText,
	...careText,
	...docsText,
	...ownDataText,
	...offlineText,
	pages: { moneyLensText, homeText, municipalityMoneyText, methodMoneyText, sourcesMoneyText, dealText, dataPageText, embedText, copyLinkText, exploreText, exploreExamples }
};
import { categoryNames, localizeCategories, periodText, tr } from './text';
import { dec, euro, plural, fundingLabel, longDate, monthName, nf, pct, procedureLabel, procedureName, procedureNameEn, procedureShortEn, procedureShort, fundingName, fundingNameEn, fundingShort, fundingShortEn } from '../format';

afterEach(() => setLang('nl', { remember: false }));

/** Every `{ nl, en }` entry below `value`, with its path. */
function entries(value: unknown, path: string, out: [string, { nl: unknown; en: unknown }][] = []) {
	if (value === null || typeof value !== 'object') return out;
	const keys = Object.keys(value);
	if (keys.length === 2 && keys.includes('nl') && keys.includes('en')) out.push([path, value as { nl: unknown; en: unknown }]);
	else for (const k of keys) entries((value as Record<string, unknown>)[k], `${path}.${k}`, out);
	return out;
}

describe('the dictionary', () => {
	const all = entries(text, 'text');

	it('has both languages for every entry, of the same kind', () => {
		expect(all.length).toBeGreaterThan(300);
		for (const [path, e] of all) {
			expect(typeof e.en, path).toBe(typeof e.nl);
			if (typeof e.nl === 'string') {
				expect(e.nl.length, path).toBeGreaterThan(0);
				expect((e.en as string).length, path).toBeGreaterThan(0);
			}
			if (typeof e.nl === 'function') expect((e.en as (...a: unknown[]) => unknown).length, path).toBe((e.nl as (...a: unknown[]) => unknown).length);
			if (Array.isArray(e.nl)) expect((e.en as unknown[]).length, path).toBe(e.nl.length);
		}
	});

	it('reads the current language', () => {
		expect(tr(text.home.h1)).toBe('Hoe kopen regio’s zorg in?');
		setLang('en', { remember: false });
		expect(i18n.lang).toBe('en');
		expect(tr(text.home.h1)).toBe('How do regions buy care?');
		expect(tr(text.flagsLens.showCases)(3)).toBe('Show the 3 cases');
		expect(tr(text.home.h1, 'nl')).toBe('Hoe kopen regio’s zorg in?');
	});

	it('keeps the Dutch sentences the pages had', () => {
		expect(tr(text.localLens.definition)(false, 2019, '1 oktober 2026')).toBe(
			'Lokaal = de aanbieder heeft een zorglocatie in de regio. Daarna: in dezelfde provincie, of elders. Contracten die lopen op de contracten die in 2019 liepen.'
		);
		expect(tr(text.region.computed)('Harderwijk', 12)).toBe('Alle cijfers hieronder zijn in uw browser berekend voor Harderwijk (12 ms).');
		expect(tr(text.flagsLens.showCases)(1)).toBe('Toon het geval');
	});
});

describe('formatting follows the language', () => {
	it('formats numbers, money and dates in Dutch by default and in English after a switch', () => {
		expect([nf(1234.4), dec(2.25), pct(0.4), euro(2_500_000), euro(1500), longDate('2026-10-01'), monthName('2025-11')]).toEqual([
			'1.234',
			'2,3',
			'40%',
			'€ 2,5 mln',
			'€\u00a01.500',
			'1 oktober 2026',
			'november 2025'
		]);
		setLang('en', { remember: false });
		expect(locale()).toBe('en-GB');
		expect([nf(1234.4), dec(2.25), pct(0.4), euro(2_500_000), euro(1500), longDate('2026-10-01'), monthName('2025-11')]).toEqual([
			'1,234',
			'2.3',
			'40%',
			'€2.5 million',
			'€1,500',
			'1 October 2026',
			'November 2025'
		]);
	});

	it('names every procedure and funding model in both languages', () => {
		for (const [nl, en] of [
			[procedureName, procedureNameEn],
			[procedureShort, procedureShortEn],
			[fundingName, fundingNameEn],
			[fundingShort, fundingShortEn]
		] as const)
			expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort());
		expect(procedureLabel('open-house', true)).toBe('Open house');
		expect(fundingLabel('taakgericht')).toBe('Taakgericht (vast budget)');
		setLang('en', { remember: false });
		expect(fundingLabel('taakgericht')).toBe('Task-based (fixed budget)');
		expect(procedureLabel('onbekend-iets')).toBe('onbekend-iets');
	});
});

describe('data values', () => {
	it('gives a source period in English', () => {
		expect(periodText('februari–maart 2018', 'en')).toBe('February–March 2018');
		expect(periodText('1 januari 2025', 'en')).toBe('1 January 2025');
		expect(periodText('1 januari 2025', 'nl')).toBe('1 januari 2025');
		expect(periodText({ nl: 'uitkeringsjaren 2024 en 2025', en: 'payment years 2024 and 2025' }, 'en')).toBe('payment years 2024 and 2025');
	});

	it('names care categories in the current language, leaving unknown ones and Dutch rows alone', () => {
		const names = categoryNames([{ value: '45', label: 'Hulp thuis', labelEn: 'Help at home' }], [{ value: '01', label: 'Huishouden' }]);
		const rows = [
			{ category: '45', categoryName: 'Hulp thuis', n: 1 },
			{ category: '01', categoryName: 'Huishouden', n: 2 },
			{ category: 'x', categoryName: null, n: 3 },
			{ category: null, categoryName: null, n: 4 }
		];
		expect(localizeCategories(rows, names)).toBe(rows);
		setLang('en', { remember: false });
		expect(localizeCategories(rows, names).map((r) => r.categoryName)).toEqual(['Help at home', 'Huishouden', null, null]);
		expect(localizeCategories(rows)).toBe(rows);
	});
});

describe('choosing the language', () => {
	it('takes ?lang= from the address first, and ignores anything but nl and en', () => {
		expect(isLang('en') && isLang('nl') && !isLang('de') && !isLang(null)).toBe(true);
		expect(initLang(new URL('https://x.test/regio/JZ12?lang=en'))).toBe('en');
		expect(i18n.lang).toBe('en');
		expect(initLang(new URL('https://x.test/?lang=nl'))).toBe('nl');
		// No storage in node: an unknown value falls back to Dutch.
		expect(initLang(new URL('https://x.test/?lang=de'))).toBe('nl');
	});
});

describe('the care finder, profile, comparison and own-data pages', () => {
	it('keeps the Dutch sentences the pages had', () => {
		expect(tr(text.finder.found)('12', 12, 'kortste wachttijd eerst') + tr(text.finder.range)(1, 50)).toBe(
			'12 aanbieders gevonden, gesorteerd op kortste wachttijd eerst. Hieronder 1–50.'
		);
		expect(tr(text.finder.categoryCount)(1, '1')).toBe('1 aanbieder');
		expect(tr(text.picker.found)(12, 8)).toBe('12 gemeenten gevonden, de eerste 8 staan in de lijst. Kies met pijltje omlaag en Enter.');
		expect(tr(text.providerProfile.tierRegion)('Ermelo', '12', 'Harderwijk')).toBe('Deze aanbieder heeft een locatie in uw regio: Ermelo, ca. 12 km van Harderwijk.');
		expect(tr(text.ownData.loadedFile)('providers.csv', 1, 'providers 1', 1)).toBe('providers.csv: 1 rij (providers 1), 1 afgekeurd');
		expect(tr(text.ownData.issueCount)(0, 2)).toBe('Geen fouten, 2 opmerkingen.');
	});

	it('says the same in English', () => {
		setLang('en', { remember: false });
		expect(tr(text.finder.found)('1', 1, 'name (a–z)')).toBe('1 provider found, sorted by name (a–z).');
		expect(tr(text.finder.compareLink)(2)).toBe('Compare 2 providers');
		expect(tr(text.providerCompare.unknown)(1, 'x')).toBe('We do not know this provider: x.');
		expect(tr(text.ownData.issueCount)(1, 0)).toBe('1 error.');
	});

	it('puts the type-ahead notes into plain words in both languages', async () => {
		const { buildMunicipalityIndex } = await import('../../routes/aanbieders/municipality-search');
		const index = buildMunicipalityIndex(
			[
				{ code: 'GM0243', name: 'Harderwijk', provinceName: 'Gelderland' },
				{ code: 'GM0373', name: 'Bergen (NH.)', provinceName: 'Noord-Holland' }
			],
			[
				{ postcode: '3841', municipalityCode: 'GM0243' },
				{ postcode: '1234', municipalityCode: 'GM0243' },
				{ postcode: '1234', municipalityCode: 'GM0373' }
			]
		);
		const say = (q: string, lang: 'nl' | 'en') => {
			const n = index.search(q).note!;
			const p = text.picker;
			if (n.kind === 'postcodeOne') return tr(p.postcodeOne, lang)(n.postcode, n.name);
			if (n.kind === 'postcodeMany') return tr(p.postcodeMany, lang)(n.postcode, n.count);
			if (n.kind === 'postcodeNone') return tr(p.postcodeNone, lang)(n.postcode);
			return tr(p.noMatch, lang)(n.query);
		};
		expect(say('3841', 'nl')).toBe('Postcode 3841 ligt in Harderwijk.');
		expect(say('1234', 'nl')).toBe('Postcode 1234 komt voor in 2 gemeenten; kies de uwe.');
		expect(say('9999', 'nl')).toContain('Postcode 9999 kunnen we niet aan een gemeente koppelen');
		expect(say('xyz', 'nl')).toBe('Geen gemeente gevonden voor “xyz”.');
		expect(say('1234', 'en')).toBe('Postcode 1234 occurs in 2 municipalities; choose yours.');
		expect(say('9999', 'en')).toContain('We cannot link postcode 9999 to a municipality');
	});

	it('gives a finder link’s notices in both languages', async () => {
		const { parseFinder } = await import('../../routes/aanbieders/finder-url');
		const { messages } = parseFinder(new URLSearchParams('gemeente=GM9999&pagina=x&vergelijk=a,b,c,d,e'), {
			municipalities: new Set(['GM0243']),
			categories: new Set(['45'])
		});
		expect(messages.map((m) => m.en)).toEqual([
			'The link asked for municipality “GM9999”, which we do not know. Choose your municipality below.',
			'The link asked for page “x”, which we do not know. We show the first page.',
			'You can compare at most 4 providers. We show the first 4.'
		]);
	});
});

describe('counts with their noun (one plural helper)', () => {
	it('says "1 rij", "2 rijen", "1.234 rijen" and "1 row", "1,234 rows"', () => {
		expect(plural(1, 'rij', 'rijen', 'nl')).toBe('1 rij');
		expect(plural(0, 'rij', 'rijen', 'nl')).toBe('0 rijen');
		expect(plural(1234, 'rij', 'rijen', 'nl')).toBe('1.234 rijen');
		expect(plural(1, 'row', 'rows', 'en')).toBe('1 row');
		expect(plural(1234, 'row', 'rows', 'en')).toBe('1,234 rows');
	});

	it('never writes a plural noun after a count of 1', () => {
		const nl = [
			tr(text.ownData.loadedPart, 'nl')(1, 'providers'),
			tr(text.ownData.rejected, 'nl')(1),
			tr(text.ownData.issueCount, 'nl')(1, 1),
			tr(text.sourcesPage.nzaIntro, 'nl')(1, 1),
			tr(text.sourcesPage.byPlace, 'nl')('Ede', 'GM0228', 'GM0228', 1),
			tr(text.sourcesPage.unresolved, 'nl')(1),
			tr(text.sourcesPage.showUnresolved, 'nl')(1),
			tr(text.sourcesPage.nonNumeric, 'nl')(1),
			tr(text.region.labelProviders, 'nl')(1),
			tr(text.comparePage.ready, 'nl')(1),
			tr(text.layout.userData, 'nl')(1),
			tr(text.home.found, 'nl')(1, 1)
		].join(' | ');
		expect(nl).not.toMatch(/\b1 (rijen|fouten|opmerkingen|aanbieders|wachttijdcellen|bestanden|gemeenten|regio’s|lopende)\b/);
		expect(tr(text.ownData.issueCount, 'nl')(1, 1)).toBe('1 fout, 1 opmerking.');
		expect(tr(text.home.found, 'nl')(1, 0)).toBe('1 gemeente gevonden.');
		expect(tr(text.home.found, 'en')(2, 1)).toBe('2 municipalities and 1 region found.');
	});
});

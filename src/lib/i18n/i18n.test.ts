import { afterEach, describe, expect, it } from 'vitest';
import { i18n, initLang, isLang, locale, setLang } from './lang.svelte';
import * as text from './text';
import { categoryNames, localizeCategories, periodText, tr } from './text';
import { dec, euro, fundingLabel, longDate, monthName, nf, pct, procedureLabel, procedureName, procedureNameEn, procedureShortEn, procedureShort, fundingName, fundingNameEn, fundingShort, fundingShortEn } from '../format';

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

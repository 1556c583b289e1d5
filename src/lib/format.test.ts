import { afterEach, describe, expect, it } from 'vitest';
import { monthSpan, pctDec } from './format';
import { i18n } from './i18n/lang.svelte';

afterEach(() => {
	i18n.lang = 'nl';
});

describe('monthSpan: the months a figure covers, said beside it', () => {
	it('names both ends, a whole year as the year, one month as that month', () => {
		expect(monthSpan('2025-11', '2026-10')).toBe('november 2025 – oktober 2026');
		expect(monthSpan('2019-01', '2019-12')).toBe('2019');
		expect(monthSpan('2018-03', '2018-03')).toBe('maart 2018');
		i18n.lang = 'en';
		expect(monthSpan('2025-11', '2026-10')).toBe('November 2025 – October 2026');
	});
	it('gives a dash, never "undefined", without months', () => {
		expect(monthSpan(null, '2026-10')).toBe('–');
		expect(monthSpan(undefined, undefined)).toBe('–');
	});
});

describe('pctDec', () => {
	it('writes a share with one decimal, with a decimal comma in Dutch', () => {
		expect(pctDec(0.1024)).toBe('10,2%');
		expect(pctDec(null)).toBe('–');
		i18n.lang = 'en';
		expect(pctDec(0.1024)).toBe('10.2%');
	});
});

import { describe, expect, it } from 'vitest';
import { emptyFilter, widerFilters } from './filter';

describe('widerFilters', () => {
	it('clears each chosen filter in turn and keeps the rest', () => {
		const f = { ...emptyFilter('JZ12', 'jeugd'), municipality: 'GM0243', year: 2024, date: '2026-10-01' };
		expect(widerFilters(f)).toEqual([
			{ ...f, municipality: null },
			{ ...f, year: null }
		]);
	});

	it('has nothing wider than the whole region', () => {
		expect(widerFilters(emptyFilter('JZ12', 'wmo'))).toEqual([]);
	});
});

import { describe, expect, it } from 'vitest';
import * as chromatic from 'd3';
import { interpolateBlues, schemeBlues, schemePuOr } from './palettes';

describe('palettes', () => {
	it('are d3’s ColorBrewer schemes, class for class', () => {
		for (let k = 3; k <= 9; k++) expect(schemeBlues[k]).toEqual(chromatic.schemeBlues[k]);
		for (let k = 3; k <= 11; k++) expect(schemePuOr[k]).toEqual(chromatic.schemePuOr[k]);
	});
	it('ramp like d3’s interpolateBlues', () => {
		for (const t of [0, 0.1, 0.37, 0.5, 0.9, 1]) expect(interpolateBlues(t)).toBe(chromatic.interpolateBlues(t));
	});
});

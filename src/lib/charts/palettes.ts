/**
 * The two ColorBrewer schemes the charts use (Cynthia Brewer, colorbrewer2.org, Apache-2.0),
 * exactly as d3-scale-chromatic gives them (palettes.test.ts checks). Written out because
 * importing them from d3 brings all of d3-scale-chromatic along: its colour ramps are built when
 * the module loads, so no bundler can drop the unused ones (~4 KB gzip on every page with a map).
 * Index k holds the scheme with k classes (3 and up), as in d3.
 */
import { interpolateRgbBasis } from 'd3';

export const schemeBlues: readonly (readonly string[])[] = [
	[], [], [],
	['#deebf7', '#9ecae1', '#3182bd'],
	['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5'],
	['#eff3ff', '#bdd7e7', '#6baed6', '#3182bd', '#08519c'],
	['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'],
	['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
	['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#084594'],
	['#f7fbff', '#deebf7', '#c6dbef', '#9ecae1', '#6baed6', '#4292c6', '#2171b5', '#08519c', '#08306b'],
];

export const schemePuOr: readonly (readonly string[])[] = [
	[], [], [],
	['#998ec3', '#f7f7f7', '#f1a340'],
	['#5e3c99', '#b2abd2', '#fdb863', '#e66101'],
	['#5e3c99', '#b2abd2', '#f7f7f7', '#fdb863', '#e66101'],
	['#542788', '#998ec3', '#d8daeb', '#fee0b6', '#f1a340', '#b35806'],
	['#542788', '#998ec3', '#d8daeb', '#f7f7f7', '#fee0b6', '#f1a340', '#b35806'],
	['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
	['#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806'],
	['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'],
	['#2d004b', '#542788', '#8073ac', '#b2abd2', '#d8daeb', '#f7f7f7', '#fee0b6', '#fdb863', '#e08214', '#b35806', '#7f3b08'],
];

/** d3's interpolateBlues: a smooth ramp through the 9-class scheme. */
export const interpolateBlues = interpolateRgbBasis([...schemeBlues[9]!]);

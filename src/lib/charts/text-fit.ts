/**
 * Text layout for SVG charts, which cannot wrap or measure text themselves during prerender:
 * width estimates, label wrapping (never cutting words off with "…"), anchoring a label so it
 * stays inside the drawing, and whole-number axis ticks for counts.
 */
import { ticks } from 'd3';

/** Chart text size in px (0.8rem). */
export const CHART_FONT = 12.8;

// Advance widths in em, generous: measured on DejaVu Sans (the widest common fallback for
// system-ui), so the narrower fonts of most phones and desktops fit with room to spare.
const NARROW = new Set("iljI.,:;'|!·");
const SMALL = new Set('ft()[]-/ r"');
const WIDE = new Set('mwMW%…@');
const MID = new Set('sczJ');
function charEm(c: string): number {
	if (NARROW.has(c)) return 0.3;
	if (SMALL.has(c)) return 0.4;
	if (WIDE.has(c)) return 0.98;
	if (MID.has(c)) return 0.54;
	if (c >= '0' && c <= '9') return 0.64;
	if (c >= 'A' && c <= 'Z') return 0.74;
	return 0.63;
}

/** Estimated width in px of `text` at `fontPx` (bold about 12% wider). */
export function textWidth(text: string, fontPx = CHART_FONT, bold = false): number {
	let em = 0;
	for (const c of text) em += charEm(c);
	return em * fontPx * (bold ? 1.12 : 1);
}

export interface WrapOptions {
	fontPx?: number;
	bold?: boolean;
	/** Break at every " · " even when the whole fits (so the labels of one chart break alike). */
	split?: boolean;
}

/**
 * `text` as lines of at most `maxWidth` px. Breaks between words; a " · " (e.g. between a
 * provider and a care type) is the preferred break when the whole does not fit on one line.
 * A single word wider than the line is split with a hyphen. Nothing is dropped.
 */
export function wrapText(text: string, maxWidth: number, { fontPx = CHART_FONT, bold = false, split = false }: WrapOptions = {}): string[] {
	const fits = (s: string) => textWidth(s, fontPx, bold) <= maxWidth;
	if (fits(text) && !split) return [text];
	const lines: string[] = [];
	for (const part of text.split(' · ')) {
		let line = '';
		for (const word of part.split(/\s+/).filter(Boolean)) {
			const candidate = line ? `${line} ${word}` : word;
			if (fits(candidate)) {
				line = candidate;
				continue;
			}
			if (line) lines.push(line);
			line = word;
			// A word longer than a whole line: split it, a hyphen at each break.
			while (!fits(line) && line.length > 1) {
				let n = line.length - 1;
				while (n > 1 && !fits(`${line.slice(0, n)}-`)) n--;
				lines.push(`${line.slice(0, n)}-`);
				line = line.slice(n);
			}
		}
		if (line) lines.push(line);
	}
	return lines.length ? lines : [text];
}

/** The widest of `lines`, in px. */
export const linesWidth = (lines: readonly string[], fontPx = CHART_FONT, bold = false) => Math.max(0, ...lines.map((l) => textWidth(l, fontPx, bold)));

/**
 * Where to anchor a label of width `w` meant to be centred on `x`, so that it stays within
 * [lo, hi]: centred when it fits, else against the nearer edge.
 */
export function anchorWithin(x: number, w: number, lo: number, hi: number): { x: number; anchor: 'start' | 'middle' | 'end' } {
	if (x - w / 2 >= lo && x + w / 2 <= hi) return { x, anchor: 'middle' };
	if (x + w / 2 > hi) return { x: Math.max(Math.min(x, hi), lo + w), anchor: 'end' };
	return { x: Math.min(Math.max(x, lo), hi - w), anchor: 'start' };
}

/**
 * Axis ticks between `lo` and `hi` (about `count` of them); whole numbers only when `integer`
 * (counts: no "0,2 trajecten"), falling back to every whole number when d3's ticks have too few.
 */
export function axisTicks(lo: number, hi: number, count: number, integer: boolean): number[] {
	const all = ticks(lo, hi, count);
	if (!integer) return all;
	const whole = all.filter(Number.isInteger);
	if (whole.length >= 2) return whole;
	const out: number[] = [];
	for (let v = Math.ceil(lo); v <= Math.floor(hi); v++) out.push(v);
	return out;
}

/** True when every value is a whole number: the values are counts (or rounded percentages). */
export const allWhole = (values: Iterable<number>) => {
	for (const v of values) if (Number.isFinite(v) && !Number.isInteger(v)) return false;
	return true;
};

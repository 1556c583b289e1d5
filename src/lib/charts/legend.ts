/** Legend layout shared by the charts: entries flow left to right and wrap to new lines. */
import { textWidth } from './text-fit';
const LINE = 20;
const GAP = 20;

/**
 * Place entries within `width` px: `swatch` px of symbol before each label. Returns each entry
 * with its x/y and the number of lines used.
 */
export function flowLegend<T>(entries: readonly T[], labelOf: (e: T) => string, width: number, swatch: number): { items: (T & { x: number; y: number })[]; lines: number } {
	const avail = Math.max(100, width - 8);
	let x = 0;
	let line = 0;
	const items = entries.map((e) => {
		const w = swatch + textWidth(labelOf(e));
		if (x > 0 && x + w > avail) {
			line += 1;
			x = 0;
		}
		const placed = { ...e, x, y: line * LINE };
		x += w + GAP;
		return placed;
	});
	return { items, lines: entries.length ? line + 1 : 0 };
}

/**
 * Colour classes for a map coloured in equal steps over its values' range: as many classes as
 * there are distinct values, up to five (no empty "41–41" classes), each with its legend text.
 * No finite values: no classes at all (the legend then shows only "no data", never "0–NaN").
 */
export function quantizeClasses(values: readonly number[], colours: (n: number) => readonly string[], format: (n: number) => string): { colour: string; lo: number; hi: number; text: string }[] {
	const finite = [...new Set(values.filter((v) => Number.isFinite(v)))].sort((a, b) => a - b);
	if (!finite.length) return [];
	if (finite.length === 1) return [{ colour: colours(1).at(-1)!, lo: finite[0]!, hi: finite[0]!, text: format(finite[0]!) }];
	const n = Math.min(5, finite.length);
	const [lo, hi] = [finite[0]!, finite.at(-1)!];
	const step = (hi - lo) / n;
	const range = colours(n);
	return range.map((colour, i) => {
		const a = Math.round((lo + i * step) * 10) / 10;
		const b = Math.round((i === n - 1 ? hi : lo + (i + 1) * step) * 10) / 10;
		return { colour, lo: lo + i * step, hi: i === n - 1 ? hi : lo + (i + 1) * step, text: a === b ? format(a) : `${format(a)}–${format(b)}` };
	});
}

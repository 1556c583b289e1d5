/** Legend layout shared by the charts: entries flow left to right and wrap to new lines. */

/** Legend words run a little wider than axis text (capitals, w, m). */
export const LEGEND_CHAR_WIDTH = 7.6;
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
		const w = swatch + labelOf(e).length * LEGEND_CHAR_WIDTH;
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

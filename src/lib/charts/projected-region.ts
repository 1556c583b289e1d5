/** A region's map, projected into SVG paths at build (src/lib/server/geo.ts) and drawn by ChoroplethMap. */
export interface ProjectedRegion {
	/** The drawing box; the SVG scales it to the screen. */
	width: number;
	height: number;
	municipalities: { code: string; name: string; d: string; centroid: [number, number] }[];
	outline: string;
}

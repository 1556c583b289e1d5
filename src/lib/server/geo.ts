/**
 * Boundaries for a page, cut from the national TopoJSON at build time: the member
 * municipalities and the region outline merged from them, projected here into SVG paths, so
 * each page carries only its own few kilobytes of drawing and the browser needs no map
 * projection code (d3-geo) at all.
 */
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3';
import { feature, merge, mesh } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import type { ProjectedRegion } from '../charts/projected-region';

export interface MunicipalityShape {
	type: 'Feature';
	id: string;
	properties: { code: string; name: string };
	geometry: Polygon | MultiPolygon;
}

export interface RegionShapes {
	municipalities: MunicipalityShape[];
	outline: MultiPolygon;
}


const MAP_WIDTH = 480;
const MAP_HEIGHT = 384;
const MAP_MARGIN = 8;

/** Project a region's shapes into SVG paths (rounded to 0.1 px). */
export function projectRegion(shapes: RegionShapes): ProjectedRegion {
	const collection = { type: 'FeatureCollection' as const, features: shapes.municipalities };
	const projection = geoMercator().fitExtent([[MAP_MARGIN, MAP_MARGIN], [MAP_WIDTH - MAP_MARGIN, MAP_HEIGHT - MAP_MARGIN]], collection);
	const path = geoPath(projection).digits(1);
	return {
		width: MAP_WIDTH,
		height: MAP_HEIGHT,
		municipalities: shapes.municipalities.map((f) => {
			const [x, y] = path.centroid(f);
			return { code: f.id, name: f.properties.name, d: path(f) ?? '', centroid: [Math.round(x * 10) / 10, Math.round(y * 10) / 10] };
		}),
		outline: path(shapes.outline) ?? ''
	};
}

let topology: Topology | null = null;

function gemeenten(): Topology {
	topology ??= JSON.parse(readFileSync('static/data/geo/gemeente_2025.topojson', 'utf8')) as Topology;
	return topology;
}

/** Round coordinates to ~10 m: plenty for a regional map, and a third of the bytes. */
function round<T>(geometry: T): T {
	return JSON.parse(JSON.stringify(geometry, (_, v: unknown) => (typeof v === 'number' ? Math.round(v * 1e4) / 1e4 : v))) as T;
}

export function regionShapes(memberCodes: readonly string[]): RegionShapes {
	const topo = gemeenten();
	const object = topo.objects.gemeente_2025 as GeometryCollection<{ statnaam: string }>;
	const wanted = new Set(memberCodes);
	const geometries = object.geometries.filter((g) => wanted.has(String(g.id)));
	const municipalities = geometries.map((g) => {
		const f = feature(topo, g) as Feature<Polygon | MultiPolygon, { statnaam: string }>;
		return {
			type: 'Feature' as const,
			id: String(g.id),
			properties: { code: String(g.id), name: f.properties.statnaam },
			geometry: round(f.geometry)
		};
	});
	return { municipalities, outline: round(merge(topo, geometries as never)) };
}

/**
 * A line or ring as a compact SVG path: absolute start, then relative steps. Points are rounded
 * to whole units first and repeats dropped, so at a national scale most of the boundary detail
 * (finer than a pixel) costs no bytes, and a border shared by two shapes rounds the same in both.
 */
function compactPath(points: readonly [number, number][], close: boolean): string {
	const kept: [number, number][] = [];
	for (const [x, y] of points) {
		const p: [number, number] = [Math.round(x), Math.round(y)];
		const last = kept[kept.length - 1];
		if (!last || last[0] !== p[0] || last[1] !== p[1]) kept.push(p);
	}
	if (close && kept.length > 1) {
		const [first, last] = [kept[0]!, kept[kept.length - 1]!];
		if (first[0] === last[0] && first[1] === last[1]) kept.pop();
	}
	if (kept.length < (close ? 3 : 2)) return '';
	// "l3-2-1 4": a minus sign separates numbers by itself.
	const num = (n: number, first: boolean) => (first || n < 0 ? String(n) : `,${n}`);
	let d = `M${kept[0]![0]},${kept[0]![1]}l`;
	for (let i = 1; i < kept.length; i++) {
		const [dx, dy] = [kept[i]![0] - kept[i - 1]![0], kept[i]![1] - kept[i - 1]![1]];
		d += (i > 1 && dx >= 0 ? ' ' : '') + num(dx, true) + num(dy, false);
	}
	return close ? `${d}z` : d;
}

const NATION_WIDTH = 480;
const NATION_MARGIN = 4;

/**
 * All 342 municipalities for the national map, with ONE outline path: the borders between
 * municipalities of different jeugdregio's plus the coast and the national border (the 42
 * regions outlined). `regionOf(code)` gives a municipality's jeugdregio. Coordinates are whole
 * units of a 480-wide box (the map is never drawn wider), which keeps the page light.
 */
export function projectNation(regionOf: (code: string) => string | null | undefined): ProjectedRegion {
	const topo = gemeenten();
	const object = topo.objects.gemeente_2025 as GeometryCollection<{ statnaam: string }>;
	const features = object.geometries.map((g) => feature(topo, g) as Feature<Polygon | MultiPolygon, { statnaam: string }>);
	const collection = { type: 'FeatureCollection' as const, features };
	const projection = geoMercator().fitWidth(NATION_WIDTH - 2 * NATION_MARGIN, collection);
	const [[x0, y0], [, y1]] = geoPath(projection).bounds(collection);
	const [tx, ty] = projection.translate();
	projection.translate([tx - x0 + NATION_MARGIN, ty - y0 + NATION_MARGIN]);
	const path = geoPath(projection);
	const project = (line: number[][]) => line.map((p): [number, number] => projection(p as [number, number]) ?? [NaN, NaN]);
	const polygons = (g: Polygon | MultiPolygon) => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

	const municipalities = object.geometries.map((g, i) => {
		const f = features[i]!;
		let d = polygons(f.geometry)
			.flatMap((rings) => rings.map((ring) => compactPath(project(ring), true)))
			.join('');
		// Too small for whole units (never so far): draw it at 0.1 precision instead of not at all.
		if (!d) d = geoPath(projection).digits(1)(f) ?? '';
		const [cx, cy] = path.centroid(f);
		return { code: String(g.id), name: f.properties.statnaam, d, centroid: [Math.round(cx), Math.round(cy)] as [number, number] };
	});
	const borders = mesh(topo, object as never, (a, b) => a === b || regionOf(String(a.id)) !== regionOf(String(b.id)));
	return {
		width: NATION_WIDTH,
		height: Math.ceil(y1 - y0 + 2 * NATION_MARGIN),
		municipalities,
		outline: borders.coordinates.map((line) => compactPath(project(line), false)).join('')
	};
}

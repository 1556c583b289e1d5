/**
 * Boundaries for a page, cut from the national TopoJSON at build time: the member
 * municipalities and the region outline merged from them, projected here into SVG paths, so
 * each page carries only its own few kilobytes of drawing and the browser needs no map
 * projection code (d3-geo) at all.
 */
import { readFileSync } from 'node:fs';
import { geoMercator, geoPath } from 'd3';
import { feature, merge } from 'topojson-client';
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

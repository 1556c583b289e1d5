/**
 * Boundaries for a page, cut from the national TopoJSON at build time: the member
 * municipalities as GeoJSON features and the region outline merged from them, so each page
 * carries only its own few kilobytes of geometry.
 */
import { readFileSync } from 'node:fs';
import { feature, merge } from 'topojson-client';
import type { Topology, GeometryCollection } from 'topojson-specification';
import type { Feature, MultiPolygon, Polygon } from 'geojson';

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

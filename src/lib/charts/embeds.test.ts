import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { embedChartIds, embedHost, embedPath } from './embeds';

/** Every `<ChartFrame id="…">` written in the app's components, with `{…}` parts as `x`. */
function chartFrameIds(): string[] {
	const files = readdirSync('src', { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.svelte'));
	return files.flatMap((f) =>
		[...readFileSync(join('src', f), 'utf8').matchAll(/<ChartFrame\s+id="([^"]+)"/g)].map((m) => m[1]!.replace(/\{[^}]*\}/g, 'x'))
	);
}

describe('embeds: every chart gets "Insluiten"', () => {
	it('knows the page of every chart the app draws', () => {
		const ids = chartFrameIds();
		expect(ids.length).toBeGreaterThan(20);
		expect(ids.filter((id) => embedHost(id) === null)).toEqual([]);
	});

	it('builds the embed address with the page’s subject first and its query after', () => {
		expect(embedPath('procedures', 'JZ12', '?domein=wmo&lang=en')).toBe('/embed/procedures?regio=JZ12&domein=wmo&lang=en');
		expect(embedPath('gemeente-kaart', 'GM0243', '')).toBe('/embed/gemeente-kaart?gemeente=GM0243');
		// A deal page's own ?gemeente= travels along; its subject is the deal.
		expect(embedPath('traject-tijdlijn', 'demo-JZ12-jeugd-2024', '?gemeente=GM0243')).toBe('/embed/traject-tijdlijn?inkoop=demo-JZ12-jeugd-2024&gemeente=GM0243');
		expect(embedPath('geldkaart', '', '?jaar=2024')).toBe('/embed/geldkaart?jaar=2024');
		expect(embedPath('trend-ggz', '', '?id=nza-123')).toBe('/embed/trend-ggz?id=nza-123');
		// An address that already names a subject cannot override the page's own.
		expect(embedPath('kaart', 'JZ12', '?regio=JZ01')).toBe('/embed/kaart?regio=JZ12');
	});

	it('refuses charts it does not know', () => {
		expect(embedHost('bestaat-niet')).toBeNull();
		expect(embedPath('bestaat-niet', 'JZ12', '')).toBeNull();
		expect(embedHost('trend-')).toBeNull();
	});

	it('prerenders one embed per chart, a provider trend per care category', () => {
		const ids = embedChartIds(['ggz', 'jeugd-ggz']);
		expect(ids).toContain('trend-jeugd-ggz');
		expect(ids).toContain('traject-percelen');
		expect(new Set(ids).size).toBe(ids.length);
	});
});

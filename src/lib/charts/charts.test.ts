/**
 * Server-render each chart (as prerender does, at the default width of 640) with small rows and
 * check what it draws: marks per row, legend words, titles, and that data text stays text.
 */
import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import StackedBarChart from './StackedBarChart.svelte';
import Timeline from './Timeline.svelte';
import LineChart from './LineChart.svelte';
import DotPlot from './DotPlot.svelte';
import ChartFrame from './ChartFrame.svelte';
import { createRawSnippet } from 'svelte';

const evil = '<img src=x onerror=alert(1)>';
const escapedEvil = '&lt;img src=x onerror=alert(1)>';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
/** The text content of the elements with this class, in order. */
const texts = (html: string, cls: string) =>
	[...html.matchAll(new RegExp(`<text[^>]*class="${cls}[ "][^>]*>([^<]*)</text>`, 'g'))].map((m) => m[1]);

function expectSafe(html: string) {
	expect(html).not.toContain(evil);
	expect(html).toContain(escapedEvil);
	expect(html).not.toMatch(/<img/);
}

describe('StackedBarChart', () => {
	const rows = [
		{ year: 2022, kind: 'Jeugd', n: 10 },
		{ year: 2022, kind: evil, n: 5 },
		{ year: 2023, kind: 'Jeugd', n: 12 },
		{ year: 2023, kind: 'Wmo', n: 3 },
		{ year: 2023, kind: 'Wmo', n: 4 }, // summed with the row above
		{ year: 2024, kind: 'Wmo', n: 0 } // a zero draws no segment, but the year keeps its place
	];
	type Row = (typeof rows)[number];
	const { body } = render(StackedBarChart<Row>, {
		props: { rows, x: (r) => r.year, series: (r) => r.kind, value: (r) => r.n, yLabel: 'Contracten', description: 'Contracten per jaar' }
	});

	it('draws one rect per non-zero (x, series) cell, with a <title> each', () => {
		expect(count(body, /<g class="segment[ "]/g)).toBe(4);
		expect(count(body, /<title>/g)).toBe(4);
		expect(body).toContain('<title>Wmo · 2023: 7</title>');
	});
	it('lists every series in the legend, as text, and labels the axes', () => {
		expect(texts(body, 'legend-label')).toEqual(['Jeugd', escapedEvil, 'Wmo']);
		expect(texts(body, 'total')).toEqual(['15', '19', '0']);
		expect(body).toContain('Contracten</text>');
		expect(texts(body, 'tick')).toEqual(expect.arrayContaining(['2022', '2023', '2024']));
	});
	it('is an image with a description, and escapes data text', () => {
		expect(body).toMatch(/<svg width="640" height="\d+" role="img" aria-label="Contracten per jaar"/);
		expectSafe(body);
	});
	it('uses the colour map, else the Okabe–Ito variables', () => {
		const { body: coloured } = render(StackedBarChart<Row>, {
			props: { rows, x: (r) => r.year, series: (r) => r.kind, value: (r) => r.n, colors: { Wmo: '#123456' }, description: 'x' }
		});
		expect(coloured).toContain('fill: #123456');
		expect(coloured).toContain('fill: var(--chart-1)');
	});
	it('hatches series beyond the five palette colours', () => {
		const many = ['a', 'b', 'c', 'd', 'e', 'f'].map((kind) => ({ year: 2024, kind, n: 1 }));
		const { body: hatched } = render(StackedBarChart<Row>, { props: { rows: many, x: (r) => r.year, series: (r) => r.kind, value: (r) => r.n, description: 'x' } });
		expect(count(hatched, /class="segment-hatch/g)).toBe(1);
		expect(count(hatched, /class="swatch-hatch/g)).toBe(1);
	});
});

describe('Timeline', () => {
	interface Deal {
		name: string;
		start: string;
		end: string | null;
		maxEnd?: string;
		published?: string;
		awarded?: string;
		kind: 'open' | 'closed';
	}
	const rows: Deal[] = [
		{ name: 'Jeugdhulp regio Noord', start: '2021-01-01', end: '2024-12-31', maxEnd: '2026-12-31', published: '2020-06-15', awarded: '2020-10-01', kind: 'open' },
		{ name: evil, start: '2022-03', end: '2025-02-28', kind: 'closed' },
		{ name: 'Zonder einde', start: '2023-01-01', end: null, kind: 'closed' }
	];
	const props = {
		rows,
		label: (r: Deal) => r.name,
		start: (r: Deal) => r.start,
		end: (r: Deal) => r.end,
		maxEnd: (r: Deal) => r.maxEnd,
		marks: (r: Deal) => [
			...(r.published ? [{ date: r.published, label: 'publicatie' }] : []),
			...(r.awarded ? [{ date: r.awarded, label: 'gunning' }] : [])
		],
		today: '2025-06-01',
		color: (r: Deal) => (r.kind === 'open' ? 'var(--chart-1)' : 'var(--chart-2)'),
		legend: [
			{ label: 'open house', color: 'var(--chart-1)' },
			{ label: 'aanbesteding', color: 'var(--chart-2)' }
		],
		description: 'Looptijd van contracten'
	};
	const { body } = render(Timeline<Deal>, { props });

	it('draws a term bar per dated row, and extensions hatched', () => {
		expect(count(body, /<rect class="term[ "]/g)).toBe(2);
		expect(count(body, /<rect class="extension[ "][^>]*x=/g)).toBe(1);
		expect(count(body, /<rect class="extension-hatch[ "]/g)).toBe(1);
		expect(body).toContain('fill="url(#');
	});
	it('marks dates with a shape per kind and names them in the legend', () => {
		expect(count(body, /<path class="mark[ "][^>]*transform="translate\([\d.]+,[\d.]+\)"><title>/g)).toBe(2);
		expect(body).toContain('<title>Jeugdhulp regio Noord · publicatie: 2020-06-15</title>');
		expect(texts(body, 'legend-label')).toEqual(['open house', 'aanbesteding', 'verlengingsopties', 'publicatie', 'gunning']);
	});
	it('shows today, the year axis, and row titles', () => {
		expect(body).toContain('>vandaag</text>');
		// years 2020–2027 get a grid line; the last, at the right edge, no label that would be cut off
		expect(count(body, /<line class="grid[ "]/g)).toBe(8);
		expect(texts(body, 'tick')).toEqual(['2020', '2021', '2022', '2023', '2024', '2025', '2026']);
		expect(body).toContain('<title>Jeugdhulp regio Noord: 2021-01-01 – 2024-12-31; verlengingsopties tot 2026-12-31</title>');
		expect(body).toContain('Zonder einde: 2023-01-01 – einddatum onbekend');
	});
	it('escapes data text', () => {
		expectSafe(body);
		expect(body).toContain('aria-label="Looptijd van contracten"');
	});
});

describe('LineChart', () => {
	const rows = [
		{ month: '2024-01', cat: 'Jeugd-GGZ', days: 40 },
		{ month: '2024-02', cat: 'Jeugd-GGZ', days: 55 },
		{ month: '2024-03', cat: 'Jeugd-GGZ', days: null },
		{ month: '2024-04', cat: 'Jeugd-GGZ', days: 60 },
		{ month: '2024-01', cat: evil, days: 20 },
		{ month: '2024-02', cat: evil, days: 25 }
	];
	type Row = (typeof rows)[number];
	const { body } = render(LineChart<Row>, {
		props: {
			rows,
			x: (r) => r.month,
			y: (r) => r.days,
			series: (r) => r.cat,
			reference: { value: 42, label: 'Treeknorm (6 weken)' },
			yLabel: 'Wachttijd (dagen)',
			description: 'Wachttijd per maand'
		}
	});

	it('draws one line per series and a titled point per value (null is a gap)', () => {
		expect(count(body, /<path class="series-line[ "]/g)).toBe(2);
		expect(count(body, /<path class="point[ "][^>]*transform="translate\([\d.]+,[\d.]+\)"[^>]*><title>/g)).toBe(5);
		expect(body).toContain('<title>Jeugd-GGZ · feb 2024: 55</title>');
		// the gap splits the path in two segments
		expect(body).toMatch(/<path class="series-line[^"]*" d="M[^"]*M[^"]*"/);
	});
	it('shows the norm line label, the y label and the legend', () => {
		expect(body).toContain('>Treeknorm (6 weken)</text>');
		expect(body).toContain('>Wachttijd (dagen)</text>');
		expect(texts(body, 'legend-label')).toEqual(['Jeugd-GGZ', escapedEvil]);
	});
	it('escapes data text', () => expectSafe(body));
	it('has no legend for a single unnamed series', () => {
		const { body: single } = render(LineChart<Row>, { props: { rows: rows.slice(0, 2), x: (r) => r.month, y: (r) => r.days, description: 'x' } });
		expect(single).not.toContain('legend-label');
		expect(single).toContain('<title>jan 2024: 40</title>');
	});
});

describe('DotPlot', () => {
	const rows = [
		{ provider: 'Zorg BV', median: 30, p90: 70, norm: 42 },
		{ provider: evil, median: 50, p90: 90, norm: 42 },
		{ provider: 'Zonder norm', median: 20, p90: null, norm: null }
	];
	type Row = (typeof rows)[number];
	const { body } = render(DotPlot<Row>, {
		props: {
			rows,
			label: (r) => r.provider,
			value: (r) => r.median,
			high: (r) => r.p90,
			reference: (r) => r.norm,
			axisLabel: 'Wachttijd (dagen)',
			description: 'Mediane wachttijd per aanbieder'
		}
	});

	it('draws a marker per row, a range where known and a norm tick where known', () => {
		expect(count(body, /<g class="row[ "]/g)).toBe(3);
		const plot = body.slice(body.indexOf('class="axis-x'));
		expect(count(plot, /<line class="range[ "]/g)).toBe(2);
		expect(count(plot, /<line class="norm[ "]/g)).toBe(2);
	});
	it('marks rows over the norm with a shape and words, not colour alone', () => {
		expect(count(body, /<g class="row [^"]*over"/g)).toBe(1);
		expect(count(body, /<path class="dot[^"]*\bover\b/g)).toBe(2); // row + legend
		expect(body).toContain(`<title>${escapedEvil}: mediaan 50; spreiding (tot p90) 50–90; norm 42 (boven norm)</title>`);
		expect(texts(body, 'legend-label')).toEqual(['mediaan binnen norm', 'mediaan boven norm', 'spreiding (tot p90)', 'norm']);
		expect(body).toContain('>Wachttijd (dagen)</text>');
	});
	it('escapes data text', () => expectSafe(body));
});

describe('ChartFrame', () => {
	it('offers CSV, SVG and PNG downloads around the chart', () => {
		const { body } = render(ChartFrame, {
			props: {
				id: 'f',
				title: 'Titel',
				caption: 'Onderschrift',
				rows: [],
				columns: [],
				sources: ['demo'],
				computedBy: 'browser',
				filename: 'f',
				children: createRawSnippet(() => ({ render: () => '<svg width="10" height="10"></svg>' }))
			}
		});
		expect(body).toContain('Download CSV');
		expect(body).toContain('Download SVG');
		expect(body).toContain('Download PNG');
		expect(body).toContain('Berekend in uw browser (DuckDB)');
		expect(body).toMatch(/<div class="chart-body[^"]*"><svg width="10" height="10"><\/svg>/);
	});
});

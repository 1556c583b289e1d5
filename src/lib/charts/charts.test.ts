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
import BarChart from './BarChart.svelte';
import HeatTable from './HeatTable.svelte';
import ChoroplethMap from './ChoroplethMap.svelte';
import { anchorWithin, axisTicks, textWidth, wrapText } from './text-fit';
import { quantizeClasses } from './legend';
import { createRawSnippet } from 'svelte';

const evil = '<img src=x onerror=alert(1)>';
const escapedEvil = '&lt;img src=x onerror=alert(1)>';

const count = (html: string, re: RegExp) => (html.match(re) ?? []).length;
/** The text of each <text> element (its tspans joined by a space): what a reader sees. */
const allTexts = (html: string) => [...html.matchAll(/<text[^>]*>(.*?)<\/text>/gs)].map((m) => m[1]!.replace(/<title>.*?<\/title>/g, '').replace(/<\/tspan><tspan[^>]*>/g, ' ').replace(/<[^>]+>/g, ''));
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
	const frame = (rows: Record<string, unknown>[]) =>
		render(ChartFrame, {
			props: {
				id: 'f',
				title: 'Titel',
				caption: 'Onderschrift',
				rows,
				columns: [{ key: 'n', label: 'Aantal' }],
				sources: ['demo'],
				computedBy: 'browser',
				filename: 'f',
				children: createRawSnippet(() => ({ render: () => '<svg width="10" height="10"></svg>' }))
			}
		}).body;

	it('draws no chart, table or download for no rows: the caption and the source line say it', () => {
		const body = frame([]);
		expect(body).toContain('Onderschrift');
		expect(body).toContain('data-empty="true"');
		expect(body).not.toContain('<svg');
		expect(body).not.toContain('Download');
		expect(body).toContain('Demodata');
	});

	it('offers CSV, SVG and PNG downloads around the chart', () => {
		const body = frame([{ n: 1 }]);
		expect(body).toContain('Download CSV');
		expect(body).toContain('Download SVG');
		expect(body).toContain('Download PNG');
		expect(body).toContain('Berekend in uw browser (DuckDB)');
		expect(body).toMatch(/<div class="chart-body[^"]*"><svg width="10" height="10"><\/svg>/);
	});
});

describe('text layout helpers', () => {
	const provider = 'Bravonel Jeugdhulp · Behandeling overdag op een groep';
	it('wraps a long label onto lines that fit, provider and care type apart, and drops nothing', () => {
		const lines = wrapText(provider, 190);
		expect(lines).toEqual(['Bravonel Jeugdhulp', 'Behandeling overdag op', 'een groep']);
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(190);
		expect(lines.join(' ')).toBe(provider.replace(' · ', ' '));
		expect(lines.join('')).not.toContain('…');
	});
	it('keeps a label that fits on one line whole, separator and all, unless asked to split', () => {
		expect(wrapText(provider, 600)).toEqual([provider]);
		expect(wrapText(provider, 600, { split: true })).toEqual(['Bravonel Jeugdhulp', 'Behandeling overdag op een groep']);
	});
	it('splits a word wider than a line with a hyphen instead of cutting it off', () => {
		const lines = wrapText('Jeugdbeschermingsmaatregelen', 80);
		expect(lines.length).toBeGreaterThan(1);
		expect(lines.slice(0, -1).every((l) => l.endsWith('-'))).toBe(true);
		expect(lines.map((l) => l.replace(/-$/, '')).join('')).toBe('Jeugdbeschermingsmaatregelen');
		for (const line of lines) expect(textWidth(line)).toBeLessThanOrEqual(80);
	});
	it('measures bold and wide letters as wider', () => {
		expect(textWidth('Wonen', 12.8, true)).toBeGreaterThan(textWidth('Wonen'));
		expect(textWidth('mmmm')).toBeGreaterThan(textWidth('iiii') * 2);
	});
	it('anchors a label inside the drawing: centred when it fits, else against the edge', () => {
		expect(anchorWithin(100, 40, 0, 640)).toEqual({ x: 100, anchor: 'middle' });
		expect(anchorWithin(630, 40, 0, 640)).toEqual({ x: 630, anchor: 'end' });
		expect(anchorWithin(5, 40, 0, 640)).toEqual({ x: 5, anchor: 'start' });
	});
	it('gives counts whole-number ticks only', () => {
		expect(axisTicks(0, 1, 5, true)).toEqual([0, 1]);
		expect(axisTicks(0, 3, 8, true)).toEqual([0, 1, 2, 3]);
		expect(axisTicks(0, 1, 5, false)).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
	});
	it('has no legend classes without values, and never NaN', () => {
		const blues = (n: number) => ['#a', '#b', '#c', '#d', '#e'].slice(-n);
		expect(quantizeClasses([], blues, String)).toEqual([]);
		expect(quantizeClasses([NaN, Infinity], blues, String)).toEqual([]);
		expect(quantizeClasses([3, 3], blues, String).map((c) => c.text)).toEqual(['3']);
		const classes = quantizeClasses([0, 10, 5], blues, String);
		expect(classes.map((c) => c.text)).toEqual(['0–3,3'.replace(',', '.'), '3.3–6.7', '6.7–10']);
	});
});

describe('charts read right', () => {
	it('BarChart: wraps long labels instead of cutting them, and counts get whole ticks', () => {
		const rows = [
			{ name: 'Wonen buiten huis (pleegzorg of gezinshuis)', n: 1 },
			{ name: 'Hulp op maat', n: 0 }
		];
		const { body } = render(BarChart<(typeof rows)[number]>, { props: { rows, label: (r) => r.name, value: (r) => r.n, description: 'x' } });
		const shown = allTexts(body);
		expect(shown.join(' ')).not.toContain('…');
		expect(shown).toContain('Wonen buiten huis (pleegzorg of gezinshuis)');
		expect(texts(body, 'tick')).toEqual(['0', '1']);
	});
	it('DotPlot: writes the median at its dot, not at the end of the range, and the axis follows what is drawn', () => {
		const rows = [{ name: 'Bravonel Jeugdhulp · Behandeling overdag op een groep', median: 10, p90: 20 }];
		const { body } = render(DotPlot<(typeof rows)[number]>, { props: { rows, label: (r) => r.name, value: (r) => r.median, high: (r) => r.p90, description: 'x' } });
		const dotX = Number(/<path class="dot[^"]*" d="[^"]*" transform="translate\(([\d.]+),/.exec(body.slice(body.indexOf('class="row')))![1]);
		const valueX = Number(/<text class="value[^"]*" x="([\d.]+)"/.exec(body)![1]);
		expect(valueX).toBeCloseTo(dotX, 0);
		expect(texts(body, 'tick').at(-1)).toBe('20');
		// wrapped: the provider on the first line, the care type after it, nothing cut off
		expect(allTexts(body)).toContain('Bravonel Jeugdhulp Behandeling overdag op een groep');
	});
	it('HeatTable: column headers are whole words, wrapped, and the grid fills the width', () => {
		const rows = ['Hulp op maat', 'Hulp bij wassen en aankleden', 'Hulp bij een crisis'].map((c, i) => ({ m: 'Harderwijk', c, n: i }));
		const { body } = render(HeatTable<(typeof rows)[number]>, { props: { rows, row: (r) => r.m, column: (r) => r.c, value: (r) => r.n, description: 'x' } });
		const shown = allTexts(body);
		expect(shown).toEqual(expect.arrayContaining(['Hulp op maat', 'Hulp bij wassen en aankleden', 'Hulp bij een crisis']));
		expect(shown.join(' ')).not.toContain('…');
		// three columns at 640 px: as wide as a column may be (it was 44 px each, a third of the card)
		expect(Number(/<svg width="(\d+)"/.exec(body)![1])).toBeGreaterThan(450);
	});
	it('StackedBarChart: a bar of one segment prints its value once', () => {
		const rows = [{ year: 2024, kind: 'Open house', n: 3 }];
		const { body } = render(StackedBarChart<(typeof rows)[number]>, { props: { rows, x: (r) => r.year, series: (r) => r.kind, value: (r) => r.n, description: 'x' } });
		expect(allTexts(body).filter((t) => t === '3')).toHaveLength(2); // the total and the axis tick
		expect(texts(body, 'segment-value')).toEqual([]);
	});
	it('LineChart: one month is a figure with its date, no rows draw nothing', () => {
		type Row = { month: string; v: number };
		const { body } = render(LineChart<Row>, { props: { rows: [{ month: '2025-03', v: 6.5 }], x: (r) => r.month, y: (r) => r.v, yLabel: 'weken', description: 'x' } });
		expect(body).not.toContain('series-line');
		expect(body).toContain('>6,5</text>');
		expect(body).toContain('mrt 2025');
		const { body: empty } = render(LineChart<Row>, { props: { rows: [], x: (r) => r.month, y: (r) => r.v, description: 'x' } });
		expect(empty).not.toContain('<svg');
	});
	it('ChoroplethMap: a map with no values has no class breaks and no NaN; a plain map has no "no data"', () => {
		const map = { width: 100, height: 100, outline: 'M0,0', municipalities: [{ code: 'GM1', name: 'Een', d: 'M0,0L1,1', centroid: [1, 1] as [number, number] }] };
		const { body } = render(ChoroplethMap, { props: { map, value: () => null, label: (c: string) => c, legendTitle: 'Titel', description: 'x' } });
		expect(body).not.toContain('NaN');
		expect(count(body, /class="legend-item/g)).toBe(1);
		expect(body).toContain('geen gegevens');
		const { body: plain } = render(ChoroplethMap, { props: { map, label: (c: string) => c, legendTitle: 'Titel', description: 'x' } });
		expect(plain).not.toContain('geen gegevens');
		expect(plain).not.toContain('no-data)');
	});
});

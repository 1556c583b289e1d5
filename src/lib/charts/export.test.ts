import { describe, expect, it } from 'vitest';
import { INLINED_PROPERTIES, escapeXml, setRootAttributes, standaloneSvg, styleText, svgDataUrl, wrapText } from './export';

describe('chart export (DOM-free parts)', () => {
	it('builds a style attribute from a property lookup, leaving out empty values', () => {
		const computed: Record<string, string> = { fill: 'rgb(0, 114, 178)', stroke: ' none ', 'font-size': '' };
		expect(styleText((p) => computed[p] ?? '', ['fill', 'stroke', 'font-size', 'opacity'])).toBe('fill: rgb(0, 114, 178); stroke: none');
	});

	it('leaves out what a child inherits unchanged, opacity 1 and a visible display', () => {
		const parent: Record<string, string> = { fill: 'rgb(0, 0, 0)', 'font-size': '12.8px', opacity: '1', display: 'block' };
		const child: Record<string, string> = { fill: 'rgb(0, 114, 178)', 'font-size': '12.8px', opacity: '1', display: 'inline', 'font-weight': '700' };
		const props = [...INLINED_PROPERTIES];
		expect(styleText((p) => child[p] ?? '', props, (p) => parent[p] ?? '')).toBe('fill: rgb(0, 114, 178); font-weight: 700');
		expect(styleText(() => '', props, (p) => parent[p] ?? '')).toBe('');
		const hidden: Record<string, string> = { ...parent, opacity: '0.5', display: 'none' };
		expect(styleText((p) => hidden[p] ?? '', props, (p) => parent[p] ?? '')).toBe('opacity: 0.5; display: none');
		// the root (no parent) keeps everything
		expect(styleText((p) => parent[p] ?? '', props)).toBe('fill: rgb(0, 0, 0); opacity: 1; display: block; font-size: 12.8px');
	});

	it('escapes text for XML', () => {
		expect(escapeXml(`<img src=x onerror="alert(1)"> & 'x'`)).toBe('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; &apos;x&apos;');
	});

	it('wraps text at spaces and splits overlong words', () => {
		expect(wrapText('Bron: Jeugdzorg in cijfers (CBS, 2024)', 20)).toEqual(['Bron: Jeugdzorg in', 'cijfers (CBS, 2024)']);
		expect(wrapText('a'.repeat(20), 8)).toEqual(['aaaaaaaa', 'aaaaaaaa', 'aaaa']);
		expect(wrapText('', 20)).toEqual([]);
	});

	it('sets root attributes, replacing existing ones, even when a value contains ">"', () => {
		const out = setRootAttributes('<svg width="10" aria-label="a &gt; b > c" height=\'5\'><g/></svg>', { width: 640, height: 300, xmlns: 'http://www.w3.org/2000/svg' });
		expect(out).toBe('<svg width="640" aria-label="a &gt; b > c" height="300" xmlns="http://www.w3.org/2000/svg"><g/></svg>');
		expect(() => setRootAttributes('<div></div>', { width: 1 })).toThrow();
	});

	it('wraps chart markup into a standalone document with background, title and note', () => {
		const markup = '<svg width="300" height="100" role="img" aria-label="x"><!----><rect width="10" height="10" style="fill: rgb(0, 114, 178)"/><!----></svg>';
		const { text, width, height } = standaloneSvg(markup, { width: 300, height: 100 }, { title: 'Wachttijd <jeugd>', note: 'Bron: demo & verzonnen' });
		expect(width).toBe(324); // 12 px margin either side
		expect(height).toBeGreaterThan(100);
		expect(text.startsWith('<?xml version="1.0" encoding="UTF-8"?>\n<svg xmlns="http://www.w3.org/2000/svg" width="324"')).toBe(true);
		expect(text).toContain(`height="${height}" viewBox="0 0 324 ${height}"><rect width="324" height="${height}" fill="#ffffff"/>`);
		expect(text).toContain('>Wachttijd &lt;jeugd&gt;</text>');
		expect(text).toContain('>Bron: demo &amp; verzonnen</text>');
		expect(text).not.toContain('<!--');
		// the chart keeps its own size and gains a namespace
		expect(text).toMatch(/<g transform="translate\(12,\d+(\.\d+)?\)"><svg width="300" height="100" role="img" aria-label="x" xmlns="http:\/\/www.w3.org\/2000\/svg"><rect/);
		expect(text.indexOf('Bron:')).toBeGreaterThan(text.indexOf('</g>'));
		expect(text.trim().endsWith('</text></svg>')).toBe(true);
	});

	it('without title or note, the document is the chart plus its margin', () => {
		const { text, width, height } = standaloneSvg('<svg><g/></svg>', { width: 375.4, height: 200 }, { background: '#fafafa' });
		expect([width, height]).toEqual([399, 224]);
		expect(text).toContain('<rect width="399" height="224" fill="#fafafa"/><g transform="translate(12,12)"><svg xmlns="http://www.w3.org/2000/svg" width="375" height="200"><g/></svg></g></svg>');
	});

	it('makes a data: URL (allowed by img-src data:), not a remote one', () => {
		const url = svgDataUrl('<svg xmlns="http://www.w3.org/2000/svg"><text>#1 & 2</text></svg>');
		expect(url.startsWith('data:image/svg+xml;charset=utf-8,')).toBe(true);
		expect(url).not.toMatch(/[#<>&\s]/);
		expect(decodeURIComponent(url.slice(url.indexOf(',') + 1))).toContain('<text>#1 & 2</text>');
	});
});

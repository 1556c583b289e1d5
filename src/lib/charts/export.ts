/**
 * Export a chart's <svg> as a standalone SVG or PNG file.
 *
 * The chart's look comes from page CSS (variables such as --chart-1, scoped Svelte styles), which a
 * file on disk does not have; so each element's computed fill/stroke/font is inlined before
 * serialising. The DOM-free part — wrapping serialised markup into a standalone document with a
 * white background, optional title and source line — is `standaloneSvg`, tested in node.
 *
 * PNG: the SVG string is drawn via an Image from a `data:` URL (allowed by the CSP
 * `img-src 'self' data: blob:`), never a remote URL, onto a canvas, then `canvas.toBlob`.
 */
import { saveBlob } from '../export/save';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** Properties inlined: what paints shapes and sets type. */
export const INLINED_PROPERTIES = [
	'fill',
	'fill-opacity',
	'stroke',
	'stroke-width',
	'stroke-opacity',
	'stroke-dasharray',
	'stroke-linecap',
	'stroke-linejoin',
	'opacity',
	'visibility',
	'display',
	'font-family',
	'font-size',
	'font-weight',
	'font-style',
	'text-anchor',
	'dominant-baseline',
	'paint-order',
	'letter-spacing'
] as const;

/** Of the inlined properties, those an element takes from its parent when not set. */
const INHERITED: ReadonlySet<string> = new Set(INLINED_PROPERTIES.filter((p) => p !== 'opacity' && p !== 'display'));

/**
 * A `style` attribute value from a property lookup (e.g. a CSSStyleDeclaration's
 * getPropertyValue). Empty values are left out; with `parent` (the parent element's lookup),
 * inherited values equal to the parent's are left out too, as are `opacity: 1` and any display
 * but `none` — so the file stays small and still renders the same.
 */
export function styleText(get: (property: string) => string, properties: readonly string[], parent?: (property: string) => string): string {
	const parts: string[] = [];
	for (const p of properties) {
		const v = get(p).trim();
		if (v === '') continue;
		if (parent) {
			if (INHERITED.has(p) && parent(p).trim() === v) continue;
			if (p === 'opacity' && v === '1') continue;
			if (p === 'display' && v !== 'none') continue;
		}
		parts.push(`${p}: ${v}`);
	}
	return parts.join('; ');
}

/** Escape text for XML content and attribute values. */
export function escapeXml(s: string): string {
	return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Break text into lines of at most `maxChars` characters, at spaces where possible. */
export function wrapText(text: string, maxChars: number): string[] {
	const limit = Math.max(8, Math.floor(maxChars));
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line === '') line = word;
		else if (line.length + 1 + word.length <= limit) line += ' ' + word;
		else {
			lines.push(line);
			line = word;
		}
		while (line.length > limit) {
			lines.push(line.slice(0, limit));
			line = line.slice(limit);
		}
	}
	if (line !== '') lines.push(line);
	return lines;
}

// An <svg ...> opening tag; quoted attribute values may contain '>'.
const OPENING_SVG = /^<svg(?:\s+[^\s=>/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>"']+))?)*\s*\/?>/;

/** Set (or replace) attributes on the root <svg> opening tag of `markup`. */
export function setRootAttributes(markup: string, attributes: Record<string, string | number>): string {
	const m = OPENING_SVG.exec(markup);
	if (!m) throw new Error('Expected markup starting with <svg');
	let tag = m[0];
	const selfClosing = /\/>$/.test(tag);
	tag = tag.replace(/\s*\/?>$/, '');
	for (const [name, value] of Object.entries(attributes)) {
		const attr = new RegExp(`\\s${name.replace(/[:]/g, '\\:')}\\s*=\\s*(?:"[^"]*"|'[^']*'|[^\\s>"']+)`);
		const text = ` ${name}="${escapeXml(String(value))}"`;
		tag = attr.test(tag) ? tag.replace(attr, text) : tag + text;
	}
	return tag + (selfClosing ? '/>' : '>') + markup.slice(m[0].length);
}

export interface StandaloneOptions {
	/** Heading drawn above the chart (e.g. the figure title). */
	title?: string;
	/** Small text below the chart (e.g. the source line, with its demo label). */
	note?: string;
	/** Background colour; default white. */
	background?: string;
	/** Font for title and note; default a system sans-serif stack. */
	fontFamily?: string;
}

export interface StandaloneSvg {
	text: string;
	width: number;
	height: number;
}

/**
 * Wrap a serialised chart <svg> (styles already inlined) into a standalone SVG document:
 * XML prolog, xmlns, explicit width/height/viewBox, a background rect, a 12 px margin, and optional
 * title above and note below. Comments (Svelte's hydration anchors) are removed.
 */
export function standaloneSvg(markup: string, size: { width: number; height: number }, options: StandaloneOptions = {}): StandaloneSvg {
	const chartWidth = Math.max(1, Math.round(size.width));
	const chartHeight = Math.max(1, Math.round(size.height));
	const pad = 12;
	const width = chartWidth + 2 * pad;
	const font = options.fontFamily ?? "system-ui, -apple-system, 'Segoe UI', Roboto, Arial, sans-serif";
	const titleSize = 16;
	const noteSize = 11;
	const titleLines = options.title ? wrapText(options.title, chartWidth / (titleSize * 0.55)) : [];
	const noteLines = options.note ? wrapText(options.note, chartWidth / (noteSize * 0.52)) : [];
	const top = pad + (titleLines.length ? titleLines.length * titleSize * 1.3 + 8 : 0);
	const bottom = (noteLines.length ? 6 + noteLines.length * noteSize * 1.4 : 0) + pad;
	const height = Math.round(top + chartHeight + bottom);

	const chart = setRootAttributes(markup.replace(/<!--[\s\S]*?-->/g, '').trim(), {
		xmlns: SVG_NS,
		width: chartWidth,
		height: chartHeight
	});
	const textAttrs = (size: number, weight: number) =>
		`font-family="${escapeXml(font)}" font-size="${size}" font-weight="${weight}" fill="#1b1f24"`;
	const title = titleLines
		.map((l, i) => `<text x="${pad}" y="${pad + (i + 1) * titleSize * 1.3 - 4}" ${textAttrs(titleSize, 600)}>${escapeXml(l)}</text>`)
		.join('');
	const note = noteLines
		.map((l, i) => `<text x="${pad}" y="${top + chartHeight + 6 + (i + 1) * noteSize * 1.4 - 3}" ${textAttrs(noteSize, 400)}>${escapeXml(l)}</text>`)
		.join('');
	const text =
		`<?xml version="1.0" encoding="UTF-8"?>\n` +
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
		`<rect width="${width}" height="${height}" fill="${escapeXml(options.background ?? '#ffffff')}"/>` +
		title +
		`<g transform="translate(${pad},${top})">${chart}</g>` +
		note +
		`</svg>\n`;
	return { text, width, height };
}

/** Rendered size of an svg element: its width/height attributes, else its box. */
function svgSize(svg: SVGSVGElement): { width: number; height: number } {
	const box = svg.getBoundingClientRect();
	const attr = (n: 'width' | 'height') => Number.parseFloat(svg.getAttribute(n) ?? '');
	return {
		width: Number.isFinite(attr('width')) ? attr('width') : box.width,
		height: Number.isFinite(attr('height')) ? attr('height') : box.height
	};
}

function buildStandalone(svg: SVGSVGElement, options: StandaloneOptions): StandaloneSvg {
	const clone = svg.cloneNode(true) as SVGSVGElement;
	const source = [svg as Element, ...svg.querySelectorAll('*')];
	const target = [clone as Element, ...clone.querySelectorAll('*')];
	const computed = new Map<Element, CSSStyleDeclaration>(source.map((el) => [el, getComputedStyle(el)]));
	source.forEach((el, i) => {
		const copy = target[i];
		const own = computed.get(el);
		if (!copy || !own) return;
		const parent = el === svg || !el.parentElement ? undefined : computed.get(el.parentElement);
		const style = styleText((p) => own.getPropertyValue(p), INLINED_PROPERTIES, parent && ((p) => parent.getPropertyValue(p)));
		if (style) copy.setAttribute('style', style);
		else copy.removeAttribute('style');
		copy.removeAttribute('class');
	});
	const markup = new XMLSerializer().serializeToString(clone);
	return standaloneSvg(markup, svgSize(svg), {
		fontFamily: getComputedStyle(svg).getPropertyValue('font-family') || undefined,
		...options
	});
}

/** The chart as a standalone SVG document, with computed styles inlined (browser only). */
export function svgToString(svg: SVGSVGElement, options: StandaloneOptions = {}): string {
	return buildStandalone(svg, options).text;
}


/** Download the chart as an .svg file (browser only). */
export function downloadSvg(svg: SVGSVGElement, filename: string, options: StandaloneOptions = {}): void {
	saveBlob(new Blob([svgToString(svg, options)], { type: 'image/svg+xml;charset=utf-8' }), filename);
}

/** A `data:` URL for an SVG document; allowed by `img-src data:`, and never taints a canvas. */
export function svgDataUrl(text: string): string {
	return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(text)}`;
}

function loadImage(src: string): Promise<HTMLImageElement> {
	return new Promise((resolve, reject) => {
		const img = new Image();
		img.onload = () => resolve(img);
		img.onerror = () => reject(new Error('Could not render the chart as an image'));
		img.src = src;
	});
}

/** Download the chart as a .png file at `scale` × its size (browser only). */
export async function downloadPng(svg: SVGSVGElement, filename: string, scale = 2, options: StandaloneOptions = {}): Promise<void> {
	const { text, width, height } = buildStandalone(svg, options);
	const img = await loadImage(svgDataUrl(text));
	const canvas = document.createElement('canvas');
	canvas.width = Math.round(width * scale);
	canvas.height = Math.round(height * scale);
	const ctx = canvas.getContext('2d');
	if (!ctx) throw new Error('Canvas 2D is not available');
	ctx.fillStyle = options.background ?? '#ffffff';
	ctx.fillRect(0, 0, canvas.width, canvas.height);
	ctx.drawImage(img, 0, 0, canvas.width, canvas.height);
	const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
	if (!blob) throw new Error('Could not encode the PNG');
	saveBlob(blob, filename);
}

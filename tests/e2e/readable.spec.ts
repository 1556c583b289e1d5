/**
 * Charts that read right, on every region page and on the municipality, provider and compare
 * pages, at desktop and phone width, once the figures have been computed: no chart text runs
 * past its drawing or its card (a grid that scrolls sideways in its own region may run past the
 * card), no chart label is cut off with "…", and no page text says NaN, undefined, Infinity or null.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const regions = readFileSync(new URL('../../data/cbs/regio_2025.csv', import.meta.url), 'utf8')
	.split('\n')
	.filter((line) => line.startsWith('jeugdregio,'))
	.map((line) => line.split(',')[1]!);

const computed = '.panels-state[data-computed-by="browser"], .panels-state[data-computed-by="cube"]';
const pages = [
	...regions.map((id) => ({ path: `/regio/${id}`, ready: computed })),
	{ path: '/gemeente/GM0243', ready: computed },
	{ path: '/gemeente/GM0160', ready: computed },
	{ path: '/aanbieder?id=demo-0007&gemeente=GM0243', ready: '.profile-state[data-phase="gevonden"]' },
	// a real NZa provider: one month of waiting times per care type (a figure, not a chart)
	{ path: '/aanbieder?id=nza-6000020', ready: '.profile-state[data-phase="gevonden"]' },
	{ path: '/aanbieders/vergelijk?ids=demo-0014,nza-6000020&gemeente=GM0243&zorgsoort=45', ready: '.compare-state[data-ready="true"]' }
];

/** Runs in the page: every problem found, as a line of text. */
function findProblems(): string[] {
	const problems: string[] = [];
	const where = (el: Element) => el.closest('[id]')?.id ?? '?';
	const scrollsSideways = (from: Element, to: Element | null) => {
		for (let el: Element | null = from.parentElement; el && el !== to; el = el.parentElement) {
			const overflow = getComputedStyle(el).overflowX;
			if ((overflow === 'auto' || overflow === 'scroll') && el.scrollWidth > el.clientWidth) return true;
		}
		return false;
	};
	for (const text of document.querySelectorAll('svg text')) {
		const svg = (text as SVGTextElement).ownerSVGElement;
		if (!svg) continue;
		const r = text.getBoundingClientRect();
		if (r.width === 0 && r.height === 0) continue; // not drawn (a closed <details>)
		const label = `"${text.textContent}" in #${where(svg)}`;
		const s = svg.getBoundingClientRect();
		if (r.left < s.left - 1 || r.right > s.right + 1 || r.top < s.top - 1 || r.bottom > s.bottom + 1)
			problems.push(`${label} runs past its svg (${Math.round(r.left)}..${Math.round(r.right)} vs ${Math.round(s.left)}..${Math.round(s.right)})`);
		const card = svg.closest('figure, section');
		if (card && !scrollsSideways(svg, card)) {
			const c = card.getBoundingClientRect();
			if (r.left < c.left - 1 || r.right > c.right + 1) problems.push(`${label} runs past its card (${Math.round(r.left)}..${Math.round(r.right)} vs ${Math.round(c.left)}..${Math.round(c.right)})`);
		}
		if ((text.textContent ?? '').trim().endsWith('…')) problems.push(`${label} is cut off`);
	}
	// All text of the page, also in closed <details> and charts not yet scrolled into view.
	const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT, {
		acceptNode: (n) => (n.parentElement?.closest('script, style, noscript, template') ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT)
	});
	const words: string[] = [];
	for (let n = walker.nextNode(); n; n = walker.nextNode()) words.push(n.textContent ?? '');
	const all = words.join(' ');
	for (const bad of ['NaN', 'undefined', 'Infinity', 'null']) {
		const m = new RegExp(`\\b${bad}\\b`).exec(all);
		if (m) problems.push(`page text has ${bad}: "…${all.slice(Math.max(0, m.index - 60), m.index + 30).replace(/\s+/g, ' ')}…"`);
	}
	return problems;
}

test.describe.configure({ mode: 'parallel' });

for (const p of pages) {
	test(`charts read right on ${p.path}`, async ({ page }) => {
		// Opened on a phone (charts start at the prerendered width and must take the phone's),
		// then widened to a desktop: one page load for both widths.
		for (const width of [375, 1280]) {
			await page.setViewportSize({ width, height: 900 });
			if (width === 375) {
				await page.goto(p.path, { waitUntil: 'domcontentloaded' });
				await expect(page.locator('.lang-switch')).toBeEnabled();
				await page.locator(p.ready).first().waitFor({ state: 'attached', timeout: 60_000 });
			}
			// The charts take their new width a frame or so after a resize: a problem must persist.
			await expect.poll(() => page.evaluate(findProblems), { message: `at ${width} px`, timeout: 10_000 }).toEqual([]);
		}
	});
}

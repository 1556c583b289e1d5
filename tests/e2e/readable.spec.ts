/**
 * Charts that read right, on every region page (where axe-core also finds no WCAG 2.2 violation) and on the municipality, provider and compare
 * pages, at desktop and phone width, once the figures have been computed: no chart text runs
 * past its drawing or its card (a grid that scrolls sideways in its own region may run past the
 * card), no chart label is cut off with "…", and no page text says NaN, undefined, Infinity or null.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const regions = readFileSync(new URL('../../data/cbs/regio_2025.csv', import.meta.url), 'utf8')
	.split('\n')
	.filter((line) => line.startsWith('jeugdregio,'))
	.map((line) => ({ id: line.split(',')[1]!, name: line.split(',').slice(2, -1).join(',').replace(/^"|"$/g, '') }));

const computed = '.panels-state[data-computed-by="browser"], .panels-state[data-computed-by="cube"]';
const others = [
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

/** Every chart at the phone's width, then a desktop's: one page load for both widths. */
async function checkBothWidths(page: Page, between: (width: number) => Promise<void> = async () => {}) {
	for (const width of [375, 1280]) {
		await page.setViewportSize({ width, height: 900 });
		// The charts take their new width a frame or so after a resize: a problem must persist.
		await expect.poll(() => page.evaluate(findProblems), { message: `at ${width} px`, timeout: 10_000 }).toEqual([]);
		await between(width);
	}
}

for (const p of others) {
	test(`charts read right on ${p.path}`, async ({ page }) => {
		// Opened on a phone: charts start at the prerendered width and must take the phone's.
		await page.setViewportSize({ width: 375, height: 900 });
		await page.goto(p.path, { waitUntil: 'domcontentloaded' });
		await expect(page.locator('.lang-switch')).toBeEnabled();
		await page.locator(p.ready).first().waitFor({ state: 'attached', timeout: 60_000 });
		await checkBothWidths(page);
	});
}

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };
/** axe-core's WCAG 2.2 A/AA violations on the page as it is now, one line each. */
async function axeViolations(page: Page, rules?: string[]): Promise<string[]> {
	if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
	const result = await page.evaluate(async (rules) => {
		const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<AxeResult> } }).axe;
		const runOnly = rules ? { type: 'rule', values: rules } : { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] };
		return axe.run(document, { runOnly });
	}, rules);
	return result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
}

// All 42 region pages, walked a few at a time inside the app (as a reader follows links), so
// DuckDB opens once per walk: the charts read right and axe finds nothing, with target sizes
// (WCAG 2.2) checked on the phone, where targets are smallest, and every rule on the desktop.
const walks = 6;
test.describe('every region page', () => {
	// axe is injected as an inline script, which the site's CSP (rightly) forbids.
	test.use({ bypassCSP: true });
	for (let w = 0; w < walks; w++) {
		const walk = regions.filter((_, i) => i % walks === w);
		test(`charts read right and axe finds nothing on ${walk.map((r) => r.id).join(', ')}`, async ({ page }) => {
			test.setTimeout(60_000 + walk.length * 30_000);
			await page.setViewportSize({ width: 375, height: 900 });
			for (const [i, region] of walk.entries()) {
				if (i === 0) {
					await page.goto(`/regio/${region.id}`, { waitUntil: 'domcontentloaded' });
					await expect(page.locator('.lang-switch')).toBeEnabled();
					// A chart out of view is not laid out (content-visibility: auto): the boxes axe
					// measures inside it are stale and overlap what follows. Readers scroll, and a chart
					// is laid out before it shows; here every chart is laid out at once instead.
					await page.addStyleTag({ content: 'figure.chart { content-visibility: visible !important; }' });
				} else {
					await page.setViewportSize({ width: 375, height: 900 });
					await page.evaluate((href) => {
						const a = Object.assign(document.createElement('a'), { href });
						document.body.append(a);
						a.click();
						a.remove();
					}, `/regio/${region.id}`);
				}
				// The heading and the panels' state change in one update: once the heading names
				// this region, the state is this region's.
				await expect(page.locator('h1')).toContainText(region.name);
				await page.locator(computed).first().waitFor({ state: 'attached', timeout: 60_000 });
				await checkBothWidths(page, async (width) => {
					const violations = await axeViolations(page, width === 375 ? ['target-size'] : undefined);
					expect(violations, `${region.id} at ${width} px`).toEqual([]);
				});
			}
		});
	}
});

/**
 * axe-core on every kind of page: zero WCAG 2.2 A/AA violations, after the browser has
 * computed the panels (so dynamic content is checked too).
 */
import { createRequire } from 'node:module';
import { test, expect } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
// axe is injected as an inline script, which the site's CSP (rightly) forbids.
test.use({ bypassCSP: true });

const routes = [
	{ path: '/', ready: 'h1' },
	{ path: '/regio/JZ12', ready: '.panels-state[data-computed-by="browser"]' },
	{ path: '/regio/JZ12?domein=wmo&gemeente=GM0243', ready: '.panels-state[data-computed-by="browser"]' },
	{ path: '/gemeente/GM0243', ready: '.panels-state[data-computed-by="browser"]' },
	{ path: '/eigen-data', ready: 'h1' },
	{ path: '/methode', ready: 'h1' },
	{ path: '/bronnen', ready: 'h1' }
];

for (const route of routes) {
	test(`no WCAG 2.2 A/AA violations on ${route.path}`, async ({ page }) => {
		await page.goto(route.path);
		await page.locator(route.ready).first().waitFor({ timeout: 60_000 });
		// Open every data table too: they are part of what users read.
		const toggles = page.getByRole('button', { name: 'Toon tabel' });
		for (let i = 0; i < 40 && (await toggles.count()) > 0; i++) await toggles.first().click();
		await page.addScriptTag({ path: axePath });
		const result = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
			return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
		});
		const summary = result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
		expect(summary).toEqual([]);
	});
}

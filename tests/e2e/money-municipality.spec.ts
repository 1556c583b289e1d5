/**
 * The real-money section of the municipality page (Harderwijk, GM0243): real figures first,
 * in the HTML before any script runs, against its region (Noord-Veluwe), the country and its
 * similar municipalities, per year from the address, and readable on a phone.
 */
import { createRequire } from 'node:module';
import { test, expect } from './fixtures';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const harderwijk = '/gemeente/GM0243';
/** The cells of a comparison row, as text with the non-breaking space of "€ 414" made plain. */
const cells = (html: string, indicator: string) => {
	const row = new RegExp(`<tr[^>]*data-indicator="${indicator}"[^>]*>(.*?)</tr>`, 's').exec(html)?.[1] ?? '';
	return [...row.matchAll(/<td[^>]*>(.*?)<\/td>/gs)].map((m) => m[1]!.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ').trim());
};

test('the prerendered page already has Harderwijk’s and Noord-Veluwe’s 2025 youth care per inhabitant', async ({ request }) => {
	const res = await request.get(harderwijk);
	expect(res.ok()).toBe(true);
	const html = await res.text();
	const [own, region] = cells(html, 'jeugdPerInhabitant');
	expect(own).toBe('€ 414');
	expect(region).toBe('€ 359');
	// Real figures come first: the section is above the demo divider and the demo comparison.
	expect(html.indexOf('id="geld-kop"')).toBeGreaterThan(0);
	expect(html.indexOf('id="geld-kop"')).toBeLessThan(html.indexOf('Hieronder: voorbeelddata (demo)'));
	expect(html.indexOf('Hieronder: voorbeelddata (demo)')).toBeLessThan(html.indexOf('data-testid="vergelijking"'));
});

test('Harderwijk is placed among its similar municipalities, which are named and listed', async ({ page }) => {
	await page.goto(harderwijk);
	const section = page.locator('section.money');
	await expect(section.getByRole('heading', { level: 2 })).toContainText('Geld en inkoop');
	await expect(page.getByTestId('geld-groep')).toContainText('25 gemeenten met 50.000 tot 100.000 inwoners die sterk stedelijk zijn');
	// Rank and spread, not only an average.
	const row = page.locator('[data-testid="geld-vergelijking"] tr[data-indicator="jeugdPerInhabitant"]');
	await expect(row).toContainText(/\d+e van 25/);
	await expect(row).toContainText('1 = meeste geld per inwoner');
	await expect(row).toContainText(/€\s392\s\(€\s353–€\s459\)/);
	// The list opens and links to a peer's own page.
	await section.getByText('Toon de 25 gemeenten').click();
	const almelo = section.getByRole('link', { name: 'Almelo' });
	await expect(almelo).toBeVisible();
	await expect(almelo).toHaveAttribute('href', '/gemeente/GM0141');
	// The dot strips: computed at build, the figure in the caption, the year in the source line.
	const chart = page.locator('figure#geld-vergelijkbaar');
	await expect(chart).toHaveAttribute('data-computed-by', 'build');
	await expect(chart.locator('.caption')).toContainText('Harderwijk € 414');
	await expect(chart.locator('.caption')).toContainText('van 25 vergelijkbare gemeenten');
	await expect(chart.locator('.source')).toContainText('2025, begroting');
	await expect(chart.locator('svg .self')).not.toHaveCount(0);
});

test('2023 from the address shows accounts against budget, and the year choice goes back', async ({ page }) => {
	await page.goto(`${harderwijk}?geldjaar=2023-jaarrekening`);
	await expect(page.getByRole('button', { name: '2023, jaarrekening' })).toHaveAttribute('aria-pressed', 'true');
	const diff = page.locator('[data-testid="geld-vergelijking"] tr[data-indicator="jeugdBudgetDiffShare"] td').first();
	await expect(diff).toHaveText('+6,8%');
	await expect(page.locator('[data-testid="geld-bedragen"] tr[data-amount="jeugdBudgetDiff"] td').first()).toHaveText('+€ 1,4 mln');
	// What the year lacks is said, not drawn as empty.
	await expect(page.getByTestId('geld-niet-in-jaar')).toContainText('pas vanaf 2025 in de begroting');
	await expect(page.locator('[data-testid="geld-vergelijking"] tr[data-indicator="shareLokaal"]')).toHaveCount(0);

	await page.getByRole('button', { name: '2024, begroting' }).click();
	await expect(page).toHaveURL(/\?geldjaar=2024-begroting$/);
	await expect(page.locator('[data-testid="geld-bedragen"] tr[data-amount="fundJeugd"] th')).toContainText('berekend');
	await expect(diff).toHaveCount(0);
	await page.goBack();
	await expect(page).toHaveURL(/\?geldjaar=2023-jaarrekening$/);
	await expect(page.locator('[data-testid="geld-vergelijking"] tr[data-indicator="jeugdBudgetDiffShare"] td').first()).toHaveText('+6,8%');
	// The newest year is the default and leaves the address clean.
	await page.getByRole('button', { name: '2025, begroting' }).click();
	await expect(page).toHaveURL(new RegExp(`${harderwijk}$`));
});

test.describe('on a 375 px phone', () => {
	// axe is injected as an inline script, which the site's CSP (rightly) forbids.
	test.use({ viewport: { width: 375, height: 800 }, bypassCSP: true });

	test('the page does not scroll sideways, not even with the chart’s wide table open, and the section passes axe', async ({ page }) => {
		await page.goto(harderwijk);
		await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated: the table button works
		const chart = page.locator('figure#geld-vergelijkbaar');
		await chart.scrollIntoViewIfNeeded();
		await expect(chart.locator('svg')).toBeVisible();
		const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(await sideways()).toBeLessThanOrEqual(0);
		await chart.getByRole('button', { name: 'Toon tabel' }).click();
		await expect(chart.getByRole('region')).toContainText('Almelo');
		expect(await sideways()).toBeLessThanOrEqual(0);

		await page.addScriptTag({ path: axePath });
		const violations = await page.evaluate(async () => {
			const axe = (window as unknown as { axe: { run: (ctx: object, opts: object) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
			const result = await axe.run({ include: [['section.money'], ['.demo-divider']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
			return result.violations.map((v) => `${v.id} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`);
		});
		expect(violations).toEqual([]);
	});
});

import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// Hand-worked in src/lib/metrics/money.test.ts: Harderwijk 2025 begroting, jeugd € 414.34 and
// Wmo € 275.95 per inhabitant, PGB share Wmo 6.638%; 2023 accounts vs budget, jeugd +6.779%.
const harderwijk = (page: Page) => page.locator('#geldkaart path.municipality[data-code="GM0243"] title');
const hydrated = (page: Page) => expect(page.locator('.lang-switch')).toBeEnabled();

test('the prerendered home page already holds the national map and its figures', async ({ request }) => {
	const html = await (await request.get('/')).text();
	expect(html).toContain('id="geldkaart"');
	expect(html).toMatch(/<figure class="chart" id="geldkaart"[^>]*data-computed-by="build"/);
	expect(html.match(/class="municipality/g)).toHaveLength(342);
	// The default map: youth care per inhabitant, 2025 budget; the country in the caption.
	expect(html).toMatch(/Jeugdhulp per inwoner, per gemeente \(2025, begroting\)/);
	expect(html).toMatch(/In heel Nederland: €\s364 per inwoner\. Per jeugdregio van €\s\d+ \([^)]+\) tot €\s\d+ \([^)]+\)\./);
	expect(html).toMatch(/<title>Harderwijk: €\s414 per inwoner<\/title>/);
	expect(html).toContain('echte cijfers van het CBS');
	// No tab stop per municipality; the region table stays, its procurement column marked demo.
	expect(html).not.toMatch(/<path class="municipality[^>]*tabindex/);
	expect(html).toMatch(/Inkooptrajecten <span class="badge demo">demo<\/span>/);
	expect(html).not.toContain('NaN');
});

test('the national map adds no tab stops: Tab goes from its figure buttons to its table toggle', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	await page.getByRole('button', { name: 'Pgb-aandeel Wmo' }).focus();
	for (let i = 0; i < 4; i++) {
		await page.keyboard.press('Tab');
		if (await page.locator('#geldkaart').getByRole('button', { name: 'Toon tabel' }).evaluate((b) => b === document.activeElement)) break;
	}
	// At most the figure buttons after it lie between: no municipality takes the focus.
	await expect(page.locator('#geldkaart').getByRole('button', { name: 'Toon tabel' })).toBeFocused();
});

test('the home map changes metric via the URL', async ({ page }) => {
	await page.goto('/?geld=pgbShareWmo&geldjaar=2025-begroting');
	await hydrated(page);
	const frame = page.locator('#geldkaart');
	await expect(page.getByRole('button', { name: 'Pgb-aandeel Wmo' })).toHaveAttribute('aria-pressed', 'true');
	await expect(page.getByRole('button', { name: '2025, begroting' })).toHaveAttribute('aria-pressed', 'true');
	await expect(frame.locator('h3')).toHaveText('Pgb-aandeel Wmo, per gemeente (2025, begroting)');
	await expect(frame.locator('.legend-title')).toHaveText('% pgb van Wmo-maatwerk');
	await expect(harderwijk(page)).toHaveText('Harderwijk: 6,6%');
	await expect(frame.locator('.caption')).toContainText('In heel Nederland: 7,8%.');
	await expect(page.locator('.notice')).toHaveCount(0);
});

test('in English too, with the URL choice kept when switching', async ({ page }) => {
	await page.goto('/?lang=en&geld=wmoPerInhabitant');
	await hydrated(page);
	const frame = page.locator('#geldkaart');
	await expect(frame.locator('h3')).toHaveText('Wmo per inhabitant, per municipality (2025, budget)');
	await expect(harderwijk(page)).toHaveText('Harderwijk: €276 per inhabitant');
	await expect(frame.locator('.caption')).toContainText('The Netherlands as a whole: €277 per inhabitant.');
	await page.getByRole('button', { name: '2024, budget' }).click();
	await expect(page).toHaveURL(/\?lang=en&geld=wmoPerInhabitant&geldjaar=2024-begroting$/);
	await expect(frame.locator('h3')).toHaveText('Wmo per inhabitant, per municipality (2024, budget)');
});

test('the buttons write the choice into the URL, and back restores the previous map', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const frame = page.locator('#geldkaart');
	const fill = () => page.locator('#geldkaart path.municipality[data-code="GM0243"]').getAttribute('fill');
	await expect(harderwijk(page)).toHaveText(/^Harderwijk: €\s414 per inwoner$/);
	const jeugdFill = await fill();
	const jeugdCaption = await frame.locator('.caption').textContent();

	await page.getByRole('button', { name: 'Wmo per inwoner' }).click();
	await expect(page).toHaveURL(/\/\?geld=wmoPerInhabitant&geldjaar=2025-begroting$/);
	await expect(harderwijk(page)).toHaveText(/^Harderwijk: €\s276 per inwoner$/);
	await expect(frame.locator('.caption')).not.toHaveText(jeugdCaption!);
	// The chosen button again: no second history entry (one back still returns to the start).
	await page.getByRole('button', { name: 'Wmo per inwoner' }).click();

	await page.getByRole('button', { name: 'Pgb-aandeel Wmo' }).click();
	await expect(page).toHaveURL(/\?geld=pgbShareWmo&geldjaar=2025-begroting$/);
	await expect(harderwijk(page)).toHaveText('Harderwijk: 6,6%');
	expect(await fill()).not.toBe(jeugdFill);

	await page.goBack();
	await expect(page).toHaveURL(/\?geld=wmoPerInhabitant&geldjaar=2025-begroting$/);
	await expect(page.getByRole('button', { name: 'Wmo per inwoner' })).toHaveAttribute('aria-pressed', 'true');
	await expect(harderwijk(page)).toHaveText(/^Harderwijk: €\s276 per inwoner$/);
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(harderwijk(page)).toHaveText(/^Harderwijk: €\s414 per inwoner$/);
	await expect(frame.locator('.caption')).toHaveText(jeugdCaption!);
	expect(await fill()).toBe(jeugdFill);
});

test('a figure the year does not have falls back, with a notice', async ({ page }) => {
	await page.goto('/?geld=jeugdBudgetDiffShare&geldjaar=2025-begroting');
	await hydrated(page);
	await expect(page.locator('.notice')).toHaveText('‘Jeugdhulp: uitgegeven t.o.v. begroot’ is er niet voor 2025, begroting. De kaart toont nu: Jeugdhulp per inwoner.');
	await expect(page.getByRole('button', { name: 'Jeugdhulp per inwoner' })).toHaveAttribute('aria-pressed', 'true');
	await expect(harderwijk(page)).toHaveText(/^Harderwijk: €\s414 per inwoner$/);

	// The year that has it: the figure comes back, negative classes and all, without the notice.
	await page.getByRole('button', { name: '2023, jaarrekening' }).click();
	await expect(page).toHaveURL(/\?geld=jeugdBudgetDiffShare&geldjaar=2023-jaarrekening$/);
	await expect(page.locator('.notice')).toHaveCount(0);
	await expect(harderwijk(page)).toHaveText('Harderwijk: +6,8%');
	const legend = page.locator('#geldkaart .legend');
	await expect(legend.locator('.legend-item').first()).toHaveText(/^< [-−]\d+%$/);
	await expect(legend).not.toContainText('NaN');
});

test('every year and figure draws a legend without NaN, and a tap shows a municipality with a link', async ({ page }) => {
	await page.goto('/');
	await hydrated(page);
	const legend = page.locator('#geldkaart .legend');
	for (const year of ['2025, begroting', '2024, begroting', '2023, jaarrekening', '2023, begroting']) {
		await page.getByRole('button', { name: year, exact: true }).click();
		const figures = page.getByRole('group', { name: 'Kies een cijfer voor de kaart' }).getByRole('button');
		for (let i = 0; i < (await figures.count()); i++) {
			await figures.nth(i).click();
			await expect(figures.nth(i)).toHaveAttribute('aria-pressed', 'true');
			await expect(legend.locator('.legend-item').first()).toBeVisible();
			expect(await legend.textContent(), `${year} ${await figures.nth(i).textContent()}`).not.toMatch(/NaN|undefined/);
			expect(await page.locator('#geldkaart .caption').textContent()).not.toMatch(/NaN|undefined/);
		}
	}

	await page.locator('#geldkaart path.municipality[data-code="GM0243"]').click();
	const readout = page.locator('#geldkaart .readout');
	await expect(readout).toContainText('Harderwijk (Noord-Veluwe)');
	await expect(readout.getByRole('link', { name: 'Naar Harderwijk' })).toHaveAttribute('href', /\/gemeente\/GM0243$/);
	// The same figures without the map: the table lists all 342 municipalities with their region.
	await page.locator('#geldkaart').getByRole('button', { name: /tabel/i }).click();
	await expect(page.locator('#geldkaart-table tbody tr')).toHaveCount(342);
	await expect(page.locator('#geldkaart-table tbody tr', { hasText: 'Harderwijk' })).toContainText('Noord-Veluwe');
});

test.describe('phone', () => {
	test.use({ viewport: { width: 375, height: 812 } });
	test('the home map fits a 375 px screen without sideways scrolling', async ({ page }) => {
		await page.goto('/?geld=jeugdBudgetDiffShare&geldjaar=2023-jaarrekening');
		await hydrated(page);
		await expect(harderwijk(page)).toHaveText('Harderwijk: +6,8%');
		const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
		expect(overflow).toBeLessThanOrEqual(0);
		const box = await page.locator('#geldkaart svg').first().boundingBox();
		expect(box!.width).toBeLessThanOrEqual(375);
		expect(box!.width).toBeGreaterThan(300);
	});
});

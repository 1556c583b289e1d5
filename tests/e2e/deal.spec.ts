/**
 * The deal page /inkoop/[id] (issue 20): reached from the region page's timeline and lot chart,
 * the municipality page and the home search; its summary; "what it means for my municipality"
 * following the URL; the sortable similar deals; zero axe violations.
 */
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const DEAL = 'demo-JZ12-jeugd-2024';
const TITLE = 'Jeugdhulp Noord-Veluwe 2024–2029';
const hydrated = (page: Page) => expect(page.locator('.lang-switch')).toBeEnabled();

test('opens a deal from the region timeline, switches the municipality and sees the figures and the URL follow', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await hydrated(page);
	await page.locator('#tijdlijn').getByRole('link', { name: TITLE }).click();
	await expect(page).toHaveURL(new RegExp(`/inkoop/${DEAL}$`));
	await expect(page.getByRole('heading', { level: 1 })).toContainText(TITLE);
	await hydrated(page);

	const select = page.getByLabel('Gemeente', { exact: true });
	const care = page.getByTestId('care-caption');
	const money = page.getByTestId('money-table');
	await expect(select).toHaveValue('GM0230'); // Elburg: the first participant
	await expect(care).toContainText('In Elburg hebben');
	const wait = page.getByTestId('care-table').locator('tbody tr').first().locator('td').nth(3);
	await expect(wait).toHaveText('8,4 wk'); // Elburg's median wait at these providers (hand-checked in the data)
	const before = { care: await care.textContent(), money: await money.locator('tbody td').first().textContent() };

	await select.selectOption('GM0243');
	await expect(page).toHaveURL(/\?gemeente=GM0243$/);
	await expect(care).toContainText('In Harderwijk hebben');
	await expect(page.getByTestId('care-table').locator('thead')).toContainText('Met locatie in Harderwijk');
	// Harderwijk's real CBS Iv3 youth-care spending (2025 budget), not Elburg's.
	await expect(money.locator('tbody td').first()).toHaveText('€ 20,7 mln');
	await expect(wait).toHaveText('6,7 wk');
	expect(await care.textContent()).not.toBe(before.care);
	expect(await money.locator('tbody td').first().textContent()).not.toBe(before.money);

	// The choice is in the address: a reload (or a shared link) shows Harderwijk again.
	await page.reload();
	await hydrated(page);
	await expect(select).toHaveValue('GM0243');
	await expect(care).toContainText('In Harderwijk hebben');
	// Back leaves the choice.
	await page.goBack();
	await expect(page).toHaveURL(new RegExp(`/inkoop/${DEAL}$`));
	await expect(care).toContainText('In Elburg hebben');
});

test('the summary says in plain words who bought what, how, how long, and which signals fire', async ({ page }) => {
	await page.goto(`/inkoop/${DEAL}`);
	const summary = page.getByTestId('deal-summary');
	await expect(summary).toContainText('Noord-Veluwe koopt jeugdhulp in voor 7 gemeenten.');
	await expect(summary).toContainText('Dat gaat via open house: elke aanbieder die aan de eisen voldoet, mag meedoen.');
	await expect(summary).toContainText('Aanbieders krijgen inspanningsgericht betaald: per uur of per dag zorg.');
	await expect(summary).toContainText('De inkoop is verdeeld in 7 percelen: delen, elk voor één soort zorg.');
	await expect(summary).toContainText('Verlengen kan met 2 jaar, tot uiterlijk 31 december 2028.');
	await expect(summary).toContainText('met verlengingen loopt het traject 5 jaar (grens: meer dan 4 jaar)');
	await expect(summary.getByRole('link', { name: 'Uitleg van dit signaal' }).first()).toHaveAttribute('href', /\/methode#signaal-/);
	const text = (await page.locator('main').textContent()) ?? '';
	expect(text).not.toMatch(/undefined|NaN|\bnull\b|Infinity/);
	// Demo, said on the page and beside the figures; the CBS money is marked real.
	await expect(page.getByRole('heading', { level: 1 }).locator('.badge.demo')).toBeVisible();
	await expect(page.getByText('Dit traject is verzonnen voorbeelddata (demo).')).toBeVisible();
	await expect(page.locator('#geld-kop .badge.real')).toBeVisible();
	// The print part of issue 20 builds on these two marks.
	await expect(page.locator('[data-print-first] #samenvatting')).toHaveCount(1);
	await expect(page.locator('[data-print-first] #mijn-gemeente')).toHaveCount(1);
	// The timeline marks "now".
	await expect(page.locator('#traject-tijdlijn .today')).toContainText('nu (peildatum)');
});

test('similar deals sort by a column, and link to their own pages', async ({ page }) => {
	await page.goto(`/inkoop/${DEAL}`);
	await hydrated(page);
	const table = page.getByTestId('similar-table');
	await expect(table.locator('tbody tr').first()).toContainText('(dit traject)');
	const header = table.locator('thead th').nth(3);
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'ascending');
	const counts = async () => (await table.locator('tbody tr td:nth-child(4)').allTextContents()).map((t) => Number(t.replace(/\./g, '')));
	const asc = await counts();
	expect(asc).toEqual([...asc].sort((a, b) => a - b));
	await header.getByRole('button').click();
	await expect(header).toHaveAttribute('aria-sort', 'descending');
	const desc = await counts();
	expect(desc).toEqual([...desc].sort((a, b) => b - a));
	expect(desc[0]).toBeGreaterThan(desc[desc.length - 1]!);
	const other = table.locator('tbody a').first();
	const href = await other.getAttribute('href');
	await other.click();
	await expect(page).toHaveURL(new RegExp(`${href}$`));
	await expect(page.getByTestId('deal-summary')).toBeVisible();
});

test('the region lot chart, the municipality page and the home search lead to deal pages', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await expect(page.locator('#percelen').getByRole('link', { name: TITLE })).toHaveAttribute('href', `/inkoop/${DEAL}`);
	await page.goto('/gemeente/GM0243');
	await expect(page.locator('section[aria-labelledby="trajecten-kop"]').getByRole('link', { name: TITLE })).toHaveAttribute('href', `/inkoop/${DEAL}`);
	await page.goto('/');
	await hydrated(page);
	await page.getByLabel('Zoek een gemeente of regio').fill('Dromo Opvoedhulp');
	const found = page.locator('ul[aria-labelledby="gevonden-trajecten"]');
	await expect(found.getByRole('link').first()).toBeVisible();
	await expect(found).toContainText('aanbieder met contract: Dromo Opvoedhulp');
	await page.getByLabel('Zoek een gemeente of regio').fill('Noord-Veluwe 2024');
	await found.getByRole('link', { name: TITLE }).click();
	await expect(page).toHaveURL(new RegExp(`/inkoop/${DEAL}$`));
});

test('the deal page fits a 375 px phone', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto(`/inkoop/${DEAL}?gemeente=GM0243`);
	await hydrated(page);
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
test.describe('axe', () => {
	test.use({ bypassCSP: true });
	for (const path of [`/inkoop/${DEAL}?gemeente=GM0243`, '/inkoop/demo-JZ12-wmo-2022']) {
		test(`no WCAG 2.2 A/AA violations on ${path}`, async ({ page }) => {
			await page.goto(path);
			await hydrated(page);
			const toggles = page.getByRole('button', { name: 'Toon tabel' });
			for (let i = 0; i < 10 && (await toggles.count()) > 0; i++) await toggles.first().click();
			await page.addScriptTag({ path: axePath });
			const result = await page.evaluate(async () => {
				const axe = (window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }> } }).axe;
				return axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } });
			});
			expect(result.violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length}×, e.g. ${v.nodes[0]?.target.join(' ')})`)).toEqual([]);
		});
	}
});

/**
 * The parent in Harderwijk looking for youth mental-health care (issue 18): every wait carries its
 * month and, when it is of 2018, a plain warning to ask the provider; every provider has a next
 * step (its own page, or why there is none, and how the care is reached); on a 375 px phone the
 * header leaves room for the page and the comparison shows, or points to, every provider.
 */
import { test, expect } from './fixtures';
import type { Locator, Page } from '@playwright/test';

const ACCARE = 'nza-6000020';
const listReady = (page: Page) => expect(page.locator('.results-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
const hydrated = (page: Page) => expect(page.locator('.lang-switch')).toBeEnabled();
/** No broken value ever reaches the page text. */
const noJunk = async (page: Page) => expect(await page.locator('main').innerText()).not.toMatch(/\b(NaN|undefined|null|Infinity)\b/);
const OLD = /Dit was de wachttijd in (februari|maart) 2018, niet die van nu: vraag de aanbieder hoe lang u nu moet wachten\./;

test('a 2018 wait shows its month and a warning beside it, in the list, the profile and the comparison', async ({ page }) => {
	await page.goto(`/aanbieders?gemeente=GM0243&zorgsoort=ggz-jeugd`);
	await hydrated(page);
	await listReady(page);
	// The months come from the rows (NZa reference dates), not from a sentence written once.
	await expect(page.locator('.source-note')).toContainText(/De wachttijden zijn van (februari 2018 en maart 2018|maart 2018), niet van nu\./);
	const accare = page.locator(`.provider[data-provider="${ACCARE}"]`);
	const wait = accare.locator('.wait dd');
	await expect(wait).toContainText(/\d+ wk, in februari 2018/);
	await expect(wait.locator('.old-wait')).toHaveText(OLD);
	// Every provider with a figure has its warning; those without a figure have none to date.
	const withFigure = page.locator('.provider .wait dd:has(strong)');
	await expect(withFigure.locator('.old-wait')).toHaveCount(await withFigure.count());
	await noJunk(page);

	await accare.locator('h3 a').click();
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.locator('.source-note')).toContainText('de wachttijden zijn van februari 2018, niet van nu.');
	const row = page.locator('tr[data-category="ggz-jeugd"] td');
	await expect(row).toContainText(/\d+ wk, in februari 2018/);
	await expect(row.locator('.old-wait')).toHaveText(OLD);
	// One measurement is not a trend: the figures, dated, and no chart with a time axis in days.
	await expect(page.locator('.wait-figures li[data-category="ggz-jeugd"]')).toContainText(/\d+ wk in februari 2018/);
	await expect(page.locator('figure[id^="trend-"]')).toHaveCount(0);
	await noJunk(page);

	await page.goto(`/aanbieders/vergelijk?ids=${ACCARE},nza-6074030&gemeente=GM0243&zorgsoort=ggz-jeugd`);
	await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
	const cells = page.locator('tr[data-category="ggz-jeugd"] td');
	await expect(cells).toHaveCount(2);
	for (const cell of await cells.all()) {
		await expect(cell).toContainText(/\d+ wk, in (februari|maart) 2018/);
		await expect(cell.locator('.old-wait')).toHaveText(OLD);
	}
	await noJunk(page);
});

/** The link to the provider's own site: https, a new tab, no opener, and it says so. */
async function expectProviderLink(link: Locator, host: RegExp) {
	await expect(link).toHaveAttribute('href', host);
	await expect(link).toHaveAttribute('target', '_blank');
	await expect(link).toHaveAttribute('rel', 'noopener noreferrer');
	await expect(link.locator('xpath=..')).toContainText('opent de website van de aanbieder');
}

test('a real NZa provider links to its own waiting-time page, and says how youth mental-health care is reached', async ({ page }) => {
	await page.goto(`/aanbieders?gemeente=GM0243&zorgsoort=ggz-jeugd`);
	await hydrated(page);
	await listReady(page);
	const next = page.locator(`.provider[data-provider="${ACCARE}"] .next dd`);
	await expectProviderLink(next.getByRole('link', { name: 'Wachttijden op de website van Accare' }), /^https:\/\/www\.accare\.nl\//);
	await expect(next.locator('.route')).toHaveText(
		'Voor ggz voor kinderen en jongeren gaat u naar de huisarts, de jeugdarts of het wijkteam van de gemeente Harderwijk.'
	);
	// Every link in the list goes to a web page of a provider, never elsewhere.
	for (const href of await page.locator('a.provider-site').evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^https?:\/\/[^/]+/);

	// The profile: a next step before the figures, the same page.
	await page.goto(`/aanbieder?id=${ACCARE}&gemeente=GM0243&zorgsoort=ggz-jeugd`);
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	const step = page.locator('section:has(> h2#volgende-stap)');
	await expectProviderLink(step.locator('a.provider-site').first(), /^https:\/\/www\.accare\.nl\//);
	await expect(step.locator('.route').first()).toContainText('de huisarts, de jeugdarts of het wijkteam van de gemeente Harderwijk');

	// Adult ggz goes through the huisarts.
	await page.goto('/aanbieders?gemeente=GM0243&zorgsoort=ggz-volwassenen');
	await listReady(page);
	await expect(page.locator('.provider .route').first()).toHaveText('Voor ggz gaat u eerst naar uw huisarts: die verwijst u door.');
});

test('a demo provider says plainly it has no website, and youth care and Wmo name the wijkteam and the Wmo-loket', async ({ page }) => {
	await page.goto('/aanbieders?gemeente=GM0243&zorgsoort=45');
	await hydrated(page);
	await listReady(page);
	const first = page.locator('.provider').first();
	await expect(first.locator('.badge.demo')).toBeVisible();
	await expect(first.locator('.next .no-site')).toHaveText('Dit is een verzonnen aanbieder: er is geen website om naar toe te gaan.');
	await expect(page.locator('.provider-list a.provider-site')).toHaveCount(0);
	await expect(first.locator('.next .route')).toHaveText(
		'Jeugdhulp vraagt u aan bij het wijkteam of jeugdteam van de gemeente Harderwijk; de huisarts kan u ook doorverwijzen.'
	);
	// This month's demo wait is today's: no warning.
	await expect(page.locator('.provider .old-wait')).toHaveCount(0);

	const demoId = await first.getAttribute('data-provider');
	await page.goto(`/aanbieder?id=${demoId}&gemeente=GM0243&zorgsoort=45`);
	await expect(page.locator('.profile-state')).toHaveAttribute('data-phase', 'gevonden', { timeout: 60_000 });
	await expect(page.locator('section:has(> h2#volgende-stap) .no-site')).toContainText('verzonnen aanbieder');
	await noJunk(page);

	await page.goto('/aanbieders?gemeente=GM0243&zorgsoort=02');
	await listReady(page);
	await expect(page.locator('.provider .route').first()).toHaveText(
		'Wmo-ondersteuning vraagt u aan bij het Wmo-loket of het wijkteam van de gemeente Harderwijk.'
	);
});

test.describe('on a 375 px phone', () => {
	test.use({ viewport: { width: 375, height: 812 } });

	test('the header and banner stay under a third of the first screen', async ({ page }) => {
		for (const path of ['/aanbieders', `/aanbieder?id=${ACCARE}`, '/']) {
			await page.goto(path);
			await hydrated(page);
			const header = await page.locator('header.site').boundingBox();
			expect(header!.height, path).toBeLessThan(812 / 3);
			const h1 = await page.getByRole('heading', { level: 1 }).first().boundingBox();
			expect(h1!.y, path).toBeLessThan(812 / 3);
			// The demo label is still there, in short.
			await expect(page.locator('.demo-banner')).toContainText('verzonnen');
		}
	});

	test('the comparison shows both providers or says the table scrolls, with the row labels kept in view', async ({ page }) => {
		await page.goto(`/aanbieders/vergelijk?ids=${ACCARE},nza-6074030&gemeente=GM0243&zorgsoort=ggz-jeugd`);
		await hydrated(page);
		await expect(page.locator('.compare-state')).toHaveAttribute('data-ready', 'true', { timeout: 60_000 });
		const second = page.locator('table.compare thead th').nth(1);
		const box = await second.boundingBox();
		const fits = box!.x + box!.width <= 375;
		if (!fits) {
			await expect(page.locator('.scroll-hint')).toHaveText('Schuif de tabel opzij om beide aanbieders te zien →');
			// Scrolling the table brings the second provider into view while the labels stay.
			const scroller = page.locator('.compare-scroll');
			await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
			const after = await second.boundingBox();
			expect(after!.x + after!.width).toBeLessThanOrEqual(376);
			const label = await page.getByRole('rowheader', { name: 'Bron' }).boundingBox();
			expect(label!.x).toBeGreaterThanOrEqual(0);
			expect(label!.x).toBeLessThan(40);
		} else {
			// Both fit: no hint that would send the reader looking for more.
			await expect(page.locator('.scroll-hint')).toHaveCount(0);
		}
		// No page-wide sideways scroll: only the table scrolls.
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
	});

	test('table headers wrap between words, never inside one', async ({ page }) => {
		const pages = [
			{ path: `/aanbieders/vergelijk?ids=${ACCARE},nza-6074030&gemeente=GM0243&zorgsoort=ggz-jeugd`, ready: page.locator('.compare-state[data-ready="true"]') },
			{ path: `/aanbieder?id=${ACCARE}&gemeente=GM0243&zorgsoort=ggz-jeugd`, ready: page.locator('.profile-state[data-phase="gevonden"]') }
		];
		for (const { path, ready } of pages) {
			await page.goto(path);
			await hydrated(page);
			await expect(ready).toBeAttached({ timeout: 60_000 });
			const split = await page.locator('main th, main dt').evaluateAll((cells) => {
				const out: string[] = [];
				for (const cell of cells) {
					const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
					for (let n = walker.nextNode(); n; n = walker.nextNode()) {
						// Parts between spaces and hyphens or dashes: a line may end after a hyphen, not inside a part.
						for (const m of (n.textContent ?? '').matchAll(/[^\s\-–—/]+/g)) {
							const r = document.createRange();
							r.setStart(n, m.index!);
							r.setEnd(n, m.index! + m[0].length);
							const lines = new Set([...r.getClientRects()].filter((b) => b.width > 0).map((b) => Math.round(b.top)));
							if (lines.size > 1) out.push(m[0]);
						}
					}
				}
				return out;
			});
			expect(split, path).toEqual([]);
		}
	});
});

/**
 * Provenance follows the rows: after a user loads their own deal, every figure that uses it says
 * "uw gegevens" with the file names and the time they were loaded (badges, source lines, CSV name
 * and `bron` column, the provider finder and profile), and figures still on demo data say demo.
 * The user's data live only in this tab, so the test moves between pages by clicking links.
 */
import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';
import { csv, ownDeal, ownDealFiles } from './own-deal';

/** Follow an in-site link the way a click on the page would (a reload would empty the tab's data). */
async function go(page: Page, path: string) {
	await page.evaluate((href) => {
		const a = Object.assign(document.createElement('a'), { href });
		document.body.append(a);
		a.click();
	}, path);
	await expect(page).toHaveURL(new RegExp(path.replace(/[?]/g, '\\?')));
}

/** Load the user's deal on /eigen-data (Dutch). */
async function loadOwnDeal(page: Page) {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles(ownDeal);
	await expect(page.locator('section.report[data-file="contracts.csv"]')).toContainText('Geladen: 1 rij in contracts.');
}

test('figures from the user’s own files are labelled as theirs, demo figures still as demo', async ({ page }) => {
	await loadOwnDeal(page);

	// The site-wide demo banner gave way to one that says what is still made up.
	await expect(page.locator('.demo-banner')).toHaveCount(0);
	await expect(page.locator('.user-banner')).toContainText('Wachttijden buiten de ggz zijn nog verzonnen voorbeelddata (demo).');

	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });

	// The contract figures: the user's badge, their files and load time in the source line, no demo label.
	const timeline = page.locator('figure#tijdlijn');
	await expect(timeline.locator('.chart-head .badge')).toHaveText(['uw gegevens']);
	const line = timeline.locator('figcaption.source');
	await expect(line).toContainText(`Uw gegevens: ${ownDealFiles}, geladen`);
	await expect(line).toContainText(/geladen \d{1,2} \w+ 20\d\d( om)? \d\d:\d\d/);
	await expect(line).not.toContainText('verzonnen');
	await expect(line.getByRole('link', { name: 'Uw gegevens' })).toHaveAttribute('href', /\/eigen-data$/);

	// The demo waits stayed: that chart is still demo, not the user's.
	const waits = page.locator('figure#wachttijd-per-zorgsoort');
	await expect(waits.locator('.chart-head .badge')).toHaveText(['demo']);
	await expect(waits.locator('figcaption.source')).toContainText('Demodata');

	// Tiles and the divider say whose figures they are.
	await expect(page.locator('[data-headline="lokaal"] .badge')).toHaveText('uw gegevens');
	await expect(page.locator('[data-headline="wachttijd"] .badge')).toHaveText('demo');
	await expect(page.locator('#demo-deel')).toHaveText(/uw gegevens en voorbeelddata/);
	await expect(page.locator('.data-divider')).toContainText(`uw eigen bestanden (${ownDealFiles}) voor contracten en aanbieders`);
	await expect(page.locator('.data-divider')).toContainText('Voor wachttijden buiten de ggz, gebruik en pgb blijft het verzonnen voorbeelddata (demo).');

	// A download keeps the provenance: named for the user's data, `bron` naming the files.
	const [download] = await Promise.all([page.waitForEvent('download'), timeline.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toMatch(/-eigen-data\.csv$/);
	expect(download.suggestedFilename()).not.toContain('-demo');
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text).toContain(`Uw gegevens: ${ownDealFiles}, geladen`);
	expect(text).not.toContain('DEMO');

	// The provider finder: the user's provider is badged as theirs, under a note that says so.
	await go(page, '/aanbieders?gemeente=GM0243&zorgsoort=45');
	const results = page.locator('section.results');
	await expect(results.locator('.source-note')).toContainText('Deze aanbieders en contracten komen uit uw eigen bestanden');
	await expect(results.locator('.source-note')).not.toContainText('verzonnen voorbeelddata op de echte');
	const provider = results.locator('li.provider[data-provider="p1"]');
	await expect(provider.locator('h3 .badge')).toHaveText('uw gegevens');
	await expect(provider).not.toContainText('NZa 2018');

	// Its profile says where it comes from: not the NZa 2018 list, not made up.
	await provider.getByRole('link', { name: 'Zorg Oost' }).click();
	await expect(page.locator('h1')).toHaveText('Zorg Oost');
	await expect(page.locator('.profile-head .badge')).toHaveText('uw gegevens');
	await expect(page.locator('.source-note')).toContainText('Deze aanbieder komt uit uw eigen bestanden');
	await expect(page.locator('main')).not.toContainText('NZa');
	await expect(page.locator('main')).not.toContainText('Verzonnen voorbeeldaanbieder');
});

test('the user’s deal opens on its own page, computed in the browser, and after a reload says how to get it back', async ({ page }) => {
	await loadOwnDeal(page);
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });

	// No prerendered page exists for it (that would be a 404): the link leads to the browser-computed one.
	const link = page.locator('p.drill').getByRole('link', { name: 'Jeugdhulp NV' }).first();
	await expect(link).toHaveAttribute('href', '/inkoop/eigen?id=NV-1');
	await expect(page.locator('a[href^="/inkoop/demo-"]')).toHaveCount(0);
	await link.click();
	await expect(page.locator('h1')).toContainText('Jeugdhulp NV');
	await expect(page.locator('h1 .badge')).toHaveText('uw gegevens');
	await expect(page.locator('main')).not.toContainText('demo)');
	await expect(page.locator('.demo-note')).toContainText(`Dit traject komt uit bestanden die u zelf laadde. Uw browser berekende deze pagina; er ging niets naar een server. Bron: Uw gegevens: ${ownDealFiles}, geladen`);
	// The same summary and "what it means" as a site deal, from the user's rows.
	await expect(page.getByTestId('deal-summary')).toContainText('Noord-Veluwe koopt jeugdhulp in voor 1 gemeente: Harderwijk.');
	await expect(page.getByTestId('deal-summary')).toContainText('Er schreven 3 aanbieders in. Zorg Oost heeft het contract.');
	await expect(page.getByLabel('Gemeente', { exact: true })).toHaveValue('GM0243');
	await expect(page.getByTestId('care-table')).toContainText('1');
	await expect(page.getByTestId('money-table')).toBeVisible();
	await expect(page.locator('figure#traject-percelen figcaption.source')).toContainText(`Uw gegevens: ${ownDealFiles}, geladen`);

	// The municipality page lists the user's deals in place of the site's.
	await page.locator('.means-money').getByRole('link', { name: 'Meer geldcijfers van Harderwijk' }).click();
	const deals = page.locator('section[aria-labelledby="trajecten-kop"]');
	await expect(deals.locator('h2 .badge')).toHaveText('uw gegevens');
	await expect(deals.getByRole('link')).toHaveCount(1);
	await expect(deals.getByRole('link', { name: 'Jeugdhulp NV' })).toHaveAttribute('href', '/inkoop/eigen?id=NV-1');
	await deals.getByRole('link', { name: 'Jeugdhulp NV' }).click();
	await expect(page.locator('h1')).toContainText('Jeugdhulp NV');

	// The files lived in that tab only: a reload says so and where to load them again.
	await page.reload();
	await expect(page.locator('.own-deal-state')).toHaveAttribute('data-phase', 'niet-geladen');
	await expect(page.locator('.own-deal-state')).toContainText('zijn weg na herladen');
	await expect(page.locator('.own-deal-state').getByRole('link', { name: 'naar Eigen data' })).toHaveAttribute('href', '/eigen-data');
});

test('in English the user’s figures say “your data”', async ({ page }) => {
	await page.goto('/eigen-data?lang=en');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Choose one or more files (CSV or JSON)').setInputFiles(ownDeal);
	await expect(page.locator('section.report[data-file="contracts.csv"]')).toContainText('Loaded: 1 row in contracts.');
	await page.getByRole('link', { name: 'View the region with your data' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	const line = page.locator('figure#tijdlijn figcaption.source');
	await expect(line).toContainText(`Your data: ${ownDealFiles}, loaded`);
	await expect(page.locator('figure#tijdlijn .chart-head .badge')).toHaveText(['your data']);
});

test('the user’s own waits replace the demo waits in the tile, the trend and the lens, labelled as theirs', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([
		ownDeal[0]!, // providers.csv: p1 Zorg Oost
		csv('waitingTimes.csv', 'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks\np1,L1,45,,GM0243,2026-09,12\np1,L1,45,,GM0243,2026-10,6\n')
	]);
	await expect(page.locator('section.report[data-file="waitingTimes.csv"]')).toContainText('Geladen: 2 rijen in waitingTimes.');
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });

	// One of the two provider-months is over the 8-week norm: the tile is the user's, not demo.
	const tile = page.locator('[data-headline="wachttijd"]');
	await expect(tile.locator('strong')).toHaveText('50%');
	await expect(tile.locator('.badge')).toHaveText('uw gegevens');
	await expect(page.locator('[data-headline="lokaal"] .badge')).toHaveText('demo');

	const trend = page.locator('figure#wachttijd-trend');
	await expect(trend.locator('.chart-head .badge')).toHaveText(['uw gegevens']);
	await expect(trend.locator('figcaption.source')).toContainText('Uw gegevens: waitingTimes.csv, geladen');
	const perProvider = page.locator('figure#wachttijd-per-aanbieder');
	await perProvider.scrollIntoViewIfNeeded();
	await expect(perProvider.locator('svg text', { hasText: 'Zorg Oost' }).first()).toBeVisible();

	// Contracts are still demo: the banner stays, the divider says which part is whose.
	await expect(page.locator('.demo-banner')).toBeVisible();
	await expect(page.locator('.data-divider')).toContainText('Voor contracten en aanbieders, gebruik en pgb blijft het verzonnen voorbeelddata (demo).');
});

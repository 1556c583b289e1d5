import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

// Figures worked out by hand in src/lib/metrics/money.test.ts (Noord-Veluwe, begroting 2025):
// jeugd € 73,637,000 for 205,165 inhabitants = € 359 per inhabitant; 94.64% bought regionally.

test('the prerendered region page opens with real money figures, before the demo ones', async ({ request }) => {
	const html = await (await request.get('/regio/JZ12')).text();
	expect(html).toMatch(/data-headline="geld-per-inwoner"[^>]*><strong>€\s?359<\/strong>/);
	expect(html).toMatch(/data-headline="geld-regionaal"[^>]*><strong>95%<\/strong>/);
	expect(html).toContain('Noord-Veluwe begroot 95% van de ingekochte jeugdhulp als regionaal ingekocht');
	// Real first: the money lens and its tiles come before the demo tiles and the demo divider.
	const at = (needle: string) => html.indexOf(needle);
	expect(at('data-headline="geld-per-inwoner"')).toBeGreaterThan(0);
	expect(at('data-headline="geld-per-inwoner"')).toBeLessThan(at('data-headline="lokaal"'));
	expect(at('id="geld-inkoop"')).toBeLessThan(at('id="demo-deel"'));
	expect(at('id="demo-deel"')).toBeLessThan(at('id="kaart"'));
	// Each money chart names its source, year and kind, and is not labelled demo.
	const inkoop = html.slice(at('id="geld-inkoop"'), html.indexOf('</figure>', at('id="geld-inkoop"')));
	expect(inkoop).toContain('Gemeentelijke uitgaven per taakveld (Iv3)');
	expect(inkoop).toContain('2025, begroting');
	expect(inkoop).not.toContain('badge demo');
});

test('the money lens shows the prerendered figures, and its CSV holds them with their source', async ({ page, request }) => {
	const html = await (await request.get('/regio/JZ12')).text();
	const prerendered = /id="geld-per-inwoner"[\s\S]*?<p class="caption">([^<]*)<\/p>/.exec(html)![1]!.replace(/&nbsp;/g, '\u00a0');
	expect(prerendered).toMatch(/^Noord-Veluwe: €\s359 per inwoner \(Nederland: €\s364\)/);

	await page.goto('/regio/JZ12');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated
	const frame = page.locator('#geld-per-inwoner');
	await expect(frame.locator('.caption')).toHaveText(prerendered.trim());
	const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
	expect(download.suggestedFilename()).toBe('JZ12-jeugd-geld-jeugd-per-inwoner-2025-begroting.csv');
	const lines = readFileSync((await download.path())!, 'utf8').replace(/^\ufeff/, '').trim().split(/\r?\n/);
	expect(lines[0]).toBe('name,jeugd,population,jeugdPerInhabitant,bron');
	// Seven municipalities, the region and the country.
	expect(lines).toHaveLength(1 + 9);
	const region = lines.find((l) => l.startsWith('Regio Noord-Veluwe,'))!;
	const [, jeugd, population, perInhabitant, bron] = region.split(',');
	expect([Number(jeugd), Number(population)]).toEqual([73_637_000, 205_165]);
	expect(Number(perInhabitant)).toBeCloseTo(358.92, 2);
	expect(bron).toContain('Gemeentelijke uitgaven per taakveld (Iv3)');
	expect(region).toContain('2025, begroting');
	expect(region).not.toMatch(/demo/i);
});

test('the money map’s year and figure live in the URL; back restores them; a missing figure falls back', async ({ page }) => {
	await page.goto('/regio/JZ12?geldjaar=2023-jaarrekening&geld=jeugdBudgetDiffShare');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated
	const map = page.locator('#geld-kaart');
	await expect(map.locator('h3')).toHaveText('Jeugdhulp: uitgegeven t.o.v. begroot per gemeente, 2023, jaarrekening');
	// Noord-Veluwe spent € 77,065,000 against € 70,226,000 budgeted: +9.7%.
	await expect(map.locator('.caption')).toContainText('Noord-Veluwe: +9,7%');
	await expect(map.locator('path.municipality[data-code="GM0243"] title')).toHaveText('Harderwijk: +6,8%');

	await page.getByRole('group', { name: 'Jaar en soort cijfers' }).getByRole('button', { name: '2025, begroting' }).click();
	await expect(page).toHaveURL(/geldjaar=2025-begroting/);
	// 2025 has no accounts: the map says so and shows the first figure it has.
	await expect(page.locator('p.notice[role="status"]')).toContainText('bestaat niet voor 2025, begroting');
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2025, begroting');
	await page.getByRole('group', { name: 'Kleur de geldkaart naar' }).getByRole('button', { name: 'Pgb-aandeel Wmo' }).click();
	await expect(page).toHaveURL(/geld=pgbShareWmo/);
	await expect(map.locator('h3')).toHaveText('Pgb-aandeel Wmo per gemeente, 2025, begroting');
	await expect(map.locator('path.municipality[data-code="GM0243"] title')).toHaveText('Harderwijk: 6,6%');

	await page.goBack();
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2025, begroting');
	await page.goBack();
	await expect(map.locator('h3')).toHaveText('Jeugdhulp: uitgegeven t.o.v. begroot per gemeente, 2023, jaarrekening');
});

test('the money charts follow the law switch, and years without a figure say so', async ({ page }) => {
	await page.goto('/regio/JZ12?domein=wmo');
	await expect(page.locator('#geld-per-inwoner h3')).toHaveText('Wmo: uitgaven per inwoner, 2025, begroting');
	await expect(page.locator('#geld-begroting .caption')).toContainText('Noord-Veluwe gaf in 2023');
	await expect(page.locator('#geld-begroting .caption')).toContainText('minder uit dan begroot');
	await expect(page.locator('#geld-fonds .source')).toContainText('2025, begroting; septembercirculaire 2024.');
	await page.goto('/regio/JZ12?geldjaar=2023-begroting');
	// The 2023 budget has no purchase split and no fund year: those charts keep their own years,
	// and the map offers only what 2023 has (per inhabitant, and spent against budgeted).
	await expect(page.locator('#geld-inkoop h3')).toHaveText('Hoe de jeugdhulp is ingekocht, begroting 2025');
	await expect(page.locator('#geld-fonds h3')).toHaveText('Jeugdhulp: begroot tegen het Gemeentefonds, 2025');
	await expect(page.getByRole('group', { name: 'Kleur de geldkaart naar' }).getByRole('button')).toHaveText([
		'Jeugdhulp per inwoner',
		'Wmo per inwoner',
		'Jeugdhulp: uitgegeven t.o.v. begroot',
		'Wmo: uitgegeven t.o.v. begroot'
	]);
});

test('the money map adds no tab stops: Tab goes from its figure buttons to its table toggle', async ({ page }) => {
	await page.goto('/regio/JZ12');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated
	await page.getByRole('group', { name: 'Kleur de geldkaart naar' }).getByRole('button').last().focus();
	await page.keyboard.press('Tab');
	await expect(page.locator('#geld-kaart').getByRole('button', { name: 'Toon tabel' })).toBeFocused();
});

test('the money lens reads on a phone without sideways scrolling', async ({ page }) => {
	await page.setViewportSize({ width: 375, height: 800 });
	await page.goto('/regio/JZ12');
	await page.locator('#geld-inkoop').scrollIntoViewIfNeeded();
	const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
	expect(overflow).toBeLessThanOrEqual(0);
});

import { test, expect } from './fixtures';

// The region page's lenses are islands (src/lib/islands): prerendered with the page, hydrated
// later in tasks of their own. They must adopt the prerendered nodes, not redraw them, and work.

/** Before any script runs: every console warning, and the money map's SVG as the HTML parser made it. */
const watch = () => {
	const w = window as unknown as { warnings: string[]; parsedSvg: Element | null };
	w.warnings = [];
	w.parsedSvg = null;
	const warn = console.warn.bind(console);
	console.warn = (...args: unknown[]) => {
		w.warnings.push(args.map(String).join(' '));
		warn(...args);
	};
	new MutationObserver((_, observer) => {
		w.parsedSvg = document.querySelector('#geld-kaart svg');
		if (w.parsedSvg) observer.disconnect();
	}).observe(document, { childList: true, subtree: true });
};

test('the money lens hydrates on its prerendered nodes, and a click on it changes the year', async ({ page }) => {
	await page.addInitScript(watch);
	await page.goto('/regio/JZ12');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // the page is hydrated
	const map = page.locator('#geld-kaart');
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2025, begroting');
	await expect(page.getByRole('group', { name: 'Jaar en soort cijfers' })).toHaveCSS('display', 'flex');

	await page.getByRole('group', { name: 'Jaar en soort cijfers' }).getByRole('button', { name: '2023, jaarrekening' }).click();
	await expect(page).toHaveURL(/geldjaar=2023-jaarrekening/);
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2023, jaarrekening');
	await expect(page.getByRole('button', { name: '2023, jaarrekening' })).toHaveAttribute('aria-pressed', 'true');
	// The map drawn now is the very SVG element the HTML parser made: hydrated, not rebuilt.
	expect(await page.evaluate(() => (window as unknown as { parsedSvg: Element | null }).parsedSvg === document.querySelector('#geld-kaart svg'))).toBe(true);
	// A chart's own state works too: the purchase split's setting.
	const purchase = page.locator('#geld-inkoop');
	await purchase.getByRole('button', { name: 'Ambulant' }).click();
	await expect(purchase.getByRole('button', { name: 'Ambulant' })).toHaveAttribute('aria-pressed', 'true');
	expect(await page.evaluate(() => (window as unknown as { warnings: string[] }).warnings.filter((w) => /hydrat/i.test(w)))).toEqual([]);
});

test('every island hydrates without a mismatch, also when the address asks for other figures than the prerender', async ({ page }) => {
	await page.addInitScript(watch);
	await page.goto('/regio/JZ12?geldjaar=2023-jaarrekening&lang=en');
	const state = page.locator('.panels-state[data-computed-by="browser"][data-pending="false"]');
	await expect(state).toBeAttached({ timeout: 30_000 });
	await expect(page.locator('#geld-kaart h3')).toHaveText('Youth care per inhabitant per municipality, 2023, accounts');
	// The lenses below the map were hydrated with the prerender's props, then follow the page: their charts now say the browser computed them.
	for (const name of ['contracten', 'lokaal', 'keuze', 'wachttijd', 'signalen']) {
		await expect(page.locator(`[data-island="${name}"] figure`).first()).toHaveAttribute('data-computed-by', 'duckdb-wasm');
	}
	expect(await page.evaluate(() => (window as unknown as { parsedSvg: Element | null }).parsedSvg === document.querySelector('#geld-kaart svg'))).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { warnings: string[] }).warnings.filter((w) => /hydrat/i.test(w)))).toEqual([]);
});

test('reached by a link within the site (no prerendered HTML to adopt), the lenses are drawn at once and work', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('.lang-switch')).toBeEnabled(); // hydrated: the link navigates within the app
	await page.evaluate(() => ((window as unknown as { samePage: boolean }).samePage = true));
	await page.getByRole('link', { name: 'Noord-Veluwe', exact: true }).click();
	await expect(page).toHaveURL(/\/regio\/JZ12$/);
	const map = page.locator('#geld-kaart');
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2025, begroting');
	await expect(page.locator('#geld-fonds h3')).toBeVisible();
	await expect(page.locator('[data-island="wachttijd"] figure').first()).toBeVisible();
	// Laid out as when prerendered: the island's wrapper adds no box, and takes none from the lens's own elements.
	await expect(page.getByRole('group', { name: 'Jaar en soort cijfers' })).toHaveCSS('display', 'flex');
	await page.getByRole('group', { name: 'Jaar en soort cijfers' }).getByRole('button', { name: '2023, jaarrekening' }).click();
	await expect(map.locator('h3')).toHaveText('Jeugdhulp per inwoner per gemeente, 2023, jaarrekening');
	expect(await page.evaluate(() => (window as unknown as { samePage?: boolean }).samePage)).toBe(true); // no page load
	// Each island is drawn once: no chart twice.
	await expect(page.locator('figure#geld-fonds')).toHaveCount(1);
	await expect(page.locator('figure#geld-kaart')).toHaveCount(1);
});

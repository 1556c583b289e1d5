import { test, expect } from './fixtures';
import { ownDeal } from './own-deal';

// Issue 22 point 5: with the user's own data there is no build cube, so the region page (and the
// work computed ahead right after the import) must answer every filter change from their data.
test('after loading their own deal, each filter change on the region page shows the user’s figures, computed in the browser', async ({ page }) => {
	await page.goto('/eigen-data');
	await expect(page.locator('.lang-switch')).toBeEnabled();
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles(ownDeal);
	await expect(page.locator('section.report[data-file="contracts.csv"]')).toContainText('Geladen: 1 rij in contracts.');
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();

	const state = page.locator('.panels-state');
	await expect(state).toHaveAttribute('data-computed-by', 'browser', { timeout: 60_000 });
	await expect(state).toHaveAttribute('data-pending', 'false');
	const timeline = page.locator('figure#tijdlijn');
	const deals = timeline.getByRole('link', { name: 'Jeugdhulp NV' });

	/** Click a municipality on the map and wait for the panels of that filter. */
	async function choose(code: string) {
		const before = Number(await state.getAttribute('data-version'));
		await page.locator(`#kaart path.municipality[data-code="${code}"]`).click();
		await expect(page).toHaveURL(new RegExp(`gemeente=${code}`));
		await expect.poll(async () => Number(await state.getAttribute('data-version'))).toBeGreaterThan(before);
		await expect(state).toHaveAttribute('data-pending', 'false');
		// Computed from the tab's data, never the build's cube of the demo data.
		await expect(state).toHaveAttribute('data-computed-by', 'browser');
		await expect(timeline).toHaveAttribute('data-computed-by', 'duckdb-wasm');
	}

	// Elburg takes part in none of the user's deals (and the demo deals are gone): no deal.
	await choose('GM0230');
	await expect(timeline).toHaveAttribute('data-empty', 'true');
	await expect(deals).toHaveCount(0);

	// Harderwijk takes part in the user's one deal: that deal, and nothing else.
	await choose('GM0243');
	await expect(timeline).toHaveAttribute('data-empty', 'false');
	await expect(deals).toHaveCount(1);
	await expect(timeline.locator('a[href*="/inkoop/"]')).toHaveCount(1);

	// The category filter too: the user's lot is category 45, so another category has no deal.
	const category = page.getByRole('form', { name: 'Filters' }).getByLabel('Zorgsoort');
	const other = await category.locator('option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).find((v) => v && v !== '45'));
	const before = Number(await state.getAttribute('data-version'));
	await category.selectOption(other!);
	await expect.poll(async () => Number(await state.getAttribute('data-version'))).toBeGreaterThan(before);
	await expect(state).toHaveAttribute('data-pending', 'false');
	await expect(state).toHaveAttribute('data-computed-by', 'browser');
	await expect(deals).toHaveCount(0);
	await category.selectOption('45');
	await expect(deals).toHaveCount(1);
});

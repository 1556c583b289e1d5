import { readFileSync } from 'node:fs';
import { test, expect } from './fixtures';

const csv = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text) });
const HOSTILE = '<img src=x onerror=alert(1)>';

test('every page sends a Content-Security-Policy that allows only the site itself', async ({ request }) => {
	for (const path of ['/', '/regio/JZ12', '/gemeente/GM0243', '/eigen-data', '/methode', '/bronnen', '/404.html']) {
		const html = await (await request.get(path)).text();
		const csp = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1] ?? '';
		expect(csp, path).toContain("default-src 'self'");
		expect(csp, path).toContain("script-src 'self' 'wasm-unsafe-eval'");
		expect(csp, path).not.toMatch(/https?:/);
		expect(csp, path).not.toContain("'unsafe-eval'");
	}
});

test('data values stay text: a provider named like HTML or a formula is shown and exported literally', async ({ page }) => {
	let dialogs = 0;
	page.on('dialog', async (d) => {
		dialogs++;
		await d.dismiss();
	});
	await page.goto('/eigen-data');
	await page.getByLabel('Kies een of meer bestanden (CSV of JSON)').setInputFiles([
		csv('providers.csv', `id,name,kvk,legalForm,providerType,source\np-x,"${HOSTILE}",,,,mijn-bron\np-f,"=HYPERLINK(""http://x"")",,,,mijn-bron\n`),
		csv(
			'waitingTimes.csv',
			'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks,p90Weeks,registrationWeeks,treatmentWeeks,clientsWaiting,normWeeks,normSource,source\n' +
				'p-x,L1,45,,GM0243,2026-09,30,40,,,3,8,,mijn-bron\np-x,L1,45,,GM0243,2026-10,31,41,,,3,8,,mijn-bron\n' +
				'p-f,L1,45,,GM0243,2026-10,12,15,,,1,8,,mijn-bron\n'
		)
	]);
	await expect(page.locator('section.report[data-file="waitingTimes.csv"]')).toContainText('Geladen: 3 rijen in waitingTimes.');
	await page.getByRole('link', { name: 'Bekijk de regio met uw gegevens' }).click();
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 60_000 });

	const frame = page.locator('figure#wachttijd-per-aanbieder');
	await expect(frame.locator('.caption')).toContainText(`Het langst wachten inwoners bij ${HOSTILE}`);
	await expect(frame.locator('svg text', { hasText: HOSTILE }).first()).toBeAttached();
	await frame.getByRole('button', { name: 'Toon tabel' }).click();
	await expect(frame.locator('tbody')).toContainText(HOSTILE);
	await expect(page.locator('img[src="x"]')).toHaveCount(0);

	const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: 'Download CSV' }).click()]);
	const text = readFileSync((await download.path())!, 'utf8');
	expect(text).toContain(HOSTILE);
	expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
	expect(dialogs).toBe(0);
});

/**
 * Printing a region or municipality page for a council file (issue 20): the "Afdrukken / PDF"
 * button opens the print dialog; the print (app.css @media print) holds no menus, buttons or
 * filters, keeps every chart as SVG with its caption and source line and never splits one, puts
 * the page's headline figures on the first A4 sheet and ends with a footer: the page's address,
 * the data date and, where the page shows demo data, the demo note.
 */
import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** A4 at 96 CSS px per inch, less the @page margins (14 mm sides, 14 mm top, 16 mm bottom). */
const mm = 96 / 25.4;
const sheet = { width: Math.floor((210 - 28) * mm), height: Math.floor((297 - 30) * mm) };

/** Pages in a PDF: its page objects (`/Type /Page`, not the `/Type /Pages` tree nodes). */
const pdfPages = (pdf: Buffer) => pdf.toString('latin1').match(/\/Type\s*\/Page(?![a-z])/g)?.length ?? 0;

async function open(page: Page, path: string) {
	await page.goto(path);
	await expect(page.locator('.lang-switch')).toBeEnabled();
}

/** What the print holds, checked in the print media at the paper's width; `headline`: what the first sheet must hold. */
async function expectPrintLayout(page: Page, headline: Locator) {
	await page.setViewportSize({ width: sheet.width, height: sheet.height });
	await page.emulateMedia({ media: 'print' });
	// No navigation chrome, buttons or filters.
	await expect(page.locator('header.site')).toBeHidden();
	await expect(page.getByRole('navigation')).toBeHidden();
	await expect(page.locator('.lang-switch')).toBeHidden();
	await expect(page.getByRole('button', { name: 'Afdrukken / PDF' })).toBeHidden();
	await expect(page.locator('.crumbs')).toBeHidden();
	await expect(page.locator('form.filters')).toBeHidden();
	await expect(page.locator('.chart-tools').first()).toBeHidden();
	await expect(page.locator('footer.site')).toBeHidden();
	// Every chart: its drawing (SVG), title, caption and source line, never split over two pages.
	const charts = page.locator('figure.chart');
	expect(await charts.count()).toBeGreaterThan(0);
	for (const chart of await charts.all()) {
		if ((await chart.getAttribute('data-empty')) === 'false') await expect(chart.locator('.chart-body svg').first()).toBeVisible();
		await expect(chart.locator('h3')).toBeVisible();
		await expect(chart.locator('.caption')).toBeVisible();
		await expect(chart.locator('figcaption.source')).toBeVisible();
		expect(await chart.evaluate((el) => getComputedStyle(el).breakInside)).toBe('avoid');
	}
	// The headline figures end within the first sheet.
	await expect(headline).toBeVisible();
	const box = (await headline.boundingBox())!;
	expect(box.y + box.height).toBeLessThan(sheet.height);
}

test('the print button opens the print dialog', async ({ page }) => {
	await open(page, '/regio/JZ12');
	const button = page.getByRole('button', { name: 'Afdrukken / PDF' });
	await page.evaluate(() => {
		window.print = () => document.body.setAttribute('data-printed', 'yes');
	});
	await button.click();
	await expect(page.locator('body')).toHaveAttribute('data-printed', 'yes');
});

test('a printed region page: no menus or buttons, whole charts, headline figures first, a footer with address, data date and demo note', async ({ page, request }) => {
	const manifest = (await (await request.get('/data/manifest.json')).json()) as { built: string };
	const [y, m, d] = manifest.built.split('-').map(Number);
	const dataDate = new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y!, m! - 1, d!)));

	await open(page, '/regio/JZ12?domein=wmo');
	await expect(page.locator('.print-footer')).toBeHidden(); // on screen: not there
	await expectPrintLayout(page, page.locator('[data-print-first]'));
	// The law printed is the one chosen, as text.
	await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Jeugdwet', exact: true })).toBeHidden();
	await expect(page.locator('[data-headline="lokaal"]')).toBeVisible();

	const footer = page.locator('.print-footer');
	await expect(footer).toBeVisible();
	// In the page's language only (the footer holds both).
	await expect(footer).toHaveText(new RegExp(`^Regiozicht · Pagina: http://localhost:\\d+/regio/JZ12\\?domein=wmo\\s+Stand van de gegevens: ${dataDate}\\.\\s+DEMO Contracten,.*verzonnen voorbeelddata.*zijn echt\\.$`), { useInnerText: true });
	await expect(footer.locator('.print-demo')).toBeVisible();
	await expect(footer).not.toContainText(/NaN|undefined|null|Infinity/);
});

test('a page without demo figures prints no demo note; an English page prints its footer in English', async ({ page }) => {
	await open(page, '/methode');
	await page.emulateMedia({ media: 'print' });
	await expect(page.locator('.print-footer')).toBeVisible();
	await expect(page.locator('.print-demo')).toBeHidden();

	await page.emulateMedia({ media: 'screen' });
	await open(page, '/gemeente/GM0243?lang=en');
	await expect(page.getByRole('heading', { level: 1 })).toContainText('Harderwijk');
	await page.emulateMedia({ media: 'print' });
	const footer = page.locator('.print-footer');
	await expect(footer).toContainText(/^Regiozicht · Page: http:\/\/localhost:\d+\/gemeente\/GM0243\?lang=en\s+Data as of \d{1,2} [A-Z][a-z]+ \d{4}\./, { useInnerText: true });
	await expect(footer).not.toContainText(/Pagina|Stand van/, { useInnerText: true });
	await expect(page.locator('.print-demo')).toContainText('made-up example data', { useInnerText: true });
});

test('a printed municipality page: the same, with its own figures on the first sheet', async ({ page }) => {
	await open(page, '/gemeente/GM0243');
	await expect(page.locator('.panels-state[data-computed-by="browser"]')).toBeAttached({ timeout: 60_000 });
	// Its real money figures come first on paper (before the map, which is first on screen).
	await expectPrintLayout(page, page.getByTestId('geld-vergelijking'));
	const [table, map] = [await page.getByTestId('geld-vergelijking').boundingBox(), await page.locator('#gemeente-kaart').boundingBox()];
	expect(table!.y).toBeLessThan(map!.y);
	await expect(page.locator('.print-footer .print-demo')).toBeVisible();
});

test('a printed deal page: its summary and “what it means for my municipality” on the first sheet, no navigation', async ({ page }) => {
	await open(page, '/inkoop/demo-JZ12-jeugd-2024?gemeente=GM0243');
	await expect(page.getByRole('button', { name: 'Afdrukken / PDF' })).toBeVisible();
	await expectPrintLayout(page, page.locator('[data-print-first]'));
	await expect(page.getByTestId('deal-summary')).toBeVisible();
	await expect(page.locator('#mijn-gemeente')).toBeVisible();
	await expect(page.locator('.print-footer .print-demo')).toBeVisible();
});

test('the A4 PDFs: charts drawn at the paper’s width, and the number of pages each page prints on', async ({ page }) => {
	for (const { path, ready, pages } of [
		{ path: '/regio/JZ12', ready: '.panels-state[data-computed-by="browser"]', pages: 16 },
		{ path: '/gemeente/GM0243', ready: '.panels-state[data-computed-by="browser"]', pages: 16 },
		{ path: '/inkoop/demo-JZ12-jeugd-2024?gemeente=GM0243', ready: 'h1', pages: 3 }
	]) {
		await open(page, path);
		await page.locator(ready).waitFor({ timeout: 60_000 });
		// When the print layout starts, every chart is redrawn to fit its card on the paper.
		await page.evaluate(() => {
			matchMedia('print').addEventListener('change', (e) => {
				if (!e.matches) return;
				const wide = [...document.querySelectorAll('figure.chart')].filter((f) => [...f.querySelectorAll('.chart-body svg')].some((svg) => svg.getBoundingClientRect().width > f.clientWidth));
				document.body.dataset.tooWide = wide.map((f) => f.id).join(' ') || 'none';
			});
		});
		const pdf = await page.pdf({ format: 'A4' });
		expect(await page.evaluate(() => document.body.dataset.tooWide), path).toBe('none');
		expect(pdfPages(pdf), path).toBe(pages);
	}
});

/**
 * WCAG 2.2 AA, keyboard only: a user walks the region dashboard with Tab, Shift+Tab, Enter,
 * Space, arrow keys and Escape — no clicks, no fill, no selectOption, no focus() — and every
 * element that receives focus shows a visible focus indicator with enough contrast, lies in the
 * viewport, and focus never falls back to <body> or onto something hidden. Every chart has a
 * text alternative, a caption and a data-table toggle.
 */
import { test, expect } from './fixtures';
import type { Page } from '@playwright/test';

// DuckDB-WASM loading takes 25–35 s on a busy shared 2-core machine: wait for state, generously.
const ready = async (page: Page) => {
	await expect(page.locator('.panels-state')).toHaveAttribute('data-computed-by', /^(browser|cube)$/, { timeout: 90_000 });
	await expect(page.locator('.panels-state')).toHaveAttribute('data-pending', 'false', { timeout: 60_000 });
};
const version = async (page: Page) => Number(await page.locator('.panels-state').getAttribute('data-version'));
/** Waits until the panels were recomputed after `before` (a data-version read earlier). */
const recomputed = async (page: Page, before: number) => {
	await expect.poll(() => version(page), { timeout: 60_000 }).toBeGreaterThan(before);
	await ready(page);
};

interface FocusReport {
	description: string;
	isBody: boolean;
	hidden: boolean;
	indicator: string | null;
	contrast: number;
	inViewport: boolean;
}

/** Everything about the focused element that decides whether a sighted keyboard user can see it. */
const focusReport = (page: Page) =>
	page.evaluate((): FocusReport => {
		const el = document.activeElement as HTMLElement | SVGElement | null;
		if (!el || el === document.body || el === document.documentElement)
			return { description: 'body', isBody: true, hidden: true, indicator: null, contrast: 0, inViewport: false };
		const text = (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 50);
		const description = `<${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}> "${text}"`;
		const cs = getComputedStyle(el);
		const rect = el.getBoundingClientRect();
		const hidden = !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }) || rect.width === 0 || rect.height === 0 || cs.visibility !== 'visible';

		const parse = (c: string) => {
			const m = c.match(/rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/);
			return m ? { rgb: [Number(m[1]), Number(m[2]), Number(m[3])] as const, alpha: m[4] === undefined ? 1 : Number(m[4]) } : null;
		};
		const luminance = ([r, g, b]: readonly number[]) => {
			const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
			return 0.2126 * lin(r!) + 0.7152 * lin(g!) + 0.0722 * lin(b!);
		};
		// The indicator is drawn around the element, so it is seen against what lies behind it:
		// the first opaque background of an ancestor (the page is white).
		let background: readonly number[] = [255, 255, 255];
		for (let a = el.parentElement; a; a = a.parentElement) {
			const bg = parse(getComputedStyle(a).backgroundColor);
			if (bg && bg.alpha > 0.5) {
				background = bg.rgb;
				break;
			}
		}
		const ratio = (c: readonly number[]) => {
			const [l1, l2] = [luminance(c), luminance(background)].sort((x, y) => y - x);
			return (l1! + 0.05) / (l2! + 0.05);
		};

		let indicator: string | null = null;
		let contrast = 0;
		const outline = parse(cs.outlineColor);
		// An SVG shape's own outline or stroke is half covered by the shapes drawn after it, so a
		// map draws its focus ring as the last thing in the svg: a line on a contrasting halo.
		const ring = el instanceof SVGElement ? el.ownerSVGElement?.querySelector<SVGGElement>(':scope > [data-focus-for]') : null;
		if (ring && ring.getAttribute('data-focus-for') === el.getAttribute('data-code') && ring === ring.parentElement!.lastElementChild) {
			const [halo, line] = Array.from(ring.children).map((c) => getComputedStyle(c));
			const lineColour = line && parse(line.stroke);
			const haloColour = halo && parse(halo.stroke);
			if (lineColour && haloColour && parseFloat(line!.strokeWidth) >= 2 && parseFloat(halo!.strokeWidth) > parseFloat(line!.strokeWidth)) {
				indicator = `svg focus ring ${line!.stroke} ${line!.strokeWidth} on ${halo!.stroke} ${halo!.strokeWidth}`;
				background = haloColour.rgb;
				contrast = ratio(lineColour.rgb);
			}
		} else if (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) >= 2 && outline && outline.alpha > 0.5) {
			indicator = `outline ${cs.outlineStyle} ${cs.outlineWidth} ${cs.outlineColor}`;
			contrast = ratio(outline.rgb);
		} else if (cs.boxShadow !== 'none') {
			const shadow = parse(cs.boxShadow);
			if (shadow && shadow.alpha > 0.5) {
				indicator = `box-shadow ${cs.boxShadow}`;
				contrast = ratio(shadow.rgb);
			}
		}
		const inViewport =
			rect.bottom > 0 &&
			rect.right > 0 &&
			rect.top < innerHeight &&
			rect.left < innerWidth &&
			// Anything that fits in the viewport must be scrolled fully into it.
			(rect.height > innerHeight || (rect.top >= -1 && rect.bottom <= innerHeight + 1)) &&
			(rect.width > innerWidth || (rect.left >= -1 && rect.right <= innerWidth + 1));
		return { description, isBody: false, hidden, indicator, contrast, inViewport };
	});

/** Asserts that focus is on a visible element with a visible focus indicator, in view. */
async function expectVisibleFocus(page: Page) {
	const r = await focusReport(page);
	expect(r.isBody, 'focus fell back to <body>').toBe(false);
	expect(r.hidden, `focused element is hidden: ${r.description}`).toBe(false);
	expect(r.indicator, `no visible focus indicator on ${r.description}`).not.toBeNull();
	expect(r.contrast, `focus indicator of ${r.description} (${r.indicator}) contrasts too little`).toBeGreaterThanOrEqual(3);
	expect(r.inViewport, `focused element not scrolled into view: ${r.description}`).toBe(true);
	return r;
}

/** Presses a key and checks the focus indicator of whatever is focused afterwards. */
async function press(page: Page, key: string) {
	await page.keyboard.press(key);
	return expectVisibleFocus(page);
}

/** Tabs (or Shift+Tabs) until the focused element matches `selector` (and has `name` in its text/label). */
async function tabTo(page: Page, selector: string, name?: string | RegExp, { back = false, max = 200 } = {}) {
	const pattern = typeof name === 'string' ? name : name?.source;
	for (let i = 0; i < max; i++) {
		await press(page, back ? 'Shift+Tab' : 'Tab');
		const hit = await page.evaluate(
			([sel, pat]) => {
				const el = document.activeElement;
				if (!el || !el.matches(sel!)) return false;
				if (!pat) return true;
				const text = `${el.getAttribute('aria-label') ?? ''} ${el.textContent ?? ''}`;
				return new RegExp(pat).test(text);
			},
			[selector, pattern]
		);
		if (hit) return;
	}
	throw new Error(`Tab never reached ${selector}${pattern ? ` "${pattern}"` : ''}`);
}

const focused = (page: Page) => page.locator('*:focus');

/** The first Tab reaches the skip link; Enter moves focus into main. */
async function skipToMain(page: Page) {
	const skip = await press(page, 'Tab');
	expect(skip.description).toContain('Naar de inhoud');
	await page.keyboard.press('Enter');
	// main is the skip link's target (tabindex=-1, not in the tab order): it only needs focus.
	await expect(page.locator('main#inhoud')).toBeFocused();
}

/** Tab to the Wmo button and press Enter: the URL and the panels follow. */
async function switchToWmo(page: Page) {
	const before = await version(page);
	await tabTo(page, 'button', /^\s*Wmo\s*$/);
	await press(page, 'Enter');
	await expect(page).toHaveURL(/domein=wmo/);
	await recomputed(page, before);
}

test.describe('keyboard only', () => {
	// The walk is long and the machine may be slow; every wait is for state, not for time.
	test.setTimeout(300_000);

	test('a keyboard-only walk through the region dashboard', async ({ page }) => {
		await page.goto('/regio/JZ12');
		await ready(page);

		// 1. The skip link.
		await skipToMain(page);

		// 2. Switch the law to Wmo and back to Jeugdwet.
		await switchToWmo(page);
		await expect(page.getByRole('button', { name: 'Wmo', exact: true })).toHaveAttribute('aria-pressed', 'true');
		await expect(focused(page)).toHaveText('Wmo');
		let before = await version(page);
		await tabTo(page, 'button', /^\s*Jeugdwet\s*$/, { back: true });
		await press(page, 'Space');
		await expect(page).toHaveURL(/\/regio\/JZ12$/);
		await expect(page.getByRole('button', { name: 'Jeugdwet', exact: true })).toHaveAttribute('aria-pressed', 'true');
		await recomputed(page, before);

		// 3. Filter bar: a municipality and a care category with arrow keys on the native selects.
		const filters = page.getByRole('form', { name: 'Filters' });
		before = await version(page);
		await tabTo(page, 'select', /Hele regio/);
		await expect(focused(page)).toHaveAccessibleName(/Gemeente/);
		await press(page, 'ArrowDown');
		await expect(page).toHaveURL(/gemeente=GM\d{4}/);
		const municipality = await filters.getByLabel('Gemeente').inputValue();
		expect(page.url()).toContain(`gemeente=${municipality}`);
		await recomputed(page, before);
		await expect(page.locator('.panels-state')).toContainText('voor ');
		before = await version(page);
		await press(page, 'Tab');
		await expect(focused(page)).toHaveAccessibleName(/Zorgsoort/);
		await press(page, 'ArrowDown');
		await expect(page).toHaveURL(/categorie=/);
		const category = await filters.getByLabel('Zorgsoort').inputValue();
		expect(category).not.toBe('');
		expect(page.url()).toContain(`gemeente=${municipality}`);
		await recomputed(page, before);
		// Reset: the "Wis filters" button; focus must stay in the filter bar, not fall to <body>.
		before = await version(page);
		await tabTo(page, 'button', 'Wis filters');
		await press(page, 'Enter');
		await expect(page).toHaveURL(/\/regio\/JZ12$/);
		await recomputed(page, before);
		await expect(filters.getByLabel('Gemeente')).toHaveValue('');
		await expect(filters.getByLabel('Zorgsoort')).toHaveValue('');
		await expectVisibleFocus(page);
		await expect(filters.locator('*:focus')).toHaveCount(1);

		// 4. The map: municipalities are focusable; Enter selects one, Enter again clears it.
		before = await version(page);
		await tabTo(page, 'path.municipality');
		const code = await focused(page).getAttribute('data-code');
		expect(code).toMatch(/^GM\d{4}$/);
		await press(page, 'Enter');
		await expect(page).toHaveURL(new RegExp(`gemeente=${code}`));
		await expect(page.locator(`#kaart path.municipality[data-code="${code}"]`)).toHaveAttribute('aria-pressed', 'true');
		await expect(page.locator(`#kaart path.municipality[data-code="${code}"]`)).toBeFocused();
		await recomputed(page, before);
		// Focus on the selected municipality is still visible (not just its selection colour).
		await expectVisibleFocus(page);
		await press(page, 'Tab');
		await press(page, 'Shift+Tab');
		await expect(page.locator(`#kaart path.municipality[data-code="${code}"]`)).toBeFocused();
		before = await version(page);
		await press(page, 'Enter');
		await expect(page).toHaveURL(/\/regio\/JZ12$/);
		await recomputed(page, before);

		// 5. The map's data table by keyboard, then its CSV download.
		const mapFrame = page.locator('figure#kaart');
		await tabTo(page, 'button', 'Toon tabel');
		await expect(mapFrame.locator('*:focus')).toHaveCount(1);
		await expect(mapFrame.locator('#kaart-table')).toBeHidden();
		await press(page, 'Enter');
		await expect(mapFrame.locator('#kaart-table')).toBeVisible();
		await expect(focused(page)).toHaveAttribute('aria-expanded', 'true');
		await expect(mapFrame.locator('#kaart-table tbody tr')).toHaveCount(await page.locator('#kaart path.municipality').count());
		// Escape is harmless: focus stays where it is.
		await press(page, 'Escape');
		await expect(focused(page)).toHaveAttribute('aria-expanded', 'true');
		await tabTo(page, 'button', 'Download CSV');
		await expect(mapFrame.locator('*:focus')).toHaveCount(1);
		const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.keyboard.press('Enter')]);
		expect(download.suggestedFilename()).toMatch(/^JZ12-jeugd-kaart-.*\.csv$/);
		await expectVisibleFocus(page);
		// Close the table again with Space.
		await tabTo(page, 'button', 'Verberg tabel', { back: true });
		await press(page, 'Space');
		await expect(mapFrame.locator('#kaart-table')).toBeHidden();
	});

	test('tabbing through the whole dashboard never loses focus or hides it', async ({ page }) => {
		await page.goto('/regio/JZ12');
		await ready(page);
		// Everything a keyboard user can Tab to; the walk goes from the top to the last of them.
		const tabbable = () =>
			page.evaluate(() => {
				const all = Array.from(document.querySelectorAll<HTMLElement>('a[href], button, select, input, textarea, summary, [tabindex]')).filter(
					(el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && el.checkVisibility({ checkVisibilityCSS: true })
				);
				return { count: all.length, lastIsFocused: document.activeElement === all[all.length - 1] };
			});
		const { count } = await tabbable();
		expect(count).toBeGreaterThan(50);
		const seen = new Set<string>();
		let reachedEnd = false;
		// Cap: a little more than the number of tabbable elements, so a focus trap fails the test.
		for (let i = 0; i < count + 10 && !reachedEnd; i++) {
			const r = await press(page, 'Tab');
			seen.add(r.description + (await focused(page).evaluate((el) => `${el.getAttribute('data-code') ?? ''}|${el.closest('[id]')?.id ?? ''}`)));
			reachedEnd = (await tabbable()).lastIsFocused;
		}
		expect(reachedEnd, 'Tab reached the last element of the page').toBe(true);
		// Each stop is a different element (no element visited twice, no loop).
		expect(seen.size).toBeGreaterThan(count * 0.8);
		// And back up a stretch with Shift+Tab.
		for (let i = 0; i < 20; i++) await press(page, 'Shift+Tab');
	});

	test('every chart has a text alternative, a caption and a data-table toggle', async ({ page }) => {
		await page.goto('/regio/JZ12');
		await ready(page);
		const figures = page.locator('main figure');
		const n = await figures.count();
		expect(n).toBeGreaterThanOrEqual(10);
		for (let i = 0; i < n; i++) {
			const figure = figures.nth(i);
			const id = await figure.getAttribute('id');
			// The figure is named by its title and carries a caption sentence and a source line.
			await expect(figure, `figure ${id}`).toHaveAccessibleName(/\S{3}/);
			await expect(figure.locator('.caption'), `caption of ${id}`).toHaveText(/\w.{20,}/);
			await expect(figure.locator('figcaption'), `figcaption of ${id}`).toHaveText(/Bron/);
			// The chart itself: an svg named by aria-label/labelledby/<title>, as an image or a group of controls.
			const svg = figure.locator('.chart-body svg').first();
			await expect(svg, `svg of ${id}`).toHaveCount(1);
			const role = await svg.getAttribute('role');
			expect(['img', 'group', 'figure'], `role of the svg in ${id}`).toContain(role);
			await expect(svg, `text alternative of the svg in ${id}`).toHaveAccessibleName(/\S{10}/);
			// A data table behind a toggle that says what it controls.
			const toggle = figure.getByRole('button', { name: 'Toon tabel' });
			await expect(toggle, `table toggle in ${id}`).toHaveCount(1);
			await expect(toggle).toHaveAttribute('aria-expanded', 'false');
			const controls = await toggle.getAttribute('aria-controls');
			expect(controls, `aria-controls of ${id}`).toBeTruthy();
			// The table is built when opened (Enter on the toggle) and gone again when closed.
			const table = page.locator(`[id="${controls}"] table`);
			const button = figure.locator(`button[aria-controls="${controls}"]`); // its name changes to "Verberg tabel"
			await expect(table).toHaveCount(0);
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(button).toHaveAttribute('aria-expanded', 'true');
			await expect(table).toBeVisible();
			expect(await table.locator('thead th').count(), `table header of ${id}`).toBeGreaterThan(0);
			await page.keyboard.press('Enter');
			await expect(table).toHaveCount(0);
		}
	});

	test.describe('phone with a keyboard', () => {
		test.use({ viewport: { width: 375, height: 700 } });
		test('skip link, law switch, map and table toggle work at 375 px with visible focus', async ({ page }) => {
			await page.goto('/regio/JZ12');
			await ready(page);
			await skipToMain(page);
			await switchToWmo(page);
			await tabTo(page, 'path.municipality');
			await press(page, 'Enter');
			await expect(page).toHaveURL(/gemeente=GM\d{4}/);
			await expectVisibleFocus(page);
			await tabTo(page, 'button', 'Toon tabel');
			await press(page, 'Enter');
			await expect(page.locator('#kaart-table')).toBeVisible();
			await tabTo(page, 'button', 'Download CSV');
		});
	});
});

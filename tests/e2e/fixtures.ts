/**
 * Shared browser-test fixture: every test fails if the page logs a console error, throws,
 * or sends any request to an origin other than the site's own.
 */
import { test as base, expect } from '@playwright/test';

export const test = base.extend<{ guard: void; expectedConsoleErrors: RegExp[] }>({
	/** Console errors a test expects (e.g. the browser's own line for a 404 response). */
	expectedConsoleErrors: [[], { option: true }],
	guard: [
		async ({ page, baseURL, expectedConsoleErrors }, use) => {
			const origin = new URL(baseURL!).origin;
			const foreign: string[] = [];
			const errors: string[] = [];
			page.on('request', (req) => {
				const url = req.url();
				if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) foreign.push(url);
			});
			page.on('console', (msg) => {
				if (msg.type() === 'error' && !expectedConsoleErrors.some((re) => re.test(msg.text()))) errors.push(msg.text());
			});
			page.on('pageerror', (err) => errors.push(err.message));
			await use();
			expect(foreign, 'requests to other origins').toEqual([]);
			expect(errors, 'console errors').toEqual([]);
		},
		{ auto: true }
	]
});

export { expect };

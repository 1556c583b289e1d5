import { defineConfig } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './scripts/chromium-path.js';

// PW_PORT lets a second run (e.g. while CI uses 4173) pick another port.
const port = Number(process.env.PW_PORT ?? 4173);
const executablePath = chromiumPath() ?? undefined;

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	workers: process.env.CI ? 2 : undefined,
	retries: 0,
	timeout: 120_000,
	// Generous waits: CI machines are small and shared; speed is measured in bench/, not here.
	expect: { timeout: 15_000 },
	reporter: process.env.CI ? 'list' : [['list']],
	use: {
		baseURL: `http://localhost:${port}`,
		browserName: 'chromium',
		launchOptions: { executablePath, args: chromiumArgs },
		trace: 'off',
		// The site's service worker (offline copy) would answer requests that some specs intercept
		// with page.route, and store the whole site in every test's context: only offline.spec.ts allows it.
		serviceWorkers: 'block'
	},
	webServer: {
		// The site must already be built (npm run test:e2e builds it first).
		command: `node scripts/serve.js build ${port}`,
		url: `http://localhost:${port}/`,
		reuseExistingServer: !process.env.CI,
		timeout: 30_000
	}
});

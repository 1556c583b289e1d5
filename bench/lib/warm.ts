/**
 * The second visit (issue 22 point 3): a cold load of the page, then the same page again in a new
 * tab of the same browser, so the HTTP cache (immutable hashed files, 304s for the rest),
 * V8's compiled-wasm cache and, when allowed, the service worker's copy are warm. Each pair runs in
 * a new browser with an empty profile on disk (launchProfile: a private context keeps no compiled
 * wasm). A plain Playwright session: no request interception, no CDP, no tracing; the figure is
 * the app's own `regiozicht:db-ready` mark, ms since the navigation started.
 */
import type { Page } from '@playwright/test';
import { launchProfile } from './browser';
import { sleep } from './util';

export interface Warm {
	/** Service workers allowed (the site's offline copy answers the second visit). */
	serviceWorker: boolean;
	cold: number[];
	warm: number[];
	/** The second visit's `regiozicht:db-instantiated` (DuckDB's wasm compiled and instantiated): what the compiled-wasm cache should shrink. */
	warmInstantiated: number[];
	/** Runs in which the page said the site was stored before the second visit (service worker only). */
	stored: number;
	error?: string;
}

const readyAt = async (page: Page, timeout: number) => {
	const handle = await page.waitForFunction(() => performance.getEntriesByName('regiozicht:db-ready')[0]?.startTime, null, { timeout, polling: 50 });
	return (await handle.jsonValue()) as number;
};

/** Time between the two visits: V8 writes the wasm code cache once compiled in full. */
export const WARM_SETTLE_MS = 5_000;

/** `runs` pairs of visits, each pair in a fresh context. */
export async function warmVisits(origin: string, path: string, runs: number, serviceWorker: boolean, settleMs = WARM_SETTLE_MS): Promise<Warm> {
	const out: Warm = { serviceWorker, cold: [], warm: [], warmInstantiated: [], stored: 0 };
	for (let i = 0; i < runs; i++) {
		const context = await launchProfile(serviceWorker ? 'allow' : 'block');
		try {
			const first = await context.newPage();
			await first.goto(origin + path);
			const cold = await readyAt(first, 60_000);
			if (serviceWorker) {
				const stored = await first
					.locator('footer.site .offline-ready')
					.waitFor({ timeout: 90_000 })
					.then(() => true)
					.catch(() => false);
				if (stored) out.stored++;
			}
			await sleep(settleMs);
			await first.close();
			const second = await context.newPage();
			await second.goto(origin + path);
			const warm = await readyAt(second, 60_000);
			out.cold.push(cold);
			out.warm.push(warm);
			out.warmInstantiated.push(await second.evaluate(() => performance.getEntriesByName('regiozicht:db-instantiated')[0]?.startTime ?? NaN));
		} catch (error) {
			out.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
		} finally {
			await context.close();
		}
	}
	return out;
}

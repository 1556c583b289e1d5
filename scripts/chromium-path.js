/** The Chromium the browser tests use: Playwright's own if installed, else /usr/bin/chromium. */
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

export function chromiumPath() {
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		/* Playwright has no browser of its own here. */
	}
	for (const p of ['/usr/bin/chromium', '/usr/bin/chromium-browser']) if (existsSync(p)) return p;
	return null;
}

/** Flags for a quiet, offline-friendly headless Chromium (also needed when running as root). */
export const chromiumArgs = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run'
];

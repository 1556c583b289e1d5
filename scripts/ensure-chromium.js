#!/usr/bin/env node
/**
 * Make sure a Chromium exists for the browser tests: Playwright's own when installed, else the
 * system's /usr/bin/chromium. When neither exists and we are root on Debian/Ubuntu, install
 * Debian's `chromium` with apt-get (`npx playwright install` cannot download on every machine).
 */
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
import { chromiumPath } from './chromium-path.js';

const found = chromiumPath();
if (found) {
	console.log(`Chromium: ${found}`);
	process.exit(0);
}
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
	console.log('Geen Chromium gevonden; installeer Debian-pakket chromium met apt-get…');
	execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', { stdio: 'inherit' });
	if (chromiumPath()) process.exit(0);
}
console.error(
	'Geen Chromium gevonden voor de browsertests.\n' +
		'Installeer er een: `npx playwright install chromium`, of (Debian/Ubuntu) `sudo apt-get install chromium`.'
);
process.exit(1);

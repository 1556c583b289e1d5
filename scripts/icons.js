#!/usr/bin/env node
/**
 * Draws the site's icons as PNG from scripts/favicon.svg: node scripts/icons.js
 * PNG, not SVG, because Chromium renders an SVG icon as a whole SVG document on the page's main
 * thread while the page loads (~45 ms on a 2-core machine, traced); a 32 px PNG decodes in microseconds.
 * The PNGs are committed; run this again only when the SVG changes.
 */
import { readFileSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './chromium-path.js';

const svg = readFileSync(new URL('./favicon.svg', import.meta.url), 'utf8');
const icons = [
	{ file: 'static/favicon.png', size: 32, square: false },
	// iOS rounds the corners of a home-screen icon itself, so this one is square.
	{ file: 'static/apple-touch-icon.png', size: 180, square: true }
];
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: chromiumArgs });
for (const { file, size, square } of icons) {
	const page = await browser.newPage({ viewport: { width: size, height: size } });
	const drawn = (square ? svg.replace(/ rx="[^"]*"/, '') : svg).replace('<svg ', `<svg width="${size}" height="${size}" style="display:block" `);
	await page.setContent(`<body style="margin:0">${drawn}</body>`);
	await page.screenshot({ path: file, omitBackground: true });
	await page.close();
	console.log(`${file} (${size}×${size})`);
}
await browser.close();

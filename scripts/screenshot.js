#!/usr/bin/env node
/** Screenshot a page of the running site: node scripts/screenshot.js /regio/JZ12 out.png [width] [height] */
import { chromium } from '@playwright/test';
import { chromiumPath, chromiumArgs } from './chromium-path.js';

const [path = '/', out = 'screenshot.png', width = '1200', height = '900'] = process.argv.slice(2);
const browser = await chromium.launch({ executablePath: chromiumPath() ?? undefined, args: chromiumArgs });
const page = await browser.newPage({ viewport: { width: Number(width), height: Number(height) } });
await page.goto(`http://localhost:${process.env.PORT ?? 4173}${path}`);
await page.locator('[data-phase="ready"]').waitFor({ timeout: 20_000 }).catch(() => {});
await page.screenshot({ path: out, fullPage: process.env.FULL === '1' });
await browser.close();

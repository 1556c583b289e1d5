/**
 * Filter changes on the user's own data (issue 22 point 5). The site's embedded tables are
 * written out as the canonical CSV files a user would load (same rows, their own source id, so
 * "the embedded data's size"); a cold browser context opens /eigen-data, loads them, follows the
 * page's own link to the region page (in-app navigation: the data lives in the tab) and times the
 * filter changes there exactly as bench/lib/browser.ts times them on the embedded data: the first
 * change right after the panels are drawn, then changes back to back once the page has computed
 * ahead all it will. No build cube holds for this data, so every answer is the browser's own.
 */
import { mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from '@playwright/test';
import { openNodeDb, quoteIdent } from '../../src/lib/db/node';
import { columns, tableByName } from '../../src/lib/schema/index';
import { benchPage, interact, type Interaction, type Session } from './browser';
import { REGION } from './native';
import { log, sleep } from './util';

/** The tables a user can load, in the order that lets every file's references resolve. */
export const OWN_TABLES = ['providers', 'providerLocations', 'procurements', 'procurementParticipants', 'lots', 'contracts', 'waitingTimes', 'usage'] as const;
/** The source id the files carry: a user's rows may not claim Regiozicht's own source ids. */
const OWN_SOURCE = 'bench-eigen';

export interface OwnFiles {
	paths: string[];
	bytes: number;
	rows: Record<string, number>;
}

/** The site's tables (`dataDir` with the .parquet files) as canonical CSV files in `outDir`. */
export async function writeOwnCsvs(dataDir: string, outDir: string): Promise<OwnFiles> {
	mkdirSync(outDir, { recursive: true });
	const db = await openNodeDb();
	const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
	const out: OwnFiles = { paths: [], bytes: 0, rows: {} };
	try {
		for (const name of OWN_TABLES) {
			const table = tableByName(name);
			if (!table) throw new Error(`onbekende tabel ${name}`);
			const cols = columns(table).map((c) => (c.name === 'source' ? `${lit(OWN_SOURCE)} AS source` : quoteIdent(c.name)));
			const file = join(outDir, `${name}.csv`);
			await db.exec(`COPY (SELECT ${cols.join(', ')} FROM read_parquet(${lit(join(dataDir, `${name}.parquet`))})) TO ${lit(file)} (HEADER, DELIMITER ',')`);
			const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM read_parquet(${lit(join(dataDir, `${name}.parquet`))})`)) as [{ n: number }];
			out.rows[name] = n;
			out.paths.push(file);
			out.bytes += statSync(file).size;
		}
	} finally {
		db.close();
	}
	return out;
}

export interface OwnSession {
	ok: boolean;
	error?: string;
	/** File choice → every file's report on screen. */
	importMs: number | null;
	/** What /eigen-data says it loaded (one line per file). */
	loaded: string[];
	/** Click on the page's "view region" link → all panels drawn from the browser's results. */
	navigateMs: number | null;
	/** The first change (right after the panels are drawn), then the later ones (back to back). */
	interactions: Interaction[];
	/** Panels drawn → nothing left to compute ahead (`.cube-state` pending 0, waited for after the first change); null when not reached. */
	cubeMs: number | null;
	cubeCoverage?: string;
	/** Every panel shown came from the user's data in the browser: `data-computed-by` of each change. */
	computedBy: string[];
	consoleErrors: string[];
}

/** One cold session: load the files on /eigen-data, go to the region page, change filters. */
export async function ownDataSession(browser: Browser, origin: string, files: OwnFiles, opts: { interactions: number; seed: number; timeoutMs: number }): Promise<OwnSession> {
	const s: OwnSession = { ok: false, importMs: null, loaded: [], navigateMs: null, interactions: [], cubeMs: null, computedBy: [], consoleErrors: [] };
	const context = await browser.newContext();
	try {
		const page = await benchPage(context, s.consoleErrors);
		await page.goto(`${origin}/eigen-data`, { waitUntil: 'load', timeout: 60_000 });
		await page.waitForFunction(() => !(document.querySelector('.lang-switch') as HTMLButtonElement | null)?.disabled, null, { timeout: 30_000 });
		await page.locator('form.upload select').first().selectOption(REGION);
		const t0 = Date.now();
		await page.locator('input[type=file]').setInputFiles(files.paths);
		const link = page.locator(`section[aria-labelledby="geladen"] a[href$="/regio/${REGION}"]`);
		await link.waitFor({ timeout: opts.timeoutMs });
		await page.locator('p.busy').waitFor({ state: 'detached', timeout: opts.timeoutMs });
		s.importMs = Date.now() - t0;
		s.loaded = (await page.locator('section[aria-labelledby="geladen"] li').allInnerTexts()).map((x) => x.replace(/\s+/g, ' ').trim());
		// In-app navigation (the page's own link): a reload would lose the data.
		const clicked = await page.evaluate(() => performance.now());
		await link.click();
		await page.waitForURL(`**/regio/${REGION}`, { timeout: 30_000 });
		await page.waitForFunction(
			() => {
				const el = document.querySelector('.panels-state');
				return !!el && el.getAttribute('data-computed-by') === 'browser' && el.getAttribute('data-pending') === 'false';
			},
			null,
			{ timeout: opts.timeoutMs, polling: 20 }
		);
		s.navigateMs = (await page.evaluate(() => performance.now())) - clicked;
		const session = { cubeReady: null, cubeCoverage: undefined } as unknown as Session;
		s.interactions = await interact(page, { readyTimeoutMs: opts.timeoutMs, interactions: opts.interactions, interactionTimeoutMs: 30_000, cubeTimeoutMs: 60_000, seed: opts.seed }, session);
		if (session.cubeReady !== null) s.cubeMs = session.cubeReady - (clicked + s.navigateMs);
		s.cubeCoverage = session.cubeCoverage;
		s.computedBy = s.interactions.map((i) => i.computedBy ?? '?');
		s.ok = s.interactions.length > 0 && s.interactions.every((i) => !i.error);
		if (!s.ok) s.error = s.interactions.find((i) => i.error)?.error ?? 'geen filterwijzigingen';
	} catch (error) {
		s.error = error instanceof Error ? error.message.split('\n')[0] : String(error);
	} finally {
		await context.close().catch(() => undefined);
	}
	return s;
}

/** `n` cold sessions, logged as they go. */
export async function ownDataSessions(browser: Browser, origin: string, files: OwnFiles, n: number, interactions: number): Promise<OwnSession[]> {
	const out: OwnSession[] = [];
	for (let i = 0; i < n; i++) {
		const s = await ownDataSession(browser, origin, files, { interactions, seed: i, timeoutMs: 120_000 });
		out.push(s);
		log(
			`eigen data #${i + 1}: inlezen ${s.importMs ?? '?'} ms, naar de regio ${s.navigateMs?.toFixed(0) ?? '?'} ms, ` +
				`changes ${s.interactions.map((x) => (x.latencyMs === null ? 'x' : `${x.latencyMs.toFixed(0)}${x.computeMs !== null ? `(${x.computeMs})` : ''}`)).join('/')} ms, ` +
				`vooruit berekend ${s.cubeMs?.toFixed(0) ?? '?'} ms (${s.cubeCoverage ?? '?'})${s.error ? ` FOUT ${s.error}` : ''}`
		);
		if (i === 0) for (const l of s.loaded) log(`  ${l}`);
		await sleep(200);
	}
	return out;
}

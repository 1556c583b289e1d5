import type { Handle } from '@sveltejs/kit';
import { readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { base } from '$app/paths';
import { bootDuckDb, EARLY_DUCKDB, opensDuckDbAtOnce } from '$lib/db/duckdb-boot';
import { duckDbBundles } from '$lib/db/wasm';
import { layout, printFooter as pf, tr } from '$lib/i18n/text';
import { longDate } from '$lib/format';
import type { Lang } from '$lib/i18n/lang.svelte';

/** The day the site's data were built (static/data/manifest.json, written by the data build). */
let built: string | null | undefined;
const dataBuilt = () => (built ??= (JSON.parse(readFileSync('static/data/manifest.json', 'utf8')) as { built?: string }).built ?? null);

const escapeHtml = (s: string) => s.replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
/** Both languages; the print shows the page's own (app.css, `html[lang]`). */
const both = (text: (lang: Lang) => string) => (['nl', 'en'] as const).map((lang) => `<span lang="${lang}">${text(lang)}</span>`).join('');

/**
 * The footer of a printed page (shown only in print, app.css): the page's address, the data date
 * and the demo note, which the print shows only when the page holds demo data. Written into the
 * HTML at prerender, outside the app, so it costs the pages no JavaScript; hooks.client.ts puts
 * the full address (filters and language included) in when printing starts.
 */
function printFooter(path: string): string {
	const date = dataBuilt();
	return (
		`<div class="print-footer"><p>Regiozicht · ${both((l) => tr(pf.address, l))}: <span class="print-address">${escapeHtml(path)}</span></p>` +
		(date ? `<p>${both((l) => tr(pf.dataDate, l)(longDate(date, l)))}</p>` : '') +
		`<p class="print-demo"><span class="badge demo">demo</span> ${both((l) => `${tr(layout.demoBefore, l)} <strong>${tr(layout.demoStrong, l)}</strong> ${tr(layout.demoAfter, l)}`)}</p></div>`
	);
}

/**
 * The <head> script of the pages that open DuckDB at once: it starts DuckDB's worker, which
 * downloads and compiles the wasm while the page paints and its JavaScript loads (duckdb-boot.ts).
 * Inline, so it costs no request; the page's CSP allows it by its hash.
 */
const duckDbScript = `try{window.${EARLY_DUCKDB}=(${bootDuckDb.toString()})(${JSON.stringify(duckDbBundles)})}catch(e){}`;
const duckDbScriptHash = `'sha256-${createHash('sha256').update(duckDbScript).digest('base64')}'`;
function startDuckDbEarly(html: string): string {
	return html
		.replace(/(<meta http-equiv="content-security-policy" content="[^"]*script-src [^;"]*)/, `$1 ${duckDbScriptHash}`)
		.replace('</head>', `<script>${duckDbScript}</script></head>`);
}

/**
 * Runs when pages are prerendered. The prerendered HTML is the first view, so paint it before
 * any JavaScript: the pages preload only SvelteKit's two entry modules, not the page's other
 * chunks. With all twenty or so `modulepreload` links, the browser fetched and compiled every
 * chunk while it was still laying out the page, and on a 2-core machine the first paint came
 * ~150 ms later (bench/RESULTS.md, LCP). The entries import the rest themselves as they load.
 */
export const handle: Handle = ({ event, resolve }) =>
	resolve(event, {
		preload: ({ type, path }) => type !== 'js' || path.includes('/entry/'),
		transformPageChunk: ({ html }) => {
			const page = html.replace('</body>', `${printFooter(event.url.pathname)}</body>`);
			return opensDuckDbAtOnce(event.url.pathname, base) ? startDuckDbEarly(page) : page;
		}
	});

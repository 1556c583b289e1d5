/// <reference types="@sveltejs/kit" />
/// <reference no-default-lib="true"/>
/// <reference lib="esnext" />
/// <reference lib="webworker" />
/**
 * Offline after one visit (issue 22). Registered by src/lib/offline/register.ts only once the
 * page is ready and idle, so nothing here competes with DuckDB's cold start.
 *
 * - One cache per build (`version`); a new build installs a new cache, takes over at once and
 *   deletes the old one; register.ts tells an open page ("new data available — reload").
 * - At install, the shell: the app's code and styles, DuckDB's `eh` worker and wasm, parquet-wasm,
 *   the data files and the site's top pages. Most of it is already in the HTTP cache from the
 *   visit that registered us, so this rarely downloads much.
 * - Then, on the page's `fill` message, every other prerendered page (HTML and its
 *   `__data.json`), a few at a time, pages linked from the open page first; not when the user
 *   asked to save data. The regions' build cubes are cached only when fetched (a region page
 *   works without them: DuckDB answers).
 * - Hashed files (`/_app/immutable/`) are answered from the cache; everything else goes to the
 *   network first and falls back to the cache only when the network fails, so an online user
 *   always sees the newest build and data, and an offline one the stored copy.
 */
import { base, build, files, prerendered, version } from '$service-worker';
import { offlinePage as t } from '$lib/offline/offline-text';
import { markStoredCopy } from '$lib/offline/stored-copy';

const sw = self as unknown as ServiceWorkerGlobalScope;
const CACHE = `regiozicht-${version}`;
/** DuckDB's fallback build for browsers without wasm exceptions (every current one has them): 40 MB we skip. */
const skip = (path: string) => /duckdb-(browser-)?mvp/.test(path);
const TOP_PAGES = ['/', '/eigen-data', '/aanbieders', '/aanbieder', '/bronnen', '/methode'].map((p) => base + p);
/** A page's client-side data, which SvelteKit fetches when a link leads to it. */
const dataOf = (page: string) => `${page.replace(/\/$/, '')}/__data.json`;
const SHELL = [...build.filter((p) => !skip(p)), ...files, ...TOP_PAGES.flatMap((p) => [p, dataOf(p)]).filter((p) => prerendered.includes(p))];
/** Pages (and their client-side data) cached by `fill`; build cubes only on use. */
const PAGES = prerendered.filter((p) => !p.startsWith(`${base}/data/cube/`));
const IMMUTABLE = `${base}/_app/immutable/`;

/**
 * Files our workers load that `build` does not list (parquet-wasm's wasm, emitted for the Parquet
 * worker): named in the workers' code, which is in the cache by now.
 */
async function workerAssets(cache: Cache): Promise<string[]> {
	const found = new Set<string>();
	for (const path of build.filter((p) => p.startsWith(`${base}/_app/immutable/workers/`) && p.endsWith('.js'))) {
		const code = await (await cache.match(path))?.text();
		for (const m of code?.matchAll(/\/_app\/immutable\/workers\/assets\/[\w.-]+\.wasm/g) ?? []) found.add(base + m[0]);
	}
	return [...found];
}

sw.addEventListener('install', (event) => {
	event.waitUntil(
		caches
			.open(CACHE)
			.then(async (cache) => {
				await cache.addAll(SHELL);
				await cache.addAll(await workerAssets(cache));
			})
			.then(() => sw.skipWaiting())
	);
});

sw.addEventListener('activate', (event) => {
	event.waitUntil(
		caches
			.keys()
			.then((keys) => Promise.all(keys.filter((k) => k !== CACHE && k.startsWith('regiozicht-')).map((k) => caches.delete(k))))
			.then(() => sw.clients.claim())
	);
});

/** Store a whole, successful, same-origin answer (never a 206 part or an error page). */
async function keep(request: Request | string, response: Response): Promise<void> {
	if (response.status !== 200 || response.type !== 'basic') return;
	const cache = await caches.open(CACHE);
	await cache.put(request, response);
}

/**
 * A cached answer for this address; for a page or its `__data.json` (which SvelteKit asks for
 * with `?x-sveltekit-invalidated=…`) also one stored without the query.
 */
async function stored(request: Request): Promise<Response | undefined> {
	const cache = await caches.open(CACHE);
	const loose = request.mode === 'navigate' || new URL(request.url).pathname.endsWith('/__data.json');
	return (await cache.match(request)) ?? (loose ? cache.match(request, { ignoreSearch: true }) : undefined);
}

/** Offline and never stored: for a page, a short note in both languages; for anything else, a plain 503. */
function offlineAnswer(request: Request): Response {
	if (request.mode !== 'navigate') return new Response('Offline', { status: 503, headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
	const part = (lang: 'nl' | 'en') => `<section lang="${lang}"><h1>${t.missingTitle[lang]}</h1><p>${t.missing[lang]}</p><p><a href="${base}/">${t.home[lang]}</a></p></section>`;
	const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Regiozicht · ${t.missingTitle.nl}</title></head><body style="font-family:system-ui,sans-serif;max-width:40rem;margin:2rem auto;padding:0 1rem">${part('nl')}${part('en')}</body></html>`;
	return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/**
 * Storing pages waits while a page is starting: from a navigation until that page says it is
 * calm (its `fill` message, register.ts), at most 15 s. Otherwise a second visit, while the
 * first one's pages are still being stored, shares two cores with DuckDB's start.
 */
let quietUntil = 0;
const QUIET_MS = 15_000;

sw.addEventListener('fetch', (event) => {
	const request = event.request;
	const url = new URL(request.url);
	// Only our own GETs of whole files; a Range request (a part of a file) goes to the network as is.
	if (request.method !== 'GET' || url.origin !== sw.location.origin || request.headers.has('range')) return;
	if (url.pathname.startsWith(IMMUTABLE)) {
		event.respondWith(
			stored(request).then(
				(hit) =>
					hit ??
					fetch(request).then((response) => {
						event.waitUntil(keep(request, response.clone()));
						return response;
					})
			)
		);
		return;
	}
	if (request.mode === 'navigate') quietUntil = Date.now() + QUIET_MS;
	// A page is stored once, without its query (filters, language): the HTML is the same.
	const key = request.mode === 'navigate' ? url.origin + url.pathname : request;
	event.respondWith(
		fetch(request).then(
			(response) => {
				event.waitUntil(keep(key, response.clone()));
				return response;
			},
			async () => {
				const hit = await stored(request);
				return hit ? markStoredCopy(hit) : offlineAnswer(request);
			}
		)
	);
});

/** The addresses still to store, in order, and those being fetched: one queue however many pages ask. */
const queue: string[] = [];
const storing = new Set<string>();
let loops = 0;

/** Store addresses from the queue until it is empty; a failure leaves that address for the next visit. */
async function storeLoop(): Promise<void> {
	loops += 1;
	try {
		for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
			while (Date.now() < quietUntil) await sleep(250);
			storing.add(path);
			try {
				await keep(path, await fetch(path));
			} catch {
				// offline or gone: tried again on a later visit
			} finally {
				storing.delete(path);
			}
		}
	} finally {
		loops -= 1;
	}
}

/** Cache what is not yet cached, `parallel` at a time, `first` ahead of what waits; resolves when all of `paths` had their turn. */
async function fill(paths: string[], parallel: number, first = false): Promise<void> {
	const cache = await caches.open(CACHE);
	const have = new Set((await cache.keys()).map((r) => new URL(r.url).pathname));
	const queued = new Set(queue);
	const todo = [...new Set(paths)].filter((p) => !have.has(p) && !storing.has(p) && !queued.has(p));
	if (first) queue.unshift(...todo);
	else queue.push(...todo);
	for (let i = loops; i < parallel; i++) void storeLoop();
	const waiting = new Set(paths);
	while (queue.some((p) => waiting.has(p)) || [...storing].some((p) => waiting.has(p))) await sleep(250);
}

/**
 * `{ type: 'fill', first, all }`: the open page's own files (fetched before we were in charge) and
 * the pages it links to, answered with `filled`; then, unless `all` is false, every page.
 */
sw.addEventListener('message', (event) => {
	const data = event.data as { type?: string; first?: unknown; all?: unknown } | null;
	if (data?.type !== 'fill') return;
	quietUntil = 0; // the page that asks is calm
	const first = Array.isArray(data.first) ? data.first.filter((p): p is string => typeof p === 'string' && p.startsWith(`${base}/`) && !skip(p)) : [];
	const client = event.source;
	event.waitUntil(
		fill(first, 2, true)
			.then(() => client?.postMessage({ type: 'filled' }))
			.then(() => (data.all === false ? undefined : fill(PAGES, 1)))
	);
});

/**
 * The query in the address bar, where the dashboards keep their filters (state/url-filter.ts).
 *
 * A filter change is a shallow history entry (SvelteKit's `pushState`), not a navigation: the
 * page and its data stay, so the router's per-navigation work (loading the route again,
 * reading scroll state, scanning every link for preloading) does not add to each click. Such
 * an entry carries its query in `page.state`; `page.url` keeps the address of the last real
 * navigation. Back and forward restore `page.state`, a reload or a shared link arrives with
 * the query in `page.url`.
 *
 * The entry itself is written just after the panels are painted: writing it (the browser's
 * history, SvelteKit's scroll bookkeeping, a new `page` for the layout) took 1–5 ms of each
 * click, 13–45 ms the first time, all before the user saw the answer. Until then `ahead`
 * holds the query, so the page already reads the new one.
 *
 * The language rides along: every query written here carries `?lang=en` while the page is in
 * English (Dutch, the default, stays out), so a copied address opens in the language it was read in.
 */
import { pushState, replaceState } from '$app/navigation';
import { page } from '$app/state';
import { browser } from '$app/environment';
import { afterNextPaint } from '../paint';
import { i18n, LANG_PARAM } from '../i18n/lang.svelte';

const searchOf = (params: URLSearchParams) => {
	const query = params.toString();
	return query ? `?${query}` : '';
};

let ahead = $state.raw<{ path: string; search: string } | null>(null);
let queued: { path: string; search: string }[] = [];

// Back or forward before the entries were written: the user went elsewhere; drop them.
if (browser)
	addEventListener('popstate', () => {
		queued = [];
		ahead = null;
	});

/** The query shown in the address bar (or about to be), as the page should read it: `?…` or ''. */
export function addressSearch(): string {
	if (ahead?.path === page.url.pathname) return ahead.search;
	return page.state.search ?? page.url.search;
}

/** `params` with the current language: `lang=en` in English, no `lang` in Dutch. */
export function withLang(params: URLSearchParams): URLSearchParams {
	const out = new URLSearchParams(params);
	if (i18n.lang === 'nl') out.delete(LANG_PARAM);
	else out.set(LANG_PARAM, i18n.lang);
	return out;
}

/** Show `params` in the address bar as a new history entry of this page. */
export function pushQuery(params: URLSearchParams): void {
	const search = searchOf(withLang(params));
	ahead = { path: page.url.pathname, search };
	queued.push(ahead);
	if (queued.length === 1) afterPaint(writeHistory);
}

/**
 * Put the current language in the address, replacing the current history entry (no new entry, no
 * navigation): after the language switch and after every navigation, so that following a link keeps it.
 */
export function syncLangQuery(): void {
	for (const entry of queued) entry.search = searchOf(withLang(new URLSearchParams(entry.search)));
	if (queued.length) {
		ahead = { ...queued[queued.length - 1]! };
		return;
	}
	const current = new URLSearchParams(addressSearch());
	const search = searchOf(withLang(current));
	if (search !== searchOf(current)) replaceState(`${location.pathname}${search}${location.hash}`, { search });
}

/** One entry per change, in order; none once the user has left the page they were made on. */
function writeHistory() {
	const entries = queued;
	queued = [];
	for (const { path, search } of entries) if (path === location.pathname) pushState(`${path}${search}`, { search });
	ahead = null;
}

/** After the next paint; a timer as well, as a hidden tab paints no frames. */
function afterPaint(run: () => void) {
	let done = false;
	const once = () => {
		if (done) return;
		done = true;
		run();
	};
	afterNextPaint(once);
	setTimeout(once, 250);
}

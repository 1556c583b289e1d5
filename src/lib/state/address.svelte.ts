/**
 * The query in the address bar, where the dashboards keep their filters (state/url-filter.ts).
 *
 * A filter change is a shallow history entry (SvelteKit's `pushState`), not a navigation: the
 * page and its data stay, so the router's per-navigation work (loading the route again,
 * reading scroll state, scanning every link for preloading) does not add to each click. Such
 * an entry carries its query in `page.state`; `page.url` keeps the address of the last real
 * navigation. Back and forward restore `page.state`, a reload or a shared link arrives with
 * the query in `page.url`.
 */
import { pushState } from '$app/navigation';
import { page } from '$app/state';

/** The query shown in the address bar, as the page should read it. */
export function addressQuery(): URLSearchParams {
	return new URLSearchParams(page.state.search ?? page.url.search);
}

/** Show `params` in the address bar as a new history entry of this page. */
export function pushQuery(params: URLSearchParams): void {
	const query = params.toString();
	const search = query ? `?${query}` : '';
	pushState(`${page.url.pathname}${search}`, { search });
}

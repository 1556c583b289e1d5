import type { ClientInit, HandleClientError } from '@sveltejs/kit';
import { base } from '$app/paths';
import { opensDuckDbAtOnce } from '$lib/db/duckdb-boot';

/** A 404 is an answer, not a fault: show the error page without logging it as an error. */
export const handleError: HandleClientError = ({ error, status, message }) => {
	if (status !== 404) console.error(error);
	return { message };
};

/**
 * A region page opened directly opens DuckDB as soon as the app starts, with the worker its
 * <head> started (hooks.server.ts), instead of when the page mounts. Not for a region page
 * reached later by a link: that one starts DuckDB when it mounts. A failure shows in the page's
 * DbProgress, which tries again.
 */
export const init: ClientInit = () => {
	if (opensDuckDbAtOnce(location.pathname, base)) void import('$lib/db/browser').then((db) => db.getBrowserDb(`${base}/data`)).catch(() => {});
};

/** A printed page names its whole address, filters and language included (the print footer: hooks.server.ts). */
const printAddress = () => document.querySelectorAll('.print-address').forEach((a) => (a.textContent = location.href));
printAddress();
addEventListener('beforeprint', printAddress);
matchMedia('print').addEventListener('change', printAddress);

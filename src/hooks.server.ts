import type { Handle } from '@sveltejs/kit';

/**
 * Runs when pages are prerendered. The prerendered HTML is the first view, so paint it before
 * any JavaScript: the pages preload only SvelteKit's two entry modules, not the page's other
 * chunks. With all twenty or so `modulepreload` links, the browser fetched and compiled every
 * chunk while it was still laying out the page, and on a 2-core machine the first paint came
 * ~150 ms later (bench/RESULTS.md, LCP). The entries import the rest themselves as they load.
 */
export const handle: Handle = ({ event, resolve }) => resolve(event, { preload: ({ type, path }) => type !== 'js' || path.includes('/entry/') });

import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// Fully static: every page is prerendered; 404.html is the fallback our server
		// (scripts/serve.js) and static hosts send with status 404 for unknown paths.
		adapter: adapter({ pages: 'build', assets: 'build', fallback: '404.html', strict: true }),
		// Absolute asset paths, so 404.html works at any depth.
		paths: { relative: false },
		// Four pages at once: a page mostly waits on native DuckDB, which build-db.ts runs on a few
		// connections, so both cores stay busy (prerender ~2.4 min here, was ~3.3 one page at a time).
		prerender: { handleHttpError: 'fail', handleMissingId: 'fail', concurrency: 4 },
		output: { bundleStrategy: 'split' },
		// Our stylesheets are a few KB each: inline them, so first paint waits for no extra request.
		inlineStyleThreshold: 8192,
		// src/service-worker.ts is registered by src/lib/offline/register.ts once the page is ready,
		// not at 'load' (SvelteKit's default), so storing the site never competes with DuckDB's start.
		serviceWorker: { register: false },
		// Content-Security-Policy as a <meta> tag in every prerendered page: only our own
		// origin; DuckDB needs wasm compilation and a worker. Hashes cover SvelteKit's inline boot script.
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'connect-src': ['self'],
				'img-src': ['self', 'data:', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'font-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;

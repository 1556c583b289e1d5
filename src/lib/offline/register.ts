/**
 * Offline after one visit: registers src/service-worker.ts, asks it to store the site, and shows
 * the notes that go with a stored copy: "works offline now", "you are offline: data of <date>",
 * and "new data available — reload" when a newer build took over while the page was open.
 * Loaded lazily by the root layout, so the pages' own code does not grow.
 *
 * The worker is registered only when the page is ready and the browser idle (a region page:
 * after DuckDB is ready), so storing the site never competes with DuckDB's cold start.
 */
import { base } from '$app/paths';
import { dev } from '$app/environment';
import { dbStatus } from '$lib/db/status.svelte';
import { tr } from '$lib/i18n/text';
import { longDate } from '$lib/format';
import { offline as t } from './offline-text';
import { isStoredCopy } from './stored-copy';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const idle = () => new Promise<void>((r) => ('requestIdleCallback' in window ? requestIdleCallback(() => r(), { timeout: 3000 }) : setTimeout(r, 200)));

/** Until the page is loaded, DuckDB (if this page starts it) is ready or failed, and the browser is idle; at most a minute. */
async function calm(): Promise<void> {
	if (document.readyState !== 'complete') await new Promise((r) => addEventListener('load', r, { once: true }));
	const startsDb = location.pathname.startsWith(`${base}/regio/`);
	for (let waited = 0; waited < 60_000; waited += 250) {
		const busy = ['starting', 'downloading', 'decoding'].includes(dbStatus.phase) || (startsDb && dbStatus.phase === 'idle');
		if (!busy) break;
		await sleep(250);
	}
	await idle();
}

/** The copy of the data this page can reach now: the network's, else the stored one (`stored`), and its date. */
async function dataCopy(): Promise<{ date: string | null; stored: boolean }> {
	try {
		const response = await fetch(`${base}/data/manifest.json`);
		const manifest = (await response.json()) as { built?: string };
		return { date: manifest.built ?? null, stored: isStoredCopy(response) };
	} catch {
		return { date: null, stored: false };
	}
}
const dataDate = async () => (await dataCopy()).date;

type Note = 'ready' | 'offline' | 'update';
const shown = new Map<Note, { el: HTMLElement; render: () => void }>();

/** One note, kept in the page's language. The update note is a bar at the bottom of the screen with a reload button (app.css). */
function show(kind: Note, date: string | null) {
	shown.get(kind)?.el.remove();
	const el = document.createElement(kind === 'update' ? 'div' : 'p');
	el.className = `offline-note offline-${kind}`;
	el.setAttribute('role', 'status');
	const render = () => {
		const day = date ? longDate(date) : '–';
		const text = kind === 'ready' ? tr(t.ready) : kind === 'offline' ? tr(t.offlineData)(day) : tr(t.update)(day);
		el.replaceChildren(text);
		if (kind === 'update') {
			const button = document.createElement('button');
			button.type = 'button';
			button.textContent = tr(t.reload);
			button.addEventListener('click', () => location.reload());
			el.append(' ', button);
		}
	};
	// The quiet notes live in the site's footer; a page without one (an embedded chart) shows none.
	const where = kind === 'update' ? document.body : document.querySelector('footer.site');
	if (!where) return;
	render();
	where.append(el);
	shown.set(kind, { el, render });
}

/** Addresses on this site, as paths. */
function ownPaths(urls: Iterable<string>): string[] {
	const out: string[] = [];
	for (const u of urls) {
		try {
			const url = new URL(u, location.href);
			if (url.origin === location.origin) out.push(url.pathname);
		} catch {
			/* not an address */
		}
	}
	return out;
}
/** A page's client-side data file, as SvelteKit fetches it on a link to that page. */
const dataOf = (path: string) => `${path.replace(/\/$/, '')}/__data.json`;

let started = false;
export function registerOffline(): void {
	// Not inside a frame (an embedded chart on another site): that page is not the one being stored.
	if (started || dev || !('serviceWorker' in navigator) || window.top !== window) return;
	started = true;
	new MutationObserver(() => shown.forEach((n) => n.render())).observe(document.documentElement, { attributes: true, attributeFilter: ['lang'] });
	// Offline: the browser says so, or the data came from the stored copy because the network failed.
	const offlineNote = async () => {
		const copy = await dataCopy();
		if (!navigator.onLine || copy.stored) show('offline', copy.date);
		else shown.get('offline')?.el.remove();
	};
	addEventListener('offline', offlineNote);
	addEventListener('online', offlineNote);
	void offlineNote();
	void calm().then(start).catch(() => {
		/* no offline copy (private mode, storage full): the site works online as before */
	});
}

async function start() {
	const container = navigator.serviceWorker;
	const hadController = !!container.controller;
	container.addEventListener('controllerchange', async () => {
		// A newer build took over (a first install also takes over, but there was nothing before it).
		if (hadController) show('update', await dataDate());
	});
	container.addEventListener('message', (event: MessageEvent<{ type?: string }>) => {
		if (event.data?.type === 'filled' && !shown.has('ready')) show('ready', null);
	});
	await container.register(`${base}/service-worker.js`, { type: 'classic' });
	const registration = await container.ready;
	// This page and what it fetched before the worker was in charge, then the pages it links to.
	const page = location.pathname;
	const links = ownPaths(Array.from(document.querySelectorAll('a[href]'), (a) => (a as HTMLAnchorElement).href)).filter((p) => !/\.\w+$/.test(p));
	const first = [page, dataOf(page), ...ownPaths(performance.getEntriesByType('resource').map((e) => e.name)), ...links.flatMap((p) => [p, dataOf(p)])];
	const saveData = (navigator as { connection?: { saveData?: boolean } }).connection?.saveData === true;
	registration.active?.postMessage({ type: 'fill', first, all: !saveData });
}

/**
 * A chart's drawing width, kept up to date by one ResizeObserver shared by every chart.
 *
 * Why not `bind:clientWidth`: it reads `clientWidth` the moment a chart is mounted. A filter
 * change that mounts a chart (a list that was empty, a detail that appears) then forces a
 * layout of the whole page in the middle of the update, once per chart: 15–20 ms on the region
 * page. Here a chart starts at the last width any chart reported (they share one column), and
 * the observer corrects it after the browser's own layout, before the frame is painted.
 * A chart out of view is not laid out (`content-visibility: auto`, app.css), so the observer
 * cannot measure it: until it has been measured itself, it takes the width of its card (the
 * <figure>, which is laid out even then), else the width the others report — not the
 * prerender's 640 px on a 375 px phone.
 */
import { flushSync } from 'svelte';

/** The default on the server and before any chart is measured: what prerender draws at. */
let lastWidth = 640;
const listeners = new Map<Element, (width: number) => void>();
/** Charts the observer has not measured yet: out of view, or hidden. */
const unmeasured = new Set<Element>();
/** Cards (figures) observed for the charts inside them that cannot be measured yet. */
const cards = new Map<Element, Set<Element>>();
const inCard = new Set<Element>();
/** Elements whose width is their own business (a map beside the text): not a width for others. */
const apart = new Set<Element>();
let observer: ResizeObserver | undefined;

/**
 * Printing lays the page out again at the paper's width, and no ResizeObserver reports it: when
 * the print media starts (the layout is the paper's then) every chart is drawn at its width there,
 * before the pages are made, and at the screen's again after.
 */
function remeasure() {
	for (const [element, listener] of listeners) if (element.clientWidth) listener(element.clientWidth);
	flushSync();
}

function observe(element: HTMLElement, listener: (width: number) => void, shared: boolean): () => void {
	if (!observer) matchMedia('print').addEventListener('change', remeasure);
	observer ??= new ResizeObserver((entries) => {
		let reported = 0;
		for (const entry of entries) {
			const charts = cards.get(entry.target);
			if (charts) {
				for (const chart of charts) if (unmeasured.has(chart) && entry.contentRect.width > 0) listeners.get(chart)?.(entry.contentRect.width);
				continue;
			}
			// Layout is clean inside the observer's callback, so this read costs nothing.
			const width = (entry.target as HTMLElement).clientWidth;
			// 0: hidden (a closed <details>): it stays unmeasured and follows the others.
			if (width === 0) continue;
			if (!apart.has(entry.target)) reported = width;
			unmeasured.delete(entry.target);
			listeners.get(entry.target)?.(width);
		}
		if (!reported) return;
		lastWidth = reported;
		for (const other of unmeasured) if (!inCard.has(other)) listeners.get(other)?.(reported);
	});
	listeners.set(element, listener);
	unmeasured.add(element);
	if (!shared) apart.add(element);
	observer.observe(element);
	const card = element.closest('figure');
	if (card) {
		let charts = cards.get(card);
		if (!charts) {
			cards.set(card, (charts = new Set()));
			observer.observe(card);
		}
		charts.add(element);
		inCard.add(element);
	}
	return () => {
		listeners.delete(element);
		unmeasured.delete(element);
		observer?.unobserve(element);
		inCard.delete(element);
		apart.delete(element);
		const charts = card ? cards.get(card) : undefined;
		if (card && charts) {
			charts.delete(element);
			if (!charts.size) {
				cards.delete(card);
				observer?.unobserve(card);
			}
		}
	};
}

/** Usage: `const size = new ChartWidth();` then `<div {@attach size.attach}>` and `size.width`. */
export class ChartWidth {
	width = $state(lastWidth);
	/** `shared = false`: this element's width is not the column's (e.g. a map), so others do not follow it. */
	#shared: boolean;
	constructor(shared = true) {
		this.#shared = shared;
	}
	attach = (element: HTMLElement) => observe(element, (width) => (this.width = width), this.#shared);
}

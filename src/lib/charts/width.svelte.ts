/**
 * A chart's drawing width, kept up to date by one ResizeObserver shared by every chart.
 *
 * Why not `bind:clientWidth`: it reads `clientWidth` the moment a chart is mounted. A filter
 * change that mounts a chart (a list that was empty, a detail that appears) then forces a
 * layout of the whole page in the middle of the update, once per chart: 15–20 ms on the region
 * page. Here a chart starts at the last width any chart reported (they share one column), and
 * the observer corrects it after the browser's own layout, before the frame is painted.
 * A chart out of view is not laid out (`content-visibility: auto`, app.css), so the observer
 * cannot measure it: until it has been measured itself, it follows the width the others report.
 */

/** The default on the server and before any chart is measured: what prerender draws at. */
let lastWidth = 640;
const listeners = new Map<Element, (width: number) => void>();
/** Charts the observer has not measured yet: out of view, or hidden. */
const unmeasured = new Set<Element>();
let observer: ResizeObserver | undefined;

function observe(element: HTMLElement, listener: (width: number) => void): () => void {
	observer ??= new ResizeObserver((entries) => {
		let reported = 0;
		for (const entry of entries) {
			// Layout is clean inside the observer's callback, so this read costs nothing.
			const width = (entry.target as HTMLElement).clientWidth;
			// 0: hidden (a closed <details>): it stays unmeasured and follows the others.
			if (width === 0) continue;
			reported = width;
			unmeasured.delete(entry.target);
			listeners.get(entry.target)?.(width);
		}
		if (!reported) return;
		lastWidth = reported;
		for (const other of unmeasured) listeners.get(other)?.(reported);
	});
	listeners.set(element, listener);
	unmeasured.add(element);
	observer.observe(element);
	return () => {
		listeners.delete(element);
		unmeasured.delete(element);
		observer?.unobserve(element);
	};
}

/** Usage: `const size = new ChartWidth();` then `<div {@attach size.attach}>` and `size.width`. */
export class ChartWidth {
	width = $state(lastWidth);
	attach = (element: HTMLElement) => observe(element, (width) => (this.width = width));
}

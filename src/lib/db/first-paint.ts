/**
 * Run work after the browser has painted the page once, so starting DuckDB never delays the
 * prerendered content. Once the first contentful paint is recorded there is nothing to wait for.
 */
export function afterFirstPaint(): Promise<void> {
	if (performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint')) return Promise.resolve();
	// rAF runs just before the next paint; the timeout lands just after it.
	return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}

/**
 * Work that should wait until the browser has painted, so it never delays what the user sees.
 * rAF runs just before the next paint; the timeout lands just after it.
 */
export function afterNextPaint(run: () => void): void {
	requestAnimationFrame(() => setTimeout(run, 0));
}

/**
 * After the page's first paint (so starting DuckDB never delays the prerendered content). Once
 * the first contentful paint is recorded there is nothing to wait for.
 */
export function afterFirstPaint(): Promise<void> {
	if (performance.getEntriesByType('paint').some((e) => e.name === 'first-contentful-paint')) return Promise.resolve();
	return new Promise((resolve) => afterNextPaint(resolve));
}

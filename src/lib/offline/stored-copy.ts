/**
 * How the service worker marks an answer it gave from the stored copy because the network failed,
 * so the page can say so. `navigator.onLine` alone misses that: it stays true when the network is
 * down behind a working link (a train's wifi, an intranet without its server), and Chromium keeps
 * it true for a page reloaded while its network is switched off.
 */
export const STORED_COPY_HEADER = 'X-Regiozicht-Stored-Copy';

/** `stored` as a new answer with the mark (a cached Response's headers cannot be changed in place). */
export function markStoredCopy(stored: Response): Response {
	const headers = new Headers(stored.headers);
	headers.set(STORED_COPY_HEADER, '1');
	return new Response(stored.body, { status: stored.status, statusText: stored.statusText, headers });
}

export const isStoredCopy = (response: Response): boolean => response.headers.get(STORED_COPY_HEADER) === '1';

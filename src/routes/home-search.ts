/**
 * The home page search: municipalities and regions by name, accent-, case- and
 * punctuation-insensitive ("sudwest" finds Súdwest-Fryslân, "s hertogenbosch" finds
 * ’s-Hertogenbosch). Pure, so it is tested against every municipality of the CBS list.
 */

export interface Place {
	kind: 'gemeente' | 'regio';
	/** GM0160 or JZ12: the page is /gemeente/<code> or /regio/<code>. */
	code: string;
	name: string;
	/** A municipality's youth care region; a region's lead municipality (also searched). */
	context?: string | null;
}

/** Lower case, accents and punctuation dropped, single spaces: "’s-Hertogenbosch" → "s hertogenbosch". */
export function fold(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLocaleLowerCase('nl')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** How well a folded name matches a folded query: 0 exact, 1 start, 2 start of a word, 3 inside; null no match. */
function rank(name: string, q: string): number | null {
	if (name === q) return 0;
	if (name.startsWith(q)) return 1;
	if (name.includes(` ${q}`)) return 2;
	if (name.includes(q) || name.replace(/ /g, '').includes(q.replace(/ /g, ''))) return 3;
	return null;
}

/**
 * The places matching `query`, best first: by name (exact, then starting with it, …), a
 * municipality before a region of the same name; a region also matches on its lead
 * municipality, after every name match. Empty query: no results.
 */
export function searchPlaces(places: readonly Place[], query: string): Place[] {
	const q = fold(query);
	if (!q) return [];
	const found: { place: Place; score: number }[] = [];
	for (const place of places) {
		const byName = rank(fold(place.name), q);
		const byContext = place.kind === 'regio' && place.context ? rank(fold(place.context), q) : null;
		const score = byName !== null ? byName : byContext !== null ? 4 + byContext : null;
		if (score !== null) found.push({ place, score: score * 2 + (place.kind === 'gemeente' ? 0 : 1) });
	}
	return found.sort((a, b) => a.score - b.score || a.place.name.localeCompare(b.place.name, 'nl')).map((f) => f.place);
}

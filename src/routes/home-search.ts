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

/** A procurement as the deal search needs it (metrics/deal.ts dealList). */
export interface DealEntry {
	id: string;
	title: string;
	regionName: string;
	startDate: string;
	/** Municipalities and providers, joined by '|'. */
	municipalities: string;
	providers: string;
	source: string;
}

/**
 * The deal search index, names stored once: a provider in 30 deals is one string, not 30.
 * `deals`: [id, title, region name index, start year, municipality name indexes, provider name indexes, demo].
 */
export interface DealIndex {
	names: string[];
	deals: [string, string, number, number, number[], number[], boolean][];
}

export function packDeals(rows: readonly DealEntry[]): DealIndex {
	const names: string[] = [];
	const at = new Map<string, number>();
	const idx = (name: string) => {
		let i = at.get(name);
		if (i === undefined) at.set(name, (i = names.push(name) - 1));
		return i;
	};
	const split = (joined: string) => (joined ? joined.split('|').map(idx) : []);
	return {
		names,
		deals: rows.map((r) => [r.id, r.title, idx(r.regionName), Number(r.startDate.slice(0, 4)), split(r.municipalities), split(r.providers), r.source === 'demo'])
	};
}

export interface DealHit {
	id: string;
	title: string;
	regionName: string;
	startYear: number;
	demo: boolean;
	/** Why it matched: the title, its region, a participating municipality or a provider (with the name). */
	via: 'titel' | 'regio' | 'gemeente' | 'aanbieder';
	name: string;
}

/**
 * Deals matching `query` on their title, region, a participating municipality or a provider with
 * a contract, best first: a better match first (exact, start, start of a word, inside), then
 * title before region before municipality before provider, then the newest deal.
 */
export function searchDeals(index: DealIndex, query: string): DealHit[] {
	const q = fold(query);
	if (!q) return [];
	const folded = index.names.map(fold);
	const nameRank = index.names.map((_, i) => rank(folded[i]!, q));
	const found: { hit: DealHit; score: number }[] = [];
	for (const [id, title, region, startYear, municipalities, providers, demo] of index.deals) {
		const candidates: [DealHit['via'], number | null, string][] = [
			['titel', rank(fold(title), q), title],
			['regio', nameRank[region]!, index.names[region]!],
			...municipalities.map((m): [DealHit['via'], number | null, string] => ['gemeente', nameRank[m]!, index.names[m]!]),
			...providers.map((p): [DealHit['via'], number | null, string] => ['aanbieder', nameRank[p]!, index.names[p]!])
		];
		const order = ['titel', 'regio', 'gemeente', 'aanbieder'];
		let best: { score: number; via: DealHit['via']; name: string } | null = null;
		for (const [via, r, name] of candidates) {
			if (r === null) continue;
			const score = r * 4 + order.indexOf(via);
			if (!best || score < best.score) best = { score, via, name };
		}
		if (best) found.push({ hit: { id, title, regionName: index.names[region]!, startYear, demo, via: best.via, name: best.name }, score: best.score });
	}
	return found.sort((a, b) => a.score - b.score || b.hit.startYear - a.hit.startYear || a.hit.id.localeCompare(b.hit.id)).map((f) => f.hit);
}

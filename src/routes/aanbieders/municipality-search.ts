/**
 * Type-ahead over the municipalities: by name (accents, case, hyphens and apostrophes ignored;
 * a few everyday names such as "Den Haag" for 's-Gravenhage), or by a four-digit postcode (PC4)
 * where the data maps it to a municipality. Pure and synchronous: it answers from the small
 * index built once from the prerendered page data (bench/typeahead.ts measures it).
 *
 * This module stays free of the language state (bench/typeahead.ts runs it outside Svelte): what
 * it has to say is a `note` of data, which the picker puts into words in the current language
 * (src/lib/i18n/text.ts, `picker`).
 */

export interface MunicipalityOption {
	code: string;
	name: string;
	provinceName: string;
}

export interface PostcodeArea {
	postcode: string;
	municipalityCode: string;
}

export interface SearchResult {
	/** Options to show, best first (at most `limit`). */
	options: MunicipalityOption[];
	/** How many matched in all. */
	total: number;
	/** The query looked like a postcode. */
	postcode: string | null;
	/** What to tell the reader (e.g. that a postcode cannot be mapped), as data to put into words. */
	note: SearchNote | null;
}

export type SearchNote =
	| { kind: 'postcodeOne'; postcode: string; name: string }
	| { kind: 'postcodeMany'; postcode: string; count: number }
	| { kind: 'postcodeNone'; postcode: string }
	| { kind: 'noMatch'; query: string };

/** Everyday names that differ from the official CBS name. */
const aliases: Record<string, string> = {
	'den haag': "'s-Gravenhage",
	'the hague': "'s-Gravenhage",
	'den bosch': "'s-Hertogenbosch",
	's gravenhage': "'s-Gravenhage",
	's hertogenbosch': "'s-Hertogenbosch"
};

/** Lower case, accents off, punctuation to spaces, single spaces. */
export function normalise(text: string): string {
	return text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

interface Entry {
	option: MunicipalityOption;
	key: string;
	/** Normalised name without a leading "s " ('s-Gravenhage → gravenhage) and its words. */
	bare: string;
	words: string[];
	aliasKeys: string[];
}

export interface MunicipalityIndex {
	search(query: string, limit?: number): SearchResult;
	byCode: ReadonlyMap<string, MunicipalityOption>;
	size: number;
}

export function buildMunicipalityIndex(options: readonly MunicipalityOption[], postcodes: readonly PostcodeArea[] = []): MunicipalityIndex {
	const byCode = new Map(options.map((o) => [o.code, o]));
	const aliasByName = new Map<string, string[]>();
	for (const [alias, name] of Object.entries(aliases)) aliasByName.set(name, [...(aliasByName.get(name) ?? []), alias]);
	const entries: Entry[] = options
		.map((option) => {
			const key = normalise(option.name);
			const bare = key.replace(/^s /, '');
			return { option, key, bare, words: key.split(' '), aliasKeys: aliasByName.get(option.name) ?? [] };
		})
		.sort((a, b) => a.key.localeCompare(b.key, 'nl'));
	const pc4 = new Map<string, string[]>();
	for (const p of postcodes) {
		const list = pc4.get(p.postcode) ?? [];
		if (!list.includes(p.municipalityCode)) list.push(p.municipalityCode);
		pc4.set(p.postcode, list);
	}

	function search(query: string, limit = 8): SearchResult {
		const raw = query.trim();
		const postcode = /^(\d{4})\s*[a-zA-Z]{0,2}$/.exec(raw)?.[1] ?? null;
		if (postcode) {
			const found = (pc4.get(postcode) ?? []).map((c) => byCode.get(c)).filter((o): o is MunicipalityOption => o !== undefined);
			const note: SearchNote = found.length
				? found.length === 1
					? { kind: 'postcodeOne', postcode, name: found[0]!.name }
					: { kind: 'postcodeMany', postcode, count: found.length }
				: { kind: 'postcodeNone', postcode };
			return {
				options: found.slice(0, limit),
				total: found.length,
				postcode,
				note
			};
		}
		const q = normalise(raw);
		if (!q) return { options: [], total: 0, postcode: null, note: null };
		// Rank: 0 name starts with it, 1 an alias or a later word starts with it, 2 it occurs inside.
		const ranked: { entry: Entry; rank: number }[] = [];
		for (const entry of entries) {
			let rank = -1;
			if (entry.key.startsWith(q) || entry.bare.startsWith(q)) rank = 0;
			else if (entry.aliasKeys.some((a) => a.startsWith(q)) || entry.words.some((w) => w.startsWith(q))) rank = 1;
			else if (entry.key.includes(q)) rank = 2;
			if (rank >= 0) ranked.push({ entry, rank });
		}
		ranked.sort((a, b) => a.rank - b.rank);
		return {
			options: ranked.slice(0, limit).map((r) => r.entry.option),
			total: ranked.length,
			postcode: null,
			note: ranked.length ? null : { kind: 'noMatch', query: raw.slice(0, 40) }
		};
	}

	return { search, byCode, size: options.length };
}

/** Seeded pseudo-random numbers, so the demo dataset is reproducible byte for byte. */

/** 32-bit FNV-1a hash of a string: turns names like "JZ12/jeugd" into independent seeds. */
export function hashSeed(text: string): number {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return h >>> 0;
}

export interface Random {
	/** Uniform in [0, 1). */
	next(): number;
	int(min: number, max: number): number;
	pick<T>(items: readonly T[]): T;
	chance(p: number): boolean;
	/** k distinct items, in random order. */
	sample<T>(items: readonly T[], k: number): T[];
	/** Log-normal-ish positive number around `median`. */
	skewed(median: number, spread: number): number;
}

/** mulberry32: tiny, fast, good enough for demo data (not for anything secret). */
export function createRandom(seed: number | string): Random {
	let a = typeof seed === 'string' ? hashSeed(seed) : seed >>> 0;
	const next = () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
	const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
	return {
		next,
		int,
		pick: (items) => items[Math.floor(next() * items.length)]!,
		chance: (p) => next() < p,
		sample(items, k) {
			const copy = items.slice();
			for (let i = copy.length - 1; i > 0; i--) {
				const j = Math.floor(next() * (i + 1));
				[copy[i], copy[j]] = [copy[j]!, copy[i]!];
			}
			return copy.slice(0, Math.min(k, copy.length));
		},
		skewed(median, spread) {
			// Box-Muller normal, exponentiated.
			const u = Math.max(next(), 1e-12);
			const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
			return median * Math.exp(z * spread);
		}
	};
}

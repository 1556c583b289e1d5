/** Small helpers shared by the benchmark modules: statistics, timeouts, formatting. */

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Reject after `ms` with a message naming what timed out (the work itself is not cancelled). */
export async function withTimeout<T>(what: string, ms: number, work: Promise<T>): Promise<T> {
	let timer: NodeJS.Timeout | undefined;
	try {
		return await Promise.race([
			work,
			new Promise<never>((_, reject) => {
				timer = setTimeout(() => reject(new Error(`${what}: geen resultaat binnen ${Math.round(ms / 1000)} s`)), ms);
			})
		]);
	} finally {
		clearTimeout(timer);
	}
}

const finite = (xs: readonly (number | null | undefined)[]) => xs.filter((x): x is number => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);

/** Median (mean of the two middle values for even counts); null for no data. */
export function median(xs: readonly (number | null | undefined)[]): number | null {
	const s = finite(xs);
	if (!s.length) return null;
	const m = Math.floor(s.length / 2);
	return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

/** Percentile by the nearest-rank method (p95 of 20 values = the 19th smallest). */
export function percentile(xs: readonly (number | null | undefined)[], p: number): number | null {
	const s = finite(xs);
	if (!s.length) return null;
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))]!;
}

export const max = (xs: readonly (number | null | undefined)[]) => {
	const s = finite(xs);
	return s.length ? s[s.length - 1]! : null;
};

export const sum = (xs: readonly number[]) => xs.reduce((a, b) => a + b, 0);

export const ms = (v: number | null | undefined, digits = 0) => (v == null ? 'n/a' : `${v.toFixed(digits)} ms`);
export const sec = (v: number | null | undefined) => (v == null ? 'n/a' : `${(v / 1000).toFixed(2)} s`);
export const kb = (b: number | null | undefined) => (b == null ? 'n/a' : `${(b / 1024).toFixed(1)} KB`);
export const mb = (b: number | null | undefined) => (b == null ? 'n/a' : `${(b / 1048576).toFixed(2)} MB`);
export const ratio = (v: number | null | undefined) => (v == null ? 'n/a' : `${v.toFixed(2)}×`);

export function log(...parts: unknown[]) {
	const t = ((performance.now() - started) / 1000).toFixed(1).padStart(6);
	console.log(`[bench ${t} s]`, ...parts);
}
const started = performance.now();
export const elapsedMs = () => performance.now() - started;

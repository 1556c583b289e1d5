/** Make DuckDB values plain JSON-friendly JS, identically for the WASM and native drivers. */
import type { DataType, Table } from 'apache-arrow';

/** BIGINT → number when it fits exactly, else a string (never a lossy number). */
export function plainBigInt(v: bigint): number | string {
	return v >= BigInt(Number.MIN_SAFE_INTEGER) && v <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(v) : v.toString();
}

/** Dates become ISO strings: YYYY-MM-DD at midnight UTC, else a full timestamp. */
export function plainDate(d: Date): string {
	const iso = d.toISOString();
	return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso;
}

export function plainValue(v: unknown): unknown {
	if (typeof v === 'bigint') return plainBigInt(v);
	if (v instanceof Date) return plainDate(v);
	if (Array.isArray(v)) return v.map(plainValue);
	return v;
}

export function plainRow<T>(row: Record<string, unknown>): T {
	const out: Record<string, unknown> = {};
	for (const [k, v] of Object.entries(row)) out[k] = plainValue(v);
	return out as T;
}

/** Arrow (DuckDB-WASM's results) → plain rows; dates (epoch ms in Arrow) become ISO strings as on the native side. */
export function arrowRows<T>(table: Table, isDateType: (type: DataType) => boolean): T[] {
	const dateFields = table.schema.fields.filter((f) => isDateType(f.type)).map((f) => f.name);
	return table.toArray().map((r: { toJSON(): Record<string, unknown> }) => {
		const out: Record<string, unknown> = {};
		for (const [k, v] of Object.entries(r.toJSON())) out[k] = dateFields.includes(k) && typeof v === 'number' ? plainValue(new Date(v)) : plainValue(v);
		return out as T;
	});
}

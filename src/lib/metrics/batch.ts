/**
 * One metric for many filters in one query: the data cube, derived from the metric's own SQL.
 *
 * A filter change on the region dashboard costs some 15 metric queries, and on small tables that
 * cost is nearly all fixed per query (plan size), not data. Run for every municipality ×
 * category of the map at once, the same metric costs about one query more than a single filter
 * (measured: 104 filters of a region in ≈ 0.7 s of DuckDB-WASM for 13 panels, against ≈ 24 s
 * one by one), after which every such filter change is a cache hit.
 *
 * Nothing is written twice: the metric's SQL runs once per key inside a LATERAL join over the
 * keys, with the placeholders that carry the varied filter fields (the *dimensions*) replaced
 * by the key's columns; DuckDB decorrelates that into one plan. Which placeholders those are is
 * found by binding the metric with marker values. A metric whose binds do more with a dimension
 * than pass it through (derive a flag from it, build a pattern) is refused, never guessed.
 * The keys and every other value stay bound parameters.
 *
 * Order: a LATERAL result has no order of its own, so the batch sorts by key and then by the
 * metric's final ORDER BY with table aliases left out (`sl.dealId` → the output's `dealId`),
 * which the metric therefore sorts by columns it outputs (see metric.ts).
 */
import type { Row, SqlValue } from '../db/types';
import type { Metric } from './metric';

export type Key<D extends string> = Record<D, string | null>;

export interface MetricBatch {
	sql: string;
	params: SqlValue[];
	/** The batch's rows, split per key in the order of `keys`, each as the single metric returns them. */
	split(rows: readonly Row[]): Row[][];
}

export class NotBatchable extends Error {}

const scanned = new Map<string, ReturnType<typeof scanSql>>();

/** Where the `?` placeholders are, and where the last top-level ORDER BY starts (outside strings, comments, parentheses). */
export function scanSql(sql: string): { placeholders: number[]; orderBy: number | null } {
	const known = scanned.get(sql);
	if (known) return known;
	const placeholders: number[] = [];
	let orderBy: number | null = null;
	let depth = 0;
	for (let i = 0; i < sql.length; i++) {
		const ch = sql[i]!;
		if (ch === "'" || ch === '"') {
			const end = sql.indexOf(ch, i + 1);
			if (end < 0) throw new NotBatchable('unterminated quote');
			i = end; // a doubled quote ('') just reopens the next string: the scan stays outside text
		} else if (ch === '-' && sql[i + 1] === '-') {
			const end = sql.indexOf('\n', i);
			i = end < 0 ? sql.length : end;
		} else if (ch === '/' && sql[i + 1] === '*') {
			const end = sql.indexOf('*/', i + 2);
			if (end < 0) throw new NotBatchable('unterminated comment');
			i = end + 1;
		} else if (ch === '(') depth++;
		else if (ch === ')') depth--;
		else if (ch === '?') placeholders.push(i);
		else if (depth === 0 && (ch === 'O' || ch === 'o') && /^ORDER\s+BY\b/i.test(sql.slice(i, i + 12)) && !/\w/.test(sql[i - 1] ?? '')) orderBy = i;
	}
	const result = { placeholders, orderBy };
	scanned.set(sql, result); // metric SQL is a fixed set of texts
	return result;
}

const marker = (run: number, dim: string) => `\u0000batch:${run}:${dim}`;

/**
 * The batch of `metric` over `keys`: `paramsFor(key)` gives the metric's params for one key
 * (the rest of the filter fixed), as the page would call it for that filter.
 * Throws NotBatchable when the metric's binds or SQL do not allow it.
 */
export function batchMetric<P, D extends string>(
	metric: Metric<P, Row>,
	dims: readonly D[],
	paramsFor: (key: Key<D>) => P,
	keys: readonly Key<D>[]
): MetricBatch {
	const keyOf = (value: (dim: D) => string | null) => Object.fromEntries(dims.map((d) => [d, value(d)])) as Key<D>;
	const [first, second, none] = [
		metric.bind(paramsFor(keyOf((d) => marker(1, d)))),
		metric.bind(paramsFor(keyOf((d) => marker(2, d)))),
		metric.bind(paramsFor(keyOf(() => null)))
	];
	const { placeholders, orderBy } = scanSql(metric.sql);
	if (first.length !== placeholders.length || second.length !== first.length || none.length !== first.length)
		throw new NotBatchable(`${metric.id}: binds do not match the placeholders`);

	// Each placeholder either passes one dimension through unchanged, or does not depend on any.
	const slots = first.map((value, i): D | null => {
		const dim = dims.find((d) => value === marker(1, d));
		if (dim !== undefined) {
			if (second[i] !== marker(2, dim) || none[i] !== null) throw new NotBatchable(`${metric.id}: placeholder ${i + 1} does more with ${dim} than pass it`);
			return dim;
		}
		if (second[i] !== value || none[i] !== value || (typeof value === 'string' && value.includes('\u0000batch:')))
			throw new NotBatchable(`${metric.id}: placeholder ${i + 1} depends on a dimension`);
		return null;
	});

	const body = orderBy === null ? metric.sql : metric.sql.slice(0, orderBy);
	// Outside strings, `alias.column` becomes `column`: in the outer query only the output's names exist.
	const order = orderBy === null ? '' : metric.sql.slice(orderBy).replace(/^ORDER\s+BY/i, ',').replace(/('[^']*')|\b[A-Za-z_]\w*\.(?=[A-Za-z_])/g, (m, text: string | undefined) => text ?? '');
	if (/\b(LIMIT|OFFSET)\b/i.test(order)) throw new NotBatchable(`${metric.id}: a LIMIT would apply to all keys together`);

	let inner = '';
	let from = 0;
	const rest: SqlValue[] = [];
	placeholders.forEach((at, i) => {
		const dim = slots[i]!;
		inner += body.slice(from, Math.min(at, body.length));
		if (at < body.length) {
			inner += dim === null ? '?' : `__keys.__d${dims.indexOf(dim)}`;
			if (dim === null) rest.push(first[i]!);
		} else if (dim !== null) throw new NotBatchable(`${metric.id}: a dimension in the ORDER BY`);
		from = at + 1;
	});
	inner += body.slice(Math.min(from, body.length));
	const orderParams = placeholders.flatMap((at, i) => (at >= body.length ? [first[i]!] : []));

	const row = `(CAST(? AS INTEGER)${dims.map(() => ', CAST(? AS VARCHAR)').join('')})`;
	const columns = ['__k', ...dims.map((_, i) => `__d${i}`)].join(', ');
	const sql = `SELECT __keys.__k, __r.* FROM (VALUES ${keys.map(() => row).join(', ')}) __keys(${columns}),
LATERAL (${inner}) __r
ORDER BY __keys.__k${order}`;
	const params: SqlValue[] = [...keys.flatMap((key, k) => [k, ...dims.map((d) => key[d])]), ...rest, ...orderParams];

	return {
		sql,
		params,
		split(rows) {
			const out: Row[][] = keys.map(() => []);
			for (const { __k, ...fields } of rows) out[Number(__k)]!.push(fields);
			return out;
		}
	};
}

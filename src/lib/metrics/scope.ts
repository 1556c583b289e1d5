/**
 * Shared SQL building blocks: the scopes every lens starts from, each a named CTE with the
 * function that binds its `?` parameters in order. They implement the cross-filter of
 * filter.ts once, so every panel means the same thing by "this municipality", "this year", …
 *
 * A fragment is SQL text plus a bind function; `query()` strings CTE fragments and a final
 * SELECT together and concatenates their binds in the same order. Values never enter the SQL
 * text: every user value (and every threshold) is a bound parameter.
 *
 * Scopes (all restricted to the filter's region and domain):
 * - members: the region's member municipalities (regionMembership for region + domain; the
 *   membership period is not applied: all figures use one municipal division).
 * - contracts (`contractsCte`): contracts of the region's deals that run in the filter's period
 *   (year null → on the reference date; year Y → at any time in Y), in deals the filter's
 *   municipality takes part in, in lots of the filter's category, held by the filter's provider.
 * - deals (`dealsCte`): the region's procurements the municipality takes part in, with a lot in
 *   the category, where the provider holds a contract; "in the period" means: at least one of
 *   its contracts (of that category / provider) runs in the period. `allTime` drops the
 *   period condition (the deal timeline shows history when no year is chosen).
 * - lots (`lotsCte`): lots of the scoped deals, of the category, and (with a provider) only lots
 *   where that provider holds a scoped contract. Needs `scopedDeals` and `scopedContracts`.
 * - waits (`waitsCte`): waitingTimes rows measured in a member municipality, of a category of
 *   the domain (careCategories.domain; adult ggz is 'zvw' and belongs to neither), of the
 *   municipality / category / provider; year Y → months of Y; year null → the 12 months up to
 *   and including the latest month *of each source* in the region (so the NZa 2018 snapshot
 *   and the recent demo series each keep their own window). An optional `source` narrows to
 *   one source.
 */
import type { SqlValue } from '../db/types';
import type { RegionFilter } from './filter';
import { thresholds as defaultThresholds } from './thresholds';

/** SQL text with the function that binds its `?` placeholders, in order. */
export interface Fragment<P> {
	sql: string;
	bind(params: P): SqlValue[];
}

export const fragment = <P>(sql: string, bind: (params: P) => SqlValue[] = () => []): Fragment<P> => ({ sql, bind });

/** `WITH cte1, cte2 … body`: the SQL and the binds in placeholder order. */
export function query<P>(ctes: readonly Fragment<P>[], body: Fragment<P>): Fragment<P> {
	const sql = (ctes.length ? `WITH ${ctes.map((c) => c.sql).join(',\n')}\n` : '') + body.sql;
	return { sql, bind: (p) => [...ctes.flatMap((c) => c.bind(p)), ...body.bind(p)] };
}

/** The filter plus the reference date that "current" means when no year is chosen. */
export interface ScopeParams extends RegionFilter {
	date: string;
}

/** The filter's period as inclusive ISO dates: the reference date, or 1 Jan – 31 Dec of the year. */
export function period(p: { year: number | null; date: string }): { from: string; to: string } {
	if (p.year === null) return { from: p.date, to: p.date };
	if (!Number.isInteger(p.year)) throw new Error(`year must be an integer, got ${p.year}`);
	const y = String(p.year).padStart(4, '0');
	return { from: `${y}-01-01`, to: `${y}-12-31` };
}

/** `members(code, name, provinceCode)`. */
export const membersCte = fragment<Pick<RegionFilter, 'regionId' | 'domain'>>(
	`members AS (
		SELECT DISTINCT m.code, m.name, m.provinceCode
		FROM regionMembership rm JOIN municipalities m ON m.code = rm.municipalityCode
		WHERE rm.regionId = ? AND rm.domain = ?
	)`,
	(p) => [p.regionId, p.domain]
);

export interface ContractsScopeOptions {
	/** Keep every provider's contracts (market-wide figures such as HHI). */
	ignoreProvider?: boolean;
	/** Keep contracts of all municipalities (e.g. a region median to compare one municipality with). */
	ignoreMunicipality?: boolean;
}

/**
 * `<name>(contractId, dealId, lotId, category, providerId, role, mainContractorId, value,
 * clients, pgbPossible, startDate, endDate, source)`: contracts under the filter (see top).
 * One row per contract, never multiplied by participants.
 */
export function contractsCte(name = 'scopedContracts', options: ContractsScopeOptions = {}): Fragment<ScopeParams> {
	return fragment(
		`${name} AS (
			SELECT c.id AS contractId, p.id AS dealId, l.id AS lotId, l.category, c.providerId, c.role,
				c.mainContractorId, c.value, c.clients, c.pgbPossible, c.startDate, c.endDate, c.source
			FROM procurements p
			JOIN lots l ON l.procurementId = p.id
			JOIN contracts c ON c.lotId = l.id
			WHERE p.regionId = ? AND p.domain = ?
				AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (
					SELECT 1 FROM procurementParticipants pp WHERE pp.procurementId = p.id AND pp.municipalityCode = ?))
				AND (CAST(? AS VARCHAR) IS NULL OR l.category = ?)
				AND (CAST(? AS VARCHAR) IS NULL OR c.providerId = ?)
				AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE))
				AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
		)`,
		(p) => {
			const { from, to } = period(p);
			const municipality = options.ignoreMunicipality ? null : p.municipality;
			const provider = options.ignoreProvider ? null : p.provider;
			return [p.regionId, p.domain, municipality, municipality, p.category, p.category, provider, provider, to, from];
		}
	);
}

/**
 * `scopedDeals`: every procurements column plus `maxEndDate` (endDate + extensionYears), for
 * the deals under the filter (see top). `allTime` (bound) ignores the period.
 */
export function dealsCte(allTime: (p: ScopeParams) => boolean = () => false): Fragment<ScopeParams> {
	return fragment(
		`scopedDeals AS (
			SELECT p.*, CAST(p.endDate + to_years(CAST(p.extensionYears AS INTEGER)) AS DATE) AS maxEndDate
			FROM procurements p
			WHERE p.regionId = ? AND p.domain = ?
				AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (
					SELECT 1 FROM procurementParticipants pp WHERE pp.procurementId = p.id AND pp.municipalityCode = ?))
				AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (
					SELECT 1 FROM lots l WHERE l.procurementId = p.id AND l.category = ?))
				AND (CAST(? AS VARCHAR) IS NULL OR EXISTS (
					SELECT 1 FROM lots l JOIN contracts c ON c.lotId = l.id WHERE l.procurementId = p.id AND c.providerId = ?))
				AND (CAST(? AS BOOLEAN) OR EXISTS (
					SELECT 1 FROM lots l JOIN contracts c ON c.lotId = l.id
					WHERE l.procurementId = p.id
						AND (CAST(? AS VARCHAR) IS NULL OR l.category = ?)
						AND (CAST(? AS VARCHAR) IS NULL OR c.providerId = ?)
						AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE))
						AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))))
		)`,
		(p) => {
			const { from, to } = period(p);
			return [
				p.regionId, p.domain,
				p.municipality, p.municipality,
				p.category, p.category,
				p.provider, p.provider,
				allTime(p),
				p.category, p.category,
				p.provider, p.provider,
				to, from
			];
		}
	);
}

/**
 * `scopedLots(lotId, dealId, title, category, numberOfTenderers, source)`: lots of `scopedDeals`
 * in the category; with a provider, only lots where it holds a contract in `scopedContracts`.
 */
export const lotsCte = fragment<ScopeParams>(
	`scopedLots AS (
		SELECT l.id AS lotId, l.procurementId AS dealId, l.title, l.category, l.numberOfTenderers, l.source
		FROM lots l JOIN scopedDeals d ON d.id = l.procurementId
		WHERE (CAST(? AS VARCHAR) IS NULL OR l.category = ?)
			AND (CAST(? AS VARCHAR) IS NULL OR l.id IN (SELECT sc.lotId FROM scopedContracts sc))
	)`,
	(p) => [p.category, p.category, p.provider]
);

/**
 * Which waiting times: the real NZa 2018 ggz snapshot, or 'recent': every other series — the
 * demo data, or the user's own files once they replaced it (their rows carry their own source).
 */
export type WaitSource = 'nza-ggz-2018' | 'recent';
/** SQL: does the row (its `source` column) belong to the WaitSource bound to the one `?`. */
export const inWaitSource = (column: string) => `((${column} = 'nza-ggz-2018') = (? = 'nza-ggz-2018'))`;

export interface WaitParams extends RegionFilter {
	/** Only this source's rows; null/absent = every source, each in its own 12-month window. */
	source?: WaitSource | null;
}

/** SQL for the month 'YYYY-MM' of a monthIndex expression (year × 12 + month − 1); NULL stays NULL. */
export const monthOf = (index: string) => `CASE WHEN ${index} IS NULL THEN NULL ELSE printf('%04d-%02d', (${index}) // 12, (${index}) % 12 + 1) END`;

/**
 * `regionWaits`, `waitWindow`, `scopedWaits(providerId, locationId, category, subCategory,
 * municipalityCode, month, monthIndex, medianWeeks, p90Weeks, normWeeks, normSource, source)`.
 * normWeeks falls back on the category's norm when the row has none. monthIndex =
 * year × 12 + month − 1, so consecutive calendar months differ by exactly 1.
 *
 * NOT MATERIALIZED lets DuckDB push the municipality and category filters into the scan of
 * regionWaits instead of first copying every row of the region (measured on 10M rows: a
 * municipality's waiting panels ~4× faster). The window's latest month comes from the view
 * `waitWindows` (below), which a region slice stores as a table of a few rows: then no waits
 * metric scans the region's rows for it (on 10M rows, ~45 ms of each of six panels).
 */
export const waitsCte = fragment<WaitParams>(
	`regionWaits AS NOT MATERIALIZED (
		SELECT w.providerId, w.locationId, w.category, w.subCategory, w.municipalityCode, w.month,
			CAST(substr(w.month, 1, 4) AS INTEGER) * 12 + CAST(substr(w.month, 6, 2) AS INTEGER) - 1 AS monthIndex,
			w.medianWeeks, w.p90Weeks,
			coalesce(w.normWeeks, cc.normWeeks) AS normWeeks,
			coalesce(w.normSource, cc.normSource) AS normSource,
			w.source
		FROM waitingTimes w JOIN careCategories cc ON cc.code = w.category
		WHERE cc.domain = ?
			AND w.municipalityCode IN (SELECT rm.municipalityCode FROM regionMembership rm WHERE rm.regionId = ? AND rm.domain = ?)
			AND (CAST(? AS VARCHAR) IS NULL OR ${inWaitSource('w.source')})
	),
	waitWindow AS (
		SELECT source, CAST(substr(max(lastMonth), 1, 4) AS INTEGER) * 12 + CAST(substr(max(lastMonth), 6, 2) AS INTEGER) - 1 AS lastIndex
		FROM waitWindows WHERE regionId = ? AND domain = ? AND (CAST(? AS VARCHAR) IS NULL OR ${inWaitSource('source')})
		-- One row per source already; the GROUP BY tells the planner so. Without it, over the view on
		-- 10M rows, it expected millions of window rows and ran out of memory in DuckDB-WASM.
		GROUP BY source
	),
	scopedWaits AS (
		SELECT rw.* FROM regionWaits rw JOIN waitWindow ww ON ww.source = rw.source
		WHERE (CAST(? AS VARCHAR) IS NULL OR rw.municipalityCode = ?)
			AND (CAST(? AS VARCHAR) IS NULL OR rw.category = ?)
			AND (CAST(? AS VARCHAR) IS NULL OR rw.providerId = ?)
			AND CASE WHEN CAST(? AS VARCHAR) IS NULL THEN rw.monthIndex > ww.lastIndex - 12
				ELSE substr(rw.month, 1, 4) = CAST(? AS VARCHAR) END
	)`,
	(p) => {
		const source = p.source ?? null;
		const year = p.year === null ? null : String(p.year);
		return [
			p.domain, p.regionId, p.domain,
			source, source,
			p.regionId, p.domain, source, source,
			p.municipality, p.municipality,
			p.category, p.category,
			p.provider, p.provider,
			year, year
		];
	}
);

/**
 * The latest month ('YYYY-MM' sorts by time) per region, domain and source of the waits in
 * `waitingTimes` (a table name, quoted by the caller): the rows waitsCte's regionWaits reads,
 * grouped. A municipality in a region twice for one domain counts once, as max() does not mind.
 */
export const waitWindowsSelect = (waitingTimes: string) => `SELECT rm.regionId, cc.domain, w.source, max(w.month) AS lastMonth
	FROM ${waitingTimes} w JOIN careCategories cc ON cc.code = w.category
	JOIN regionMembership rm ON rm.municipalityCode = w.municipalityCode AND rm.domain = cc.domain
	GROUP BY rm.regionId, cc.domain, w.source`;

/**
 * The views the metric SQL reads besides the tables, for a database holding `tables`: created
 * once the tables are in, they follow every later change to those tables (a user's own data).
 */
export function metricViewsSql(tables: readonly string[]): string[] {
	const has = (...names: string[]) => names.every((n) => tables.includes(n));
	return has('waitingTimes', 'careCategories', 'regionMembership') ? [`CREATE OR REPLACE VIEW waitWindows AS ${waitWindowsSelect('waitingTimes')}`] : [];
}

/** A number to bind (use it as `CAST(? AS DOUBLE)` in SQL, the same on native DuckDB and WASM). */
export const num = (value: number, what = 'value'): number => {
	if (typeof value !== 'number' || !Number.isFinite(value)) throw new Error(`${what} must be a finite number, got ${value}`);
	return value;
};

/** The thresholds of thresholds.ts, optionally overridden per call (tests, what-if on /methode). */
export interface ThresholdParams {
	thresholds?: Partial<Thresholds>;
}
export type Thresholds = { -readonly [K in keyof typeof defaultThresholds]: number };

export function thresholdsOf(p: ThresholdParams): Thresholds {
	const merged = { ...defaultThresholds, ...p.thresholds };
	for (const [key, value] of Object.entries(merged)) num(value, key);
	return merged;
}

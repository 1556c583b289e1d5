/**
 * The municipality page: one municipality's figures set against its region and the country.
 *
 * Three rows, always in this order:
 * - gemeente: the municipality — contracts of its region's deals that it takes part in, its
 *   usage, waits measured in it;
 * - regio: the region the municipality belongs to for the domain (regionMembership; with more
 *   than one membership row, the one running in the year of `date`, then the latest
 *   `fromYear`, then the lowest region id) — all the region's current contracts, its members'
 *   usage and waits;
 * - nederland: every deal of the domain, all usage, all waits.
 *
 * The definitions are those of the region lenses, so the regio row equals them for the same
 * region and date:
 * - contractedProviders / deals: distinct providers with a contract running on `date` (main or
 *   sub) and deals with such a contract (as providersPerMunicipality, dealsCte);
 * - shareLocalByValue / -Count: local.ts. gemeente = the municipality's contract × municipality
 *   pairs (localShareByMunicipality); regio = each contract once with its best tier (localShare);
 *   nederland = pooled over all regions, each contract tiered relative to its own region (its
 *   region's members and their provinces), so it is Σ local / Σ all over regions, not an
 *   average of region shares;
 * - medianEffectiveProviders: median over markets of 10,000 / HHI (choice.ts); a market is a
 *   care category of the scope's contracts, for nederland a region × category. Markets without
 *   an HHI (no main contractor with clients or value) are left out of the median;
 * - pgbShare: pgbClients / (clients + pgbClients) in one year for all three rows (`pgbYear`):
 *   the latest year with usage in the region (as pgbShare in choice.ts), else in the country;
 * - waitShareOverNorm / medianWaitWeeks: demo waits only, provider-months with a median wait, in
 *   one 12-month window for all three rows (`waitFromMonth`–`waitToMonth`): up to the latest
 *   demo month in the region (as waitsCte), else in the country (waiting.ts definitions).
 *
 * The region is not a parameter: it follows from the municipality inside the SQL. That is why
 * the region-bound fragments of scope.ts (membersCte, contractsCte, waitsCte), which bind the
 * region id as a value, are mirrored here rather than used; local.ts's `localPairsCte` and
 * `tierColumns` and choice.ts's `categoryHhiCte` are used as they are.
 */
import { defineMetric } from './metric';
import type { Domain } from './config';
import { categoryHhiCte } from './choice';
import { localPairsCte, tierColumns, type LocalBy } from './local';
import { emptyFilter } from './filter';
import { fragment, inWaitSource, monthOf, query, type Fragment, type ScopeParams, type WaitSource } from './scope';

export interface ComparisonParams {
	/** CBS code (GMxxxx) of the municipality. */
	municipality: string;
	domain: Domain;
	/** Reference date (YYYY-MM-DD): contracts running on it are current. */
	date: string;
	/** What counts as local (see local.ts); default 'regio'. */
	localBy?: LocalBy;
}

export type ComparisonLevel = 'gemeente' | 'regio' | 'nederland';

export interface MunicipalityComparisonRow extends Record<string, unknown> {
	level: ComparisonLevel;
	/** gemeente: the code asked for; regio: region id (null when the municipality has no region); nederland: 'NL'. */
	code: string | null;
	/** Municipality name / region name / 'Nederland'; null when unknown. */
	name: string | null;
	/** Distinct providers with a current contract (main or sub) in scope. */
	contractedProviders: number;
	/** Deals with a current contract in scope. */
	deals: number;
	/** Fractions 0..1 (local.ts); null when there is nothing to divide. */
	shareLocalByValue: number | null;
	shareLocalByCount: number | null;
	/** Median over markets of 10,000 / HHI; null without a market with an HHI. */
	medianEffectiveProviders: number | null;
	/** Usage year of pgbShare (the same for all three rows); null without usage data. */
	pgbYear: number | null;
	/** pgbClients / (clients + pgbClients); null when both are 0. */
	pgbShare: number | null;
	/** Demo-wait window (YYYY-MM, inclusive, the same for all three rows); null without demo waits. */
	waitFromMonth: string | null;
	waitToMonth: string | null;
	/** Share (0..1) of provider-months whose median wait exceeds the norm. */
	waitShareOverNorm: number | null;
	/** Median of the provider-months' median waits, in weeks. */
	medianWaitWeeks: number | null;
}

const waitSource: WaitSource = 'recent';

function checkDate(date: string): string {
	if (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date must be YYYY-MM-DD, got ${date}`);
	return date;
}

/** A fragment written for other params, bound from ours. */
const adapt = <Q>(f: Fragment<Q>, map: (p: ComparisonParams) => Q): Fragment<ComparisonParams> => fragment(f.sql, (p) => f.bind(map(p)));

/**
 * The filter the reused fragments bind from: whole scope, no category or provider. Their region
 * and municipality come from the CTEs here (`members`, the contracts CTE they are given), not
 * from these values; they read only `provider`, `municipality` (with ignoreMunicipality: not at
 * all) and `localBy`.
 */
const reusedFilter = (p: ComparisonParams): ScopeParams & { localBy: LocalBy } => ({
	...emptyFilter('', p.domain),
	date: p.date,
	localBy: p.localBy ?? 'regio'
});

/** `cmpRegion(regionId)`: at most one row. `members(code, name, provinceCode)` as membersCte. */
const regionCtes = fragment<ComparisonParams>(
	`cmpRegion AS (
		SELECT rm.regionId FROM regionMembership rm
		WHERE rm.municipalityCode = ? AND rm.domain = ?
		ORDER BY (rm.fromYear <= year(CAST(? AS DATE)) AND (rm.toYear IS NULL OR rm.toYear >= year(CAST(? AS DATE)))) DESC,
			rm.fromYear DESC, rm.regionId
		LIMIT 1
	),
	members AS (
		SELECT DISTINCT m.code, m.name, m.provinceCode
		FROM regionMembership rm JOIN municipalities m ON m.code = rm.municipalityCode
		WHERE rm.regionId = (SELECT regionId FROM cmpRegion) AND rm.domain = ?
	)`,
	(p) => [p.municipality, p.domain, checkDate(p.date), p.date, p.domain]
);

/**
 * `domainContracts` (every deal of the domain), `regionContracts` (the region's deals),
 * `municipalityContracts` (of those, deals the municipality takes part in): contracts running on
 * `date`, with the columns of contractsCte plus regionId.
 */
const contractCtes = fragment<ComparisonParams>(
	`domainContracts AS (
		SELECT c.id AS contractId, p.id AS dealId, p.regionId, l.id AS lotId, l.category, c.providerId, c.role,
			c.mainContractorId, c.value, c.clients, c.pgbPossible, c.startDate, c.endDate, c.source
		FROM procurements p
		JOIN lots l ON l.procurementId = p.id
		JOIN contracts c ON c.lotId = l.id
		WHERE p.domain = ?
			AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE))
			AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
	),
	regionContracts AS (
		SELECT * FROM domainContracts WHERE regionId = (SELECT regionId FROM cmpRegion)
	),
	municipalityContracts AS (
		SELECT rc.* FROM regionContracts rc
		WHERE EXISTS (SELECT 1 FROM procurementParticipants pp WHERE pp.procurementId = rc.dealId AND pp.municipalityCode = ?)
	)`,
	(p) => [p.domain, p.date, p.date, p.municipality]
);

/** local.ts's pairs over the region's contracts (all members), then each contract once. */
const regionLocalCtes = [
	adapt(localPairsCte('regionContracts', { ignoreMunicipality: true }), reusedFilter),
	fragment<ComparisonParams>(
		`regionTiers AS (
			SELECT contractId, category, max(value) AS value, min(tierRank) AS tierRank
			FROM localPairs GROUP BY contractId, category
		)`
	)
];

/**
 * The same tier rule as localPairsCte over every region at once: a pair is a contract × a
 * participant that is a member of the deal's region; "in the region" means a location in a
 * member of *that* region. `natTiers`: each contract once with its best tier.
 */
const nationalLocalCtes = fragment<ComparisonParams>(
	`natMembers AS (
		SELECT DISTINCT rm.regionId, rm.municipalityCode FROM regionMembership rm WHERE rm.domain = ?
	),
	natLocs AS (
		SELECT DISTINCT pl.providerId, pl.municipalityCode, lm.provinceCode, nm.regionId AS locRegion
		FROM providerLocations pl
		JOIN municipalities lm ON lm.code = pl.municipalityCode
		LEFT JOIN natMembers nm ON nm.municipalityCode = pl.municipalityCode
		WHERE pl.providerId IN (SELECT providerId FROM domainContracts)
	),
	natPairs AS (
		SELECT dc.contractId, dc.regionId, dc.providerId, coalesce(dc.value, 0) AS value,
			m.code AS municipalityCode, m.provinceCode
		FROM domainContracts dc
		JOIN procurementParticipants pp ON pp.procurementId = dc.dealId
		JOIN natMembers nm ON nm.municipalityCode = pp.municipalityCode AND nm.regionId = dc.regionId
		JOIN municipalities m ON m.code = pp.municipalityCode
	),
	natLocalPairs AS (
		SELECT np.contractId, np.value,
			CASE
				WHEN count(nl.providerId) = 0 THEN 4
				WHEN coalesce(bool_or(CASE WHEN CAST(? AS VARCHAR) = 'gemeente'
					THEN nl.municipalityCode = np.municipalityCode ELSE nl.locRegion = np.regionId END), false) THEN 1
				WHEN coalesce(bool_or(nl.provinceCode = np.provinceCode), false) THEN 2
				ELSE 3
			END AS tierRank
		FROM natPairs np LEFT JOIN natLocs nl ON nl.providerId = np.providerId
		GROUP BY np.contractId, np.regionId, np.providerId, np.value, np.municipalityCode, np.provinceCode
	),
	natTiers AS (
		SELECT contractId, max(value) AS value, min(tierRank) AS tierRank FROM natLocalPairs GROUP BY contractId
	)`,
	(p) => [p.domain, p.localBy ?? 'regio']
);

/**
 * choice.ts's HHI per market, for the three scopes at once: the `category` it groups by is the
 * market key `level|category` (nederland: `nederland|regionId|category`).
 */
const choiceCtes = [
	fragment<ComparisonParams>(
		`marketContracts AS (
			SELECT 'gemeente|' || category AS category, providerId, role, clients, value FROM municipalityContracts
			UNION ALL
			SELECT 'regio|' || category AS category, providerId, role, clients, value FROM regionContracts
			UNION ALL
			SELECT 'nederland|' || regionId || '|' || category AS category, providerId, role, clients, value FROM domainContracts
		)`
	),
	adapt(categoryHhiCte, reusedFilter)
];

/** `usageYear(year)`, `yearUsage`: the domain's usage rows of that year. */
const usageCtes = fragment<ComparisonParams>(
	`usageYear AS (
		SELECT coalesce(
			(SELECT max(u.year) FROM usage u WHERE u.domain = ? AND u.municipalityCode IN (SELECT code FROM members)),
			(SELECT max(u.year) FROM usage u WHERE u.domain = ?)) AS year
	),
	yearUsage AS (
		SELECT u.municipalityCode, u.clients, u.pgbClients
		FROM usage u WHERE u.domain = ? AND u.year = (SELECT year FROM usageYear)
	)`,
	(p) => [p.domain, p.domain, p.domain]
);

/** `waitEnd(lastIndex)`, `windowWaits`: demo provider-months with a median wait in the window. */
const waitCtes = fragment<ComparisonParams>(
	`domainWaits AS (
		SELECT w.municipalityCode,
			CAST(substr(w.month, 1, 4) AS INTEGER) * 12 + CAST(substr(w.month, 6, 2) AS INTEGER) - 1 AS monthIndex,
			w.medianWeeks, coalesce(w.normWeeks, cc.normWeeks) AS normWeeks
		FROM waitingTimes w JOIN careCategories cc ON cc.code = w.category
		WHERE cc.domain = ? AND ${inWaitSource('w.source')}
	),
	waitEnd AS (
		SELECT coalesce(
			(SELECT max(monthIndex) FROM domainWaits WHERE municipalityCode IN (SELECT code FROM members)),
			(SELECT max(monthIndex) FROM domainWaits)) AS lastIndex
	),
	windowWaits AS (
		SELECT dw.* FROM domainWaits dw, waitEnd we
		WHERE dw.medianWeeks IS NOT NULL AND dw.monthIndex > we.lastIndex - 12 AND dw.monthIndex <= we.lastIndex
	)`,
	(p) => [p.domain, waitSource]
);

const pgbColumn = `CAST(coalesce(sum(pgbClients), 0) AS DOUBLE) / nullif(coalesce(sum(clients), 0) + coalesce(sum(pgbClients), 0), 0) AS pgbShare`;
const waitColumns = `
	CAST(count(*) FILTER (WHERE medianWeeks > normWeeks) AS DOUBLE) / nullif(count(*) FILTER (WHERE normWeeks IS NOT NULL), 0) AS waitShareOverNorm,
	median(medianWeeks) AS medianWaitWeeks`;
const shares = (from: string) => `shareLocalByValue, shareLocalByCount FROM (SELECT ${tierColumns} FROM ${from})`;
/** One row per level: `levels(ord, level, code, name)` and the figures per level. */
const figureCtes = fragment<ComparisonParams>(
	`levels AS (
		SELECT 1 AS ord, 'gemeente' AS level, CAST(? AS VARCHAR) AS code,
			(SELECT m.name FROM municipalities m WHERE m.code = ?) AS name
		UNION ALL
		SELECT 2, 'regio', r.regionId, (SELECT rg.name FROM regions rg WHERE rg.id = r.regionId AND rg.domain = ?)
		FROM (SELECT (SELECT regionId FROM cmpRegion) AS regionId) r
		UNION ALL
		SELECT 3, 'nederland', 'NL', 'Nederland'
	),
	counts AS (
		SELECT 'gemeente' AS level, count(DISTINCT providerId) AS contractedProviders, count(DISTINCT dealId) AS deals FROM municipalityContracts
		UNION ALL SELECT 'regio', count(DISTINCT providerId), count(DISTINCT dealId) FROM regionContracts
		UNION ALL SELECT 'nederland', count(DISTINCT providerId), count(DISTINCT dealId) FROM domainContracts
	),
	localFigures AS (
		SELECT 'gemeente' AS level, ${shares('localPairs WHERE municipalityCode = ?')}
		UNION ALL SELECT 'regio', ${shares('regionTiers')}
		UNION ALL SELECT 'nederland', ${shares('natTiers')}
	),
	choiceFigures AS (
		SELECT split_part(category, '|', 1) AS level, median(10000.0 / nullif(hhi, 0)) AS medianEffectiveProviders
		FROM categoryHhi GROUP BY split_part(category, '|', 1)
	),
	pgbFigures AS (
		SELECT 'gemeente' AS level, ${pgbColumn} FROM yearUsage WHERE municipalityCode = ?
		UNION ALL SELECT 'regio', ${pgbColumn} FROM yearUsage WHERE municipalityCode IN (SELECT code FROM members)
		UNION ALL SELECT 'nederland', ${pgbColumn} FROM yearUsage
	),
	waitFigures AS (
		SELECT 'gemeente' AS level, ${waitColumns} FROM windowWaits WHERE municipalityCode = ?
		UNION ALL SELECT 'regio', ${waitColumns} FROM windowWaits WHERE municipalityCode IN (SELECT code FROM members)
		UNION ALL SELECT 'nederland', ${waitColumns} FROM windowWaits
	)`,
	(p) => [p.municipality, p.municipality, p.domain, p.municipality, p.municipality, p.municipality]
);

const body = fragment<ComparisonParams>(
	`SELECT l.level, l.code, l.name,
		CAST(c.contractedProviders AS BIGINT) AS contractedProviders,
		CAST(c.deals AS BIGINT) AS deals,
		lf.shareLocalByValue, lf.shareLocalByCount,
		CAST(cf.medianEffectiveProviders AS DOUBLE) AS medianEffectiveProviders,
		CAST((SELECT year FROM usageYear) AS BIGINT) AS pgbYear,
		pf.pgbShare,
		(SELECT ${monthOf('lastIndex - 11')} FROM waitEnd) AS waitFromMonth,
		(SELECT ${monthOf('lastIndex')} FROM waitEnd) AS waitToMonth,
		wf.waitShareOverNorm,
		CAST(wf.medianWaitWeeks AS DOUBLE) AS medianWaitWeeks
	FROM levels l
	JOIN counts c ON c.level = l.level
	JOIN localFigures lf ON lf.level = l.level
	LEFT JOIN choiceFigures cf ON cf.level = l.level
	JOIN pgbFigures pf ON pf.level = l.level
	JOIN waitFigures wf ON wf.level = l.level
	ORDER BY l.ord`
);

const comparison = query<ComparisonParams>(
	[regionCtes, contractCtes, ...regionLocalCtes, nationalLocalCtes, ...choiceCtes, usageCtes, waitCtes, figureCtes],
	body
);

export const municipalityComparison = defineMetric<ComparisonParams, MunicipalityComparisonRow>({
	id: 'municipalityComparison',
	title: { nl: 'Gemeente, regio en Nederland', en: 'Municipality, region and the Netherlands' },
	definition: {
		nl: 'Dezelfde cijfers voor de gemeente, haar regio en heel Nederland: gecontracteerde aanbieders en lopende trajecten, het deel lokale aanbieders (voor Nederland opgeteld over alle regio’s, elk contract gemeten tegen de eigen regio), de mediaan over de markten van het effectief aantal aanbieders, het pgb-aandeel in één jaar en de wachttijden (demo) in één periode van 12 maanden.',
		en: 'The same figures for the municipality, its region and the whole country: contracted providers and running deals, the share of local providers (for the Netherlands pooled over all regions, each contract measured against its own region), the median over markets of the effective number of providers, the pgb share in one year and the (demo) waiting times in one 12-month window.'
	},
	sql: comparison.sql,
	bind: comparison.bind
});

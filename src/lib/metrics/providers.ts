/**
 * Lens: care providers, for residents — "for this kind of care, in my municipality, who can I go
 * to, are they local, and how long will I wait?" — and a profile of one provider.
 *
 * Two kinds of provider never mix in one figure:
 * - demo providers (source 'demo') hold the made-up contracts and the made-up waits (iJw / iWmo
 *   categories). For these categories a municipality's list is: providers with a contract that
 *   runs on the reference date, in a lot of that category, in a deal the municipality takes part in.
 * - real NZa providers (source 'nza-ggz-2018') have no contracts, only the 2018 ggz waits. For a
 *   ggz category the list is: providers with a waiting-time row of that category in the
 *   municipality or its jeugdregio.
 *
 * "Your region" is the municipality's region for the category's law: the Wmo region for Wmo
 * categories, the jeugdregio for youth care and for every ggz circuit (adult ggz included).
 * Local tiers: a care location (providerLocations) in the municipality ('gemeente'), elsewhere in
 * the region ('regio'), or further away ('elders'); null when no location is known.
 * Distances are as the crow flies between the municipalities' label points, so a rough guide.
 *
 * The current wait is the median of the provider's median waits for the category in its latest
 * month with data up to the reference month, measured in the municipality — or, when there are no
 * figures for the municipality, in the rest of its region.
 *
 * A provider's own page for a category is the web page (waitingTimes.providerUrl) its rows of that
 * category name most often (ties: the alphabetically first), so a parent can check today's wait.
 */
import { defineMetric } from './metric';
import { fragment, query, type Fragment } from './scope';
import type { SqlValue } from '../db/types';

export const finderSorts = ['wachttijd', 'naam', 'lokaal'] as const;
export type FinderSort = (typeof finderSorts)[number];
export const finderPageSize = 50;
/** At most this many providers side by side. */
export const maxCompared = 4;

export type LocalTier = 'gemeente' | 'regio' | 'elders';

/**
 * A wait measured this many months or more before the reference month is not today's wait: the
 * pages say so next to it and tell the reader to ask the provider (the NZa figures are of 2018).
 */
export const oldWaitMonths = 12;

/** Whether a wait of `month` (YYYY-MM) is old on the reference `date` (YYYY-MM-DD); null/invalid → false. */
export function waitIsOld(month: string | null | undefined, date: string): boolean {
	const m = /^(\d{4})-(\d{2})$/.exec(month ?? '');
	const d = /^(\d{4})-(\d{2})-\d{2}$/.exec(date);
	if (!m || !d) return false;
	return (+d[1]! - +m[1]!) * 12 + (+d[2]! - +m[2]!) >= oldWaitMonths;
}

/** Month (YYYY-MM) of an ISO date, for comparing with waitingTimes.month. */
function monthOf(date: string): string {
	if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new Error(`date must be YYYY-MM-DD, got ${date}`);
	return date.slice(0, 7);
}

function count(value: number | undefined, fallback: number, what: string, max = 10_000): number {
	const v = value ?? fallback;
	if (!Number.isInteger(v) || v < 0 || v > max) throw new Error(`${what} must be an integer 0–${max}, got ${v}`);
	return v;
}

/** Up to four provider ids as four bound values (null-padded); more is an error. */
function idSlots(ids: readonly string[] | undefined): SqlValue[] {
	const list = ids ?? [];
	if (list.length > maxCompared) throw new Error(`at most ${maxCompared} providers, got ${list.length}`);
	return Array.from({ length: maxCompared }, (_, i) => list[i] ?? null);
}

/** Great-circle distance in km between label points `a` and `b` (columns labelLat, labelLon). */
const km = (a: string, b: string) =>
	`2 * 6371 * asin(sqrt(pow(sin(radians(${b}.labelLat - ${a}.labelLat) / 2), 2) + cos(radians(${a}.labelLat)) * cos(radians(${b}.labelLat)) * pow(sin(radians(${b}.labelLon - ${a}.labelLon) / 2), 2)))`;

/* ------------------------------------------------------------------------------------------------
 * Finder: providers for a municipality and a care category.
 */

export interface FinderParams {
	municipality: string | null;
	category: string | null;
	/** Reference date (YYYY-MM-DD): contracts running then, waits up to its month. */
	date: string;
	sort?: FinderSort;
	limit?: number;
	offset?: number;
}

export interface ProviderFinderRow extends Record<string, unknown> {
	providerId: string;
	name: string;
	/** 'demo' or 'nza-ggz-2018'. */
	source: string;
	providerType: string | null;
	/** Best tier among its care locations; null = no location known. */
	localTier: LocalTier | null;
	/** Nearest location: best tier first, then distance. */
	nearestPlace: string | null;
	nearestMunicipality: string | null;
	/** Distance to it in whole km (0 in the municipality itself). */
	nearestKm: number | null;
	/** Known care locations, anywhere. */
	locations: number;
	medianWeeks: number | null;
	normWeeks: number | null;
	/** Month (YYYY-MM) of the wait shown. */
	waitMonth: string | null;
	/** Where that wait was measured: in the municipality, or (no figures there) elsewhere in the region. */
	waitMeasuredIn: 'gemeente' | 'regio' | null;
	overNorm: boolean | null;
	/** The provider's own page for this category's waits in the region (http/https), if the source names one. */
	providerUrl: string | null;
	/** Earliest start of its running contracts covering the municipality (demo only). */
	contractedSince: string | null;
	/** true if any of those contracts allows a pgb, false if all say no, null if unknown (NZa, subcontracts). */
	pgbPossible: boolean | null;
	/** All its running contracts here are subcontracts (null for NZa providers). */
	onlySubcontractor: boolean | null;
	/** Rows in the whole list (before paging). */
	total: number;
}

/** `finderCategory`, `home`, `homeRegion` (municipality codes of the region, home included). Binds category, municipality. */
const homeCtes = fragment<{ category: string | null; municipality: string | null }>(
	`finderCategory AS (
		SELECT code, scheme, domain, normWeeks, CASE WHEN domain = 'wmo' THEN 'wmo' ELSE 'jeugd' END AS regionDomain
		FROM careCategories WHERE code = CAST(? AS VARCHAR)
	),
	home AS (SELECT code, name, labelLon, labelLat FROM municipalities WHERE code = CAST(? AS VARCHAR)),
	homeRegion AS (
		SELECT other.municipalityCode AS code
		FROM regionMembership mine
		JOIN regionMembership other ON other.regionId = mine.regionId AND other.domain = mine.domain
		WHERE mine.municipalityCode = (SELECT code FROM home) AND mine.domain = (SELECT regionDomain FROM finderCategory)
		UNION SELECT code FROM home
	)`,
	(p) => [p.category, p.municipality]
);

const finderQuery = query<FinderParams>(
	[
		homeCtes,
		fragment(
			`contracted AS (
				SELECT c.providerId, min(c.startDate) AS contractedSince, bool_or(c.pgbPossible) AS pgbPossible,
					bool_and(c.role = 'sub') AS onlySubcontractor
				FROM contracts c JOIN lots l ON l.id = c.lotId
				WHERE l.category = (SELECT code FROM finderCategory)
					AND EXISTS (SELECT 1 FROM procurementParticipants pp
						WHERE pp.procurementId = l.procurementId AND pp.municipalityCode = (SELECT code FROM home))
					AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
				GROUP BY c.providerId
			),
			listed AS (
				SELECT providerId FROM contracted WHERE (SELECT scheme FROM finderCategory) <> 'nza-ggz'
				UNION
				SELECT w.providerId FROM waitingTimes w
				WHERE (SELECT scheme FROM finderCategory) = 'nza-ggz' AND w.category = (SELECT code FROM finderCategory)
					AND w.municipalityCode IN (SELECT code FROM homeRegion)
			),
			listedWaits AS (
				SELECT w.providerId, w.month, w.medianWeeks, coalesce(w.normWeeks, fc.normWeeks) AS normWeeks,
					(w.municipalityCode = (SELECT code FROM home)) AS atHome
				FROM waitingTimes w CROSS JOIN finderCategory fc
				WHERE w.category = fc.code AND w.medianWeeks IS NOT NULL
					AND w.providerId IN (SELECT providerId FROM listed)
					AND w.municipalityCode IN (SELECT code FROM homeRegion)
					AND w.month <= CAST(? AS VARCHAR)
			),
			waitBasis AS (
				SELECT providerId, bool_or(atHome) AS measuredAtHome FROM listedWaits GROUP BY providerId
			),
			basisWaits AS (
				SELECT lw.*, b.measuredAtHome FROM listedWaits lw JOIN waitBasis b ON b.providerId = lw.providerId
				WHERE lw.atHome OR NOT b.measuredAtHome
			),
			waitNow AS (
				SELECT bw.providerId, bw.month, median(bw.medianWeeks) AS medianWeeks, max(bw.normWeeks) AS normWeeks,
					any_value(bw.measuredAtHome) AS measuredAtHome
				FROM basisWaits bw
				WHERE bw.month = (SELECT max(x.month) FROM basisWaits x WHERE x.providerId = bw.providerId)
				GROUP BY bw.providerId, bw.month
			),
			listedLocations AS (
				SELECT pl.providerId, pl.locationId, pl.place, lm.name AS municipalityName,
					CASE WHEN pl.municipalityCode = h.code THEN 1
						WHEN pl.municipalityCode IN (SELECT code FROM homeRegion) THEN 2 ELSE 3 END AS tier,
					${km('h', 'lm')} AS km
				FROM providerLocations pl
				JOIN municipalities lm ON lm.code = pl.municipalityCode
				CROSS JOIN home h
				WHERE pl.providerId IN (SELECT providerId FROM listed)
			),
			nearest AS (
				SELECT * FROM (
					SELECT providerId, tier, place, municipalityName, km,
						count(*) OVER (PARTITION BY providerId) AS locations,
						row_number() OVER (PARTITION BY providerId ORDER BY tier, km, place NULLS LAST, locationId) AS rn
					FROM listedLocations
				) WHERE rn = 1
			),
			listedPages AS (
				SELECT w.providerId, w.providerUrl, count(*) AS n FROM waitingTimes w
				WHERE w.category = (SELECT code FROM finderCategory) AND w.providerUrl IS NOT NULL
					AND w.providerId IN (SELECT providerId FROM listed) AND w.municipalityCode IN (SELECT code FROM homeRegion)
				GROUP BY w.providerId, w.providerUrl
			),
			pageOf AS (SELECT providerId, first(providerUrl ORDER BY n DESC, providerUrl) AS providerUrl FROM listedPages GROUP BY providerId),
			ranked AS (
				SELECT p.id AS providerId, p.name, p.source, p.providerType,
					n.tier,
					CASE n.tier WHEN 1 THEN 'gemeente' WHEN 2 THEN 'regio' WHEN 3 THEN 'elders' END AS localTier,
					n.place AS nearestPlace, n.municipalityName AS nearestMunicipality,
					CAST(round(n.km) AS INTEGER) AS nearestKm,
					coalesce(n.locations, 0) AS locations,
					wn.medianWeeks, wn.normWeeks, wn.month AS waitMonth,
					CASE WHEN wn.providerId IS NULL THEN NULL WHEN wn.measuredAtHome THEN 'gemeente' ELSE 'regio' END AS waitMeasuredIn,
					(wn.medianWeeks > wn.normWeeks) AS overNorm,
					ct.contractedSince, ct.pgbPossible, ct.onlySubcontractor, pg.providerUrl
				FROM listed ls
				JOIN providers p ON p.id = ls.providerId
				LEFT JOIN nearest n ON n.providerId = ls.providerId
				LEFT JOIN waitNow wn ON wn.providerId = ls.providerId
				LEFT JOIN contracted ct ON ct.providerId = ls.providerId
				LEFT JOIN pageOf pg ON pg.providerId = ls.providerId
			)`,
			(p) => [p.date, p.date, monthOf(p.date)]
		)
	],
	fragment(
		`SELECT providerId, name, source, providerType, localTier, nearestPlace, nearestMunicipality, nearestKm, locations,
			medianWeeks, normWeeks, waitMonth, waitMeasuredIn, overNorm, contractedSince, pgbPossible, onlySubcontractor, providerUrl,
			count(*) OVER () AS total
		FROM ranked
		ORDER BY
			CASE WHEN CAST(? AS VARCHAR) = 'lokaal' THEN coalesce(tier, 4) ELSE 0 END,
			CASE WHEN CAST(? AS VARCHAR) = 'lokaal' THEN nearestKm END NULLS LAST,
			CASE WHEN CAST(? AS VARCHAR) = 'naam' THEN NULL ELSE medianWeeks END NULLS LAST,
			strip_accents(lower(name)), providerId
		LIMIT CAST(? AS BIGINT) OFFSET CAST(? AS BIGINT)`,
		(p) => {
			const sort = p.sort ?? 'wachttijd';
			if (!finderSorts.includes(sort)) throw new Error(`sort must be one of ${finderSorts.join(', ')}, got ${String(sort)}`);
			return [sort, sort, sort, count(p.limit, finderPageSize, 'limit', 1000), count(p.offset, 0, 'offset', 1_000_000)];
		}
	)
);

export const providerFinder = defineMetric<FinderParams, ProviderFinderRow>({
	id: 'providerFinder',
	title: { nl: 'Aanbieders bij u in de buurt', en: 'Providers near you' },
	definition: {
		nl: 'Voor een gemeente en zorgsoort de aanbieders met een contract dat op de peildatum loopt in een inkooptraject waaraan de gemeente meedoet (demo), of voor de ggz de aanbieders uit de NZa-lijst van 2018 met een wachttijd in de gemeente of haar jeugdregio, met hun dichtstbijzijnde locatie, hun mediane wachttijd in de laatste maand met gegevens en de eigen webpagina die de bron voor die wachttijden in de regio het vaakst noemt.',
		en: 'For a municipality and care category the providers with a contract running on the reference date in a procurement the municipality takes part in (demo), or for mental health care the providers on the 2018 NZa list with a wait in the municipality or its youth region, with their nearest location, their median wait in the latest month with data and the provider’s own web page the source names most often for those waits in the region.'
	},
	sql: finderQuery.sql,
	bind: finderQuery.bind
});

/* ------------------------------------------------------------------------------------------------
 * The care categories a resident can choose from.
 */

export interface CategoryChoiceRow extends Record<string, unknown> {
	code: string;
	scheme: 'iJw' | 'iWmo' | 'nza-ggz';
	domain: 'jeugd' | 'wmo' | 'zvw';
	name: string;
	/** The plain-language name in English. */
	nameEn: string;
	normWeeks: number | null;
	normSource: string | null;
	/** Providers anywhere in the country the finder could list for it (contracted now, or on the NZa list). */
	providers: number;
}

export const providerCategoryChoices = defineMetric<{ date: string }, CategoryChoiceRow>({
	id: 'providerCategoryChoices',
	title: { nl: 'Zorgsoorten om uit te kiezen', en: 'Care categories to choose from' },
	definition: {
		nl: 'Alle zorgsoorten met een naam in gewone taal en het aantal aanbieders in heel Nederland dat de zoeker ervoor kan tonen: met een contract dat op de peildatum loopt, of voor de ggz met een wachttijd in de NZa-lijst van 2018.',
		en: 'Every care category with its plain-language name and the number of providers in the whole country the finder can list for it: with a contract running on the reference date, or for mental health care with a wait on the 2018 NZa list.'
	},
	sql: `
		WITH contracted AS (
			SELECT l.category, count(DISTINCT c.providerId) AS providers
			FROM contracts c JOIN lots l ON l.id = c.lotId
			WHERE (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
			GROUP BY l.category
		),
		waiting AS (SELECT category, count(DISTINCT providerId) AS providers FROM waitingTimes GROUP BY category)
		SELECT cc.code, cc.scheme, cc.domain, cc.plainNl AS name, cc.plainEn AS nameEn, cc.normWeeks, cc.normSource,
			coalesce(CASE WHEN cc.scheme = 'nza-ggz' THEN w.providers ELSE c.providers END, 0) AS providers
		FROM careCategories cc
		LEFT JOIN contracted c ON c.category = cc.code
		LEFT JOIN waiting w ON w.category = cc.code
		ORDER BY CASE cc.scheme WHEN 'iJw' THEN 1 WHEN 'iWmo' THEN 2 ELSE 3 END, cc.plainNl`,
	bind: (p) => [p.date, p.date]
});

/* ------------------------------------------------------------------------------------------------
 * How many providers each care category has for a municipality (labels the category choice).
 */

export interface ProviderCountRow extends Record<string, unknown> {
	category: string;
	providers: number;
}

export const providerCountByCategory = defineMetric<{ municipality: string | null; date: string }, ProviderCountRow>({
	id: 'providerCountByCategory',
	title: { nl: 'Aantal aanbieders per zorgsoort', en: 'Number of providers per care category' },
	definition: {
		nl: 'Per zorgsoort het aantal aanbieders dat de zoeker voor deze gemeente toont, volgens dezelfde regels als de lijst zelf.',
		en: 'Per care category the number of providers the finder lists for this municipality, by the same rules as the list itself.'
	},
	sql: `
		WITH regionOf AS (
			SELECT mine.domain AS regionDomain, other.municipalityCode AS code
			FROM regionMembership mine
			JOIN regionMembership other ON other.regionId = mine.regionId AND other.domain = mine.domain
			WHERE mine.municipalityCode = CAST(? AS VARCHAR)
		),
		cats AS (SELECT code, scheme, CASE WHEN domain = 'wmo' THEN 'wmo' ELSE 'jeugd' END AS regionDomain FROM careCategories),
		contracted AS (
			SELECT l.category, count(DISTINCT c.providerId) AS providers
			FROM contracts c JOIN lots l ON l.id = c.lotId
			WHERE EXISTS (SELECT 1 FROM procurementParticipants pp WHERE pp.procurementId = l.procurementId AND pp.municipalityCode = CAST(? AS VARCHAR))
				AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
			GROUP BY l.category
		),
		ggz AS (
			SELECT w.category, count(DISTINCT w.providerId) AS providers
			FROM waitingTimes w JOIN cats ON cats.code = w.category
			WHERE cats.scheme = 'nza-ggz'
				AND (w.municipalityCode = CAST(? AS VARCHAR)
					OR w.municipalityCode IN (SELECT r.code FROM regionOf r WHERE r.regionDomain = cats.regionDomain))
			GROUP BY w.category
		)
		SELECT cats.code AS category,
			CASE WHEN cats.scheme = 'nza-ggz' THEN coalesce(g.providers, 0) ELSE coalesce(ct.providers, 0) END AS providers
		FROM cats
		LEFT JOIN contracted ct ON ct.category = cats.code
		LEFT JOIN ggz g ON g.category = cats.code
		ORDER BY cats.code`,
	bind: (p) => [p.municipality, p.municipality, p.date, p.date, p.municipality]
});

/* ------------------------------------------------------------------------------------------------
 * Postcode areas (PC4) that the data maps to a municipality.
 */

export interface PostcodeAreaRow extends Record<string, unknown> {
	postcode: string;
	municipalityCode: string;
	municipalityName: string;
	/** Care locations with this postcode in this municipality. */
	locations: number;
}

export const postcodeAreas = defineMetric<{ postcode?: string | null }, PostcodeAreaRow>({
	id: 'postcodeAreas',
	title: { nl: 'Postcodegebieden', en: 'Postcode areas' },
	definition: {
		nl: 'De gemeenten waar zorglocaties met dit postcodegebied (de vier cijfers) liggen; alleen postcodes die in de gegevens staan, dus niet elke postcode.',
		en: 'The municipalities where care locations with this postcode area (the four digits) are; only postcodes present in the data, so not every postcode.'
	},
	sql: `
		SELECT pl.postcode, pl.municipalityCode, m.name AS municipalityName, count(*) AS locations
		FROM providerLocations pl JOIN municipalities m ON m.code = pl.municipalityCode
		WHERE pl.postcode IS NOT NULL AND (CAST(? AS VARCHAR) IS NULL OR pl.postcode = CAST(? AS VARCHAR))
		GROUP BY pl.postcode, pl.municipalityCode, m.name
		ORDER BY pl.postcode, locations DESC, m.name`,
	bind: (p) => [p.postcode ?? null, p.postcode ?? null]
});

/* ------------------------------------------------------------------------------------------------
 * Profiles: one provider, or up to four side by side.
 */

export interface ProvidersParams {
	ids: readonly string[];
	/** Optional: the municipality "local" and "contracted here" are measured against. */
	municipality?: string | null;
	date: string;
}

/** `wanted(id, pos)`: the requested ids in the order given. */
const wantedCte: Fragment<ProvidersParams> = fragment(
	`wanted AS (
		SELECT id, pos FROM (VALUES (CAST(? AS VARCHAR), 1), (CAST(? AS VARCHAR), 2), (CAST(? AS VARCHAR), 3), (CAST(? AS VARCHAR), 4)) v(id, pos)
		WHERE id IS NOT NULL
	)`,
	(p) => idSlots(p.ids)
);

/** `home`, `homeRegion` (members of the municipality's regions for either law, home included). */
const anyHomeCtes: Fragment<ProvidersParams> = fragment(
	`home AS (SELECT code, name, labelLon, labelLat FROM municipalities WHERE code = CAST(? AS VARCHAR)),
	homeRegion AS (
		SELECT other.municipalityCode AS code
		FROM regionMembership mine
		JOIN regionMembership other ON other.regionId = mine.regionId AND other.domain = mine.domain
		WHERE mine.municipalityCode = (SELECT code FROM home)
		UNION SELECT code FROM home
	)`,
	(p) => [p.municipality ?? null]
);

/** `running`: contracts of the wanted providers that run on the date, with deal and category. */
const runningCte: Fragment<ProvidersParams> = fragment(
	`running AS (
		SELECT c.id, c.providerId, c.role, c.startDate, c.pgbPossible, l.category, l.procurementId AS dealId, p.regionId, p.domain
		FROM contracts c JOIN lots l ON l.id = c.lotId JOIN procurements p ON p.id = l.procurementId
		WHERE c.providerId IN (SELECT id FROM wanted)
			AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
	)`,
	(p) => [p.date, p.date]
);

export interface ProviderSummaryRow extends Record<string, unknown> {
	providerId: string;
	/** false: no provider with this id (the row keeps the id so a page can say so). */
	found: boolean;
	name: string | null;
	source: string | null;
	providerType: string | null;
	kvk: string | null;
	legalForm: string | null;
	/** Running contracts on the date, as main contractor and as subcontractor. */
	runningContracts: number;
	asMain: number;
	asSub: number;
	/** Distinct regions (per law) and municipalities its running contracts cover. */
	regions: number;
	municipalities: number;
	/** Distinct care categories it is contracted for (running) or has waiting-time rows in (a figure or not). */
	categories: number;
	locations: number;
	/** With a municipality: best tier of its locations, nearest place, and its running contracts there. */
	localTier: LocalTier | null;
	nearestPlace: string | null;
	nearestMunicipality: string | null;
	nearestKm: number | null;
	contractsHere: number | null;
	pgbHere: boolean | null;
	contractedHereSince: string | null;
	/** Latest month (≤ reference month) with a wait, any category. */
	lastWaitMonth: string | null;
}

const summaryQuery = query<ProvidersParams>(
	[
		wantedCte,
		anyHomeCtes,
		runningCte,
		fragment(`
		coverage AS (
			SELECT r.providerId, pp.municipalityCode, r.id, r.pgbPossible, r.startDate
			FROM running r JOIN procurementParticipants pp ON pp.procurementId = r.dealId
		),
		contractStats AS (
			SELECT providerId, count(*) AS runningContracts,
				count(*) FILTER (WHERE role = 'main') AS asMain, count(*) FILTER (WHERE role = 'sub') AS asSub,
				count(DISTINCT regionId || '/' || domain) AS regions
			FROM running GROUP BY providerId
		),
		coverageStats AS (
			SELECT providerId, count(DISTINCT municipalityCode) AS municipalities,
				count(DISTINCT id) FILTER (WHERE municipalityCode = (SELECT code FROM home)) AS contractsHere,
				bool_or(pgbPossible) FILTER (WHERE municipalityCode = (SELECT code FROM home)) AS pgbHere,
				min(startDate) FILTER (WHERE municipalityCode = (SELECT code FROM home)) AS contractedHereSince
			FROM coverage GROUP BY providerId
		),
		ownWaits AS (
			SELECT providerId, category, month, medianWeeks FROM waitingTimes
			WHERE providerId IN (SELECT id FROM wanted) AND month <= CAST(? AS VARCHAR)
		),
		categoryStats AS (
			SELECT providerId, count(DISTINCT category) AS categories FROM (
				SELECT providerId, category FROM running UNION SELECT providerId, category FROM ownWaits
			) GROUP BY providerId
		),
		waitStats AS (SELECT providerId, max(month) AS lastWaitMonth FROM ownWaits WHERE medianWeeks IS NOT NULL GROUP BY providerId),
		locs AS (
			SELECT pl.providerId, pl.locationId, pl.place, lm.name AS municipalityName,
				CASE WHEN h.code IS NULL THEN NULL WHEN pl.municipalityCode = h.code THEN 1
					WHEN pl.municipalityCode IN (SELECT code FROM homeRegion) THEN 2 ELSE 3 END AS tier,
				${km('h', 'lm')} AS km
			FROM providerLocations pl
			JOIN municipalities lm ON lm.code = pl.municipalityCode
			LEFT JOIN home h ON true
			WHERE pl.providerId IN (SELECT id FROM wanted)
		),
		nearest AS (
			SELECT * FROM (
				SELECT providerId, tier, place, municipalityName, km,
					count(*) OVER (PARTITION BY providerId) AS locations,
					row_number() OVER (PARTITION BY providerId ORDER BY tier, km, place NULLS LAST, locationId) AS rn
				FROM locs
			) WHERE rn = 1
		)`, (p) => [monthOf(p.date)])
	],
	fragment(`
		SELECT w.id AS providerId, (p.id IS NOT NULL) AS found, p.name, p.source, p.providerType, p.kvk, p.legalForm,
			coalesce(cs.runningContracts, 0) AS runningContracts, coalesce(cs.asMain, 0) AS asMain, coalesce(cs.asSub, 0) AS asSub,
			coalesce(cs.regions, 0) AS regions, coalesce(cv.municipalities, 0) AS municipalities,
			coalesce(cat.categories, 0) AS categories, coalesce(n.locations, 0) AS locations,
			CASE n.tier WHEN 1 THEN 'gemeente' WHEN 2 THEN 'regio' WHEN 3 THEN 'elders' END AS localTier,
			CASE WHEN n.tier IS NULL THEN NULL ELSE n.place END AS nearestPlace,
			CASE WHEN n.tier IS NULL THEN NULL ELSE n.municipalityName END AS nearestMunicipality,
			CASE WHEN n.tier IS NULL THEN NULL ELSE CAST(round(n.km) AS INTEGER) END AS nearestKm,
			CASE WHEN (SELECT code FROM home) IS NULL THEN NULL ELSE coalesce(cv.contractsHere, 0) END AS contractsHere,
			cv.pgbHere, cv.contractedHereSince,
			ws.lastWaitMonth
		FROM wanted w
		LEFT JOIN providers p ON p.id = w.id
		LEFT JOIN contractStats cs ON cs.providerId = w.id
		LEFT JOIN coverageStats cv ON cv.providerId = w.id
		LEFT JOIN categoryStats cat ON cat.providerId = w.id
		LEFT JOIN waitStats ws ON ws.providerId = w.id
		LEFT JOIN nearest n ON n.providerId = w.id
		ORDER BY w.pos`)
);

export const providerSummary = defineMetric<ProvidersParams, ProviderSummaryRow>({
	id: 'providerSummary',
	title: { nl: 'Aanbieder in het kort', en: 'Provider at a glance' },
	definition: {
		nl: 'Per aanbieder het aantal contracten dat op de peildatum loopt (als hoofdaannemer en als onderaannemer), de regio’s, gemeenten en zorgsoorten die ze dekken, de locaties en, met een gekozen gemeente, de dichtstbijzijnde locatie en de lopende contracten voor die gemeente.',
		en: 'Per provider the number of contracts running on the reference date (as main contractor and as subcontractor), the regions, municipalities and care categories they cover, the locations and, with a municipality chosen, the nearest location and the running contracts for that municipality.'
	},
	sql: summaryQuery.sql,
	bind: summaryQuery.bind
});

export interface ProviderCategoryRow extends Record<string, unknown> {
	providerId: string;
	category: string;
	categoryName: string | null;
	scheme: string | null;
	domain: string | null;
	/** Running contracts in this category, anywhere. */
	runningContracts: number;
	/** With a municipality: a running contract in this category covers it. */
	contractedHere: boolean | null;
	pgbPossible: boolean | null;
	/** Latest month (≤ reference month) with a wait in this category, anywhere, and its median. */
	lastMonth: string | null;
	medianWeeks: number | null;
	normWeeks: number | null;
	overNorm: boolean | null;
	/** Source of the waits ('demo' / 'nza-ggz-2018'); null without waits. */
	waitSource: string | null;
	/** The provider's own page for its waits in this category (http/https), if the source names one. */
	providerUrl: string | null;
}

const categoriesQuery = query<ProvidersParams>(
	[
		wantedCte,
		anyHomeCtes,
		runningCte,
		fragment(
			`contractCats AS (
				SELECT r.providerId, r.category, count(DISTINCT r.id) AS runningContracts, bool_or(r.pgbPossible) AS pgbPossible,
					bool_or(EXISTS (SELECT 1 FROM procurementParticipants pp WHERE pp.procurementId = r.dealId AND pp.municipalityCode = (SELECT code FROM home))) AS contractedHere
				FROM running r GROUP BY r.providerId, r.category
			),
			waits AS (
				SELECT w.providerId, w.category, w.month, w.medianWeeks, coalesce(w.normWeeks, cc.normWeeks) AS normWeeks, w.source
				FROM waitingTimes w LEFT JOIN careCategories cc ON cc.code = w.category
				WHERE w.providerId IN (SELECT id FROM wanted) AND w.medianWeeks IS NOT NULL AND w.month <= CAST(? AS VARCHAR)
			),
			lastWaits AS (
				SELECT w.providerId, w.category, w.month, median(w.medianWeeks) AS medianWeeks, max(w.normWeeks) AS normWeeks, min(w.source) AS waitSource
				FROM waits w
				WHERE w.month = (SELECT max(x.month) FROM waits x WHERE x.providerId = w.providerId AND x.category = w.category)
				GROUP BY w.providerId, w.category, w.month
			),
			-- Every category with waiting-time rows counts, also when the source gave no figure
			-- (NZa: '-', 'Stop'): the provider offers it, and its page may say more.
			waitRows AS (
				SELECT providerId, category, providerUrl FROM waitingTimes
				WHERE providerId IN (SELECT id FROM wanted) AND month <= CAST(? AS VARCHAR)
			),
			pages AS (
				SELECT providerId, category, first(providerUrl ORDER BY n DESC, providerUrl) AS providerUrl FROM (
					SELECT providerId, category, providerUrl, count(*) AS n FROM waitRows WHERE providerUrl IS NOT NULL GROUP BY ALL
				) GROUP BY providerId, category
			),
			pairs AS (
				SELECT providerId, category FROM contractCats UNION SELECT providerId, category FROM waitRows
			)`,
			(p) => [monthOf(p.date), monthOf(p.date)]
		)
	],
	fragment(`
		SELECT pr.providerId, pr.category, cc.plainNl AS categoryName, cc.scheme, cc.domain,
			coalesce(ct.runningContracts, 0) AS runningContracts,
			CASE WHEN (SELECT code FROM home) IS NULL THEN NULL ELSE coalesce(ct.contractedHere, false) END AS contractedHere,
			ct.pgbPossible,
			lw.month AS lastMonth, lw.medianWeeks, coalesce(lw.normWeeks, cc.normWeeks) AS normWeeks,
			(lw.medianWeeks > coalesce(lw.normWeeks, cc.normWeeks)) AS overNorm,
			lw.waitSource, pg.providerUrl
		FROM pairs pr
		JOIN wanted w ON w.id = pr.providerId
		LEFT JOIN careCategories cc ON cc.code = pr.category
		LEFT JOIN contractCats ct ON ct.providerId = pr.providerId AND ct.category = pr.category
		LEFT JOIN lastWaits lw ON lw.providerId = pr.providerId AND lw.category = pr.category
		LEFT JOIN pages pg ON pg.providerId = pr.providerId AND pg.category = pr.category
		ORDER BY w.pos, cc.scheme = 'nza-ggz', pr.category`)
);

export const providerCategories = defineMetric<ProvidersParams, ProviderCategoryRow>({
	id: 'providerCategories',
	title: { nl: 'Zorgsoorten van de aanbieder', en: 'The provider’s care categories' },
	definition: {
		nl: 'Per aanbieder de zorgsoorten waarvoor ze op de peildatum een contract heeft of waarvoor de bron wachttijden noemt (ook zonder getal), met de mediane wachttijd over al haar locaties in de laatste maand met gegevens, tegen de norm, en de eigen webpagina die de bron daarvoor het vaakst noemt.',
		en: 'Per provider the care categories it holds a contract for on the reference date or for which the source lists waiting times (also without a figure), with the median wait over all its locations in the latest month with data, against the norm, and the provider’s own web page the source names most often for it.'
	},
	sql: categoriesQuery.sql,
	bind: categoriesQuery.bind
});

export interface ProviderOneParams {
	providerId: string | null;
	date: string;
}

export interface ProviderWaitTrendRow extends Record<string, unknown> {
	category: string;
	categoryName: string | null;
	source: string;
	/** YYYY-MM. */
	month: string;
	/** Median over the provider's rows that month (locations, municipalities, diagnosis groups). */
	medianWeeks: number;
	normWeeks: number | null;
	/** Rows behind the median. */
	measurements: number;
}

export const providerWaitTrend = defineMetric<ProviderOneParams, ProviderWaitTrendRow>({
	id: 'providerWaitTrend',
	title: { nl: 'Wachttijd van de aanbieder per maand', en: 'The provider’s waiting time per month' },
	definition: {
		nl: 'Per zorgsoort en maand (tot en met de peilmaand) de mediaan van de mediane wachttijden van de aanbieder over al haar locaties en gemeenten, met de norm.',
		en: 'Per care category and month (up to the reference month) the median of the provider’s median waits over all its locations and municipalities, with the norm.'
	},
	sql: `
		SELECT w.category, cc.plainNl AS categoryName, w.source, w.month, median(w.medianWeeks) AS medianWeeks,
			max(coalesce(w.normWeeks, cc.normWeeks)) AS normWeeks, count(*) AS measurements
		FROM waitingTimes w LEFT JOIN careCategories cc ON cc.code = w.category
		WHERE w.providerId = CAST(? AS VARCHAR) AND w.medianWeeks IS NOT NULL AND w.month <= CAST(? AS VARCHAR)
		GROUP BY w.category, cc.plainNl, cc.scheme, w.source, w.month
		ORDER BY cc.scheme = 'nza-ggz', w.category, w.month`,
	bind: (p) => [p.providerId ?? null, monthOf(p.date)]
});

export interface ProviderAreaRow extends Record<string, unknown> {
	domain: string;
	regionId: string;
	regionName: string | null;
	municipalityCode: string;
	municipalityName: string;
	/** Care categories it is contracted for there. */
	categories: number;
}

export const providerAreas = defineMetric<ProviderOneParams, ProviderAreaRow>({
	id: 'providerAreas',
	title: { nl: 'Waar de aanbieder gecontracteerd is', en: 'Where the provider is contracted' },
	definition: {
		nl: 'De regio’s en gemeenten waarvoor de aanbieder op de peildatum een contract heeft, als hoofdaannemer of onderaannemer, via een inkooptraject waaraan de gemeente meedoet.',
		en: 'The regions and municipalities for which the provider holds a contract on the reference date, as main contractor or subcontractor, through a procurement the municipality takes part in.'
	},
	sql: `
		SELECT p.domain, p.regionId, r.name AS regionName, pp.municipalityCode, m.name AS municipalityName,
			count(DISTINCT l.category) AS categories
		FROM contracts c
		JOIN lots l ON l.id = c.lotId
		JOIN procurements p ON p.id = l.procurementId
		JOIN procurementParticipants pp ON pp.procurementId = p.id
		JOIN municipalities m ON m.code = pp.municipalityCode
		LEFT JOIN regions r ON r.id = p.regionId AND r.domain = p.domain
		WHERE c.providerId = CAST(? AS VARCHAR)
			AND (c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
		GROUP BY p.domain, p.regionId, r.name, pp.municipalityCode, m.name
		ORDER BY p.domain, r.name, p.regionId, m.name`,
	bind: (p) => [p.providerId ?? null, p.date, p.date]
});

export interface ProviderDealRow extends Record<string, unknown> {
	dealId: string;
	title: string;
	regionId: string;
	regionName: string | null;
	domain: string;
	procedure: string;
	role: 'main' | 'sub';
	/** Plain names of the categories of its contracts in the deal, '; '-separated. */
	categories: string;
	/** Earliest start and latest end of its contracts in the deal (null end = open-ended). */
	startDate: string;
	endDate: string | null;
	/** One of them runs on the reference date. */
	running: boolean;
	pgbPossible: boolean | null;
	source: string;
}

export const providerDeals = defineMetric<ProviderOneParams, ProviderDealRow>({
	id: 'providerDeals',
	title: { nl: 'Gewonnen inkooptrajecten', en: 'Procurements won' },
	definition: {
		nl: 'Elk inkooptraject waarin de aanbieder ooit een contract kreeg, per rol (hoofdaannemer of onderaannemer), met de zorgsoorten, de looptijd van haar contracten en of er een op de peildatum loopt.',
		en: 'Every procurement in which the provider ever got a contract, per role (main contractor or subcontractor), with the care categories, the duration of its contracts and whether one runs on the reference date.'
	},
	sql: `
		SELECT p.id AS dealId, p.title, p.regionId, r.name AS regionName, p.domain, p.procurementMethodDetails AS procedure, c.role,
			string_agg(DISTINCT coalesce(cc.plainNl, l.category), '; ' ORDER BY coalesce(cc.plainNl, l.category)) AS categories,
			min(c.startDate) AS startDate,
			CASE WHEN bool_or(c.endDate IS NULL) THEN NULL ELSE max(c.endDate) END AS endDate,
			bool_or((c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))) AS running,
			bool_or(c.pgbPossible) AS pgbPossible,
			min(c.source) AS source
		FROM contracts c
		JOIN lots l ON l.id = c.lotId
		JOIN procurements p ON p.id = l.procurementId
		LEFT JOIN regions r ON r.id = p.regionId AND r.domain = p.domain
		LEFT JOIN careCategories cc ON cc.code = l.category
		WHERE c.providerId = CAST(? AS VARCHAR)
		GROUP BY p.id, p.title, p.regionId, r.name, p.domain, p.procurementMethodDetails, c.role
		ORDER BY running DESC, min(c.startDate) DESC, p.id, c.role`,
	bind: (p) => [p.date, p.date, p.providerId ?? null]
});

export interface ProviderSubcontractingRow extends Record<string, unknown> {
	/** 'sub': this provider works as subcontractor for the partner; 'main': the partner works under it. */
	relation: 'sub' | 'main';
	partnerId: string;
	partnerName: string | null;
	deals: number;
	/** A contract of the relation runs on the reference date. */
	running: boolean;
}

export const providerSubcontracting = defineMetric<ProviderOneParams, ProviderSubcontractingRow>({
	id: 'providerSubcontracting',
	title: { nl: 'Onderaanneming', en: 'Subcontracting' },
	definition: {
		nl: 'Voor welke hoofdaannemers de aanbieder als onderaannemer werkt en welke onderaannemers onder haar werken, met het aantal inkooptrajecten en of dat op de peildatum nog loopt.',
		en: 'For which main contractors the provider works as subcontractor and which subcontractors work under it, with the number of procurements and whether that still runs on the reference date.'
	},
	sql: `
		WITH pairs AS (
			SELECT 'sub' AS relation, c.mainContractorId AS partnerId, l.procurementId AS dealId,
				((c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))) AS running
			FROM contracts c JOIN lots l ON l.id = c.lotId
			WHERE c.providerId = CAST(? AS VARCHAR) AND c.role = 'sub' AND c.mainContractorId IS NOT NULL
			UNION ALL
			SELECT 'main' AS relation, c.providerId AS partnerId, l.procurementId AS dealId,
				((c.startDate IS NULL OR c.startDate <= CAST(? AS DATE)) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))) AS running
			FROM contracts c JOIN lots l ON l.id = c.lotId
			WHERE c.mainContractorId = CAST(? AS VARCHAR) AND c.role = 'sub'
		)
		SELECT pr.relation, pr.partnerId, p.name AS partnerName, count(DISTINCT pr.dealId) AS deals, bool_or(pr.running) AS running
		FROM pairs pr LEFT JOIN providers p ON p.id = pr.partnerId
		GROUP BY pr.relation, pr.partnerId, p.name
		ORDER BY pr.relation DESC, running DESC, p.name, pr.partnerId`,
	bind: (p) => [p.date, p.date, p.providerId ?? null, p.date, p.date, p.providerId ?? null]
});

export interface ProviderLocationRow extends Record<string, unknown> {
	locationId: string;
	name: string | null;
	place: string | null;
	postcode: string | null;
	municipalityCode: string;
	municipalityName: string | null;
	provinceName: string | null;
	source: string;
}

export const providerLocationList = defineMetric<{ providerId: string | null }, ProviderLocationRow>({
	id: 'providerLocationList',
	title: { nl: 'Locaties van de aanbieder', en: 'The provider’s locations' },
	definition: {
		nl: 'De plaatsen waar de aanbieder zorg levert, met gemeente, provincie en postcodegebied waar bekend.',
		en: 'The places where the provider delivers care, with municipality, province and postcode area where known.'
	},
	sql: `
		SELECT pl.locationId, pl.name, pl.place, pl.postcode, pl.municipalityCode, m.name AS municipalityName, m.provinceName, pl.source
		FROM providerLocations pl LEFT JOIN municipalities m ON m.code = pl.municipalityCode
		WHERE pl.providerId = CAST(? AS VARCHAR)
		ORDER BY m.provinceName, m.name, pl.place, pl.locationId`,
	bind: (p) => [p.providerId ?? null]
});

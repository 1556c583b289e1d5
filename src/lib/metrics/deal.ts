/**
 * Lens: one procurement (the deal page /inkoop/[id]). Every figure on that page comes from one
 * of these metrics; the signals come from flags.ts (flagItems), not from here, so a signal means
 * the same on the deal page as on the region page.
 *
 * "Now" is the reference date (metricConfig.referenceDate), bound as `date`, like everywhere.
 */
import { defineMetric } from './metric';
import type { Domain } from './config';
import type { FlagItemRow } from './flags';

export interface DealParams {
	id: string;
	/** The reference date: what "now" means for status and extensions. */
	date: string;
}

export interface DealListRow extends Record<string, unknown> {
	id: string;
	title: string;
	regionId: string;
	regionName: string;
	domain: Domain;
	startDate: string;
	/** Names of the participating municipalities, joined by '|'. */
	municipalities: string;
	/** Names of the providers with a contract in the deal (main or sub), joined by '|'. */
	providers: string;
	source: string;
}

/** The region's name for a procurement: the region of the deal's own law, else any. */
const regionName = (regionId: string, domain: string) =>
	`coalesce((SELECT rg.name FROM regions rg WHERE rg.id = ${regionId} AND rg.domain = ${domain}), (SELECT min(rg.name) FROM regions rg WHERE rg.id = ${regionId}), ${regionId})`;

export const dealList = defineMetric<Record<string, never>, DealListRow>({
	id: 'dealList',
	title: { nl: 'Alle inkooptrajecten', en: 'All procurements' },
	definition: {
		nl: 'Elk inkooptraject met zijn regio, de deelnemende gemeenten en de aanbieders die er een contract in kregen (voor de zoekfunctie).',
		en: 'Every procurement with its region, the participating municipalities and the providers that got a contract in it (for the search).'
	},
	sql: `
		SELECT p.id, p.title, p.regionId, ${regionName('p.regionId', 'p.domain')} AS regionName, p.domain, p.startDate,
			coalesce((SELECT string_agg(DISTINCT m.name, '|' ORDER BY m.name) FROM procurementParticipants pp
				JOIN municipalities m ON m.code = pp.municipalityCode WHERE pp.procurementId = p.id), '') AS municipalities,
			coalesce((SELECT string_agg(DISTINCT pr.name, '|' ORDER BY pr.name) FROM lots l JOIN contracts c ON c.lotId = l.id
				JOIN providers pr ON pr.id = c.providerId WHERE l.procurementId = p.id), '') AS providers,
			p.source
		FROM procurements p
		ORDER BY p.id`,
	bind: () => []
});

export type DealStatus = 'planned' | 'running' | 'ended';

export interface DealDetailRow extends Record<string, unknown> {
	id: string;
	title: string;
	regionId: string;
	regionName: string;
	domain: Domain;
	procurementMethod: string;
	procurementMethodDetails: string;
	fundingModel: string;
	publicationDate: string | null;
	decisionDate: string | null;
	startDate: string;
	endDate: string;
	/** endDate plus every extension option. */
	maxEndDate: string;
	extensionYears: number;
	/** Years of extension taken: the last contract end beyond endDate, in whole years (at most extensionYears). */
	extensionUsedYears: number;
	/** Extension years not (yet) taken: extensionYears − extensionUsedYears. */
	extensionLeftYears: number;
	/** Duration with every extension, in whole months / 12 (as the longDuration signal counts it). */
	durationYears: number;
	/** planned: no contract has started on `date`; running: a contract runs on `date`; ended: all ended. */
	status: DealStatus;
	/** The date the signals are computed for: `date` while running, else the last (or first) day a contract runs. */
	flagDate: string;
	estimatedValue: number | null;
	/** Summed contract values (euro per year) of all the deal's contracts; null without any value. */
	contractValue: number | null;
	lots: number;
	/** Sum of the lots' tenderers (a tenderer on two lots counts twice); null when no lot has a number. */
	tenderers: number | null;
	/** Lots whose number of tenderers is known. */
	lotsWithTenderers: number;
	/** Distinct providers with a contract in the deal (main or sub), and as main contractor. */
	providers: number;
	mainProviders: number;
	participants: number;
	documentUrl: string | null;
	source: string;
}

export const dealDetail = defineMetric<DealParams, DealDetailRow>({
	id: 'dealDetail',
	title: { nl: 'Een inkooptraject', en: 'One procurement' },
	definition: {
		nl: 'Eén inkooptraject met procedure, bekostiging, looptijd en verlenging (gebruikt = hoeveel jaar het laatste contract na de einddatum doorloopt), percelen, inschrijvingen, aanbieders en deelnemende gemeenten, en of het op de peildatum loopt.',
		en: 'One procurement with its procedure, funding model, duration and extension (used = how many years the last contract runs past the end date), lots, bids, providers and participating municipalities, and whether it runs on the reference date.'
	},
	sql: `
		WITH d AS (
			SELECT p.*, CAST(p.endDate + to_years(CAST(p.extensionYears AS INTEGER)) AS DATE) AS maxEndDate
			FROM procurements p WHERE p.id = ?
		),
		lotStats AS (
			SELECT count(*) AS lots, CAST(sum(numberOfTenderers) AS BIGINT) AS tenderers, count(numberOfTenderers) AS lotsWithTenderers
			FROM lots WHERE procurementId = (SELECT id FROM d)
		),
		contractStats AS (
			SELECT count(DISTINCT c.providerId) AS providers,
				count(DISTINCT c.providerId) FILTER (WHERE c.role = 'main') AS mainProviders,
				max(c.endDate) AS lastEnd, min(c.startDate) AS firstStart,
				bool_or(c.startDate <= CAST(? AS DATE) AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))) AS runsOnDate,
				bool_or(c.startDate <= CAST(? AS DATE)) AS started,
				CAST(sum(c.value) AS DOUBLE) AS contractValue
			FROM lots l JOIN contracts c ON c.lotId = l.id WHERE l.procurementId = (SELECT id FROM d)
		),
		used AS (
			-- An extension year counts as used once it has begun (on the date) and a contract runs into it.
			SELECT CASE WHEN cs.lastEnd > d.endDate AND CAST(? AS DATE) > d.endDate
				THEN least(d.extensionYears, CAST(round(date_diff('month', d.endDate, cs.lastEnd) / 12.0) AS BIGINT),
					CAST(ceil(date_diff('day', d.endDate, CAST(? AS DATE)) / 365.25) AS BIGINT)) ELSE 0 END AS years
			FROM d, contractStats cs
		)
		SELECT d.id, d.title, d.regionId, ${regionName('d.regionId', 'd.domain')} AS regionName, d.domain,
			d.procurementMethod, d.procurementMethodDetails, d.fundingModel,
			CAST(d.publicationDate AS VARCHAR) AS publicationDate, CAST(d.decisionDate AS VARCHAR) AS decisionDate,
			CAST(d.startDate AS VARCHAR) AS startDate, CAST(d.endDate AS VARCHAR) AS endDate, CAST(d.maxEndDate AS VARCHAR) AS maxEndDate,
			CAST(d.extensionYears AS BIGINT) AS extensionYears,
			CAST(u.years AS BIGINT) AS extensionUsedYears,
			CAST(d.extensionYears - u.years AS BIGINT) AS extensionLeftYears,
			date_diff('month', d.startDate, CAST(d.maxEndDate + INTERVAL 1 DAY AS DATE)) / 12.0 AS durationYears,
			CASE WHEN coalesce(cs.runsOnDate, false) THEN 'running'
				WHEN cs.started IS NULL THEN (CASE WHEN d.startDate > CAST(? AS DATE) THEN 'planned' ELSE 'ended' END)
				WHEN NOT cs.started THEN 'planned' ELSE 'ended' END AS status,
			CAST(CASE WHEN coalesce(cs.runsOnDate, false) THEN CAST(? AS DATE)
				WHEN NOT coalesce(cs.started, true) THEN cs.firstStart
				ELSE coalesce(cs.lastEnd, d.endDate) END AS VARCHAR) AS flagDate,
			CAST(d.estimatedValue AS DOUBLE) AS estimatedValue, cs.contractValue,
			coalesce(ls.lots, 0) AS lots, ls.tenderers, coalesce(ls.lotsWithTenderers, 0) AS lotsWithTenderers,
			coalesce(cs.providers, 0) AS providers, coalesce(cs.mainProviders, 0) AS mainProviders,
			(SELECT count(*) FROM procurementParticipants pp WHERE pp.procurementId = d.id) AS participants,
			d.documentUrl, d.source
		FROM d, lotStats ls, contractStats cs, used u`,
	bind: (p) => [p.id, p.date, p.date, p.date, p.date, p.date, p.date, p.date]
});

export interface DealLotRow extends Record<string, unknown> {
	lotId: string;
	title: string;
	category: string;
	categoryName: string | null;
	categoryNameEn: string | null;
	numberOfTenderers: number | null;
	/** Distinct main contractors and subcontractors with a contract in the lot (at any time). */
	mainProviders: number;
	subcontractors: number;
	/** Summed contract values, euro per year (0 without values). */
	value: number;
	/** numberOfTenderers = 1; null when unknown. */
	singleBid: boolean | null;
	source: string;
}

export const dealLots = defineMetric<Pick<DealParams, 'id'>, DealLotRow>({
	id: 'dealLots',
	title: { nl: 'Percelen van een inkooptraject', en: 'Lots of a procurement' },
	definition: {
		nl: 'Elk perceel van het traject met de zorgsoort, het aantal inschrijvers, hoofd- en onderaannemers (alle contracten, ook afgelopen) en de opgetelde contractwaarde per jaar.',
		en: 'Every lot of the procurement with its care category, number of tenderers, main and subcontractors (all contracts, ended ones too) and the summed contract value per year.'
	},
	sql: `
		SELECT l.id AS lotId, l.title, l.category, cc.plainNl AS categoryName, cc.plainEn AS categoryNameEn, l.numberOfTenderers,
			count(DISTINCT c.providerId) FILTER (WHERE c.role = 'main') AS mainProviders,
			count(DISTINCT c.providerId) FILTER (WHERE c.role = 'sub') AS subcontractors,
			CAST(coalesce(sum(c.value), 0) AS DOUBLE) AS value,
			(l.numberOfTenderers = 1) AS singleBid,
			l.source
		FROM lots l
		LEFT JOIN careCategories cc ON cc.code = l.category
		LEFT JOIN contracts c ON c.lotId = l.id
		WHERE l.procurementId = ?
		GROUP BY l.id, l.title, l.category, cc.plainNl, cc.plainEn, l.numberOfTenderers, l.source
		ORDER BY l.id`,
	bind: (p) => [p.id]
});

export interface DealProviderRow extends Record<string, unknown> {
	providerId: string;
	name: string;
	/** Lots where it holds a main contract / a subcontract. */
	mainLots: number;
	subLots: number;
	/** Summed contract values, euro per year; null without any value. */
	value: number | null;
}

export const dealProviders = defineMetric<Pick<DealParams, 'id'>, DealProviderRow>({
	id: 'dealProviders',
	title: { nl: 'Winnaars van een inkooptraject', en: 'Winners of a procurement' },
	definition: {
		nl: 'Elke aanbieder met een contract in het traject, met het aantal percelen als hoofdaannemer en als onderaannemer en de opgetelde contractwaarde per jaar; de grootste eerst.',
		en: 'Every provider with a contract in the procurement, with its number of lots as main contractor and as subcontractor and the summed contract value per year; the largest first.'
	},
	sql: `
		SELECT c.providerId, pr.name,
			count(DISTINCT c.lotId) FILTER (WHERE c.role = 'main') AS mainLots,
			count(DISTINCT c.lotId) FILTER (WHERE c.role = 'sub') AS subLots,
			CAST(sum(c.value) AS DOUBLE) AS value
		FROM lots l JOIN contracts c ON c.lotId = l.id JOIN providers pr ON pr.id = c.providerId
		WHERE l.procurementId = ?
		GROUP BY c.providerId, pr.name
		ORDER BY value DESC NULLS LAST, mainLots DESC, name, providerId`,
	bind: (p) => [p.id]
});

export interface DealPlaceRow extends Record<string, unknown> {
	/** 'gemeente': one participating municipality; 'regio': all participants together. */
	level: 'gemeente' | 'regio';
	municipalityCode: string | null;
	municipalityName: string | null;
	category: string;
	categoryName: string | null;
	categoryNameEn: string | null;
	/** Distinct providers with a contract in the deal's lots of this category (the same at both levels). */
	providers: number;
	/** Of which with a care location in this municipality (level gemeente) or in a participating municipality (regio). */
	localProviders: number;
	/** Median of the monthly median waits (weeks) at those providers for this category, measured here; null without data. */
	waitMedianWeeks: number | null;
	/** Monthly wait measurements behind the median. */
	waitMeasurements: number;
	/** First and last month of the wait window ('YYYY-MM'), the same for every row; null without data. */
	waitFrom: string | null;
	waitTo: string | null;
	/** Sources of the waits used, joined by ','; null without data. */
	waitSources: string | null;
}

export const dealPlaces = defineMetric<Pick<DealParams, 'id'>, DealPlaceRow>({
	id: 'dealPlaces',
	title: { nl: 'Wat een inkooptraject betekent per gemeente', en: 'What a procurement means per municipality' },
	definition: {
		nl: 'Per deelnemende gemeente en voor alle deelnemers samen, per zorgsoort van het traject: de aanbieders met een contract, hoeveel daarvan een zorglocatie in die gemeente (of bij de deelnemers samen) hebben, en de middelste wachttijd bij die aanbieders daar, over de laatste 12 maanden van elke wachttijdbron.',
		en: 'Per participating municipality and for all participants together, per care category of the procurement: the providers with a contract, how many of them have a care location in that municipality (or among the participants), and the median wait at those providers there, over the last 12 months of each waiting-time source.'
	},
	sql: `
		WITH dealContracts AS (
			SELECT DISTINCT c.providerId, l.category FROM lots l JOIN contracts c ON c.lotId = l.id WHERE l.procurementId = ?
		),
		participants AS (
			SELECT pp.municipalityCode AS code, m.name FROM procurementParticipants pp
			JOIN municipalities m ON m.code = pp.municipalityCode WHERE pp.procurementId = ?
		),
		places AS (
			SELECT 'gemeente' AS level, p.code AS placeCode, p.name AS placeName, p.code AS member FROM participants p
			UNION ALL
			SELECT 'regio', NULL, NULL, p.code FROM participants p
		),
		dealWaits AS (
			SELECT w.providerId, w.category, w.municipalityCode, w.month, w.medianWeeks, w.source
			FROM waitingTimes w JOIN dealContracts dc ON dc.providerId = w.providerId AND dc.category = w.category
			WHERE w.municipalityCode IN (SELECT code FROM participants) AND w.medianWeeks IS NOT NULL
		),
		waitWindow AS (
			SELECT source, max(month) AS lastMonth,
				strftime(CAST(strptime(max(month) || '-01', '%Y-%m-%d') - INTERVAL 11 MONTH AS DATE), '%Y-%m') AS firstMonth
			FROM dealWaits GROUP BY source
		),
		windowWaits AS (
			SELECT dw.* FROM dealWaits dw JOIN waitWindow ww ON ww.source = dw.source AND dw.month BETWEEN ww.firstMonth AND ww.lastMonth
		),
		placeCats AS (
			SELECT DISTINCT pl.level, pl.placeCode, pl.placeName, l.category
			FROM places pl, lots l WHERE l.procurementId = ?
		)
		SELECT pc.level, pc.placeCode AS municipalityCode, pc.placeName AS municipalityName, pc.category,
			cc.plainNl AS categoryName, cc.plainEn AS categoryNameEn,
			(SELECT count(DISTINCT dc.providerId) FROM dealContracts dc WHERE dc.category = pc.category) AS providers,
			(SELECT count(DISTINCT dc.providerId) FROM dealContracts dc
				WHERE dc.category = pc.category AND EXISTS (
					SELECT 1 FROM providerLocations loc JOIN places pl ON pl.member = loc.municipalityCode
					WHERE loc.providerId = dc.providerId AND pl.level = pc.level AND pl.placeCode IS NOT DISTINCT FROM pc.placeCode)) AS localProviders,
			(SELECT median(ww.medianWeeks) FROM windowWaits ww JOIN places pl ON pl.member = ww.municipalityCode
				WHERE ww.category = pc.category AND pl.level = pc.level AND pl.placeCode IS NOT DISTINCT FROM pc.placeCode) AS waitMedianWeeks,
			(SELECT count(*) FROM windowWaits ww JOIN places pl ON pl.member = ww.municipalityCode
				WHERE ww.category = pc.category AND pl.level = pc.level AND pl.placeCode IS NOT DISTINCT FROM pc.placeCode) AS waitMeasurements,
			(SELECT min(firstMonth) FROM waitWindow) AS waitFrom,
			(SELECT max(lastMonth) FROM waitWindow) AS waitTo,
			(SELECT string_agg(DISTINCT source, ',' ORDER BY source) FROM windowWaits) AS waitSources
		FROM placeCats pc LEFT JOIN careCategories cc ON cc.code = pc.category
		ORDER BY level, municipalityName, category`,
	bind: (p) => [p.id, p.id, p.id]
});

export interface SimilarDealRow extends Record<string, unknown> {
	id: string;
	/** The deal itself (first row), for comparison. */
	isSelf: boolean;
	title: string;
	regionId: string;
	regionName: string;
	procurementMethodDetails: string;
	fundingModel: string;
	startDate: string;
	/** Duration with every extension, whole months / 12. */
	durationYears: number;
	lots: number;
	providers: number;
	/** Share of the deal's contracts (count, main and sub) whose provider has a care location in the deal's own region; null without contracts. */
	localShare: number | null;
	/** Lots with exactly one tenderer. */
	singleBidLots: number;
	/** Care categories shared with the deal, and the overlap (shared / all categories of both). */
	sharedCategories: number;
	overlap: number;
	source: string;
}

export const similarDeals = defineMetric<Pick<DealParams, 'id'> & { limit: number }, SimilarDealRow>({
	id: 'similarDeals',
	title: { nl: 'Vergelijkbare inkooptrajecten', en: 'Similar procurements' },
	definition: {
		nl: 'Trajecten van dezelfde wet in andere regio’s met minstens de helft dezelfde zorgsoorten (gedeelde zorgsoorten gedeeld door alle zorgsoorten van beide), de meest gelijke eerst; lokaal = de aanbieder heeft een zorglocatie in de eigen regio van dat traject.',
		en: 'Procurements under the same law in other regions with at least half the same care categories (shared categories divided by all categories of both), the most alike first; local = the provider has a care location in that procurement’s own region.'
	},
	sql: `
		WITH self AS (SELECT id, domain, regionId FROM procurements WHERE id = ?),
		selfCats AS (SELECT DISTINCT category FROM lots WHERE procurementId = (SELECT id FROM self)),
		candidates AS (
			SELECT p.*, p.id = s.id AS isSelf FROM procurements p, self s
			WHERE p.domain = s.domain AND (p.id = s.id OR p.regionId <> s.regionId)
		),
		cats AS (
			SELECT l.procurementId, count(DISTINCT l.category) AS n,
				count(DISTINCT l.category) FILTER (WHERE l.category IN (SELECT category FROM selfCats)) AS shared,
				count(*) AS lots, count(*) FILTER (WHERE l.numberOfTenderers = 1) AS singleBidLots
			FROM lots l WHERE l.procurementId IN (SELECT id FROM candidates) GROUP BY l.procurementId
		),
		scored AS (
			SELECT c.*, ct.shared, ct.lots, ct.singleBidLots,
				CAST(ct.shared AS DOUBLE) / (ct.n + (SELECT count(*) FROM selfCats) - ct.shared) AS overlap
			FROM candidates c JOIN cats ct ON ct.procurementId = c.id
		),
		picked AS (
			SELECT * FROM scored WHERE isSelf OR overlap >= 0.5
			ORDER BY isSelf DESC, overlap DESC, abs(date_diff('day', startDate, (SELECT startDate FROM procurements WHERE id = (SELECT id FROM self)))), id
			LIMIT ?
		),
		pickedContracts AS (
			SELECT pk.id AS dealId, c.providerId,
				EXISTS (SELECT 1 FROM providerLocations loc JOIN regionMembership rm ON rm.municipalityCode = loc.municipalityCode
					WHERE loc.providerId = c.providerId AND rm.regionId = pk.regionId AND rm.domain = pk.domain) AS isLocal
			FROM picked pk JOIN lots l ON l.procurementId = pk.id JOIN contracts c ON c.lotId = l.id
		)
		SELECT pk.id, pk.isSelf, pk.title, pk.regionId, ${regionName('pk.regionId', 'pk.domain')} AS regionName,
			pk.procurementMethodDetails, pk.fundingModel, CAST(pk.startDate AS VARCHAR) AS startDate,
			date_diff('month', pk.startDate, CAST(pk.endDate + to_years(CAST(pk.extensionYears AS INTEGER)) + INTERVAL 1 DAY AS DATE)) / 12.0 AS durationYears,
			pk.lots,
			(SELECT count(DISTINCT pc.providerId) FROM pickedContracts pc WHERE pc.dealId = pk.id) AS providers,
			(SELECT avg(CASE WHEN pc.isLocal THEN 1.0 ELSE 0.0 END) FROM pickedContracts pc WHERE pc.dealId = pk.id) AS localShare,
			pk.singleBidLots, pk.shared AS sharedCategories, pk.overlap, pk.source
		FROM picked pk
		ORDER BY pk.isSelf DESC, pk.overlap DESC, pk.id`,
	bind: (p) => [p.id, p.limit]
});

/**
 * The signals of one deal among the region's flagged items (flagItems, computed for the deal's
 * `flagDate`): its own lots and its duration, and the concentration of the care categories it buys.
 */
export function flagsOfDeal(items: readonly FlagItemRow[], dealId: string, categories: readonly string[]): FlagItemRow[] {
	const bought = new Set(categories);
	return items.filter((f) => f.dealId === dealId || (f.flagId === 'highConcentration' && f.category !== null && bought.has(f.category)));
}

export interface MunicipalityDealRow extends Record<string, unknown> {
	id: string;
	title: string;
	domain: Domain;
	startDate: string;
	source: string;
}

export const municipalityDeals = defineMetric<{ municipality: string }, MunicipalityDealRow>({
	id: 'municipalityDeals',
	title: { nl: 'Inkooptrajecten van een gemeente', en: 'Procurements of a municipality' },
	definition: {
		nl: 'Elk inkooptraject waaraan de gemeente meedoet, van beide wetten, het nieuwste eerst.',
		en: 'Every procurement the municipality takes part in, under both laws, the newest first.'
	},
	sql: `
		SELECT p.id, p.title, p.domain, CAST(p.startDate AS VARCHAR) AS startDate, p.source
		FROM procurements p JOIN procurementParticipants pp ON pp.procurementId = p.id
		WHERE pp.municipalityCode = ?
		ORDER BY p.startDate DESC, p.id`,
	bind: (p) => [p.municipality]
});

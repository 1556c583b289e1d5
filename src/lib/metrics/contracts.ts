/** Lens: what was contracted, with whom. */
import { defineMetric } from './metric';
import type { Domain } from './config';
import { contractsCte, dealsCte, fragment, lotsCte, membersCte, query, type ScopeParams } from './scope';

export interface ProvidersPerMunicipalityRow extends Record<string, unknown> {
	municipalityCode: string;
	municipalityName: string;
	/** Distinct providers with a current contract covering the municipality (main or sub). */
	providers: number;
	/** Of which as main contractor. */
	mainProviders: number;
}

// Every member gets a row (the map colours all of them), so the municipality filter is
// ignored here; category, provider and period apply.
const perMunicipalityQuery = query<ScopeParams>(
	[membersCte, contractsCte('scopedContracts', { ignoreMunicipality: true })],
	fragment(`
		SELECT m.code AS municipalityCode, m.name AS municipalityName,
			count(DISTINCT sc.providerId) AS providers,
			count(DISTINCT sc.providerId) FILTER (WHERE sc.role = 'main') AS mainProviders
		FROM members m
		LEFT JOIN procurementParticipants pp ON pp.municipalityCode = m.code
		LEFT JOIN scopedContracts sc ON sc.dealId = pp.procurementId
		GROUP BY m.code, m.name
		ORDER BY providers DESC, municipalityName`)
);

export const providersPerMunicipality = defineMetric<ScopeParams, ProvidersPerMunicipalityRow>({
	id: 'providersPerMunicipality',
	title: { nl: 'Gecontracteerde aanbieders per gemeente', en: 'Contracted providers per municipality' },
	definition: {
		nl: 'Het aantal verschillende aanbieders met een contract dat op de peildatum (of in het gekozen jaar) loopt, in een inkooptraject van de regio waaraan de gemeente meedoet; onderaannemers tellen mee.',
		en: 'The number of distinct providers with a contract running on the reference date (or in the chosen year), in a procurement of the region the municipality takes part in; subcontractors count.'
	},
	sql: perMunicipalityQuery.sql,
	bind: perMunicipalityQuery.bind
});

export interface RegionProviderRow extends Record<string, unknown> {
	id: string;
	name: string;
	contracts: number;
	source: string;
}

export const regionProviders = defineMetric<{ regionId: string; domain: Domain }, RegionProviderRow>({
	id: 'regionProviders',
	title: { nl: 'Aanbieders in de regio', en: 'Providers in the region' },
	definition: {
		nl: 'Alle aanbieders die ooit een contract hadden in een inkooptraject van de regio, met het aantal contracten.',
		en: 'All providers that ever held a contract in a procurement of the region, with their number of contracts.'
	},
	sql: `
		SELECT pr.id, pr.name, count(*) AS contracts, pr.source
		FROM procurements p JOIN lots l ON l.procurementId = p.id JOIN contracts c ON c.lotId = l.id
		JOIN providers pr ON pr.id = c.providerId
		WHERE p.regionId = ? AND p.domain = ?
		GROUP BY pr.id, pr.name, pr.source
		ORDER BY pr.name, pr.id`,
	bind: (p) => [p.regionId, p.domain]
});

export interface DealTimelineRow extends Record<string, unknown> {
	id: string;
	title: string;
	procurementMethod: string;
	procurementMethodDetails: string;
	fundingModel: string;
	publicationDate: string | null;
	decisionDate: string | null;
	/** null = unknown (e.g. an OCDS tender without contractPeriod). */
	startDate: string | null;
	endDate: string | null;
	/** endDate plus every extension option; null when endDate is unknown. */
	maxEndDate: string | null;
	extensionYears: number;
	/** Lots of the whole deal. */
	lots: number;
	/** Distinct providers with a contract in the deal at any time, main or sub. */
	providers: number;
	/** Sum of the lots' numberOfTenderers (a tenderer on two lots counts twice); null if unknown. */
	tenderers: number | null;
	estimatedValue: number | null;
	source: string;
}

const dealTimelineQuery = query<ScopeParams>(
	[dealsCte((p) => p.year === null)],
	fragment(`
		SELECT d.id, d.title, d.procurementMethod, d.procurementMethodDetails, d.fundingModel,
			d.publicationDate, d.decisionDate, d.startDate, d.endDate, d.maxEndDate, d.extensionYears,
			coalesce(lotStats.lots, 0) AS lots,
			coalesce(providerStats.providers, 0) AS providers,
			lotStats.tenderers,
			CAST(d.estimatedValue AS DOUBLE) AS estimatedValue,
			d.source
		FROM scopedDeals d
		LEFT JOIN (
			SELECT procurementId, count(*) AS lots, CAST(sum(numberOfTenderers) AS BIGINT) AS tenderers
			FROM lots GROUP BY procurementId
		) lotStats ON lotStats.procurementId = d.id
		LEFT JOIN (
			SELECT l.procurementId, count(DISTINCT c.providerId) AS providers
			FROM lots l JOIN contracts c ON c.lotId = l.id GROUP BY l.procurementId
		) providerStats ON providerStats.procurementId = d.id
		ORDER BY d.startDate NULLS LAST, d.id`)
);

export const dealTimeline = defineMetric<ScopeParams, DealTimelineRow>({
	id: 'dealTimeline',
	title: { nl: 'Inkooptrajecten door de tijd', en: 'Procurements over time' },
	definition: {
		nl: 'Elk inkooptraject van de regio (of met een gekozen jaar: elk traject dat dan loopt) met de procedure, de manier van betalen, de looptijd met alle verlengingen en het aantal percelen, aanbieders en inschrijvingen.',
		en: 'Every procurement of the region (or with a year chosen: every procurement running then) with its procedure, funding model, duration with all extensions and the number of lots, providers and bids.'
	},
	sql: dealTimelineQuery.sql,
	bind: dealTimelineQuery.bind
});

export interface ProcedureMixRow extends Record<string, unknown> {
	/** 'procedure' = by procurementMethodDetails, 'funding' = by fundingModel. */
	dimension: 'procedure' | 'funding';
	/** Year the deal's contracts start (procurements.startDate); null = unknown. */
	startYear: number | null;
	/** The procedure type or funding model. */
	value: string;
	deals: number;
}

const procedureMixQuery = query<ScopeParams>(
	[dealsCte((p) => p.year === null)],
	fragment(`
		SELECT 'procedure' AS dimension, CAST(year(startDate) AS BIGINT) AS startYear, procurementMethodDetails AS value, count(*) AS deals
		FROM scopedDeals GROUP BY startYear, procurementMethodDetails
		UNION ALL
		SELECT 'funding' AS dimension, CAST(year(startDate) AS BIGINT) AS startYear, fundingModel AS value, count(*) AS deals
		FROM scopedDeals GROUP BY startYear, fundingModel
		ORDER BY dimension DESC, startYear, value`)
);

export const procedureMix = defineMetric<ScopeParams, ProcedureMixRow>({
	id: 'procedureMix',
	title: { nl: 'Procedures en bekostiging per startjaar', en: 'Procedures and funding models by start year' },
	definition: {
		nl: 'Het aantal inkooptrajecten per startjaar, geteld per soort procedure (dimension procedure) en per soort bekostiging (dimension funding).',
		en: 'The number of procurements per start year, counted by procedure type (dimension procedure) and by funding model (dimension funding).'
	},
	sql: procedureMixQuery.sql,
	bind: procedureMixQuery.bind
});

export interface LotOverviewRow extends Record<string, unknown> {
	dealId: string;
	lotId: string;
	title: string;
	category: string;
	/** careCategories.plainNl; null if the category is unknown. */
	categoryName: string | null;
	/** Distinct main contractors with a current contract in the lot. */
	providers: number;
	/** Distinct subcontractors with a current contract in the lot. */
	subcontractors: number;
	numberOfTenderers: number | null;
	/** Sum of the values of the lot's current contracts (euro per year). */
	value: number;
	/** numberOfTenderers = 1; null when the number of tenderers is unknown. */
	singleBid: boolean | null;
	source: string;
}

/*
 * Lots of the deals in scope (a deal is in scope when one of its contracts runs in the period).
 * With a provider: the lots where it holds a running contract, but the figures (providers,
 * subcontractors, value) describe the whole lot, so the page can show whom it competes with.
 */
const lotOverviewQuery = query<ScopeParams>(
	[contractsCte('scopedContracts'), contractsCte('lotContracts', { ignoreProvider: true }), dealsCte(), lotsCte],
	fragment(`
		SELECT sl.dealId, sl.lotId, sl.title, sl.category, cc.plainNl AS categoryName,
			count(DISTINCT lc.providerId) FILTER (WHERE lc.role = 'main') AS providers,
			count(DISTINCT lc.providerId) FILTER (WHERE lc.role = 'sub') AS subcontractors,
			sl.numberOfTenderers,
			CAST(coalesce(sum(lc.value), 0) AS DOUBLE) AS value,
			(sl.numberOfTenderers = 1) AS singleBid,
			sl.source
		FROM scopedLots sl
		LEFT JOIN careCategories cc ON cc.code = sl.category
		LEFT JOIN lotContracts lc ON lc.lotId = sl.lotId
		GROUP BY sl.dealId, sl.lotId, sl.title, sl.category, cc.plainNl, sl.numberOfTenderers, sl.source
		ORDER BY sl.dealId, sl.lotId`)
);

export const lotOverview = defineMetric<ScopeParams, LotOverviewRow>({
	id: 'lotOverview',
	title: { nl: 'Percelen', en: 'Lots' },
	definition: {
		nl: 'Elk perceel van de lopende inkooptrajecten met de zorgsoort, het aantal hoofdaannemers, onderaannemers en inschrijvers, en de opgetelde waarde van de lopende contracten.',
		en: 'Every lot of the running procurements with its care category, the number of main contractors, subcontractors and tenderers, and the summed value of the running contracts.'
	},
	sql: lotOverviewQuery.sql,
	bind: lotOverviewQuery.bind
});

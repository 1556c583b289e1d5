/**
 * Lens: how much choice do clients have? (DESIGN: "HHI".)
 *
 * A market is a care category under the filter: the current contracts of that category in the
 * region's deals (of the chosen municipality's deals, in the chosen period).
 * HHI = Σ (share in %)² over the main contractors of the market, 0–10,000. Shares are by
 * clients when every main contract of the market states its clients, else by contract value
 * (`shareBasis` says which). Effective number of providers = 10,000 / HHI.
 *
 * The provider filter is a deliberate exception to "only that provider's contracts": one
 * provider's share of its own contracts is always 100 %, so here the provider chooses *which
 * markets* are shown (those it holds a current contract in) while the figures describe the whole
 * market; `providerShare` gives that provider's share in it.
 */
import { defineMetric } from './metric';
import {
	contractsCte,
	fragment,
	membersCte,
	query,
	thresholdsOf,
	type Fragment,
	type ScopeParams,
	type ThresholdParams
} from './scope';

export type ChoiceParams = ScopeParams & ThresholdParams;
export type ShareBasis = 'clients' | 'value';
export type Concentration = 'laag' | 'matig' | 'hoog';

/** The market scope: current contracts of every provider under the rest of the filter. */
export const marketContractsCte = contractsCte('marketContracts', { ignoreProvider: true });

/**
 * CTEs ending in `categoryHhi(category, contractedProviders, mainProviders, shareBasis, hhi,
 * providerShare)`. Needs `marketContracts` before it.
 */
export const categoryHhiCte: Fragment<ScopeParams> = fragment(
	`markets AS (
		SELECT DISTINCT category FROM marketContracts
		WHERE CAST(? AS VARCHAR) IS NULL OR providerId = ?
	),
	marketMains AS (
		SELECT * FROM marketContracts WHERE role = 'main' AND category IN (SELECT category FROM markets)
	),
	marketBasis AS (
		SELECT category,
			CASE WHEN bool_and(clients IS NOT NULL) AND sum(clients) > 0 THEN 'clients' ELSE 'value' END AS shareBasis
		FROM marketMains GROUP BY category
	),
	providerSizes AS (
		SELECT mm.category, mm.providerId,
			CAST(sum(CASE WHEN mb.shareBasis = 'clients' THEN mm.clients ELSE coalesce(mm.value, 0) END) AS DOUBLE) AS size
		FROM marketMains mm JOIN marketBasis mb ON mb.category = mm.category
		GROUP BY mm.category, mm.providerId
	),
	providerShares AS (
		SELECT category, providerId, size / nullif(sum(size) OVER (PARTITION BY category), 0) AS share
		FROM providerSizes
	),
	categoryHhi AS (
		SELECT mk.category, counts.contractedProviders, counts.mainProviders, mb.shareBasis, hh.hhi, hh.providerShare
		FROM markets mk
		JOIN (
			SELECT category, count(DISTINCT providerId) AS contractedProviders,
				count(DISTINCT providerId) FILTER (WHERE role = 'main') AS mainProviders
			FROM marketContracts GROUP BY category
		) counts ON counts.category = mk.category
		LEFT JOIN marketBasis mb ON mb.category = mk.category
		LEFT JOIN (
			SELECT category, sum(power(share * 100, 2)) AS hhi,
				max(share) FILTER (WHERE providerId = ?) AS providerShare
			FROM providerShares GROUP BY category
		) hh ON hh.category = mk.category
	)`,
	(p) => [p.provider, p.provider, p.provider]
);

export interface ChoiceByCategoryRow extends Record<string, unknown> {
	category: string;
	categoryName: string | null;
	/** Distinct providers with a current contract in the category, main or sub. */
	contractedProviders: number;
	/** Of which main contractors (the ones the HHI is over). */
	mainProviders: number;
	/** 0–10,000; null when the market has no main contractor with clients or value. */
	hhi: number | null;
	/** 10,000 / HHI. */
	effectiveProviders: number | null;
	shareBasis: ShareBasis | null;
	/** laag: HHI < hhiLow; hoog: HHI > hhiHigh; matig in between. */
	concentration: Concentration | null;
	/** Share (0..1) of the filter's provider in this market; null without provider filter. */
	providerShare: number | null;
}

const byCategory = query<ChoiceParams>(
	[marketContractsCte, categoryHhiCte],
	fragment(
		`SELECT h.category, cc.plainNl AS categoryName, h.contractedProviders, h.mainProviders,
			h.hhi, 10000.0 / nullif(h.hhi, 0) AS effectiveProviders, h.shareBasis,
			CASE WHEN h.hhi IS NULL THEN NULL
				WHEN h.hhi < CAST(? AS DOUBLE) THEN 'laag'
				WHEN h.hhi > CAST(? AS DOUBLE) THEN 'hoog'
				ELSE 'matig' END AS concentration,
			h.providerShare
		FROM categoryHhi h LEFT JOIN careCategories cc ON cc.code = h.category
		ORDER BY h.category`,
		(p) => {
			const t = thresholdsOf(p);
			return [t.hhiLow, t.hhiHigh];
		}
	)
);

export const choiceByCategory = defineMetric<ChoiceParams, ChoiceByCategoryRow>({
	id: 'choiceByCategory',
	title: { nl: 'Keuze en concentratie per zorgsoort', en: 'Choice and concentration per care category' },
	definition: {
		nl: 'Per zorgsoort het aantal aanbieders met een lopend contract en de HHI: de som van de gekwadrateerde marktaandelen (in procenten, naar cliënten of anders naar contractwaarde) van de hoofdaannemers, met 10.000 gedeeld door de HHI als effectief aantal aanbieders.',
		en: 'Per care category the number of providers with a running contract and the HHI: the sum of the squared market shares (in percent, by clients or else by contract value) of the main contractors, with 10,000 divided by the HHI as the effective number of providers.'
	},
	sql: byCategory.sql,
	bind: byCategory.bind
});

export interface ChoicePerMunicipalityRow extends Record<string, unknown> {
	municipalityCode: string;
	municipalityName: string;
	category: string;
	categoryName: string | null;
	/** Distinct providers with a current contract in this category, in deals the municipality takes part in (main or sub). */
	providers: number;
	mainProviders: number;
}

const perMunicipality = query<ScopeParams>(
	[membersCte, marketContractsCte],
	fragment(
		`SELECT m.code AS municipalityCode, m.name AS municipalityName, mc.category, cc.plainNl AS categoryName,
			count(DISTINCT mc.providerId) AS providers,
			count(DISTINCT mc.providerId) FILTER (WHERE mc.role = 'main') AS mainProviders
		FROM marketContracts mc
		JOIN procurementParticipants pp ON pp.procurementId = mc.dealId
		JOIN members m ON m.code = pp.municipalityCode
		LEFT JOIN careCategories cc ON cc.code = mc.category
		WHERE CAST(? AS VARCHAR) IS NULL OR m.code = ?
		GROUP BY m.code, m.name, mc.category, cc.plainNl
		HAVING CAST(? AS VARCHAR) IS NULL OR bool_or(mc.providerId = ?)
		ORDER BY municipalityName, municipalityCode, category`,
		(p) => [p.municipality, p.municipality, p.provider, p.provider]
	)
);

export const choicePerMunicipality = defineMetric<ScopeParams, ChoicePerMunicipalityRow>({
	id: 'choicePerMunicipality',
	title: { nl: 'Keuze per gemeente en zorgsoort', en: 'Choice per municipality and care category' },
	definition: {
		nl: 'Per gemeente en zorgsoort het aantal verschillende aanbieders met een lopend contract in een inkooptraject waar de gemeente aan meedoet; onderaannemers tellen mee.',
		en: 'Per municipality and care category the number of distinct providers with a running contract in a procurement the municipality takes part in; subcontractors count.'
	},
	sql: perMunicipality.sql,
	bind: perMunicipality.bind
});

export interface PgbShareRow extends Record<string, unknown> {
	/** 'gemeente' rows first, then one 'regio' total row (municipalityCode and -Name null). */
	level: 'gemeente' | 'regio';
	municipalityCode: string | null;
	municipalityName: string | null;
	/** The filter's year, or the latest year with usage data for the region and domain. */
	year: number | null;
	clients: number;
	pgbClients: number;
	/** pgbClients / (clients + pgbClients); null when both are 0. */
	pgbShare: number | null;
	source: string | null;
}

const pgb = query<ScopeParams>(
	[
		membersCte,
		fragment(
			`usageYear AS (
				SELECT coalesce(CAST(? AS INTEGER), (
					SELECT max(u.year) FROM usage u
					WHERE u.domain = ? AND u.municipalityCode IN (SELECT code FROM members))) AS year
			),
			scopedUsage AS (
				SELECT u.municipalityCode, u.clients, u.pgbClients, u.source, u.year
				FROM usage u JOIN usageYear y ON y.year = u.year
				WHERE u.domain = ?
					AND u.municipalityCode IN (SELECT code FROM members)
					AND (CAST(? AS VARCHAR) IS NULL OR u.municipalityCode = ?)
					AND (CAST(? AS VARCHAR) IS NULL OR u.category = ?)
			)`,
			(p) => [p.year, p.domain, p.domain, p.municipality, p.municipality, p.category, p.category]
		)
	],
	fragment(`
		SELECT 'gemeente' AS level, m.code AS municipalityCode, m.name AS municipalityName,
			CAST((SELECT year FROM usageYear) AS BIGINT) AS year,
			CAST(coalesce(sum(su.clients), 0) AS BIGINT) AS clients,
			CAST(coalesce(sum(su.pgbClients), 0) AS BIGINT) AS pgbClients,
			CAST(coalesce(sum(su.pgbClients), 0) AS DOUBLE) / nullif(coalesce(sum(su.clients), 0) + coalesce(sum(su.pgbClients), 0), 0) AS pgbShare,
			string_agg(DISTINCT su.source, ',' ORDER BY su.source) AS source
		FROM members m LEFT JOIN scopedUsage su ON su.municipalityCode = m.code
		WHERE CAST(? AS VARCHAR) IS NULL OR m.code = ?
		GROUP BY m.code, m.name
		UNION ALL
		SELECT 'regio' AS level, NULL AS municipalityCode, NULL AS municipalityName,
			CAST((SELECT year FROM usageYear) AS BIGINT) AS year,
			CAST(coalesce(sum(su.clients), 0) AS BIGINT) AS clients,
			CAST(coalesce(sum(su.pgbClients), 0) AS BIGINT) AS pgbClients,
			CAST(coalesce(sum(su.pgbClients), 0) AS DOUBLE) / nullif(coalesce(sum(su.clients), 0) + coalesce(sum(su.pgbClients), 0), 0) AS pgbShare,
			string_agg(DISTINCT su.source, ',' ORDER BY su.source) AS source
		FROM scopedUsage su
		ORDER BY level, municipalityName, municipalityCode`,
	(p) => [p.municipality, p.municipality])
);

export const pgbShare = defineMetric<ScopeParams, PgbShareRow>({
	id: 'pgbShare',
	title: { nl: 'Aandeel pgb', en: 'Share of personal budgets (pgb)' },
	definition: {
		nl: 'Per gemeente en voor de hele regio het deel van de cliënten dat de zorg met een persoonsgebonden budget (pgb) regelt: pgb-cliënten gedeeld door cliënten in natura plus pgb-cliënten, in het gekozen of anders het laatste jaar met gegevens.',
		en: 'Per municipality and for the whole region the share of clients who arrange their care with a personal budget (pgb): pgb clients divided by clients in kind plus pgb clients, in the chosen or else the latest year with data.'
	},
	sql: pgb.sql,
	bind: pgb.bind
});

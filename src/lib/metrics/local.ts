/**
 * Lens: is the contracted care nearby? (DESIGN: "Local provider".)
 *
 * Every current contract (main and sub, under the filter) is looked at for each member
 * municipality that takes part in its deal (a contract × municipality pair). The pair's tier:
 * - local: the provider has a care-delivering location (providerLocations) in the region
 *   (`localBy: 'regio'`, the default) or in that municipality itself (`localBy: 'gemeente'`);
 * - province: else, a location in the same province as that municipality;
 * - elsewhere: else, locations only further away;
 * - unknown: the provider has no known location at all (kept apart, but in the denominator).
 * Per municipality the pairs are counted; per category and for the region each contract counts
 * once, with its best tier over the municipalities it covers. Values are whole contract values
 * (euro per year, not split over municipalities); subcontracts carry no value of their own in
 * the data, so they count in the "by count" share only.
 */
import { defineMetric } from './metric';
import { contractsCte, fragment, membersCte, query, type Fragment, type ScopeParams } from './scope';

export type LocalBy = 'regio' | 'gemeente';

export interface LocalParams extends ScopeParams {
	/** What counts as local: a location in the region (default) or in the municipality itself. */
	localBy?: LocalBy;
}

/** Counts and values per tier; shares are fractions 0..1, null when there is nothing to divide. */
export interface TierFigures {
	contracts: number;
	contractsLocal: number;
	contractsProvince: number;
	contractsElsewhere: number;
	contractsUnknown: number;
	value: number;
	valueLocal: number;
	valueProvince: number;
	valueElsewhere: number;
	valueUnknown: number;
	shareLocalByCount: number | null;
	shareLocalByValue: number | null;
}

/**
 * CTEs `locs`, `localPairs(contractId, category, providerId, value, municipalityCode,
 * municipalityName, tierRank)` with tierRank 1 local, 2 province, 3 elsewhere, 4 unknown.
 * Needs `members` and a contracts scope named `contracts` before it.
 */
export function localPairsCte(contracts = 'scopedContracts', options: { ignoreMunicipality?: boolean } = {}): Fragment<LocalParams> {
	return fragment(
		`locs AS (
			SELECT DISTINCT pl.providerId, pl.municipalityCode, lm.provinceCode,
				pl.municipalityCode IN (SELECT code FROM members) AS inRegion
			FROM providerLocations pl JOIN municipalities lm ON lm.code = pl.municipalityCode
			WHERE pl.providerId IN (SELECT providerId FROM ${contracts})
		),
		pairs AS (
			SELECT sc.contractId, sc.category, sc.providerId, coalesce(sc.value, 0) AS value,
				m.code AS municipalityCode, m.name AS municipalityName, m.provinceCode
			FROM ${contracts} sc
			JOIN procurementParticipants pp ON pp.procurementId = sc.dealId
			JOIN members m ON m.code = pp.municipalityCode
			WHERE CAST(? AS VARCHAR) IS NULL OR m.code = ?
		),
		localPairs AS (
			SELECT pairs.contractId, pairs.category, pairs.providerId, pairs.value, pairs.municipalityCode, pairs.municipalityName,
				CASE
					WHEN count(locs.providerId) = 0 THEN 4
					WHEN coalesce(bool_or(CASE WHEN CAST(? AS VARCHAR) = 'gemeente'
						THEN locs.municipalityCode = pairs.municipalityCode ELSE locs.inRegion END), false) THEN 1
					WHEN coalesce(bool_or(locs.provinceCode = pairs.provinceCode), false) THEN 2
					ELSE 3
				END AS tierRank
			FROM pairs LEFT JOIN locs ON locs.providerId = pairs.providerId
			GROUP BY pairs.contractId, pairs.category, pairs.providerId, pairs.value, pairs.municipalityCode, pairs.municipalityName
		)`,
		(p) => {
			const municipality = options.ignoreMunicipality ? null : p.municipality;
			return [municipality, municipality, p.localBy ?? 'regio'];
		}
	);
}

/** Aggregates over rows with `tierRank` and `value` (see TierFigures). */
export const tierColumns = `
	count(*) AS contracts,
	count(*) FILTER (WHERE tierRank = 1) AS contractsLocal,
	count(*) FILTER (WHERE tierRank = 2) AS contractsProvince,
	count(*) FILTER (WHERE tierRank = 3) AS contractsElsewhere,
	count(*) FILTER (WHERE tierRank = 4) AS contractsUnknown,
	CAST(coalesce(sum(value), 0) AS DOUBLE) AS value,
	CAST(coalesce(sum(value) FILTER (WHERE tierRank = 1), 0) AS DOUBLE) AS valueLocal,
	CAST(coalesce(sum(value) FILTER (WHERE tierRank = 2), 0) AS DOUBLE) AS valueProvince,
	CAST(coalesce(sum(value) FILTER (WHERE tierRank = 3), 0) AS DOUBLE) AS valueElsewhere,
	CAST(coalesce(sum(value) FILTER (WHERE tierRank = 4), 0) AS DOUBLE) AS valueUnknown,
	CAST(count(*) FILTER (WHERE tierRank = 1) AS DOUBLE) / nullif(count(*), 0) AS shareLocalByCount,
	CAST(coalesce(sum(value) FILTER (WHERE tierRank = 1), 0) AS DOUBLE) / nullif(sum(value), 0) AS shareLocalByValue`;

/** Each contract once, with its best tier over the municipalities it covers. */
const contractTiersCte = fragment<LocalParams>(
	`contractTiers AS (
		SELECT contractId, category, max(value) AS value, min(tierRank) AS tierRank
		FROM localPairs GROUP BY contractId, category
	)`
);

const localCtes = [membersCte, contractsCte('scopedContracts'), localPairsCte('scopedContracts')];

export interface LocalShareByMunicipalityRow extends TierFigures, Record<string, unknown> {
	municipalityCode: string;
	municipalityName: string;
}

/** Body over `localPairs`, reused by the localShareGap flag. */
export const localByMunicipalitySelect = `
	SELECT municipalityCode, municipalityName, ${tierColumns}
	FROM localPairs GROUP BY municipalityCode, municipalityName`;

const byMunicipality = query<LocalParams>(localCtes, fragment(`${localByMunicipalitySelect} ORDER BY municipalityName, municipalityCode`));

export const localShareByMunicipality = defineMetric<LocalParams, LocalShareByMunicipalityRow>({
	id: 'localShareByMunicipality',
	title: { nl: 'Lokale aanbieders per gemeente', en: 'Local providers per municipality' },
	definition: {
		nl: 'Per gemeente het deel van de lopende contracten in trajecten waar de gemeente aan meedoet (op aantal en op waarde) bij een aanbieder met een zorglocatie in de regio, of naar keuze in de gemeente zelf.',
		en: 'Per municipality the share of running contracts in procurements it takes part in (by count and by value) held by a provider with a care location in the region, or optionally in the municipality itself.'
	},
	sql: byMunicipality.sql,
	bind: byMunicipality.bind
});

export interface LocalShareByCategoryRow extends TierFigures, Record<string, unknown> {
	category: string;
	categoryName: string | null;
}

const byCategory = query<LocalParams>(
	[...localCtes, contractTiersCte],
	fragment(`
		SELECT ct.category, cc.plainNl AS categoryName, ${tierColumns}
		FROM contractTiers ct LEFT JOIN careCategories cc ON cc.code = ct.category
		GROUP BY ct.category, cc.plainNl
		ORDER BY ct.category`)
);

export const localShareByCategory = defineMetric<LocalParams, LocalShareByCategoryRow>({
	id: 'localShareByCategory',
	title: { nl: 'Lokale aanbieders per zorgsoort', en: 'Local providers per care category' },
	definition: {
		nl: 'Per zorgsoort het deel van de lopende contracten (op aantal en op waarde) bij een aanbieder met een zorglocatie in de regio, of naar keuze in een van de gemeenten die het contract afnemen.',
		en: 'Per care category the share of running contracts (by count and by value) held by a provider with a care location in the region, or optionally in one of the municipalities the contract serves.'
	},
	sql: byCategory.sql,
	bind: byCategory.bind
});

export interface LocalShareRow extends TierFigures, Record<string, unknown> {
	localBy: LocalBy;
}

const headline = query<LocalParams>(
	[...localCtes, contractTiersCte],
	fragment(`SELECT CAST(? AS VARCHAR) AS localBy, ${tierColumns} FROM contractTiers`, (p) => [p.localBy ?? 'regio'])
);

export const localShare = defineMetric<LocalParams, LocalShareRow>({
	id: 'localShare',
	title: { nl: 'Lokale aanbieders in de regio', en: 'Local providers in the region' },
	definition: {
		nl: 'Het deel van alle lopende contracten van de regio (op aantal en op waarde) bij een aanbieder met een zorglocatie in de regio; de rest is verdeeld in dezelfde provincie, verder weg en onbekend.',
		en: 'The share of all running contracts of the region (by count and by value) held by a provider with a care location in the region; the rest is split into same province, further away and unknown.'
	},
	sql: headline.sql,
	bind: headline.bind
});

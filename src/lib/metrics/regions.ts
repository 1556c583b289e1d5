/** Lens: regions and their member municipalities. */
import { defineMetric } from './metric';
import type { Domain } from './config';

export interface RegionListRow extends Record<string, unknown> {
	id: string;
	name: string;
	leadName: string | null;
	municipalities: number;
	population: number;
	procurements: number;
}

export const regionList = defineMetric<{ domain: Domain; regionId?: string | null }, RegionListRow>({
	id: 'regionList',
	title: { nl: 'Regio’s', en: 'Regions' },
	definition: {
		nl: 'Alle samenwerkingsregio’s voor deze wet, met het aantal gemeenten, inwoners en inkooptrajecten.',
		en: 'All cooperation regions for this law, with their number of municipalities, residents and procurements.'
	},
	sql: `
		SELECT r.id, r.name, lead.name AS leadName,
			count(DISTINCT rm.municipalityCode) AS municipalities,
			coalesce(sum(m.population), 0)::DOUBLE AS population,
			(SELECT count(*) FROM procurements p WHERE p.regionId = r.id AND p.domain = r.domain) AS procurements
		FROM regions r
		JOIN regionMembership rm ON rm.regionId = r.id AND rm.domain = r.domain
		JOIN municipalities m ON m.code = rm.municipalityCode
		LEFT JOIN municipalities lead ON lead.code = r.leadMunicipality
		WHERE r.domain = ? AND (CAST(? AS VARCHAR) IS NULL OR r.id = ?)
		GROUP BY r.id, r.name, lead.name, r.domain
		ORDER BY r.name`,
	bind: (p) => [p.domain, p.regionId ?? null, p.regionId ?? null]
});

export interface RegionMemberRow extends Record<string, unknown> {
	code: string;
	name: string;
	population: number | null;
	isLead: boolean;
}

export const regionMembers = defineMetric<{ regionId: string; domain: Domain }, RegionMemberRow>({
	id: 'regionMembers',
	title: { nl: 'Deelnemende gemeenten', en: 'Member municipalities' },
	definition: {
		nl: 'De gemeenten die in deze regio samen zorg inkopen, volgens de gemeentelijke indeling van 2025.',
		en: 'The municipalities that buy care together in this region, in the 2025 municipal division.'
	},
	sql: `
		SELECT m.code, m.name, m.population, (m.code = r.leadMunicipality) AS isLead
		FROM regionMembership rm
		JOIN municipalities m ON m.code = rm.municipalityCode
		JOIN regions r ON r.id = rm.regionId AND r.domain = rm.domain
		WHERE rm.regionId = ? AND rm.domain = ?
		ORDER BY m.population DESC NULLS LAST, m.name`,
	bind: (p) => [p.regionId, p.domain]
});

export interface CareCategoryRow extends Record<string, unknown> {
	code: string;
	scheme: string;
	name: string;
	/** Plain-language name in English (careCategories.plainEn). */
	nameEn: string;
	officialName: string;
	normWeeks: number | null;
	normSource: string | null;
}

export const careCategoryList = defineMetric<{ domain: Domain }, CareCategoryRow>({
	id: 'careCategoryList',
	title: { nl: 'Zorgsoorten', en: 'Care categories' },
	definition: {
		nl: 'De landelijke zorgsoorten van deze wet (iJw of iWmo), plus de ggz-circuits van de NZa die eronder vallen, met hun wachttijdnorm.',
		en: 'The national care categories of this law (iJw or iWmo), plus the NZa mental-health circuits under it, with their waiting-time norm.'
	},
	sql: `
		SELECT code, scheme, plainNl AS name, plainEn AS nameEn, officialName, normWeeks, normSource
		FROM careCategories WHERE domain = ?
		ORDER BY scheme <> 'nza-ggz', code`,
	bind: (p) => [p.domain]
});

export interface MunicipalityInfoRow extends Record<string, unknown> {
	code: string;
	name: string;
	provinceName: string;
	population: number | null;
	regionId: string;
	regionName: string;
}

export const municipalityList = defineMetric<{ code?: string | null }, MunicipalityInfoRow>({
	id: 'municipalityList',
	title: { nl: 'Gemeenten', en: 'Municipalities' },
	definition: {
		nl: 'Alle gemeenten van de indeling 2025 met provincie, inwoners en jeugdregio.',
		en: 'All municipalities of the 2025 division with province, population and youth region.'
	},
	sql: `
		SELECT m.code, m.name, m.provinceName, m.population, r.id AS regionId, r.name AS regionName
		FROM municipalities m
		JOIN regionMembership rm ON rm.municipalityCode = m.code AND rm.domain = 'jeugd'
		JOIN regions r ON r.id = rm.regionId AND r.domain = 'jeugd'
		WHERE CAST(? AS VARCHAR) IS NULL OR m.code = ?
		ORDER BY m.name`,
	bind: (p) => [p.code ?? null, p.code ?? null]
});

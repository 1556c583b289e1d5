/** Lens: what was contracted, with whom. */
import { defineMetric } from './metric';
import type { Domain } from './config';

export interface ProvidersPerMunicipalityRow extends Record<string, unknown> {
	municipalityCode: string;
	municipalityName: string;
	/** Distinct providers with a current contract covering the municipality (main or sub). */
	providers: number;
	/** Of which as main contractor. */
	mainProviders: number;
}

export const providersPerMunicipality = defineMetric<{ regionId: string; domain: Domain; date: string }, ProvidersPerMunicipalityRow>({
	id: 'providersPerMunicipality',
	title: { nl: 'Gecontracteerde aanbieders per gemeente', en: 'Contracted providers per municipality' },
	definition: {
		nl: 'Het aantal verschillende aanbieders met een contract dat op de peildatum loopt, in een inkooptraject van de regio waaraan de gemeente meedoet; onderaannemers tellen mee.',
		en: 'The number of distinct providers with a contract running on the reference date, in a procurement of the region the municipality takes part in; subcontractors count.'
	},
	sql: `
		WITH members AS (
			SELECT m.code, m.name
			FROM regionMembership rm JOIN municipalities m ON m.code = rm.municipalityCode
			WHERE rm.regionId = ? AND rm.domain = ?
		), current AS (
			SELECT pp.municipalityCode, c.providerId, c.role
			FROM procurements p
			JOIN procurementParticipants pp ON pp.procurementId = p.id
			JOIN lots l ON l.procurementId = p.id
			JOIN contracts c ON c.lotId = l.id
			WHERE p.regionId = ? AND p.domain = ?
				AND c.startDate <= CAST(? AS DATE)
				AND (c.endDate IS NULL OR c.endDate >= CAST(? AS DATE))
		)
		SELECT members.code AS municipalityCode, members.name AS municipalityName,
			count(DISTINCT current.providerId) AS providers,
			count(DISTINCT current.providerId) FILTER (WHERE current.role = 'main') AS mainProviders
		FROM members LEFT JOIN current ON current.municipalityCode = members.code
		GROUP BY members.code, members.name
		ORDER BY providers DESC, municipalityName`,
	bind: (p) => [p.regionId, p.domain, p.regionId, p.domain, p.date, p.date]
});

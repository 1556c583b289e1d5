/** Example queries on /verkennen: at least one per lens of the region pages, each said in one plain line. */
import type { Text } from '$lib/i18n/text';

export interface Example {
	id: string;
	lens: Text;
	title: Text;
	sql: string;
}

export const examples: Example[] = [
	{
		id: 'deals-per-region',
		lens: { nl: 'Contracten', en: 'Contracts' },
		title: { nl: 'Hoeveel aanbestedingen en contracten heeft elke jeugdregio?', en: 'How many procurements and contracts does each youth-care region have?' },
		sql: `SELECT r.name AS regio,
  count(DISTINCT p.id) AS aanbestedingen,
  count(c.id) AS contracten
FROM procurements p
JOIN regions r ON r.id = p.regionId AND r.domain = p.domain
JOIN lots l ON l.procurementId = p.id
JOIN contracts c ON c.lotId = l.id
WHERE p.domain = 'jeugd'
GROUP BY r.name
ORDER BY contracten DESC`
	},
	{
		id: 'local-providers',
		lens: { nl: 'Lokale aanbieders', en: 'Local providers' },
		title: { nl: 'Welk deel van de gecontracteerde aanbieders heeft een vestiging in de eigen regio?', en: 'What share of contracted providers has a location in the region itself?' },
		sql: `WITH contracted AS (
  SELECT DISTINCT p.regionId, c.providerId
  FROM contracts c
  JOIN lots l ON l.id = c.lotId
  JOIN procurements p ON p.id = l.procurementId
  WHERE p.domain = 'jeugd'
), local AS (
  SELECT DISTINCT m.regionId, pl.providerId
  FROM providerLocations pl
  JOIN regionMembership m ON m.municipalityCode = pl.municipalityCode AND m.domain = 'jeugd'
)
SELECT c.regionId AS regio,
  count(*) AS aanbieders,
  count(l.providerId) AS met_vestiging_in_regio,
  round(100.0 * count(l.providerId) / count(*), 1) AS procent_lokaal
FROM contracted c
LEFT JOIN local l USING (regionId, providerId)
GROUP BY c.regionId
ORDER BY procent_lokaal DESC`
	},
	{
		id: 'pgb-share',
		lens: { nl: 'Keuze en pgb', en: 'Choice and personal budgets' },
		title: { nl: 'Hoeveel cliënten kozen een pgb (persoonsgebonden budget), per jaar?', en: 'How many clients chose a personal budget (pgb), per year?' },
		sql: `SELECT year AS jaar,
  sum(clients) AS clienten,
  sum(pgbClients) AS met_pgb,
  round(100.0 * sum(pgbClients) / sum(clients), 1) AS procent_pgb
FROM usage
WHERE domain = 'jeugd'
GROUP BY year
ORDER BY year`
	},
	{
		id: 'waits',
		lens: { nl: 'Wachttijden', en: 'Waiting times' },
		title: { nl: 'Bij welke zorgsoorten wachten mensen het langst (mediaan in weken)?', en: 'Which kinds of care have the longest waits (median in weeks)?' },
		sql: `SELECT w.category AS code,
  any_value(k.plainNl) AS zorgsoort,
  count(*) AS metingen,
  round(median(w.medianWeeks), 1) AS mediaan_weken
FROM waitingTimes w
LEFT JOIN careCategories k ON k.code = w.category
WHERE w.medianWeeks IS NOT NULL
GROUP BY w.category
ORDER BY mediaan_weken DESC`
	},
	{
		id: 'spending',
		lens: { nl: 'Geld: uitgaven', en: 'Money: spending' },
		title: { nl: 'Hoeveel begroten alle gemeenten samen voor jeugdhulp in 2025, per soort hulp?', en: 'How much do all municipalities together budget for youth care in 2025, per kind of care?' },
		sql: `SELECT t."group" AS soort_hulp,
  round(sum(s.lasten) / 1e6) AS miljoen_euro
FROM spending s
JOIN taakvelden t ON t.code = s.taakveld
WHERE t.domain = 'jeugd' AND s.year = 2025 AND s.kind = 'begroting'
GROUP BY t."group"
ORDER BY miljoen_euro DESC`
	},
	{
		id: 'fund',
		lens: { nl: 'Geld: gemeentefonds', en: 'Money: municipal fund' },
		title: { nl: 'Hoeveel krijgt elke gemeente in 2025 uit het gemeentefonds voor jeugdhulp, per inwoner?', en: 'How much does each municipality get from the municipal fund for youth care in 2025, per resident?' },
		sql: `SELECT m.name AS gemeente,
  m.population AS inwoners,
  round(f.euros) AS euro,
  round(f.euros / m.population) AS euro_per_inwoner
FROM fundAllocations f
JOIN municipalities m ON m.code = f.municipalityCode
WHERE f.paymentYear = 2025
  AND f.circulaire = 'september-2024'
  AND f.cluster = 'Individuele voorzieningen Jeugd'
ORDER BY euro_per_inwoner DESC`
	},
	{
		id: 'big',
		lens: { nl: 'Alle rijen', en: 'All rows' },
		title: { nl: 'Alle wachttijden (meer dan 80.000 rijen) om zelf door te bladeren.', en: 'All waiting times (over 80,000 rows) to browse yourself.' },
		sql: `SELECT * FROM waitingTimes`
	}
];

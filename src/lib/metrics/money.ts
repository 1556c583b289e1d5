/**
 * Lens: real money (CBS Iv3 and the Gemeentefonds), per municipality, region and the country.
 *
 * Everything is computed from one set of per-municipality parts for a chosen Iv3 year and kind
 * (`moneyPartsCte`), summed with GROUPING SETS to municipality, jeugdregio and the Netherlands,
 * and only then divided. So a region's figure is Σ numerator / Σ denominator over its members
 * (euros per inhabitant of the region, not an average of its municipalities), and the three
 * levels can never use different definitions.
 *
 * Definitions (the taakvelden are in data/reference/taakvelden.csv; /methode shows them):
 * - jeugd: lasten of the Jeugdwet taakvelden for care: ambulant, verblijf, pgb and
 *   jeugdbescherming (2023–2024: 6.72–6.74, 6.82; 2025: 6.751–6.763, 6.792, 6.821–6.822).
 *   Toegang and beleid are left out: before 2025 they were booked together with the Wmo (6.2)
 *   or elsewhere, so they would break the series.
 * - wmo: lasten of the Wmo taakvelden hulpmiddelen, maatwerk and pgb (2023–2024: 6.6, 6.71,
 *   6.71a–d; 2025: 6.60, 6.711–6.714, 6.791). Beschermd wonen and opvang are left out: they
 *   are mostly paid through centre municipalities for a whole region.
 * - per inhabitant: divided by the population the Iv3 file itself gives for that year.
 * - how youth care is bought (from 2025): the share of lasten on 6.751–6.763 that is lokaal,
 *   regionaal or landelijk, for ambulant and met verblijf together and apart. PGB Jeugd is not
 *   in it (it is not bought).
 * - PGB share (from 2025): 6.792 / (6.751–6.763 + 6.792) for jeugd; 6.791 / (6.711–6.714 +
 *   6.791) for the Wmo.
 * - budget vs actual: jaarrekening − begroting of the same year, for jeugd and wmo as above, in
 *   euros and as a share of the begroting (only where both exist: 2023).
 * - fund vs spending: jeugd / wmo as above against the Gemeentefonds cluster "Individuele
 *   voorzieningen Jeugd" / "… Wmo" for that payment year, from the latest circulaire for that
 *   year (a computed allocation, not a payment).
 */
import { defineMetric } from './metric';
import { fragment, query, type Fragment } from './scope';
import type { Iv3Kind } from '../schema/finance';

export interface MoneyParams {
	year: number;
	kind: Iv3Kind;
}

function checked(p: MoneyParams): [number, Iv3Kind] {
	if (!Number.isInteger(p.year)) throw new Error(`year must be an integer, got ${p.year}`);
	if (p.kind !== 'begroting' && p.kind !== 'jaarrekening') throw new Error(`kind must be begroting or jaarrekening, got ${String(p.kind)}`);
	return [p.year, p.kind];
}

/**
 * The taakveld selections above, as SQL conditions on taakvelden `t`: the one definition,
 * also behind the code lists /methode prints (taakveldList).
 */
export const moneySelectionSql = {
	jeugd: `t.domain = 'jeugd' AND t."group" IN ('ambulant', 'verblijf', 'pgb', 'jeugdbescherming')`,
	wmo: `t.domain = 'wmo' AND t."group" IN ('hulpmiddelen', 'maatwerk', 'pgb')`,
	bought: `t.purchaseLevel IS NOT NULL`,
	pgbJeugd: `t.pgb AND t.domain = 'jeugd'`,
	pgbWmo: `t.pgb AND t.domain = 'wmo'`,
	wmoMaatwerk: `t.domain = 'wmo' AND t."group" = 'maatwerk'`
} as const;
const sel = moneySelectionSql;
const levels = ['lokaal', 'regionaal', 'landelijk'] as const;
const settings = ['ambulant', 'verblijf'] as const;
const cap = (s: string) => s[0]!.toUpperCase() + s.slice(1);

/** Columns summed from municipality to region and country (all in euros, or people). */
const additive = [
	'population',
	'jeugd',
	'wmo',
	'bought',
	...levels.map((l) => `bought${cap(l)}`),
	...settings.flatMap((s) => [s, ...levels.map((l) => `${s}${cap(l)}`)]),
	'pgbJeugd',
	'pgbWmo',
	'wmoMaatwerk',
	'jeugdBudget',
	'jeugdActual',
	'wmoBudget',
	'wmoActual',
	'fundJeugd',
	'fundWmo'
] as const;

/**
 * `moneyParts(code, name, regionId, <additive columns>)`: one row per municipality for the
 * chosen Iv3 year and kind. A part that the year's numbering does not have (the purchase split
 * and PGB before 2025, the fund before 2024, an actual after 2023) is NULL, not 0.
 */
export const moneyPartsCte = fragment<MoneyParams>(
	`moneyParams AS (SELECT CAST(? AS INTEGER) AS year, CAST(? AS VARCHAR) AS kind),
	moneyRows AS (
		SELECT s.municipalityCode AS code, s.kind, s.lasten, t."group", t.purchaseLevel,
			(${sel.jeugd}) AS isJeugd, (${sel.wmo}) AS isWmo, (${sel.pgbJeugd}) AS isPgbJeugd, (${sel.pgbWmo}) AS isPgbWmo,
			(${sel.wmoMaatwerk}) AS isWmoMaatwerk, (${sel.bought}) AS isBought
		FROM spending s JOIN taakvelden t ON t.code = s.taakveld, moneyParams mp
		WHERE s.year = mp.year
	),
	moneyChosen AS (
		SELECT r.code,
			sum(lasten) FILTER (WHERE isJeugd) AS jeugd,
			sum(lasten) FILTER (WHERE isWmo) AS wmo,
			count(*) FILTER (WHERE isBought) AS purchaseRows,
			coalesce(sum(lasten) FILTER (WHERE isBought), 0) AS bought,
			${levels.map((l) => `coalesce(sum(lasten) FILTER (WHERE purchaseLevel = '${l}'), 0) AS bought${cap(l)}`).join(',\n\t\t\t')},
			${settings
				.flatMap((s) => [
					`coalesce(sum(lasten) FILTER (WHERE isBought AND "group" = '${s}'), 0) AS ${s}`,
					...levels.map((l) => `coalesce(sum(lasten) FILTER (WHERE purchaseLevel = '${l}' AND "group" = '${s}'), 0) AS ${s}${cap(l)}`)
				])
				.join(',\n\t\t\t')},
			count(*) FILTER (WHERE isPgbJeugd OR isPgbWmo) AS pgbRows,
			coalesce(sum(lasten) FILTER (WHERE isPgbJeugd), 0) AS pgbJeugd,
			coalesce(sum(lasten) FILTER (WHERE isPgbWmo), 0) AS pgbWmo,
			coalesce(sum(lasten) FILTER (WHERE isWmoMaatwerk), 0) AS wmoMaatwerk
		FROM moneyRows r, moneyParams mp WHERE r.kind = mp.kind
		GROUP BY r.code
	),
	moneyBudget AS (
		SELECT code,
			sum(lasten) FILTER (WHERE isJeugd AND kind = 'begroting') AS jeugdBudget,
			sum(lasten) FILTER (WHERE isJeugd AND kind = 'jaarrekening') AS jeugdActual,
			sum(lasten) FILTER (WHERE isWmo AND kind = 'begroting') AS wmoBudget,
			sum(lasten) FILTER (WHERE isWmo AND kind = 'jaarrekening') AS wmoActual
		FROM moneyRows GROUP BY code
	),
	moneyCirculaire AS (
		SELECT f.circulaire FROM fundAllocations f, moneyParams mp
		WHERE f.paymentYear = mp.year
		GROUP BY f.circulaire
		ORDER BY split_part(f.circulaire, '-', 2) DESC, f.circulaire LIKE 'september-%' DESC
		LIMIT 1
	),
	moneyFund AS (
		SELECT f.municipalityCode AS code,
			sum(f.euros) FILTER (WHERE f.cluster = 'Individuele voorzieningen Jeugd') AS fundJeugd,
			sum(f.euros) FILTER (WHERE f.cluster = 'Individuele voorzieningen Wmo') AS fundWmo
		FROM fundAllocations f, moneyParams mp
		WHERE f.paymentYear = mp.year AND f.circulaire = (SELECT circulaire FROM moneyCirculaire)
		GROUP BY f.municipalityCode
	),
	moneyParts AS (
		SELECT m.code, m.name, rm.regionId, mp2.population::DOUBLE AS population,
			c.jeugd, c.wmo,
			${['bought', ...levels.map((l) => `bought${cap(l)}`), ...settings.flatMap((s) => [s, ...levels.map((l) => `${s}${cap(l)}`)])]
				.map((col) => `CASE WHEN c.purchaseRows > 0 THEN c.${col} END AS ${col}`)
				.join(',\n\t\t\t')},
			CASE WHEN c.pgbRows > 0 THEN c.pgbJeugd END AS pgbJeugd,
			CASE WHEN c.pgbRows > 0 THEN c.pgbWmo END AS pgbWmo,
			CASE WHEN c.pgbRows > 0 THEN c.wmoMaatwerk END AS wmoMaatwerk,
			CASE WHEN b.jeugdActual IS NOT NULL THEN b.jeugdBudget END AS jeugdBudget,
			CASE WHEN b.jeugdBudget IS NOT NULL THEN b.jeugdActual END AS jeugdActual,
			CASE WHEN b.wmoActual IS NOT NULL THEN b.wmoBudget END AS wmoBudget,
			CASE WHEN b.wmoBudget IS NOT NULL THEN b.wmoActual END AS wmoActual,
			f.fundJeugd, f.fundWmo
		FROM moneyChosen c
		JOIN municipalities m ON m.code = c.code
		JOIN moneyParams mp ON true
		JOIN municipalityProfiles mp2 ON mp2.municipalityCode = c.code AND mp2.year = mp.year AND mp2.kind = mp.kind
		LEFT JOIN regionMembership rm ON rm.municipalityCode = c.code AND rm.domain = 'jeugd'
		LEFT JOIN moneyBudget b ON b.code = c.code
		LEFT JOIN moneyFund f ON f.code = c.code
	)`,
	checked
);

const ratio = (num: string, den: string) => `CASE WHEN (${den}) <> 0 THEN (${num}) / (${den}) END`;

/**
 * `moneyFigures(level, code, name, regionId, <additive>, <ratios>, circulaire)`: every
 * municipality, every jeugdregio and the Netherlands, with the ratios of the header.
 */
export const moneyFiguresCte = fragment<MoneyParams>(
	`moneyRolled AS (
		SELECT
			CASE WHEN grouping(code) = 0 THEN 'gemeente' WHEN grouping(regionId) = 0 THEN 'regio' ELSE 'nederland' END AS level,
			CASE WHEN grouping(code) = 0 THEN code WHEN grouping(regionId) = 0 THEN regionId ELSE 'NL' END AS code,
			CASE WHEN grouping(regionId) = 0 THEN regionId END AS regionId,
			${additive.map((c) => `sum(${c}) AS ${c}`).join(', ')}
		FROM moneyParts
		GROUP BY GROUPING SETS ((regionId, code), (regionId), ())
	),
	moneyFigures AS (
		SELECT r.level, r.code,
			CASE r.level WHEN 'gemeente' THEN m.name WHEN 'regio' THEN rg.name ELSE 'Nederland' END AS name,
			r.regionId, ${additive.map((c) => `r.${c}`).join(', ')},
			${ratio('r.jeugd', 'r.population')} AS jeugdPerInhabitant,
			${ratio('r.wmo', 'r.population')} AS wmoPerInhabitant,
			${levels.map((l) => `${ratio(`r.bought${cap(l)}`, 'r.bought')} AS share${cap(l)}`).join(', ')},
			${settings.flatMap((s) => levels.map((l) => `${ratio(`r.${s}${cap(l)}`, `r.${s}`)} AS ${s}Share${cap(l)}`)).join(', ')},
			${ratio('r.pgbJeugd', 'r.bought + r.pgbJeugd')} AS pgbShareJeugd,
			${ratio('r.pgbWmo', 'r.wmoMaatwerk + r.pgbWmo')} AS pgbShareWmo,
			r.jeugdActual - r.jeugdBudget AS jeugdBudgetDiff,
			${ratio('r.jeugdActual - r.jeugdBudget', 'r.jeugdBudget')} AS jeugdBudgetDiffShare,
			r.wmoActual - r.wmoBudget AS wmoBudgetDiff,
			${ratio('r.wmoActual - r.wmoBudget', 'r.wmoBudget')} AS wmoBudgetDiffShare,
			r.jeugd - r.fundJeugd AS jeugdMinusFund,
			${ratio('r.jeugd', 'r.fundJeugd')} AS jeugdFundShare,
			r.wmo - r.fundWmo AS wmoMinusFund,
			${ratio('r.wmo', 'r.fundWmo')} AS wmoFundShare,
			(SELECT circulaire FROM moneyCirculaire) AS circulaire
		FROM moneyRolled r
		LEFT JOIN municipalities m ON r.level = 'gemeente' AND m.code = r.code
		LEFT JOIN regions rg ON r.level = 'regio' AND rg.id = r.regionId AND rg.domain = 'jeugd'
	)`
);

type Additive = (typeof additive)[number];
export type MoneyLevel = 'gemeente' | 'regio' | 'nederland';

/** The ratios every level has; null where the year's data has no such figure. */
export const moneyIndicators = [
	'jeugdPerInhabitant',
	'wmoPerInhabitant',
	'shareLokaal',
	'shareRegionaal',
	'shareLandelijk',
	'pgbShareJeugd',
	'pgbShareWmo',
	'jeugdBudgetDiffShare',
	'wmoBudgetDiffShare',
	'jeugdFundShare',
	'wmoFundShare'
] as const;
export type MoneyIndicator = (typeof moneyIndicators)[number];

export type MoneyRow = {
	level: MoneyLevel;
	/** GMxxxx, JZxx or 'NL'. */
	code: string;
	name: string;
	/** The jeugdregio (null for the country). */
	regionId: string | null;
	ambulantShareLokaal: number | null;
	ambulantShareRegionaal: number | null;
	ambulantShareLandelijk: number | null;
	verblijfShareLokaal: number | null;
	verblijfShareRegionaal: number | null;
	verblijfShareLandelijk: number | null;
	jeugdBudgetDiff: number | null;
	wmoBudgetDiff: number | null;
	jeugdMinusFund: number | null;
	wmoMinusFund: number | null;
	/** The circulaire the fund figures come from (null without fund data for the year). */
	circulaire: string | null;
} & Record<Additive, number | null> &
	Record<MoneyIndicator, number | null> &
	Record<string, unknown>;

const levelOrder = `CASE level WHEN 'gemeente' THEN 0 WHEN 'regio' THEN 1 ELSE 2 END`;

const figuresQuery = query<MoneyParams & { regionId?: string | null }>(
	[moneyPartsCte, moneyFiguresCte],
	fragment(
		`SELECT * FROM moneyFigures
		WHERE CAST(? AS VARCHAR) IS NULL OR level = 'nederland' OR regionId = ?
		ORDER BY ${levelOrder}, name`,
		(p) => [p.regionId ?? null, p.regionId ?? null]
	)
);

export const moneyFigures = defineMetric<MoneyParams & { regionId?: string | null }, MoneyRow>({
	id: 'moneyFigures',
	title: { nl: 'Geld voor jeugdhulp en Wmo', en: 'Money for youth care and Wmo' },
	definition: {
		nl: 'Uitgaven (lasten) aan jeugdhulp en Wmo-maatwerk uit CBS Iv3 per gemeente, regio en Nederland, per inwoner, met hoe de jeugdhulp is ingekocht en het pgb-aandeel (vanaf 2025), jaarrekening tegen begroting (2023) en uitgaven tegen het Gemeentefonds (berekend, 2024–2025), waarbij een regio eerst alle euro’s en inwoners van haar gemeenten optelt en pas dan deelt.',
		en: 'Spending (lasten) on youth care and Wmo support from CBS Iv3 per municipality, region and the Netherlands, per inhabitant, with how youth care is bought and the PGB share (from 2025), accounts against budget (2023) and spending against the Municipal Fund (computed, 2024–2025), where a region first adds up all euros and inhabitants of its municipalities and only then divides.'
	},
	sql: figuresQuery.sql,
	bind: figuresQuery.bind
});

export interface PeerParams extends MoneyParams {
	municipality: string;
}

/**
 * `peerGroup(code)`: the municipalities with the same CBS size class and urbanity in the Iv3
 * file of the year and kind (the municipality itself included). Fewer than 5 such: the same
 * size class only (`widened`).
 */
const peerGroupCte: Fragment<PeerParams> = fragment(
	`peerSelf AS (
		SELECT p.sizeClass, p.urbanity FROM municipalityProfiles p, moneyParams mp
		WHERE p.municipalityCode = ? AND p.year = mp.year AND p.kind = mp.kind
	),
	peerExact AS (
		SELECT p.municipalityCode AS code FROM municipalityProfiles p, moneyParams mp, peerSelf s
		WHERE p.year = mp.year AND p.kind = mp.kind AND p.sizeClass = s.sizeClass AND p.urbanity = s.urbanity
	),
	peerGroup AS (
		SELECT code, false AS widened FROM peerExact WHERE (SELECT count(*) FROM peerExact) >= 5
		UNION ALL
		SELECT p.municipalityCode, true FROM municipalityProfiles p, moneyParams mp, peerSelf s
		WHERE (SELECT count(*) FROM peerExact) < 5 AND p.year = mp.year AND p.kind = mp.kind AND p.sizeClass = s.sizeClass
	)`,
	(p) => [p.municipality]
);

export interface MoneyPeerRow extends Record<string, unknown> {
	indicator: MoneyIndicator;
	/** The municipality's own value. */
	value: number;
	/** 1 = the highest value in the group. */
	rank: number;
	peers: number;
	min: number;
	p25: number;
	median: number;
	p75: number;
	max: number;
	regionValue: number | null;
	nlValue: number | null;
	sizeClass: string;
	urbanity: string;
	/** true when the group is the size class only (fewer than 5 with the same urbanity too). */
	widened: boolean;
}

/** `unpivoted(level, code, regionId, indicator, value)`, `self`, and `inGroup` with each peer's rank. */
const peerStatsCtes = fragment<PeerParams>(
	`unpivoted AS (
		UNPIVOT (SELECT level, code, regionId, ${moneyIndicators.join(', ')} FROM moneyFigures)
		ON ${moneyIndicators.join(', ')} INTO NAME indicator VALUE value
	),
	self AS (SELECT indicator, value, regionId FROM unpivoted WHERE level = 'gemeente' AND code = ?),
	inGroup AS (
		SELECT u.indicator, u.code, u.value, rank() OVER (PARTITION BY u.indicator ORDER BY u.value DESC) AS rank
		FROM unpivoted u JOIN peerGroup g ON g.code = u.code WHERE u.level = 'gemeente'
	)`,
	(p) => [p.municipality]
);

const peerQuery = query<PeerParams>(
	[moneyPartsCte, moneyFiguresCte, peerGroupCte, peerStatsCtes],
	fragment(
		`SELECT s.indicator, s.value, r.rank, count(*) AS peers,
			min(g.value) AS min, quantile_cont(g.value, 0.25) AS p25, median(g.value) AS median,
			quantile_cont(g.value, 0.75) AS p75, max(g.value) AS max,
			any_value(reg.value) AS regionValue, any_value(nl.value) AS nlValue,
			any_value(ps.sizeClass) AS sizeClass, any_value(ps.urbanity) AS urbanity,
			bool_or(pg.widened) AS widened
		FROM self s
		JOIN inGroup g ON g.indicator = s.indicator
		JOIN inGroup r ON r.indicator = s.indicator AND r.code = ?
		JOIN peerGroup pg ON pg.code = g.code
		LEFT JOIN unpivoted reg ON reg.indicator = s.indicator AND reg.level = 'regio' AND reg.code = s.regionId
		LEFT JOIN unpivoted nl ON nl.indicator = s.indicator AND nl.level = 'nederland'
		CROSS JOIN peerSelf ps
		GROUP BY s.indicator, s.value, r.rank
		ORDER BY list_position([${moneyIndicators.map((i) => `'${i}'`).join(', ')}], s.indicator)`,
		(p) => [p.municipality]
	)
);

export const moneyPeers = defineMetric<PeerParams, MoneyPeerRow>({
	id: 'moneyPeers',
	title: { nl: 'Vergelijkbare gemeenten', en: 'Similar municipalities' },
	definition: {
		nl: 'Per cijfer de plaats van de gemeente (1 = hoogste) en de laagste, 25e percentiel, mediaan, 75e percentiel en hoogste waarde in haar groep: de gemeenten met dezelfde CBS-grootteklasse en stedelijkheid in het Iv3-bestand van dat jaar, of alleen dezelfde grootteklasse als dat er minder dan 5 zijn.',
		en: 'Per figure the municipality’s place (1 = highest) and the lowest, 25th percentile, median, 75th percentile and highest value in its group: the municipalities with the same CBS size class and urbanity in that year’s Iv3 file, or the same size class only if there are fewer than 5.'
	},
	sql: peerQuery.sql,
	bind: peerQuery.bind
});

export interface PeerMemberRow extends Record<string, unknown> {
	code: string;
	name: string;
	regionName: string | null;
	population: number;
	isSelf: boolean;
}

const memberQuery = query<PeerParams>(
	[moneyPartsCte, peerGroupCte],
	fragment(
		`SELECT m.code, m.name, r.name AS regionName, p.population, m.code = ? AS isSelf
		FROM peerGroup g
		JOIN municipalities m ON m.code = g.code
		JOIN moneyParams mp ON true
		JOIN municipalityProfiles p ON p.municipalityCode = g.code AND p.year = mp.year AND p.kind = mp.kind
		LEFT JOIN regionMembership rm ON rm.municipalityCode = g.code AND rm.domain = 'jeugd'
		LEFT JOIN regions r ON r.id = rm.regionId AND r.domain = 'jeugd'
		ORDER BY m.name`,
		(p) => [p.municipality]
	)
);

export const moneyPeerMembers = defineMetric<PeerParams, PeerMemberRow>({
	id: 'moneyPeerMembers',
	title: { nl: 'Groep vergelijkbare gemeenten', en: 'Group of similar municipalities' },
	definition: moneyPeers.definition,
	sql: memberQuery.sql,
	bind: memberQuery.bind
});

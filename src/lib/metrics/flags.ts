/**
 * Lens: signals worth a closer look, in the style of OCP's Cardinal (red flags for public
 * procurement): each flag has one methodology entry (`flagDefinitions`, shown on /methode), a
 * count under the cross-filter, that count per deal in scope, and a list of flagged items.
 * A flag is a reason to ask, not a finding of wrongdoing.
 *
 * Every threshold comes from thresholds.ts and is bound as a parameter; pass `thresholds` to
 * override one (tests, what-if).
 *
 * Scope per flag (see scope.ts): singleBid, heavySubcontracting → lots of the deals in scope;
 * longDuration → deals in scope; highConcentration → markets as in choice.ts (the provider
 * filter picks markets); waitingOverNorm → waits in scope (each source its own window);
 * localShareGap → municipalities, compared with the median over all members (the municipality
 * filter picks which municipality is shown, not what the median is over).
 */
import { defineMetric } from './metric';
import { categoryHhiCte, marketContractsCte } from './choice';
import { localByMunicipalitySelect, localPairsCte } from './local';
import { measuredCte, overNormRunsCte } from './waiting';
import {
	contractsCte,
	dealsCte,
	fragment,
	lotsCte,
	membersCte,
	query,
	thresholdsOf,
	waitsCte,
	type ScopeParams,
	type ThresholdParams,
	type WaitSource
} from './scope';
import { thresholds } from './thresholds';

export const flagIds = ['singleBid', 'highConcentration', 'longDuration', 'waitingOverNorm', 'heavySubcontracting', 'localShareGap'] as const;
export type FlagId = (typeof flagIds)[number];

export interface FlagDefinition {
	title: { nl: string; en: string };
	/** One sentence: what is flagged. */
	definition: { nl: string; en: string };
	/** The threshold in words, with its current value. */
	threshold: { nl: string; en: string };
	/** What the `value` column of a flagged item holds. */
	value: { nl: string; en: string };
	/** What one counted item is. */
	unit: { nl: string; en: string };
}

const pct = (share: number) => `${Math.round(share * 100)}%`;

export const flagDefinitions: Record<FlagId, FlagDefinition> = {
	singleBid: {
		title: { nl: 'Eén inschrijver', en: 'Single bid' },
		definition: {
			nl: 'Een perceel in een openbare of niet-openbare procedure waarop maar één aanbieder heeft ingeschreven.',
			en: 'A lot in an open or selective procedure that received only one bid.'
		},
		threshold: { nl: 'Precies 1 inschrijver (procedure open of selective).', en: 'Exactly 1 tenderer (procedure open or selective).' },
		value: { nl: 'Aantal inschrijvers.', en: 'Number of tenderers.' },
		unit: { nl: 'perceel', en: 'lot' }
	},
	highConcentration: {
		title: { nl: 'Sterke concentratie', en: 'High concentration' },
		definition: {
			nl: 'Een zorgsoort waarin de lopende contracten bij zo weinig hoofdaannemers liggen dat de HHI boven de grens komt.',
			en: 'A care category whose running contracts are held by so few main contractors that the HHI exceeds the limit.'
		},
		threshold: { nl: `HHI boven ${thresholds.hhiHigh} (van 10.000).`, en: `HHI above ${thresholds.hhiHigh} (out of 10,000).` },
		value: { nl: 'HHI.', en: 'HHI.' },
		unit: { nl: 'zorgsoort', en: 'care category' }
	},
	longDuration: {
		title: { nl: 'Lange looptijd', en: 'Long duration' },
		definition: {
			nl: 'Een inkooptraject dat met alle verlengingen langer kan lopen dan de grens, waardoor de markt lang dicht kan zitten.',
			en: 'A procurement that, with all extensions, can run longer than the limit, which can keep the market closed for long.'
		},
		threshold: {
			nl: `Looptijd met verlengingen (in hele maanden, gedeeld door 12) langer dan ${thresholds.maxDurationYears} jaar.`,
			en: `Duration with extensions (in whole months, divided by 12) longer than ${thresholds.maxDurationYears} years.`
		},
		value: { nl: 'Looptijd in jaren, met verlengingen.', en: 'Duration in years, with extensions.' },
		unit: { nl: 'inkooptraject', en: 'procurement' }
	},
	waitingOverNorm: {
		title: { nl: 'Wachttijd lang boven de norm', en: 'Waiting over the norm for long' },
		definition: {
			nl: 'Een aanbieder die voor een zorgsoort in een gemeente een aantal maanden achter elkaar een mediane wachttijd boven de norm heeft.',
			en: 'A provider whose median wait for a care category in a municipality is over the norm for several months in a row.'
		},
		threshold: {
			nl: `Minstens ${thresholds.consecutiveMonthsOverNorm} aaneengesloten kalendermaanden boven de norm; een ontbrekende maand breekt de reeks.`,
			en: `At least ${thresholds.consecutiveMonthsOverNorm} consecutive calendar months over the norm; a missing month breaks the run.`
		},
		value: { nl: 'Langste reeks maanden boven de norm.', en: 'Longest run of months over the norm.' },
		unit: { nl: 'aanbieder × zorgsoort × gemeente', en: 'provider × care category × municipality' }
	},
	heavySubcontracting: {
		title: { nl: 'Veel onderaanneming', en: 'Heavy subcontracting' },
		definition: {
			nl: 'Een perceel waarvan een groot deel van de lopende contracten onderaanneming is, zodat niet zichtbaar is wie de zorg echt levert.',
			en: 'A lot where a large part of the running contracts are subcontracts, so it is less visible who actually delivers the care.'
		},
		threshold: {
			nl: `Meer dan ${pct(thresholds.heavySubcontractingShare)} van de lopende contracten van het perceel is onderaanneming.`,
			en: `More than ${pct(thresholds.heavySubcontractingShare)} of the lot's running contracts are subcontracts.`
		},
		value: { nl: 'Deel onderaanneming (0–1).', en: 'Subcontracted share (0–1).' },
		unit: { nl: 'perceel', en: 'lot' }
	},
	localShareGap: {
		title: { nl: 'Weinig lokale zorg', en: 'Little local care' },
		definition: {
			nl: 'Een gemeente waar het deel van de contractwaarde bij aanbieders met een locatie in de regio veel lager is dan bij de middelste gemeente van de regio.',
			en: 'A municipality where the share of contract value held by providers with a location in the region is much lower than for the middle municipality of the region.'
		},
		threshold: {
			nl: `Lokaal aandeel naar waarde meer dan ${thresholds.localShareGapPoints} procentpunten onder de mediaan van de gemeenten in de regio.`,
			en: `Local share by value more than ${thresholds.localShareGapPoints} percentage points below the median of the region's municipalities.`
		},
		value: { nl: 'Achterstand op de mediaan in procentpunten.', en: 'Gap to the median in percentage points.' },
		unit: { nl: 'gemeente', en: 'municipality' }
	}
};

export interface FlagParams extends ScopeParams, ThresholdParams {
	/** Waits of this source only (see waiting.ts); null/absent = each source in its own window. */
	source?: WaitSource | null;
}

const flagOrder = `flagList AS (
	SELECT * FROM (VALUES ${flagIds.map((id, i) => `(${i + 1}, '${id}')`).join(', ')}) AS t(ord, id)
)`;
/** A flag's place in flagIds (in a final ORDER BY: over a column the output has under the same name, see metric.ts). */
const flagRank = (column: string) => `list_position([${flagIds.map((id) => `'${id}'`).join(', ')}], ${column})`;

const noText = 'CAST(NULL AS VARCHAR)';

/** CTE `flagItems(flagId, dealId, lotId, category, providerId, municipalityCode, value, threshold, periodFrom, periodTo, source)`. */
const flagItemsCte = fragment<FlagParams>(
	`flagItems AS (
		SELECT 'singleBid' AS flagId, sl.dealId, sl.lotId, sl.category, ${noText} AS providerId, ${noText} AS municipalityCode,
			CAST(sl.numberOfTenderers AS DOUBLE) AS value, CAST(NULL AS DOUBLE) AS threshold,
			${noText} AS periodFrom, ${noText} AS periodTo, sl.source
		FROM scopedLots sl JOIN scopedDeals d ON d.id = sl.dealId
		WHERE sl.numberOfTenderers = 1 AND d.procurementMethod IN ('open', 'selective')
		UNION ALL
		SELECT 'highConcentration', ${noText}, ${noText}, h.category, ${noText}, ${noText},
			h.hhi, CAST(? AS DOUBLE), ${noText}, ${noText}, ms.sources
		FROM categoryHhi h
		JOIN (SELECT category, string_agg(DISTINCT source, ',' ORDER BY source) AS sources FROM marketContracts GROUP BY category) ms
			ON ms.category = h.category
		WHERE h.hhi > CAST(? AS DOUBLE)
		UNION ALL
		SELECT 'longDuration', d.id, ${noText}, ${noText}, ${noText}, ${noText},
			date_diff('month', d.startDate, CAST(d.maxEndDate + INTERVAL 1 DAY AS DATE)) / 12.0, CAST(? AS DOUBLE),
			CAST(d.startDate AS VARCHAR), CAST(d.maxEndDate AS VARCHAR), d.source
		FROM scopedDeals d
		WHERE date_diff('month', d.startDate, CAST(d.maxEndDate + INTERVAL 1 DAY AS DATE)) / 12.0 > CAST(? AS DOUBLE)
		UNION ALL
		SELECT 'waitingOverNorm', ${noText}, ${noText}, r.category, r.providerId, r.municipalityCode,
			CAST(r.longestRun AS DOUBLE), CAST(? AS DOUBLE), r.runFrom, r.runTo, r.source
		FROM seriesRuns r
		WHERE r.longestRun >= CAST(? AS DOUBLE)
		UNION ALL
		SELECT 'heavySubcontracting', sl.dealId, sl.lotId, sl.category, ${noText}, ${noText},
			s.subShare, CAST(? AS DOUBLE), ${noText}, ${noText}, sl.source
		FROM scopedLots sl JOIN (
			SELECT lotId, CAST(count(*) FILTER (WHERE role = 'sub') AS DOUBLE) / count(*) AS subShare
			FROM marketContracts GROUP BY lotId
		) s ON s.lotId = sl.lotId
		WHERE s.subShare > CAST(? AS DOUBLE)
		UNION ALL
		SELECT 'localShareGap', ${noText}, ${noText}, ${noText}, ${noText}, g.municipalityCode,
			(gm.medianShare - g.shareLocalByValue) * 100, CAST(? AS DOUBLE), ${noText}, ${noText}, ${noText}
		FROM gapByMunicipality g CROSS JOIN gapMedian gm
		WHERE (CAST(? AS VARCHAR) IS NULL OR g.municipalityCode = ?)
			AND (gm.medianShare - g.shareLocalByValue) * 100 > CAST(? AS DOUBLE)
	)`,
	(p) => {
		const t = thresholdsOf(p);
		return [
			t.hhiHigh, t.hhiHigh,
			t.maxDurationYears, t.maxDurationYears,
			t.consecutiveMonthsOverNorm, t.consecutiveMonthsOverNorm,
			t.heavySubcontractingShare, t.heavySubcontractingShare,
			t.localShareGapPoints, p.municipality, p.municipality, t.localShareGapPoints
		];
	}
);

const flagCtes = [
	membersCte,
	contractsCte('scopedContracts'),
	marketContractsCte,
	dealsCte(),
	lotsCte,
	categoryHhiCte,
	contractsCte('gapContracts', { ignoreMunicipality: true }),
	localPairsCte('gapContracts', { ignoreMunicipality: true }),
	fragment<FlagParams>(`gapByMunicipality AS (${localByMunicipalitySelect}),
	gapMedian AS (SELECT median(shareLocalByValue) AS medianShare FROM gapByMunicipality)`),
	waitsCte,
	measuredCte,
	overNormRunsCte('series', ['providerId', 'category', 'municipalityCode', 'source']),
	flagItemsCte,
	fragment<FlagParams>(flagOrder)
];

export interface FlagSummaryRow extends Record<string, unknown> {
	flagId: FlagId;
	/** Flagged items (lots, categories, deals, series or municipalities: see flagDefinitions[flagId].unit). */
	count: number;
	/** Deals (procurements) in scope: the same for every flag. */
	deals: number;
	/** count / deals; null when no deal is in scope. */
	perDeal: number | null;
}

const summary = query<FlagParams>(
	flagCtes,
	fragment(`
		SELECT fl.id AS flagId, coalesce(fc.items, 0) AS count, dc.deals,
			CAST(coalesce(fc.items, 0) AS DOUBLE) / nullif(dc.deals, 0) AS perDeal
		FROM flagList fl
		LEFT JOIN (SELECT flagId AS itemFlag, count(*) AS items FROM flagItems GROUP BY flagId) fc ON fc.itemFlag = fl.id
		CROSS JOIN (SELECT count(*) AS deals FROM scopedDeals) dc
		ORDER BY ${flagRank('flagId')}`)
);

export const flagSummary = defineMetric<FlagParams, FlagSummaryRow>({
	id: 'flagSummary',
	title: { nl: 'Signalen', en: 'Flags' },
	definition: {
		nl: 'Per signaal het aantal gevallen onder het filter, het aantal lopende inkooptrajecten en het aantal gevallen per traject; elk signaal is een reden om door te vragen, geen oordeel.',
		en: 'Per flag the number of cases under the filter, the number of running procurements and the number of cases per procurement; each flag is a reason to ask, not a verdict.'
	},
	sql: summary.sql,
	bind: summary.bind
});

export interface FlagItemRow extends Record<string, unknown> {
	flagId: FlagId;
	dealId: string | null;
	dealTitle: string | null;
	lotId: string | null;
	lotTitle: string | null;
	category: string | null;
	categoryName: string | null;
	providerId: string | null;
	providerName: string | null;
	municipalityCode: string | null;
	municipalityName: string | null;
	/** See flagDefinitions[flagId].value. */
	value: number | null;
	/** The threshold applied (null for singleBid, whose threshold is fixed). */
	threshold: number | null;
	/** longDuration: startDate / maxEndDate; waitingOverNorm: first / last month of the longest run. */
	periodFrom: string | null;
	periodTo: string | null;
	/** Provenance of the flagged data ('demo', a source id, or several joined by commas). */
	source: string | null;
}

export interface FlagItemParams extends FlagParams {
	/** Only items of this flag; null/absent = all flags. */
	flagId?: FlagId | null;
}

const items = query<FlagItemParams>(
	flagCtes,
	fragment(
		`SELECT fi.flagId, fi.dealId, p.title AS dealTitle, fi.lotId, l.title AS lotTitle,
			fi.category, cc.plainNl AS categoryName, fi.providerId, pr.name AS providerName,
			fi.municipalityCode, m.name AS municipalityName,
			fi.value, fi.threshold, fi.periodFrom, fi.periodTo, fi.source
		FROM flagItems fi
		JOIN flagList fl ON fl.id = fi.flagId
		LEFT JOIN procurements p ON p.id = fi.dealId
		LEFT JOIN lots l ON l.id = fi.lotId
		LEFT JOIN careCategories cc ON cc.code = fi.category
		LEFT JOIN providers pr ON pr.id = fi.providerId
		LEFT JOIN municipalities m ON m.code = fi.municipalityCode
		WHERE CAST(? AS VARCHAR) IS NULL OR fi.flagId = ?
		ORDER BY ${flagRank('fi.flagId')}, fi.dealId NULLS FIRST, fi.lotId NULLS FIRST, fi.category NULLS FIRST, fi.providerId NULLS FIRST,
			fi.municipalityCode NULLS FIRST, fi.source NULLS FIRST, fi.periodFrom NULLS FIRST`,
		(p) => [p.flagId ?? null, p.flagId ?? null]
	)
);

export const flagItems = defineMetric<FlagItemParams, FlagItemRow>({
	id: 'flagItems',
	title: { nl: 'Gevonden signalen', en: 'Flagged items' },
	definition: {
		nl: 'De percelen, zorgsoorten, trajecten, wachttijdreeksen en gemeenten die een signaal geven, met de gemeten waarde en de grens.',
		en: 'The lots, care categories, procurements, waiting-time series and municipalities that raise a flag, with the measured value and the limit.'
	},
	sql: items.sql,
	bind: items.bind
});

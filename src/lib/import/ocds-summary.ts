/**
 * The shape of an OCDS import report, kept apart from the importer so that /eigen-data can
 * show it without loading the importer (which runs in the worker).
 */

/** The OCDS fields whose absence the report counts (per procurement loaded). */
export const MISSING_FIELDS = ['buyer', 'tender.contractPeriod', 'tender.value', 'tender.lots', 'tender.numberOfTenderers', 'awards', 'awards.value', 'classification'] as const;
export type MissingField = (typeof MISSING_FIELDS)[number];

/** What was read, for the report on /eigen-data and its CSV. */
export interface OcdsSummary {
	files: number;
	releases: number;
	ocids: number;
	accepted: { procurements: number; lots: number; awards: number; contracts: number };
	/** ocids not loaded, by reason. */
	refused: { foreignBuyer: number; unrecognisedBuyer: number; planningOnly: number; invalid: number };
	/** Amounts in another currency than EUR, not loaded. */
	refusedAmounts: number;
	/** Per region: how many procurements, and whether the region came from the buyers or the user's choice. */
	regions: { regionId: string; from: 'buyers' | 'choice'; procurements: number }[];
	/** Per field: in how many of the procurements loaded it was missing (unknown). */
	missing: Record<MissingField, number>;
}

/** The name a set of files is reported under: the file itself, or the first and how many more. */
export const setName = (names: string[]) => (names.length === 1 ? names[0]! : `${names[0]} + ${names.length - 1}`);

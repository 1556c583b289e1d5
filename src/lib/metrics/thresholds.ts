/**
 * Every threshold the flags and the concentration labels use, in one place (shown on /methode).
 * Change a number here and the pages, the prerender and the tests follow.
 */
export const thresholds = {
	/** HHI (0–10,000) below this: low concentration. */
	hhiLow: 1000,
	/** HHI above this: high concentration (flag). */
	hhiHigh: 2000,
	/** Deal duration including all extension options, in years, above which we flag. */
	maxDurationYears: 4,
	/** Consecutive provider-months over the norm that raise a flag. */
	consecutiveMonthsOverNorm: 3,
	/** Share of a lot's contracts held as subcontracts above which we flag heavy subcontracting. */
	heavySubcontractingShare: 0.5,
	/** A municipality's local share (by value) this many percentage points below the region median is flagged. */
	localShareGapPoints: 20
} as const;

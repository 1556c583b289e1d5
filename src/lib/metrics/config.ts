/** Settings every metric shares; one place, stated on /methode. */
export const metricConfig = {
	/** Contracts count as "current" when they run on this date (end of the demo data). */
	referenceDate: '2026-10-01',
	/** Municipal division all figures use. */
	indelingYear: 2025
} as const;

export type Domain = 'jeugd' | 'wmo';
export const domains: readonly Domain[] = ['jeugd', 'wmo'];
export const domainLabel: Record<Domain, { nl: string; en: string }> = {
	jeugd: { nl: 'Jeugdwet', en: 'Youth Act' },
	wmo: { nl: 'Wmo', en: 'Social Support Act (Wmo)' }
};

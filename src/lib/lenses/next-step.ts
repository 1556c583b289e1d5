import { monthName } from '../format';
import { tr } from '../i18n/text';
import { nextStep as t } from '../i18n/care-text';

/**
 * The next step a resident can take after reading about a provider: open the provider's own page
 * (only ever an http(s) address) and know how this kind of care is reached. Pure functions, so
 * the list, the profile and the comparison choose the same way and tests can pin the choice.
 */

/** How a kind of care is reached: ggz via the huisarts; youth ggz and youth care via huisarts or the municipality; Wmo via the municipality. */
export type CareRoute = 'ggz' | 'ggz-jeugd' | 'jeugd' | 'wmo';

/**
 * The way in for a care category, from its code list (scheme) and law (domain): adult ggz falls
 * under the health insurance (a referral by the huisarts); ggz for children and youth care under
 * the Jeugdwet (huisarts, jeugdarts or the municipality's wijkteam); Wmo support under the
 * municipality (Wmo-loket or wijkteam). Unknown → null (the page then says nothing).
 */
export function careRoute(category: { scheme?: string | null; domain?: string | null } | null | undefined): CareRoute | null {
	if (!category) return null;
	if (category.scheme === 'nza-ggz') return category.domain === 'jeugd' ? 'ggz-jeugd' : 'ggz';
	if (category.scheme === 'iWmo' || category.domain === 'wmo') return 'wmo';
	if (category.scheme === 'iJw' || category.domain === 'jeugd') return 'jeugd';
	return null;
}

/** The distinct routes of several categories, in the order first met (the focus category first). */
export function careRoutes(categories: readonly { scheme?: string | null; domain?: string | null }[]): CareRoute[] {
	return [...new Set(categories.map(careRoute).filter((r): r is CareRoute => r !== null))];
}

/**
 * The address as a link target, or null: only absolute http(s) addresses with a host. The data
 * is checked on the way in (schema httpUrl), but an imported file or a future source must never
 * turn into a `javascript:` or `data:` link on the page, so the page checks again.
 */
export function safeHref(url: unknown): string | null {
	if (typeof url !== 'string' || !/^https?:\/\//i.test(url.trim())) return null;
	try {
		const u = new URL(url.trim());
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname ? u.href : null;
	} catch {
		return null;
	}
}

/** Distinct months (YYYY-MM) in words, oldest first: "februari 2018 en maart 2018"; none → ''. */
export function monthsInWords(months: readonly (string | null | undefined)[]): string {
	return [...new Set(months.filter((m): m is string => !!m))].sort().map(monthName).join(tr(t.and));
}

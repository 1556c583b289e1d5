/**
 * The page language: Dutch (default) or English.
 *
 * Every page is prerendered in Dutch with <html lang="nl"> (src/app.html). The root layout calls
 * `initLang` once after hydration; it reads `?lang=en|nl` from the address first, then the choice
 * stored in this browser, and applies it. So server and client markup agree at hydration, and
 * English follows a moment later. The choice is stored in localStorage, so it survives navigation
 * and reload, and a link with `?lang=en` opens the site in English. While the page is in English
 * the address carries `?lang=en` (state/address.svelte.ts), so a shared link keeps the language.
 *
 * `i18n.lang` is reactive state: anything that reads it in markup or in a $derived (directly or
 * through `tr` and the format functions) updates when it changes.
 */

export type Lang = 'nl' | 'en';
export const langs: readonly Lang[] = ['nl', 'en'];

/** localStorage key of the stored choice. */
export const LANG_STORAGE_KEY = 'regiozicht-lang';
/** Search parameter that sets the language from a link. */
export const LANG_PARAM = 'lang';

export const i18n = $state({ lang: 'nl' as Lang });

export const isLang = (value: unknown): value is Lang => value === 'nl' || value === 'en';

/** BCP 47 locale for Intl number and date formatting in the current language. */
export const locale = (lang: Lang = i18n.lang) => (lang === 'en' ? 'en-GB' : 'nl-NL');

/** Switch language: state, `<html lang>`, and (unless `remember` is false) the stored choice. */
export function setLang(lang: Lang, { remember = true }: { remember?: boolean } = {}): void {
	i18n.lang = lang;
	if (typeof document !== 'undefined') document.documentElement.lang = lang;
	if (remember) {
		try {
			localStorage.setItem(LANG_STORAGE_KEY, lang);
		} catch {
			/* Storage may be off (private mode, policy): the choice then lasts for this page only. */
		}
	}
}

function stored(): Lang | null {
	try {
		const v = localStorage.getItem(LANG_STORAGE_KEY);
		return isLang(v) ? v : null;
	} catch {
		return null;
	}
}

/**
 * Once, after hydration: `?lang=` from the address wins (and is remembered), then the stored
 * choice, else Dutch. Returns the language applied.
 */
export function initLang(url: URL): Lang {
	const fromUrl = url.searchParams.get(LANG_PARAM);
	if (isLang(fromUrl)) {
		setLang(fromUrl);
		return fromUrl;
	}
	const lang = stored() ?? 'nl';
	setLang(lang, { remember: false });
	return lang;
}

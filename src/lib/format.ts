/**
 * Number, money, share and date formatting for captions, tables and tooltips, in the current
 * language (Dutch 'nl-NL' by default, English 'en-GB'; see src/lib/i18n). Called in markup or a
 * $derived, the result follows a language switch.
 */
import { i18n, locale, type Lang } from './i18n/lang.svelte';

// Built once per language: constructing an Intl formatter costs far more than formatting with
// one, and a filter change formats hundreds of figures and dates.
interface Formats {
	number: Intl.NumberFormat;
	integer: Intl.NumberFormat;
	decimal: Intl.NumberFormat;
	euro: Intl.NumberFormat;
	day: Intl.DateTimeFormat;
	month: Intl.DateTimeFormat;
}
const cache = new Map<Lang, Formats>();
function formats(lang: Lang = i18n.lang): Formats {
	let f = cache.get(lang);
	if (!f) {
		const l = locale(lang);
		f = {
			number: new Intl.NumberFormat(l),
			integer: new Intl.NumberFormat(l, { maximumFractionDigits: 0 }),
			decimal: new Intl.NumberFormat(l, { maximumFractionDigits: 1 }),
			euro: new Intl.NumberFormat(l, { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }),
			day: new Intl.DateTimeFormat(l, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
			month: new Intl.DateTimeFormat(l, { month: 'long', year: 'numeric', timeZone: 'UTC' })
		};
		cache.set(lang, f);
	}
	return f;
}

/** As `Number.toLocaleString` in the current language (up to three decimals). */
export const num = (n: number) => formats().number.format(n);
export const nf = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formats().integer.format(n));
export const dec = (n: number | null | undefined) => (n === null || n === undefined ? '–' : formats().decimal.format(n));
export const pct = (share: number | null | undefined) => (share === null || share === undefined ? '–' : `${formats().integer.format(share * 100)}%`);
/** A share with one decimal ("10,2%"), for small shares where whole percents hide differences. */
export const pctDec = (share: number | null | undefined) => (share === null || share === undefined ? '–' : `${formats().decimal.format(share * 100)}%`);
export const weeks = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${formats().decimal.format(n)} wk`);
/** Euros, shortened from a million: "€ 1,2 mln" in Dutch, "€1.2 million" in English. */
export function euro(n: number | null | undefined): string {
	if (n === null || n === undefined) return '–';
	if (Math.abs(n) >= 1e6) return i18n.lang === 'en' ? `€${formats().decimal.format(n / 1e6)} million` : `€ ${formats().decimal.format(n / 1e6)} mln`;
	return formats().euro.format(n);
}
export function longDate(iso: string | null | undefined, lang?: Lang): string {
	if (!iso) return '–';
	const [y, m, d] = iso.split('-').map(Number);
	return formats(lang).day.format(new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)));
}
/** A moment in the user's own time zone, to the minute: "6 december 2026 19:02" (when a file was loaded). */
export const dateTime = (ms: number, lang: Lang = i18n.lang) =>
	new Date(ms).toLocaleString(locale(lang), { day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });
export function monthName(ym: string): string {
	const [y, m] = ym.split('-').map(Number);
	return formats().month.format(new Date(Date.UTC(y!, (m ?? 1) - 1, 1)));
}

/**
 * The months a figure covers ('YYYY-MM' to 'YYYY-MM', inclusive), said beside it: "maart 2025 –
 * februari 2026", a whole calendar year as "2025", one month as that month.
 */
export function monthSpan(from: string | null | undefined, to: string | null | undefined): string {
	if (!from || !to) return '–';
	if (from === to) return monthName(from);
	if (from.slice(0, 4) === to.slice(0, 4) && from.endsWith('-01') && to.endsWith('-12')) return from.slice(0, 4);
	return `${monthName(from)} – ${monthName(to)}`;
}

/** Plain-language names of procedures and funding models (Dutch, B1). */
export const procedureName: Record<string, string> = {
	'europees-openbaar': 'Europese openbare aanbesteding',
	'europees-niet-openbaar': 'Europese niet-openbare aanbesteding',
	'nationaal-openbaar': 'Nationale openbare aanbesteding',
	'meervoudig-onderhands': 'Meervoudig onderhands',
	'enkelvoudig-onderhands': 'Enkelvoudig onderhands',
	'open-house': 'Open house (iedereen die voldoet mag meedoen)',
	'bestuurlijk-aanbesteden': 'Bestuurlijk aanbesteden (in overleg)',
	subsidie: 'Subsidie',
	inbesteding: 'Inbesteding (eigen organisatie)'
};
export const procedureShort: Record<string, string> = {
	'europees-openbaar': 'Europees openbaar',
	'europees-niet-openbaar': 'Europees niet-openbaar',
	'nationaal-openbaar': 'Nationaal openbaar',
	'meervoudig-onderhands': 'Meervoudig onderhands',
	'enkelvoudig-onderhands': 'Enkelvoudig onderhands',
	'open-house': 'Open house',
	'bestuurlijk-aanbesteden': 'Bestuurlijk aanbesteden',
	subsidie: 'Subsidie',
	inbesteding: 'Inbesteding'
};
export const fundingName: Record<string, string> = {
	inspanningsgericht: 'Inspanningsgericht (betaald per uur of dag)',
	outputgericht: 'Outputgericht (betaald per traject)',
	taakgericht: 'Taakgericht (vast budget)'
};
export const fundingShort: Record<string, string> = {
	inspanningsgericht: 'Inspanningsgericht',
	outputgericht: 'Outputgericht',
	taakgericht: 'Taakgericht'
};

/** The same names in plain English. */
export const procedureNameEn: Record<string, string> = {
	'europees-openbaar': 'European open procedure',
	'europees-niet-openbaar': 'European restricted procedure',
	'nationaal-openbaar': 'National open procedure',
	'meervoudig-onderhands': 'Invited tender (several providers asked)',
	'enkelvoudig-onderhands': 'Single-source award (one provider asked)',
	'open-house': 'Open house (anyone who qualifies may take part)',
	'bestuurlijk-aanbesteden': 'Procurement by consultation',
	subsidie: 'Grant',
	inbesteding: 'In-house (own organisation)'
};
export const procedureShortEn: Record<string, string> = {
	'europees-openbaar': 'European open',
	'europees-niet-openbaar': 'European restricted',
	'nationaal-openbaar': 'National open',
	'meervoudig-onderhands': 'Invited tender',
	'enkelvoudig-onderhands': 'Single source',
	'open-house': 'Open house',
	'bestuurlijk-aanbesteden': 'By consultation',
	subsidie: 'Grant',
	inbesteding: 'In-house'
};
export const fundingNameEn: Record<string, string> = {
	inspanningsgericht: 'Effort-based (paid per hour or day)',
	outputgericht: 'Output-based (paid per care path)',
	taakgericht: 'Task-based (fixed budget)'
};
export const fundingShortEn: Record<string, string> = {
	inspanningsgericht: 'Effort-based',
	outputgericht: 'Output-based',
	taakgericht: 'Task-based'
};

/** A procedure's name in the current language (`short` for legends and tables); unknown codes as they are. */
export function procedureLabel(code: string, short = false): string {
	const names = i18n.lang === 'en' ? (short ? procedureShortEn : procedureNameEn) : short ? procedureShort : procedureName;
	return names[code] ?? code;
}
/** A funding model's name in the current language (`short` for legends and tables). */
export function fundingLabel(code: string, short = false): string {
	const names = i18n.lang === 'en' ? (short ? fundingShortEn : fundingNameEn) : short ? fundingShort : fundingName;
	return names[code] ?? code;
}

/**
 * A count with its noun: "1 rij", "2 rijen", "1 row", "0 rows". Every count-bearing string goes
 * through here, so Dutch never reads "1 rijen". The count is formatted in the current language.
 */
export const plural = (n: number, one: string, many: string, lang: Lang = i18n.lang) => `${formats(lang).integer.format(n)} ${n === 1 ? one : many}`;

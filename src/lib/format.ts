/** Dutch number, money, share and date formatting for captions, tables and tooltips. */
const integer = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const decimal = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });
const euroFormat = new Intl.NumberFormat('nl-NL', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 });

export const nf = (n: number | null | undefined) => (n === null || n === undefined ? '–' : integer.format(n));
export const dec = (n: number | null | undefined) => (n === null || n === undefined ? '–' : decimal.format(n));
export const pct = (share: number | null | undefined) => (share === null || share === undefined ? '–' : `${integer.format(share * 100)}%`);
export const weeks = (n: number | null | undefined) => (n === null || n === undefined ? '–' : `${decimal.format(n)} wk`);
/** Euros, shortened to "€ 1,2 mln" from a million. */
export function euro(n: number | null | undefined): string {
	if (n === null || n === undefined) return '–';
	if (Math.abs(n) >= 1e6) return `€ ${decimal.format(n / 1e6)} mln`;
	return euroFormat.format(n);
}
export function longDate(iso: string | null | undefined): string {
	if (!iso) return '–';
	const [y, m, d] = iso.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1)).toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}
export function monthName(ym: string): string {
	const [y, m] = ym.split('-').map(Number);
	return new Date(Date.UTC(y!, (m ?? 1) - 1, 1)).toLocaleDateString('nl-NL', { month: 'long', year: 'numeric', timeZone: 'UTC' });
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

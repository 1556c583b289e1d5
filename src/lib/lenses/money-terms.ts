/**
 * The words and choices of the real-money lens (metrics/money.ts), shared by the region,
 * municipality and home pages: which Iv3 year and kind can be chosen, what each indicator is
 * called and how its value is written, and which sources a figure rests on.
 */
import type { Iv3Kind } from '../schema/finance';
import type { MoneyIndicator, MoneyRow } from '../metrics/money';
import type { Text } from '../i18n/text';
import { euro, nf, dec } from '../format';
import { i18n } from '../i18n/lang.svelte';

/** An Iv3 file: a year and begroting or jaarrekening. Newest first; the first is the default. */
export const moneyYears = [
	{ key: '2025-begroting', year: 2025, kind: 'begroting' },
	{ key: '2024-begroting', year: 2024, kind: 'begroting' },
	{ key: '2023-jaarrekening', year: 2023, kind: 'jaarrekening' },
	{ key: '2023-begroting', year: 2023, kind: 'begroting' }
] as const satisfies readonly { key: string; year: number; kind: Iv3Kind }[];
export type MoneyYear = (typeof moneyYears)[number];
export type MoneyYearKey = MoneyYear['key'];

/** The URL value (`?geldjaar=2023-jaarrekening`) as one of the choices; anything else is the default. */
export function moneyYearOf(value: string | null | undefined): MoneyYear {
	return moneyYears.find((y) => y.key === value) ?? moneyYears[0];
}

export const kindName: Record<Iv3Kind, Text> = {
	begroting: { nl: 'begroting', en: 'budget' },
	jaarrekening: { nl: 'jaarrekening', en: 'accounts' }
};

/** "2025, begroting" / "2025, budget": for labels and the source line. */
export const yearLabel = (y: { year: number; kind: Iv3Kind }, lang = i18n.lang) => `${y.year}, ${kindName[y.kind][lang]}`;

/** 'september-2024' → "septembercirculaire 2024" / "September circular 2024". */
export function circulaireLabel(circulaire: string | null | undefined, lang = i18n.lang): string {
	const [month = '', year = ''] = (circulaire ?? '').split('-');
	if (!month) return '';
	return lang === 'en' ? `${month === 'mei' ? 'May' : month[0]!.toUpperCase() + month.slice(1)} circular ${year}` : `${month}circulaire ${year}`;
}

type Unit = 'euroPerInhabitant' | 'share' | 'signedShare' | 'ratio';

export interface IndicatorTerm {
	key: MoneyIndicator;
	/** Short name for a switch button or table row. */
	label: Text;
	/** Legend / axis title, with its unit. */
	unit: Text;
	kind: Unit;
	/** Which Iv3 files have it (the purchase split and PGB only from 2025, …). */
	availableIn: (y: { year: number; kind: Iv3Kind }) => boolean;
	sources: readonly string[];
}

const from2025 = (y: { year: number }) => y.year >= 2025;
const iv3 = ['cbs-iv3'] as const;
const iv3AndFund = ['cbs-iv3', 'gemeentefonds-berekend'] as const;

export const indicatorTerms: Record<MoneyIndicator, IndicatorTerm> = {
	jeugdPerInhabitant: {
		key: 'jeugdPerInhabitant',
		label: { nl: 'Jeugdhulp per inwoner', en: 'Youth care per inhabitant' },
		unit: { nl: 'euro per inwoner', en: 'euros per inhabitant' },
		kind: 'euroPerInhabitant',
		availableIn: () => true,
		sources: iv3
	},
	wmoPerInhabitant: {
		key: 'wmoPerInhabitant',
		label: { nl: 'Wmo per inwoner', en: 'Wmo per inhabitant' },
		unit: { nl: 'euro per inwoner', en: 'euros per inhabitant' },
		kind: 'euroPerInhabitant',
		availableIn: () => true,
		sources: iv3
	},
	shareLokaal: {
		key: 'shareLokaal',
		label: { nl: 'Jeugdhulp lokaal ingekocht', en: 'Youth care bought locally' },
		unit: { nl: '% van de ingekochte jeugdhulp', en: '% of youth care bought' },
		kind: 'share',
		availableIn: from2025,
		sources: iv3
	},
	shareRegionaal: {
		key: 'shareRegionaal',
		label: { nl: 'Jeugdhulp regionaal ingekocht', en: 'Youth care bought regionally' },
		unit: { nl: '% van de ingekochte jeugdhulp', en: '% of youth care bought' },
		kind: 'share',
		availableIn: from2025,
		sources: iv3
	},
	shareLandelijk: {
		key: 'shareLandelijk',
		label: { nl: 'Jeugdhulp landelijk ingekocht', en: 'Youth care bought nationally' },
		unit: { nl: '% van de ingekochte jeugdhulp', en: '% of youth care bought' },
		kind: 'share',
		availableIn: from2025,
		sources: iv3
	},
	pgbShareJeugd: {
		key: 'pgbShareJeugd',
		label: { nl: 'Pgb-aandeel jeugdhulp', en: 'PGB share of youth care' },
		unit: { nl: '% pgb van jeugdhulp', en: '% PGB of youth care' },
		kind: 'share',
		availableIn: from2025,
		sources: iv3
	},
	pgbShareWmo: {
		key: 'pgbShareWmo',
		label: { nl: 'Pgb-aandeel Wmo', en: 'PGB share of Wmo' },
		unit: { nl: '% pgb van Wmo-maatwerk', en: '% PGB of Wmo support' },
		kind: 'share',
		availableIn: from2025,
		sources: iv3
	},
	jeugdBudgetDiffShare: {
		key: 'jeugdBudgetDiffShare',
		label: { nl: 'Jeugdhulp: uitgegeven t.o.v. begroot', en: 'Youth care: spent vs budgeted' },
		unit: { nl: '% meer (+) of minder (−) dan begroot', en: '% more (+) or less (−) than budgeted' },
		kind: 'signedShare',
		availableIn: (y) => y.year === 2023,
		sources: iv3
	},
	wmoBudgetDiffShare: {
		key: 'wmoBudgetDiffShare',
		label: { nl: 'Wmo: uitgegeven t.o.v. begroot', en: 'Wmo: spent vs budgeted' },
		unit: { nl: '% meer (+) of minder (−) dan begroot', en: '% more (+) or less (−) than budgeted' },
		kind: 'signedShare',
		availableIn: (y) => y.year === 2023,
		sources: iv3
	},
	jeugdFundShare: {
		key: 'jeugdFundShare',
		label: { nl: 'Jeugdhulp t.o.v. Gemeentefonds', en: 'Youth care vs Municipal Fund' },
		unit: { nl: '% van het fondsbedrag (berekend)', en: '% of the fund amount (computed)' },
		kind: 'ratio',
		availableIn: (y) => y.year === 2024 || y.year === 2025,
		sources: iv3AndFund
	},
	wmoFundShare: {
		key: 'wmoFundShare',
		label: { nl: 'Wmo t.o.v. Gemeentefonds', en: 'Wmo vs Municipal Fund' },
		unit: { nl: '% van het fondsbedrag (berekend)', en: '% of the fund amount (computed)' },
		kind: 'ratio',
		availableIn: (y) => y.year === 2024 || y.year === 2025,
		sources: iv3AndFund
	}
};

/** The indicators a year has, in the metric's order. */
export const indicatorsIn = (y: { year: number; kind: Iv3Kind }) => Object.values(indicatorTerms).filter((t) => t.availableIn(y));

/** The URL value (`?geld=pgbShareJeugd`) as an indicator the year has; else the first it has. */
export function indicatorOf(value: string | null | undefined, y: { year: number; kind: Iv3Kind }): IndicatorTerm {
	const available = indicatorsIn(y);
	return available.find((t) => t.key === value) ?? available[0]!;
}

/** A share as a percentage with one decimal below 10% (0,1% is not 0%), whole above. */
function percent(share: number, signed: boolean): string {
	const p = share * 100;
	const text = Math.abs(p) < 10 && p !== 0 ? dec(p) : nf(p);
	return `${signed && p > 0 ? '+' : ''}${text}%`;
}

/** A value of the indicator as written in captions, tables, tooltips and legends. */
export function formatIndicator(term: Pick<IndicatorTerm, 'kind'>, value: number | null | undefined): string {
	if (value === null || value === undefined || !Number.isFinite(value)) return '–';
	switch (term.kind) {
		case 'euroPerInhabitant':
			return euro(value);
		case 'share':
		case 'ratio':
			return percent(value, false);
		case 'signedShare':
			return percent(value, true);
	}
}

/** The indicator's value of a row. */
export const indicatorValue = (row: MoneyRow, key: MoneyIndicator): number | null => row[key];

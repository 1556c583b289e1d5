/**
 * The taakveld dictionary (data/reference/taakvelden.csv) as /methode shows it, and the exact
 * taakvelden each money figure of money.ts adds up, written out so /methode can print them.
 * taakvelden.test.ts recomputes the money figures from these lists, so the printed lists cannot
 * drift from money.ts's selections (which go by domain and group, not by code).
 */
import { defineMetric } from './metric';
import type { TaakveldGroup } from '../schema/finance';

export interface TaakveldRow extends Record<string, unknown> {
	code: string;
	name: string;
	nameEn: string;
	fromYear: number;
	toYear: number | null;
	domain: 'jeugd' | 'wmo' | 'other';
	group: TaakveldGroup;
	purchaseLevel: 'lokaal' | 'regionaal' | 'landelijk' | null;
	pgb: boolean;
	/** Older codes this one continues, `|`-separated. */
	continues: string | null;
}

export const taakveldList = defineMetric<{ socialOnly?: boolean }, TaakveldRow>({
	id: 'taakveldList',
	title: { nl: 'Taakvelden', en: 'Budget headings (taakvelden)' },
	definition: {
		nl: 'Elke taakveldcode uit de CBS Iv3-bestanden met de jaren waarin hij voorkomt, de wet, de soort uitgave, hoe de jeugdhulp is ingekocht (vanaf 2025), of het om pgb’s gaat en welke oudere codes een code uit 2025 voortzet; wet, soort en voortzetting zijn ons oordeel, en de geldcijfers tellen taakvelden op volgens wet en soort.',
		en: 'Every taakveld code in the CBS Iv3 files with the years it appears in, the law, the kind of spending, how youth care is bought (from 2025), whether it holds personal budgets and which older codes a 2025 code continues; law, kind and continuation are our judgement, and the money figures add up taakvelden by law and kind.'
	},
	// Code order keeps an old code next to its successors (6.2, 6.21; 6.6, 6.60; 6.71, 6.711).
	sql: `
		SELECT code, name, nameEn, fromYear, toYear, domain, "group", purchaseLevel, pgb, continues
		FROM taakvelden
		WHERE NOT CAST(? AS BOOLEAN) OR "group" <> 'overig'
		ORDER BY code`,
	bind: (p) => [p.socialOnly ?? false]
});

/** Codes per numbering: 2023–2024 and from 2025. */
export interface Selection {
	before2025: readonly string[];
	from2025: readonly string[];
}

const youthBought2025 = ['6.751', '6.752', '6.753', '6.761', '6.762', '6.763'] as const;
const wmoMaatwerk2025 = ['6.711', '6.712', '6.713', '6.714'] as const;

/** The taakvelden behind each money figure (money.ts's header), code by code. */
export const moneySelections = {
	jeugd: {
		before2025: ['6.72', '6.72a', '6.72b', '6.72c', '6.72d', '6.73a', '6.73b', '6.73c', '6.74a', '6.74b', '6.74c', '6.82', '6.82a', '6.82b'],
		from2025: [...youthBought2025, '6.792', '6.821', '6.822']
	},
	wmo: {
		before2025: ['6.6', '6.71', '6.71a', '6.71b', '6.71c', '6.71d'],
		from2025: ['6.60', ...wmoMaatwerk2025, '6.791']
	},
	/** Left out of both totals, and why: /methode says it. */
	leftOut: {
		toegangBeleid: { before2025: ['6.2'], from2025: ['6.21', '6.22', '6.23', '6.91', '6.92'] },
		wonenOpvang: { before2025: ['6.81', '6.81a', '6.81b'], from2025: ['6.811', '6.812'] }
	},
	/** Only from 2025: numerator / denominator. */
	pgbJeugd: { numerator: ['6.792'], denominator: [...youthBought2025, '6.792'] },
	pgbWmo: { numerator: ['6.791'], denominator: [...wmoMaatwerk2025, '6.791'] },
	bought: youthBought2025
} as const;

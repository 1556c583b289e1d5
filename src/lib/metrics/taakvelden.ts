/**
 * The taakveld dictionary (data/reference/taakvelden.csv) as /methode shows it, each row flagged
 * with money.ts's own selection conditions, and from those flags the exact taakvelden each money
 * figure adds up, so /methode can print them.
 */
import { defineMetric } from './metric';
import { moneySelectionSql as sel } from './money';
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
	/** In money.ts's selections (moneySelectionSql): the jeugd and Wmo totals, bought youth care, PGB, Wmo maatwerk. */
	inJeugd: boolean;
	inWmo: boolean;
	inBought: boolean;
	inPgbJeugd: boolean;
	inPgbWmo: boolean;
	inWmoMaatwerk: boolean;
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
		SELECT code, name, nameEn, fromYear, toYear, domain, "group", purchaseLevel, pgb, continues,
			(${sel.jeugd}) AS inJeugd, (${sel.wmo}) AS inWmo, (${sel.bought}) AS inBought,
			(${sel.pgbJeugd}) AS inPgbJeugd, (${sel.pgbWmo}) AS inPgbWmo, (${sel.wmoMaatwerk}) AS inWmoMaatwerk
		FROM taakvelden t
		WHERE NOT CAST(? AS BOOLEAN) OR "group" <> 'overig'
		ORDER BY code`,
	bind: (p) => [p.socialOnly ?? false]
});

/** Codes per numbering: 2023–2024 and from 2025. */
export interface Selection {
	before2025: string[];
	from2025: string[];
}

/**
 * The taakvelden behind each money figure, code by code, for /methode: read from the flags
 * taakveldList computes with money.ts's own conditions, so the printed lists are what it adds up.
 */
export function moneySelections(rows: readonly TaakveldRow[]) {
	const pick = (keep: (r: TaakveldRow) => boolean): Selection => ({
		before2025: rows.filter((r) => keep(r) && r.fromYear < 2025).map((r) => r.code),
		from2025: rows.filter((r) => keep(r) && (r.toYear === null || r.toYear >= 2025)).map((r) => r.code)
	});
	const from2025 = (keep: (r: TaakveldRow) => boolean) => pick(keep).from2025;
	const care = (r: TaakveldRow) => r.group !== 'overig';
	return {
		jeugd: pick((r) => r.inJeugd),
		wmo: pick((r) => r.inWmo),
		/** Left out of both totals, and why: /methode says it. */
		leftOut: {
			toegangBeleid: pick((r) => care(r) && (r.group === 'toegang' || r.group === 'beleid')),
			wonenOpvang: pick((r) => care(r) && (r.group === 'beschermd wonen' || r.group === 'opvang'))
		},
		/** Only from 2025: numerator / denominator. */
		pgbJeugd: { numerator: from2025((r) => r.inPgbJeugd), denominator: from2025((r) => r.inBought || r.inPgbJeugd) },
		pgbWmo: { numerator: from2025((r) => r.inPgbWmo), denominator: from2025((r) => r.inWmoMaatwerk || r.inPgbWmo) },
		bought: from2025((r) => r.inBought)
	};
}

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { moneyFigures } from './money';
import { moneySelections, taakveldList, type Selection } from './taakvelden';

const { db, close } = await realData();
afterAll(close);

/*
 * Hand-checked against data/reference/taakvelden.csv and the Iv3 files: 6.752 is in
 * 2025_begroting.csv only ("6.752 Jeugdhulp ambulant regionaal"), 6.71a in the 2023 and 2024
 * files only ("6.71a Huishoudelijke hulp (WMO)"); 47 of the 93 codes are not social-domain care
 * (chapters 0–5, 7, 8 and 6.1, 6.3, 6.4, 6.5).
 */
describe('taakveldList', () => {
	it('gives the dictionary rows as written', async () => {
		const rows = await runMetric(db, taakveldList, {});
		expect(rows).toHaveLength(93);
		expect(rows.find((r) => r.code === '6.752')).toEqual({
			code: '6.752',
			name: 'Jeugdhulp ambulant regionaal',
			nameEn: 'Youth care outpatient: bought regionally',
			fromYear: 2025,
			toYear: null,
			domain: 'jeugd',
			group: 'ambulant',
			purchaseLevel: 'regionaal',
			pgb: false,
			continues: '6.72|6.72a|6.72b|6.72c|6.72d|6.74a',
			inJeugd: true,
			inWmo: false,
			inBought: true,
			inPgbJeugd: false,
			inPgbWmo: false,
			inWmoMaatwerk: false
		});
		expect(rows.find((r) => r.code === '6.71a')).toMatchObject({ name: 'Huishoudelijke hulp (Wmo)', fromYear: 2023, toYear: 2024, domain: 'wmo', group: 'maatwerk', purchaseLevel: null, pgb: false, continues: null });
		expect(rows.find((r) => r.code === '6.792')).toMatchObject({ name: 'PGB Jeugd', domain: 'jeugd', group: 'pgb', pgb: true, fromYear: 2025 });
	});

	it('keeps an old code next to its successors, and socialOnly leaves out the rest', async () => {
		const social = (await runMetric(db, taakveldList, { socialOnly: true })).map((r) => r.code);
		expect(social).toHaveLength(46);
		expect(social.slice(0, 6)).toEqual(['6.2', '6.21', '6.22', '6.23', '6.6', '6.60']);
		expect(social.indexOf('6.711')).toBe(social.indexOf('6.71') + 1);
	});
});

describe('moneySelections (the code lists /methode prints)', () => {
	const eras = ['before2025', 'from2025'] as const;
	let selections: ReturnType<typeof moneySelections>;
	beforeAll(async () => {
		selections = moneySelections(await runMetric(db, taakveldList, {}));
	});

	// Hand-written from money.ts's header: which taakvelden each figure adds up.
	it('are the lists money.ts’s header describes', () => {
		const bought = ['6.751', '6.752', '6.753', '6.761', '6.762', '6.763'];
		const maatwerk = ['6.711', '6.712', '6.713', '6.714'];
		expect(selections.jeugd).toEqual({
			before2025: ['6.72', '6.72a', '6.72b', '6.72c', '6.72d', '6.73a', '6.73b', '6.73c', '6.74a', '6.74b', '6.74c', '6.82', '6.82a', '6.82b'],
			from2025: [...bought, '6.792', '6.821', '6.822']
		});
		expect(selections.wmo).toEqual({ before2025: ['6.6', '6.71', '6.71a', '6.71b', '6.71c', '6.71d'], from2025: ['6.60', ...maatwerk, '6.791'] });
		expect(selections.leftOut).toEqual({
			toegangBeleid: { before2025: ['6.2'], from2025: ['6.21', '6.22', '6.23', '6.91', '6.92'] },
			wonenOpvang: { before2025: ['6.81', '6.81a', '6.81b'], from2025: ['6.811', '6.812'] }
		});
		expect(selections.pgbJeugd).toEqual({ numerator: ['6.792'], denominator: [...bought, '6.792'] });
		expect(selections.pgbWmo).toEqual({ numerator: ['6.791'], denominator: [...maatwerk, '6.791'] });
		expect(selections.bought).toEqual(bought);
	});
	const inEra = (era: (typeof eras)[number]) => (era === 'before2025' ? 'toYear <= 2024' : 'fromYear >= 2025');
	const codes = (s: Selection, era: (typeof eras)[number]) => [...s[era]];

	it('cover every social-domain taakveld of each numbering exactly once', async () => {
		const { jeugd, wmo, leftOut } = selections;
		for (const era of eras) {
			const all = [jeugd, wmo, leftOut.toegangBeleid, leftOut.wonenOpvang].flatMap((s) => codes(s, era)).sort();
			const dictionary = await db.query<{ code: string }>(`SELECT code FROM taakvelden WHERE "group" <> 'overig' AND ${inEra(era)} ORDER BY code`);
			expect(all, era).toEqual(dictionary.map((r) => r.code).sort());
		}
	});

	/** Σ lasten on the listed codes per municipality, for one Iv3 file. */
	const sums = async (year: number, kind: string, list: readonly string[]) => {
		const rows = await db.query<{ code: string; lasten: number }>(
			`SELECT municipalityCode AS code, sum(lasten) AS lasten FROM spending WHERE year = ? AND kind = ? AND list_contains(string_split(?, '|'), taakveld) GROUP BY 1`,
			[year, kind, list.join('|')]
		);
		return new Map(rows.map((r) => [r.code, r.lasten]));
	};

	it.each([
		[2023, 'begroting'],
		[2023, 'jaarrekening'],
		[2024, 'begroting'],
		[2025, 'begroting']
	] as const)('add up to moneyFigures’ jeugd and wmo for every municipality (%i %s)', async (year, kind) => {
		const era = year >= 2025 ? 'from2025' : 'before2025';
		const figures = (await runMetric(db, moneyFigures, { year, kind, regionId: null })).filter((r) => r.level === 'gemeente');
		expect(figures).toHaveLength(342);
		const jeugd = await sums(year, kind, selections.jeugd[era]);
		const wmo = await sums(year, kind, selections.wmo[era]);
		for (const f of figures) {
			expect(f.jeugd, f.code).toBeCloseTo(jeugd.get(f.code) ?? 0, 2);
			expect(f.wmo, f.code).toBeCloseTo(wmo.get(f.code) ?? 0, 2);
		}
	});

	it('give moneyFigures’ PGB shares for 2025 (numerator / denominator)', async () => {
		const figures = (await runMetric(db, moneyFigures, { year: 2025, kind: 'begroting', regionId: null })).filter((r) => r.level === 'gemeente');
		const [jNum, jDen, wNum, wDen] = await Promise.all(
			[selections.pgbJeugd.numerator, selections.pgbJeugd.denominator, selections.pgbWmo.numerator, selections.pgbWmo.denominator].map((l) => sums(2025, 'begroting', l))
		);
		let checked = 0;
		for (const f of figures) {
			const jd = jDen!.get(f.code) ?? 0;
			const wd = wDen!.get(f.code) ?? 0;
			if (jd !== 0) expect(f.pgbShareJeugd, f.code).toBeCloseTo((jNum!.get(f.code) ?? 0) / jd, 10);
			if (wd !== 0) expect(f.pgbShareWmo, f.code).toBeCloseTo((wNum!.get(f.code) ?? 0) / wd, 10);
			checked++;
		}
		expect(checked).toBe(342);
		// Harderwijk by hand (money.test.ts): 1,000 / 19,135 and 765 / 11,524 (thousands of euros).
		expect(figures.find((f) => f.code === 'GM0243')?.pgbShareWmo).toBeCloseTo(765 / 11_524, 10);
	});
});

import { afterAll, describe, expect, it } from 'vitest';
import { realData } from './real-data-db';
import { runMetric } from './metric';
import { moneyFigures, moneyPeerMembers, moneyPeers, type MoneyRow } from './money';
import { collectTables } from '../../../scripts/sources/index';

/*
 * Hand-worked from the CSVs in data/iv3 (lasten, thousands of euros) and data/gemeentefonds.
 *
 * Harderwijk (GM0243), 2025 begroting, 50,070 inhabitants:
 *   6.751 21, 6.752 13,376, 6.753 0, 6.761 0, 6.762 4,084, 6.763 654  → bought 18,135
 *   6.792 PGB Jeugd 1,000; 6.821 1,412; 6.822 199   → jeugd 18,135 + 1,000 + 1,611 = 20,746
 *   6.60 2,293; 6.711–6.714 5,430 + 4,169 + 1,029 + 131 = 10,759; 6.791 765 → wmo 13,817
 *   per inhabitant: 20,746,000 / 50,070 = 414.34; 13,817,000 / 50,070 = 275.95
 *   bought: lokaal 21 / 18,135 = 0.1158%; regionaal 17,460 / 18,135 = 96.28%; landelijk 654 / 18,135 = 3.606%
 *   ambulant 13,397: regionaal 13,376 / 13,397 = 99.84%; verblijf 4,738: landelijk 654 / 4,738 = 13.80%
 *   PGB: jeugd 1,000 / (18,135 + 1,000) = 5.226%; Wmo 765 / (10,759 + 765) = 6.638%
 *   fund (september-2024 circulaire, payment year 2025): Jeugd € 20,968,461.96, Wmo € 13,810,292.30
 *     → 20,746,000 / 20,968,461.96 = 0.98939; 13,817,000 / 13,810,292.30 = 1.000486
 * Harderwijk, 2023: jeugd (6.72–6.74, 6.82) begroting 20,165, jaarrekening 21,532 → +1,367 = +6.779%
 *   wmo (6.6, 6.71, 6.71a–d) begroting 2,195 + 11,019 = 13,214, jaarrekening 2,039 + 9,900 = 11,939 → −1,275 = −9.649%
 *   2023 jaarrekening per inhabitant (48,906): 21,532,000 / 48,906 = 440.27
 * Hardenberg (GM0160), 2025 begroting, 63,423 inhabitants:
 *   6.751 14,710, 6.762 5,585, 6.763 881 (others 0) → bought 21,176: lokaal 69.47%, regionaal 26.37%, landelijk 4.160%
 *   ambulant all lokaal (100%); verblijf 6,466: regionaal 86.37%
 *   jeugd 21,176 + 497 + 1,289 + 210 = 23,172 → 365.36 per inhabitant; PGB jeugd 497 / 21,673 = 2.293%
 *   wmo 3,081 + 12,339 + 749 = 16,169 → 254.94; PGB Wmo 749 / 13,088 = 5.723%
 *   fund: 23,172,000 / 27,211,846.43 = 0.85154; 16,169,000 / 16,742,023.86 = 0.96577
 * Hardenberg, 2023: jeugd begroting 16,639 + 319 = 16,958, jaarrekening 22,302 → +5,344 = +31.51%
 *   wmo begroting 16,241, jaarrekening 15,142 → −1,099 = −6.767%
 * Noord-Veluwe (JZ12: Zeewolde, Elburg, Ermelo, Harderwijk, Oldebroek, Putten, Nunspeet), 2025:
 *   inhabitants 24,296 + 23,903 + 28,127 + 50,070 + 24,426 + 24,953 + 29,390 = 205,165
 *   jeugd 10,760 + 7,987 + 10,308 + 20,746 + 8,256 + 7,137 + 8,443 = 73,637 → 358.92 per inhabitant
 *     (not the mean of the seven municipalities' figures: that would be 360.9)
 *   bought 65,746 of which regionaal 62,223 = 94.64%; PGB jeugd 2,299 / (65,746 + 2,299) = 3.379%
 *   2023 jeugd begroting 70,226, jaarrekening 77,065 → +6,839 = +9.739%
 */
const { db, close } = await realData();
afterAll(close);

const figures = (year: number, kind: 'begroting' | 'jaarrekening', regionId: string | null = 'JZ12') => runMetric(db, moneyFigures, { year, kind, regionId });
const find = (rows: MoneyRow[], code: string) => {
	const row = rows.find((r) => r.code === code);
	if (!row) throw new Error(`no row ${code}`);
	return row;
};

describe('moneyFigures', () => {
	it('gives Harderwijk’s 2025 budget as worked out by hand', async () => {
		const h = find(await figures(2025, 'begroting'), 'GM0243');
		expect(h).toMatchObject({ level: 'gemeente', name: 'Harderwijk', regionId: 'JZ12', population: 50070, jeugd: 20_746_000, wmo: 13_817_000, bought: 18_135_000, circulaire: 'september-2024' });
		expect(h.jeugdPerInhabitant).toBeCloseTo(414.34, 2);
		expect(h.wmoPerInhabitant).toBeCloseTo(275.95, 2);
		expect(h.shareLokaal).toBeCloseTo(0.001158, 5);
		expect(h.shareRegionaal).toBeCloseTo(0.9628, 4);
		expect(h.shareLandelijk).toBeCloseTo(0.03606, 5);
		expect(h.ambulantShareRegionaal).toBeCloseTo(0.9984, 4);
		expect(h.verblijfShareLandelijk).toBeCloseTo(0.138, 3);
		expect(h.pgbShareJeugd).toBeCloseTo(0.05226, 5);
		expect(h.pgbShareWmo).toBeCloseTo(0.06638, 5);
		expect(h.jeugdFundShare).toBeCloseTo(0.98939, 5);
		expect(h.wmoFundShare).toBeCloseTo(1.000486, 6);
		// No 2025 accounts yet: no budget-vs-actual figure, not a zero.
		expect(h.jeugdBudgetDiff).toBeNull();
	});

	it('gives Hardenberg’s 2025 budget as worked out by hand', async () => {
		const h = find(await figures(2025, 'begroting', 'JZ07'), 'GM0160');
		expect(h).toMatchObject({ jeugd: 23_172_000, wmo: 16_169_000, bought: 21_176_000, ambulantShareLokaal: 1 });
		expect(h.jeugdPerInhabitant).toBeCloseTo(365.36, 2);
		expect(h.wmoPerInhabitant).toBeCloseTo(254.94, 2);
		expect(h.shareLokaal).toBeCloseTo(0.6947, 4);
		expect(h.shareRegionaal).toBeCloseTo(0.2637, 4);
		expect(h.shareLandelijk).toBeCloseTo(0.0416, 4);
		expect(h.verblijfShareRegionaal).toBeCloseTo(0.8637, 4);
		expect(h.pgbShareJeugd).toBeCloseTo(0.02293, 5);
		expect(h.pgbShareWmo).toBeCloseTo(0.05723, 5);
		expect(h.jeugdFundShare).toBeCloseTo(0.85154, 5);
		expect(h.wmoFundShare).toBeCloseTo(0.96577, 5);
	});

	it('compares 2023 accounts with the 2023 budget for both municipalities', async () => {
		const rows = await figures(2023, 'jaarrekening', null);
		const h = find(rows, 'GM0243');
		expect(h).toMatchObject({ jeugdBudget: 20_165_000, jeugdActual: 21_532_000, jeugdBudgetDiff: 1_367_000, wmoBudget: 13_214_000, wmoActual: 11_939_000, wmoBudgetDiff: -1_275_000 });
		expect(h.jeugdBudgetDiffShare).toBeCloseTo(0.06779, 5);
		expect(h.wmoBudgetDiffShare).toBeCloseTo(-0.09649, 5);
		expect(h.jeugdPerInhabitant).toBeCloseTo(440.27, 2);
		// Before 2025 there is no purchase split, no PGB taakveld and no fund year: null, not 0.
		expect([h.shareRegionaal, h.pgbShareJeugd, h.jeugdFundShare]).toEqual([null, null, null]);
		const b = find(rows, 'GM0160');
		expect(b).toMatchObject({ jeugdBudget: 16_958_000, jeugdActual: 22_302_000, wmoBudget: 16_241_000, wmoActual: 15_142_000 });
		expect(b.jeugdBudgetDiffShare).toBeCloseTo(0.3151, 4);
		expect(b.wmoBudgetDiffShare).toBeCloseTo(-0.06767, 5);
	});

	it('sums a region before dividing (Noord-Veluwe), and lists its members, the region and the country', async () => {
		const rows = await figures(2025, 'begroting');
		expect(rows.map((r) => r.level)).toEqual([...Array(7).fill('gemeente'), 'regio', 'nederland']);
		const nv = find(rows, 'JZ12');
		expect(nv).toMatchObject({ name: 'Noord-Veluwe', population: 205_165, jeugd: 73_637_000, bought: 65_746_000, boughtRegionaal: 62_223_000 });
		expect(nv.jeugdPerInhabitant).toBeCloseTo(358.92, 2);
		expect(nv.shareRegionaal).toBeCloseTo(0.9464, 4);
		expect(nv.pgbShareJeugd).toBeCloseTo(0.03379, 5);
		const nv2023 = find(await figures(2023, 'begroting'), 'JZ12');
		expect(nv2023).toMatchObject({ jeugdBudget: 70_226_000, jeugdActual: 77_065_000, jeugdBudgetDiff: 6_839_000 });
		expect(nv2023.jeugdBudgetDiffShare).toBeCloseTo(0.09739, 5);
	});

	it('gives all 342 municipalities, 42 regions and the country without a region', async () => {
		const rows = await figures(2024, 'begroting', null);
		expect(rows.filter((r) => r.level === 'gemeente')).toHaveLength(342);
		expect(rows.filter((r) => r.level === 'regio')).toHaveLength(42);
		const nl = rows.filter((r) => r.level === 'nederland');
		expect(nl).toHaveLength(1);
		const gemeenten = rows.filter((r) => r.level === 'gemeente');
		expect(nl[0]!.jeugd).toBeCloseTo(gemeenten.reduce((s, r) => s + (r.jeugd ?? 0), 0), 0);
		expect(nl[0]!.circulaire).toBe('september-2024');
	});
});

describe('municipalities sum to the Nederland row', () => {
	it('for every taakveld, year and kind, to the euro', () => {
		const { finance, netherlands } = collectTables('data');
		const sums = new Map<string, number>();
		for (const r of finance.spending as { year: number; kind: string; taakveld: string; lasten: number; baten: number }[]) {
			const key = `${r.year}|${r.kind}|${r.taakveld}`;
			sums.set(key, (sums.get(key) ?? 0) + r.lasten);
			sums.set(`${key}|baten`, (sums.get(`${key}|baten`) ?? 0) + r.baten);
		}
		expect(netherlands.length).toBeGreaterThan(4 * 60);
		for (const n of netherlands) {
			const key = `${n.year}|${n.kind}|${n.taakveld}`;
			expect(sums.get(key), key).toBeCloseTo(n.lasten, 2);
			expect(sums.get(`${key}|baten`), `${key} baten`).toBeCloseTo(n.baten, 2);
		}
	}, 30_000);
});

describe('moneyPeers', () => {
	it('places Harderwijk in its 2025 group (50,000–100,000 inhabitants, strongly urban)', async () => {
		const peers = await runMetric(db, moneyPeers, { year: 2025, kind: 'begroting', municipality: 'GM0243' });
		const members = await runMetric(db, moneyPeerMembers, { year: 2025, kind: 'begroting', municipality: 'GM0243' });
		expect(members.filter((m) => m.isSelf).map((m) => m.name)).toEqual(['Harderwijk']);
		const perInhabitant = peers.find((p) => p.indicator === 'jeugdPerInhabitant')!;
		expect(perInhabitant).toMatchObject({ sizeClass: '50000tot100000inwoners', urbanity: 'Sterkstedelijk', widened: false, peers: members.length });
		expect(perInhabitant.value).toBeCloseTo(414.34, 2);
		expect(perInhabitant.regionValue).toBeCloseTo(358.92, 2);
		// The rank is the number of peers with a higher value, plus one.
		const all = await figures(2025, 'begroting', null);
		const groupValues = members.map((m) => find(all, m.code).jeugdPerInhabitant!);
		expect(perInhabitant.rank).toBe(groupValues.filter((v) => v > perInhabitant.value).length + 1);
		const sorted = [...groupValues].sort((a, b) => a - b);
		expect(perInhabitant.min).toBeCloseTo(sorted[0]!, 6);
		expect(perInhabitant.max).toBeCloseTo(sorted.at(-1)!, 6);
		// 2025 has no accounts: the budget-vs-actual figures are not in the list.
		expect(peers.map((p) => p.indicator)).not.toContain('jeugdBudgetDiffShare');
	});

	it('widens a group of fewer than five to the size class', async () => {
		// 100,000–150,000 inhabitants and matig stedelijk holds one municipality in 2025.
		const [lonely] = await db.query<{ code: string }>(
			`SELECT municipalityCode AS code FROM municipalityProfiles WHERE year = 2025 AND kind = 'begroting' AND sizeClass = '100000tot150000inwoners' AND urbanity = 'Matigstedelijk'`
		);
		const peers = await runMetric(db, moneyPeers, { year: 2025, kind: 'begroting', municipality: lonely!.code });
		expect(peers[0]!.widened).toBe(true);
		expect(peers[0]!.peers).toBeGreaterThanOrEqual(5);
	});
});

/**
 * The real-money figures of one municipality page, for every Iv3 file in `moneyYears`: the
 * municipality, its jeugdregio and the country (`moneyFigures`), its place among similar
 * municipalities (`moneyPeers`) and who those are (`moneyPeerMembers`), trimmed to what the
 * page shows.
 *
 * Run naively, that is 12 metric queries per page (≈ 0.8 s; × 342 pages would double the
 * build). So, per file, `moneyFigures` runs once for every municipality, and `moneyPeers` and
 * `moneyPeerMembers` once per peer group: every member of a group that was not widened has
 * exactly the same group (same size class and urbanity, at least 5 of them), so the spread
 * is the same and only its own value, region and rank differ. Those are read from the same
 * `moneyFigures` rows, the rank as the metric defines it (1 + the number of peers with a
 * higher value; money-municipality.test.ts checks it against the metric for whole groups).
 * A widened group depends on the municipality's own urbanity: it is queried per municipality.
 */
import type { QueryRunner } from '../db/types';
import { runMetric } from '../metrics/metric';
import { moneyFigures, moneyIndicators, moneyPeerMembers, moneyPeers, type MoneyIndicator, type MoneyPeerRow, type MoneyRow, type PeerMemberRow } from '../metrics/money';
import { moneyYears, indicatorsIn, indicatorTerms, formatIndicator, type MoneyYear, type MoneyYearKey } from '../lenses/money-terms';

/** The euro amounts the page shows beside the indicators. */
const amountKeys = [
	'population',
	'jeugd',
	'wmo',
	'jeugdBudget',
	'jeugdActual',
	'jeugdBudgetDiff',
	'wmoBudget',
	'wmoActual',
	'wmoBudgetDiff',
	'fundJeugd',
	'fundWmo',
	'jeugdMinusFund',
	'wmoMinusFund'
] as const;
export type MoneyAmount = (typeof amountKeys)[number];

/** One area's figures: its name, the amounts and the indicators the file has. */
export interface AreaMoney {
	code: string;
	name: string;
	amounts: Record<MoneyAmount, number | null>;
	values: Partial<Record<MoneyIndicator, number | null>>;
}

/** The municipality's place in its group for one indicator (the group's class words are on the group). */
export type PeerStat = Pick<MoneyPeerRow, 'indicator' | 'value' | 'rank' | 'peers' | 'min' | 'p25' | 'median' | 'p75' | 'max' | 'regionValue' | 'nlValue'>;

export interface PeerGroup {
	sizeClass: string;
	urbanity: string;
	widened: boolean;
	/**
	 * Every member (the municipality itself included) with its values for the dot strips, in
	 * the order of `MoneyFile.indicators`: arrays, not objects, as a group can have 180 members.
	 */
	members: { code: string; values: (number | null)[] }[];
}

export interface MoneyFile {
	key: MoneyYearKey;
	year: number;
	kind: MoneyYear['kind'];
	/** The indicators this file has (`indicatorsIn`), in the metric's order. */
	indicators: MoneyIndicator[];
	/** null: the municipality is not in this Iv3 file. */
	own: AreaMoney | null;
	region: AreaMoney | null;
	nl: AreaMoney | null;
	/** The circulaire the fund amounts come from (null without fund data for the year). */
	circulaire: string | null;
	stats: PeerStat[];
	group: PeerGroup | null;
}

interface GroupEntry {
	stats: MoneyPeerRow[];
	members: PeerMemberRow[];
}

type Cache = {
	figures: Map<MoneyYearKey, Promise<{ byCode: Map<string, MoneyRow>; nl: MoneyRow | undefined }>>;
	/** Per file: municipality code → its (not widened) group, once any member was queried. */
	groups: Map<MoneyYearKey, Map<string, GroupEntry>>;
};
const caches = new WeakMap<QueryRunner, Cache>();
function cacheOf(db: QueryRunner): Cache {
	let c = caches.get(db);
	if (!c) caches.set(db, (c = { figures: new Map(), groups: new Map() }));
	return c;
}

function allFigures(db: QueryRunner, y: MoneyYear) {
	const cache = cacheOf(db).figures;
	let p = cache.get(y.key);
	if (!p) {
		p = runMetric(db, moneyFigures, { year: y.year, kind: y.kind, regionId: null }).then((rows) => ({
			// Municipality codes (GM…) and region ids (JZ…) cannot collide.
			byCode: new Map(rows.filter((r) => r.level !== 'nederland').map((r) => [r.code, r])),
			nl: rows.find((r) => r.level === 'nederland')
		}));
		cache.set(y.key, p);
	}
	return p;
}

/** The peer statistics of `code`, from its group's cached statistics; null when they cannot answer. */
function derived(entry: GroupEntry, own: MoneyRow, region: MoneyRow | undefined, nl: MoneyRow | undefined, byCode: Map<string, MoneyRow>): MoneyPeerRow[] | null {
	const out: MoneyPeerRow[] = [];
	for (const indicator of moneyIndicators) {
		const value = own[indicator];
		const stat = entry.stats.find((s) => s.indicator === indicator);
		if (value === null) continue; // the metric has no row for a missing own value either
		if (!stat) return null; // the queried member lacked this one: ask the metric itself
		const higher = entry.members.filter((m) => (byCode.get(m.code)?.[indicator] ?? -Infinity) > value).length;
		out.push({ ...stat, value, rank: higher + 1, regionValue: region?.[indicator] ?? null, nlValue: nl?.[indicator] ?? null });
	}
	return out;
}

async function peersOf(db: QueryRunner, y: MoneyYear, code: string, own: MoneyRow, region: MoneyRow | undefined, nl: MoneyRow | undefined, byCode: Map<string, MoneyRow>): Promise<GroupEntry> {
	const groups = cacheOf(db).groups;
	let perFile = groups.get(y.key);
	if (!perFile) groups.set(y.key, (perFile = new Map()));
	const known = perFile.get(code);
	if (known) {
		const stats = derived(known, own, region, nl, byCode);
		if (stats) return { stats, members: known.members };
	}
	const params = { year: y.year, kind: y.kind, municipality: code };
	const [stats, members] = await Promise.all([runMetric(db, moneyPeers, params), runMetric(db, moneyPeerMembers, params)]);
	if (stats.length > 0 && !stats[0]!.widened) for (const m of members) if (!perFile.has(m.code)) perFile.set(m.code, { stats, members });
	return { stats, members };
}

function area(row: MoneyRow | undefined, y: MoneyYear): AreaMoney | null {
	if (!row) return null;
	return {
		code: row.code,
		name: row.name,
		// Whole euros: the fund amounts come with cents and float noise (−222461.9600000009).
		amounts: Object.fromEntries(amountKeys.map((k) => [k, row[k] === null || row[k] === undefined ? null : Math.round(row[k])])) as Record<MoneyAmount, number | null>,
		values: Object.fromEntries(indicatorsIn(y).map((t) => [t.key, compact(t.key, row[t.key])]))
	};
}

/**
 * A value with as few digits as still give the same text on the page (4 significant digits
 * nearly always, more where that would round differently: 3,55% is not 3,5499%): a group of 180
 * municipalities × 4 files would otherwise be ~70 KB of digits nobody sees.
 */
function compact(k: MoneyIndicator, v: number | null | undefined): number | null {
	if (v === null || v === undefined) return null;
	const shown = formatIndicator(indicatorTerms[k], v);
	for (const digits of [4, 6, 9]) {
		const r = Number(v.toPrecision(digits));
		if (formatIndicator(indicatorTerms[k], r) === shown) return r;
	}
	return v;
}

export interface MunicipalityMoney {
	files: MoneyFile[];
	/** Names of every municipality in any of the groups, once (the groups of the years overlap). */
	names: Record<string, { name: string; regionName: string | null }>;
}

/**
 * One indicator of the newest Iv3 file for each of `codes` (the region's members, for the page's
 * map), from the same cached `moneyFigures` rows as the rest of the page; null where missing.
 */
export async function membersMoney(db: QueryRunner, codes: readonly string[], indicator: MoneyIndicator) {
	const y = moneyYears[0];
	const { byCode } = await allFigures(db, y);
	return { key: y.key, values: Object.fromEntries(codes.map((c) => [c, compact(indicator, byCode.get(c)?.[indicator])])) as Record<string, number | null> };
}

/** Everything the municipality page shows of the money lens, per Iv3 file (newest first). */
export async function municipalityMoney(db: QueryRunner, code: string, regionId: string): Promise<MunicipalityMoney> {
	const files: MoneyFile[] = [];
	const names: MunicipalityMoney['names'] = {};
	for (const y of moneyYears) {
		const { byCode, nl } = await allFigures(db, y);
		const own = byCode.get(code);
		const region = byCode.get(regionId);
		const indicators = indicatorsIn(y).map((t) => t.key);
		const base = { key: y.key, year: y.year, kind: y.kind, indicators, own: area(own, y), region: area(region, y), nl: area(nl, y), circulaire: nl?.circulaire ?? null };
		if (!own) {
			files.push({ ...base, stats: [], group: null });
			continue;
		}
		const { stats, members } = await peersOf(db, y, code, own, region, nl, byCode);
		const first = stats[0];
		for (const m of members) names[m.code] ??= { name: m.name, regionName: m.regionName };
		files.push({
			...base,
			stats: stats
				.filter((s) => indicators.includes(s.indicator))
				.map(({ indicator: k, value, rank, peers, min, p25, median, p75, max, regionValue, nlValue }) => ({
					indicator: k,
					value: compact(k, value)!,
					rank,
					peers,
					min: compact(k, min)!,
					p25: compact(k, p25)!,
					median: compact(k, median)!,
					p75: compact(k, p75)!,
					max: compact(k, max)!,
					regionValue: compact(k, regionValue),
					nlValue: compact(k, nlValue)
				})),
			group: first
				? {
						sizeClass: first.sizeClass,
						urbanity: first.urbanity,
						widened: first.widened,
						members: members.map((m) => ({ code: m.code, values: indicators.map((k) => compact(k, byCode.get(m.code)?.[k])) }))
					}
				: null
		});
	}
	return { files, names };
}

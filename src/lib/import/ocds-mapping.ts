/**
 * The pure mapping rules of the OCDS importer: readers for untrusted JSON and the decisions
 * that turn OCDS values into canonical ones. No issues or state here; ocds.ts reports what
 * these functions decide. The reasoning behind each rule is in the header of ocds.ts.
 */
import { fundingModels, procedureTypes, procurementMethods } from '../schema/index';
import { isObject, type Json } from './ocds-package';

export type ProcurementMethod = (typeof procurementMethods)[number];
export type ProcedureType = (typeof procedureTypes)[number];
export type FundingModel = (typeof fundingModels)[number];

// ---------- readers for untrusted JSON ----------
export const obj = (v: unknown): Json => (isObject(v) ? v : {});
export const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter(isObject) : []);
export const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() !== '' ? v.trim() : typeof v === 'number' ? String(v) : null);
/** The calendar date of an OCDS date-time, as written (no time-zone shift). */
export const date = (v: unknown): string | null => (typeof v === 'string' ? (/^(\d{4}-\d{2}-\d{2})/.exec(v)?.[1] ?? null) : null);
/** GMxxxx at the end of an id such as 'GM0363' or 'NL-CBS-GM0363'. */
export const gmCode = (v: unknown): string | null => {
	const m = typeof v === 'string' ? /(?:^|[^A-Za-z0-9])(GM\d{4})$/i.exec(v.trim()) : null;
	return m ? m[1]!.toUpperCase() : null;
};
const DAY = 86_400_000;

/** An absolute http(s) URL, or null (relative document links cannot be followed from here). */
export function webUrl(v: unknown): string | null {
	const s = str(v);
	if (!s || !/^https?:\/\//i.test(s)) return null;
	try {
		new URL(s);
		return s;
	} catch {
		return null;
	}
}

/**
 * Total → per year over [start, end]: inclusive days / 365.25, rounded to 0.01 year, at least 1.
 * Without both dates the duration is unknown, so the amount per year is unknown too (null).
 */
export function perYear(amount: number | null, start: string | null, end: string | null): number | null {
	if (amount === null || !start || !end) return null;
	const days = (Date.parse(end) - Date.parse(start)) / DAY + 1;
	const years = Number.isFinite(days) ? Math.round((days / 365.25) * 100) / 100 : 1;
	return Math.round((amount / Math.max(1, years)) * 100) / 100;
}

/** Whole years between the end date and contractPeriod.maxExtentDate, 0–20. */
export function extensionYears(endDate: string | null, maxExtentDate: string | null): number {
	if (!endDate || !maxExtentDate) return 0;
	const years = (Date.parse(maxExtentDate) - Date.parse(endDate)) / DAY / 365.25;
	return Number.isFinite(years) ? Math.min(20, Math.max(0, Math.floor(years + 0.01))) : 0;
}

// ---------- procedure ----------
/** Keyword → procedure type; `exact` false means "the closest type we have". */
const PROCEDURES: { pattern: RegExp; type: ProcedureType; exact: boolean }[] = [
	{ pattern: /open[\s-]*house/i, type: 'open-house', exact: true },
	{ pattern: /bestuurlijk/i, type: 'bestuurlijk-aanbesteden', exact: true },
	{ pattern: /subsidie/i, type: 'subsidie', exact: true },
	{ pattern: /inbesteding|\bin[\s-]house\b/i, type: 'inbesteding', exact: true },
	{ pattern: /enkelvoudig[\s-]*onderhands/i, type: 'enkelvoudig-onderhands', exact: true },
	{ pattern: /meervoudig[\s-]*onderhands/i, type: 'meervoudig-onderhands', exact: true },
	{ pattern: /onderhands/i, type: 'meervoudig-onderhands', exact: false },
	{ pattern: /nationa(?:al|le)\s+openba(?:ar|re)/i, type: 'nationaal-openbaar', exact: true },
	{ pattern: /niet[\s-]*openba(?:ar|re)/i, type: 'europees-niet-openbaar', exact: true },
	{ pattern: /mededinging|concurrentiegerichte\s+dialoog/i, type: 'europees-niet-openbaar', exact: false },
	{ pattern: /europe(?:es|se)[\s-]+openba(?:ar|re)|openba(?:ar|re)[\s-]+(?:europese[\s-]+)?(?:aanbesteding|procedure)|\bopen\s+procedure\b/i, type: 'europees-openbaar', exact: true }
];
/** Procedure type when the details are not recognised: open and selective are published, competitive tenders; limited and direct are not published. */
export const BY_METHOD: Record<ProcurementMethod, ProcedureType> = {
	open: 'europees-openbaar',
	selective: 'europees-niet-openbaar',
	limited: 'meervoudig-onderhands',
	direct: 'enkelvoudig-onderhands'
};
/** procurementMethod when only the procedure type is known. */
export const METHOD_OF: Record<ProcedureType, ProcurementMethod> = {
	'europees-openbaar': 'open',
	'europees-niet-openbaar': 'selective',
	'nationaal-openbaar': 'open',
	'meervoudig-onderhands': 'limited',
	'open-house': 'open',
	'bestuurlijk-aanbesteden': 'limited',
	subsidie: 'direct',
	inbesteding: 'direct',
	'enkelvoudig-onderhands': 'direct'
};

export interface Procedure {
	method: ProcurementMethod | null;
	type: ProcedureType | null;
	/** The procurementMethodDetails text, if any. */
	text: string | null;
	/** How the type was found: recognised exactly, the closest match, from procurementMethod, or not at all. */
	typeFrom: 'exact' | 'closest' | 'method' | null;
	/** procurementMethod was missing or not an OCDS value and was derived from the type. */
	methodDerived: boolean;
}

export function recogniseProcedure(rawMethod: unknown, rawDetails: unknown): Procedure {
	const given = (procurementMethods as readonly unknown[]).includes(rawMethod) ? (rawMethod as ProcurementMethod) : null;
	const text = str(rawDetails);
	const hit = text ? ((procedureTypes as readonly string[]).includes(text) ? { type: text as ProcedureType, exact: true } : PROCEDURES.find((p) => p.pattern.test(text))) : undefined;
	const type = hit?.type ?? (given ? BY_METHOD[given] : null);
	return {
		method: given ?? (type ? METHOD_OF[type] : null),
		type,
		text,
		typeFrom: hit ? (hit.exact ? 'exact' : 'closest') : type ? 'method' : null,
		methodDerived: !given && type !== null
	};
}

// ---------- funding, categories, identifiers ----------
export const DEFAULT_FUNDING: FundingModel = 'inspanningsgericht';
/** iJw 50 = maatwerkarrangementen jeugd, iWmo 10 = overige maatwerkarrangementen. */
export const DEFAULT_CATEGORY = { jeugd: '50', wmo: '10' } as const;

/** The funding model named in any of the texts, or null. */
export function fundingModelIn(texts: unknown[]): FundingModel | null {
	const text = texts.map((t) => (typeof t === 'string' ? t : '')).join(' ').toLowerCase();
	return fundingModels.find((m) => text.includes(m)) ?? null;
}

/** iJw/iWmo codes among OCDS classifications: a 2-digit category or a 5-character product code. */
export function careCodes(classifications: Json[]): { category: string; productCode: string | null }[] {
	return classifications
		.filter((c) => /^i?(?:jw|wmo)\b/i.test(str(c.scheme) ?? ''))
		.map((c) => /^(\d{2})([A-Za-z0-9]{3})?$/.exec(str(c.id) ?? ''))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ category: m[1]!, productCode: m[2] ? m[0].toUpperCase() : null }));
}

/** The KvK number among identifiers with scheme NL-KVK (spaces and dots removed), if 8 digits. */
export function kvkNumber(identifiers: Json[]): string | null {
	const id = identifiers.find((i) => /^NL-KVK$/i.test(str(i.scheme) ?? ''))?.id;
	const digits = typeof id === 'string' || typeof id === 'number' ? String(id).replace(/[\s.]/g, '') : '';
	return /^\d{8}$/.test(digits) ? digits : null;
}

/** PC4 of a Dutch address (no country, or the Netherlands), else null. */
export function dutchPc4(address: Json): { dutch: boolean; pc4: string | null } {
	const country = str(address.countryName);
	const dutch = !country || /^(nl|nld|nederland|netherlands|the netherlands)$/i.test(country);
	const pc4 = dutch ? (/^([1-9]\d{3})\s?(?:[A-Za-z]{2})?$/.exec(str(address.postalCode) ?? '')?.[1] ?? null) : null;
	return { dutch, pc4 };
}

// ---------- buyers → municipalities ----------
export interface Municipality {
	code: string;
	name: string;
	/** The municipality's jeugdregio (JZxx). */
	regionId: string;
}

/** A municipality name as publishers write it, reduced to compare: no accents, case, punctuation or "Gemeente " prefix. */
export function municipalityKey(name: string): string {
	return name
		.normalize('NFD')
		.replace(/\p{M}/gu, '')
		.toLowerCase()
		.replace(/^\s*(?:de\s+)?gemeente\s+/, '')
		.replace(/[^a-z0-9]+/g, ' ')
		.trim();
}

/** Names publishers use that differ from the CBS name. */
const ALIASES: Record<string, string> = { 'den haag': 's gravenhage', 'the hague': 's gravenhage', 'den bosch': 's hertogenbosch' };

/**
 * Name → municipality for the 342 municipalities of 2025. CBS adds the province to names that
 * occur twice ("Bergen (NH.)", "Hengelo (O.)"); the bare name is also accepted where it is unique.
 */
export function municipalityIndex(list: readonly Municipality[]): { byName: Map<string, Municipality>; byCode: Map<string, Municipality> } {
	const byName = new Map<string, Municipality>();
	const bare = new Map<string, Municipality[]>();
	for (const m of list) {
		byName.set(municipalityKey(m.name), m);
		const short = municipalityKey(m.name.replace(/\s*\(.*\)\s*$/, ''));
		bare.set(short, [...(bare.get(short) ?? []), m]);
	}
	for (const [key, ms] of bare) if (ms.length === 1 && !byName.has(key)) byName.set(key, ms[0]!);
	for (const [alias, key] of Object.entries(ALIASES)) {
		const m = byName.get(key);
		if (m) byName.set(alias, m);
	}
	return { byName, byCode: new Map(list.map((m) => [m.code, m])) };
}

export type BuyerMatch =
	| { kind: 'municipality'; municipality: Municipality; via: 'code' | 'name' }
	| { kind: 'foreign'; why: string }
	/** A Dutch or unplaceable buyer that is no municipality we know (a joint arrangement, a ministry, an unlisted OIN/KvK). */
	| { kind: 'unknown'; label: string };

/**
 * Which municipality a buyer party is: by a CBS code in its ids, else by its name or legal name.
 * OIN and KvK numbers cannot be used: Regiozicht has no list of the municipalities' OIN or KvK
 * numbers (none is in data/), so such a buyer is found by name or not at all.
 * A buyer with a non-Dutch address or a foreign identifier scheme (e.g. GB-COH) is foreign.
 */
export function matchBuyer(party: Json, index: ReturnType<typeof municipalityIndex>): BuyerMatch {
	const identifiers = [obj(party.identifier), ...objects(party.additionalIdentifiers)];
	const label = str(party.name) ?? str(obj(party.identifier).legalName) ?? identifiers.map((i) => [str(i.scheme), str(i.id)].filter(Boolean).join(' ')).find((x) => x !== '') ?? str(party.id) ?? '?';
	const country = str(obj(party.address).countryName);
	if (country && !dutchPc4({ countryName: country }).dutch) return { kind: 'foreign', why: country };
	const foreignScheme = identifiers.map((i) => str(i.scheme)).find((s) => s !== null && /^[A-Z]{2}-/i.test(s) && !/^NL-/i.test(s) && !/^X/i.test(s));
	const code = [party.id, ...identifiers.map((i) => i.id)].map(gmCode).find((x) => x !== null);
	const byCode = code ? index.byCode.get(code) : undefined;
	if (byCode) return { kind: 'municipality', municipality: byCode, via: 'code' };
	if (foreignScheme) return { kind: 'foreign', why: foreignScheme };
	for (const name of [party.name, ...identifiers.map((i) => i.legalName)]) {
		const s = str(name);
		const m = s ? index.byName.get(municipalityKey(s)) : undefined;
		if (m) return { kind: 'municipality', municipality: m, via: 'name' };
	}
	return { kind: 'unknown', label };
}

/**
 * The seeded demo dataset: what has no open source here (regional deals, lots, contracts,
 * waits outside mental health, usage). Built on the real municipalities and jeugdregio's.
 * Deterministic: every region/domain draws from its own seed, so output is byte-identical
 * across runs and adding a region does not reshuffle the others.
 * Demo providers get invented names and never a real organisation's (checked in the build).
 */
import { createRandom, type Random } from './random';

export const DEMO = 'demo';
const FIRST_YEAR = 2015;
const LAST_YEAR = 2026;
/** Last month with (demo) waiting-time figures. */
export const DEMO_LAST_MONTH = '2026-10';

export interface DemoMunicipality {
	code: string;
	name: string;
	provinceCode: string;
	population: number;
}
export interface DemoRegion {
	id: string;
	name: string;
	members: DemoMunicipality[];
}
export interface DemoCategory {
	code: string;
	domain: string;
	normWeeks: number | null;
	normSource: string | null;
	officialName: string;
}

type Domain = 'jeugd' | 'wmo';
type Style = 'open-house' | 'tender' | 'main-contractor' | 'grant' | 'administrative';
type Tier = 'local' | 'province' | 'national';

interface DemoProvider {
	id: string;
	name: string;
	tier: Tier;
	domain: Domain;
	homeProvince: string;
	locations: string[];
}

const CATEGORIES: Record<Domain, string[]> = {
	jeugd: ['45', '43', '44', '41', '46', '50', '40', '42'],
	wmo: ['02', '07', '01', '15', '04', '03', '08', '16']
};
/** Yearly spend per resident (€), roughly the national order of magnitude. */
const SPEND_PER_RESIDENT: Record<Domain, number> = { jeugd: 330, wmo: 290 };
/** Share of a domain's spend per category, and yearly cost per client (€). */
const CATEGORY_PROFILE: Record<string, { share: number; costPerClient: number }> = {
	'45': { share: 0.38, costPerClient: 6500 },
	'43': { share: 0.2, costPerClient: 70000 },
	'44': { share: 0.14, costPerClient: 32000 },
	'41': { share: 0.09, costPerClient: 19000 },
	'46': { share: 0.04, costPerClient: 12000 },
	'50': { share: 0.08, costPerClient: 9000 },
	'40': { share: 0.04, costPerClient: 5000 },
	'42': { share: 0.03, costPerClient: 3000 },
	'02': { share: 0.3, costPerClient: 7000 },
	'07': { share: 0.2, costPerClient: 8500 },
	'01': { share: 0.22, costPerClient: 2600 },
	'15': { share: 0.17, costPerClient: 45000 },
	'04': { share: 0.03, costPerClient: 6000 },
	'03': { share: 0.03, costPerClient: 4000 },
	'08': { share: 0.03, costPerClient: 900 },
	'16': { share: 0.02, costPerClient: 15000 }
};
const PGB_LIKELY = new Set(['45', '50', '40', '02', '01', '03', '07']);

// Invented syllables: combinations read as plausible brand names but are not organisations.
const SYL_A = ['Ve', 'Lo', 'Bra', 'Ki', 'Mo', 'Tre', 'Sa', 'Dro', 'Fe', 'Ni', 'Ka', 'Zu', 'Pe', 'Ro', 'Ul', 'Ta', 'Wi', 'Ea', 'Jo', 'Qui'];
const SYL_B = ['lmar', 'ndel', 'rik', 'vo', 'sta', 'mera', 'lin', 'dora', 'vik', 'nel', 'ra', 'tex', 'mo', 'quin', 'bel', 'zan', 'ron', 'fia'];
const KIND: Record<Domain, string[]> = {
	jeugd: ['Jeugdhulp', 'Gezinsbegeleiding', 'Kindzorg', 'Jeugd & Gezin', 'Opvoedhulp', 'Jeugdteams'],
	wmo: ['Thuiszorg', 'Welzijn', 'Dagbesteding', 'Zorg aan Huis', 'Begeleiding', 'Woonzorg']
};

export interface DemoTables {
	regions: Record<string, unknown>[];
	regionMembership: Record<string, unknown>[];
	providers: Record<string, unknown>[];
	providerLocations: Record<string, unknown>[];
	procurements: Record<string, unknown>[];
	procurementParticipants: Record<string, unknown>[];
	lots: Record<string, unknown>[];
	contracts: Record<string, unknown>[];
	waitingTimes: Record<string, unknown>[];
	usage: Record<string, unknown>[];
}

const iso = (y: number, m: number, d = 1) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
/** The last day before the first of month (y, m): contract periods end the day before the next starts. */
const dayBefore = (y: number, m: number): string => {
	const [py, pm] = addMonths(y, m, -1);
	return iso(py, pm, new Date(Date.UTC(py, pm, 0)).getUTCDate());
};
const addMonths = (y: number, m: number, k: number): [number, number] => {
	const t = y * 12 + (m - 1) + k;
	return [Math.floor(t / 12), (t % 12) + 1];
};

function nameFactory(rng: Random, taken: Set<string>) {
	return (domain: Domain, suffix = ''): string => {
		for (;;) {
			const word = rng.pick(SYL_A) + rng.pick(SYL_B) + (rng.chance(0.3) ? rng.pick(SYL_B) : '');
			const name = `${word} ${rng.pick(KIND[domain])}${suffix}`;
			if (!taken.has(name)) {
				taken.add(name);
				return name;
			}
		}
	};
}

export function generateDemo(regionsIn: DemoRegion[], categories: DemoCategory[]): DemoTables {
	const out: DemoTables = {
		regions: [],
		regionMembership: [],
		providers: [],
		providerLocations: [],
		procurements: [],
		procurementParticipants: [],
		lots: [],
		contracts: [],
		waitingTimes: [],
		usage: []
	};
	const categoryByCode = new Map(categories.map((c) => [c.code, c]));
	const allMunicipalities = regionsIn.flatMap((r) => r.members);
	const provinces = [...new Set(allMunicipalities.map((m) => m.provinceCode))].sort();
	const taken = new Set<string>();

	// --- Provider pools: national, per province, per region (local). ---
	const pool: DemoProvider[] = [];
	const rngPool = createRandom('regiozicht-demo/providers');
	const newName = nameFactory(rngPool, taken);
	const byPopulation = (rng: Random, list: DemoMunicipality[]) => {
		const total = list.reduce((s, m) => s + m.population, 0);
		let x = rng.next() * total;
		for (const m of list) if ((x -= m.population) < 0) return m;
		return list[list.length - 1]!;
	};
	const addProvider = (tier: Tier, domain: Domain, homeProvince: string, candidates: DemoMunicipality[], nLocations: number) => {
		const id = `demo-${String(pool.length + 1).padStart(4, '0')}`;
		const locations = new Set<string>();
		while (locations.size < Math.min(nLocations, candidates.length)) locations.add(byPopulation(rngPool, candidates).code);
		const p: DemoProvider = { id, name: newName(domain), tier, domain, homeProvince, locations: [...locations].sort() };
		pool.push(p);
		return p;
	};
	for (const domain of ['jeugd', 'wmo'] as const) {
		for (let i = 0; i < 24; i++) addProvider('national', domain, '', allMunicipalities, rngPool.int(4, 14));
		for (const pv of provinces) {
			const inProvince = allMunicipalities.filter((m) => m.provinceCode === pv);
			for (let i = 0; i < 6; i++) addProvider('province', domain, pv, inProvince, rngPool.int(1, 4));
		}
		for (const region of regionsIn) {
			const n = Math.max(4, Math.round(region.members.length * 2.2));
			for (let i = 0; i < n; i++) addProvider('local', domain, region.members[0]!.provinceCode, region.members, 1);
		}
	}
	const localOf = new Map<string, DemoProvider[]>();
	for (const region of regionsIn) {
		const members = new Set(region.members.map((m) => m.code));
		for (const domain of ['jeugd', 'wmo'] as const)
			localOf.set(`${region.id}/${domain}`, pool.filter((p) => p.tier === 'local' && p.domain === domain && p.locations.every((l) => members.has(l))));
	}

	for (const p of pool) {
		out.providers.push({ id: p.id, name: p.name, kvk: null, legalForm: p.tier === 'local' && p.locations.length === 1 ? 'zzp/eenmanszaak' : 'stichting', providerType: p.tier, source: DEMO });
		p.locations.forEach((code, i) =>
			out.providerLocations.push({ providerId: p.id, locationId: `${p.id}-L${i + 1}`, name: null, place: null, municipalityCode: code, postcode: null, source: DEMO })
		);
	}

	// --- Regions for the Wmo: in this demo the same municipalities as the jeugdregio. ---
	for (const region of regionsIn) {
		const lead = [...region.members].sort((a, b) => b.population - a.population)[0]!;
		out.regions.push({ id: region.id, domain: 'wmo', name: region.name, leadMunicipality: lead.code, source: DEMO });
		for (const m of region.members)
			out.regionMembership.push({ municipalityCode: m.code, regionId: region.id, domain: 'wmo', fromYear: 2025, toYear: null, source: DEMO });
	}

	// --- Deals per region and domain. ---
	let contractSeq = 0;
	for (const region of regionsIn) {
		const lead = [...region.members].sort((a, b) => b.population - a.population)[0]!;
		for (const domain of ['jeugd', 'wmo'] as const) {
			const rng = createRandom(`regiozicht-demo/${region.id}/${domain}`);
			const locals = localOf.get(`${region.id}/${domain}`)!;
			const provincials = pool.filter((p) => p.tier === 'province' && p.domain === domain && p.homeProvince === lead.provinceCode);
			const nationals = pool.filter((p) => p.tier === 'national' && p.domain === domain);
			let style: Style = rng.pick<Style>(['open-house', 'open-house', 'tender', 'tender', 'main-contractor', 'administrative']);
			let [y, m] = [FIRST_YEAR, 1];
			let round = 0;
			while (y <= LAST_YEAR) {
				round++;
				if (round > 1 && rng.chance(0.35)) style = rng.pick<Style>(['open-house', 'tender', 'main-contractor', 'administrative', 'grant']);
				const baseYears = rng.int(2, 4);
				const extensionYears = style === 'open-house' ? rng.int(0, 4) : rng.int(0, 3);
				const usedExtension = rng.chance(0.6) ? extensionYears : rng.int(0, extensionYears);
				const [ey, em] = addMonths(y, m, (baseYears + usedExtension) * 12);
				const [dy, dm] = addMonths(y, m, -rng.int(3, 7));
				const [py, pm] = addMonths(dy, dm, -rng.int(2, 4));
				const id = `demo-${region.id}-${domain}-${y}`;
				const method = { 'open-house': 'open', tender: 'open', 'main-contractor': rng.chance(0.5) ? 'selective' : 'open', administrative: 'limited', grant: 'direct' }[style];
				const details = {
					'open-house': 'open-house',
					tender: 'europees-openbaar',
					'main-contractor': 'europees-openbaar',
					administrative: 'bestuurlijk-aanbesteden',
					grant: domain === 'jeugd' && rng.chance(0.4) ? 'inbesteding' : 'subsidie'
				}[style];
				const funding =
					style === 'main-contractor' || style === 'grant'
						? 'taakgericht'
						: style === 'tender'
							? rng.pick(['outputgericht', 'outputgericht', 'inspanningsgericht'])
							: rng.pick(['inspanningsgericht', 'inspanningsgericht', 'outputgericht']);

				// Participants: everyone, but now and then a municipality buys on its own.
				const optOut = region.members.length > 2 && rng.chance(0.2) ? rng.pick(region.members.filter((x) => x.code !== lead.code)).code : null;
				const participants = region.members.filter((x) => x.code !== optOut);
				const population = participants.reduce((s, x) => s + x.population, 0);
				const yearlyValue = Math.round(population * SPEND_PER_RESIDENT[domain] * (1 + 0.03 * (y - FIRST_YEAR)) * rng.skewed(1, 0.15));

				// Lots: one per category (open house) or categories grouped (tenders).
				const cats = CATEGORIES[domain].slice(0, style === 'grant' ? rng.int(1, 3) : rng.int(5, 8));
				const groups: string[][] =
					style === 'open-house' || style === 'administrative'
						? cats.map((c) => [c])
						: style === 'main-contractor'
							? [cats]
							: style === 'grant'
								? cats.map((c) => [c])
								: chunk(cats, rng.int(2, 3));
				let totalTenderers = 0;
				for (const [li, group] of groups.entries()) {
					const lotId = `${id}-P${li + 1}`;
					const category = group[0]!;
					const lotValue = Math.round(yearlyValue * group.reduce((s, c) => s + CATEGORY_PROFILE[c]!.share, 0));
					const winners = chooseWinners(rng, style, locals, provincials, nationals);
					const singleBid = (style === 'tender' || style === 'main-contractor') && rng.chance(0.12);
					const awarded = singleBid ? winners.slice(0, 1) : winners;
					const tenderers = style === 'open-house' || style === 'administrative' ? awarded.length : awarded.length + (singleBid ? 0 : rng.int(0, 4));
					totalTenderers += tenderers;
					out.lots.push({ id: lotId, procurementId: id, title: lotTitle(group, categoryByCode), category, productCode: rng.chance(0.5) ? `${category}A0${rng.int(1, 9)}` : null, numberOfTenderers: tenderers, source: DEMO });
					const weights = awarded.map((_, i) => 1 / Math.pow(i + 1, rng.next() * 0.9 + 0.5));
					const wsum = weights.reduce((a, b) => a + b, 0);
					const start = iso(y, m);
					const end = dayBefore(ey, em);
					for (const [wi, provider] of awarded.entries()) {
						const value = Math.round((lotValue * weights[wi]!) / wsum);
						const main = `${id}-C${++contractSeq}`;
						out.contracts.push({
							id: main,
							lotId,
							providerId: provider.id,
							startDate: start,
							endDate: end,
							value,
							clients: Math.max(1, Math.round(value / CATEGORY_PROFILE[category]!.costPerClient)),
							role: 'main',
							mainContractorId: null,
							pgbPossible: PGB_LIKELY.has(category) ? rng.chance(0.8) : rng.chance(0.1),
							source: DEMO
						});
					}
					// Main-contractor deals: the winner works with local subcontractors.
					if (style === 'main-contractor' || (style === 'tender' && rng.chance(0.15))) {
						const mainContractor = awarded[0]!;
						for (const sub of rng.sample(locals.concat(provincials), rng.int(3, 10))) {
							if (awarded.includes(sub)) continue;
							out.contracts.push({
								id: `${id}-C${++contractSeq}`,
								lotId,
								providerId: sub.id,
								startDate: start,
								endDate: end,
								value: null,
								clients: null,
								role: 'sub',
								mainContractorId: mainContractor.id,
								pgbPossible: null,
								source: DEMO
							});
						}
					}
				}
				out.procurements.push({
					id,
					regionId: region.id,
					domain,
					title: `${domain === 'jeugd' ? 'Jeugdhulp' : 'Wmo-ondersteuning'} ${region.name} ${y}–${ey}`,
					procurementMethod: method,
					procurementMethodDetails: details,
					fundingModel: funding,
					publicationDate: style === 'grant' ? null : iso(py, pm, rng.int(1, 28)),
					decisionDate: iso(dy, dm, rng.int(1, 28)),
					startDate: iso(y, m),
					endDate: dayBefore(...addMonths(y, m, baseYears * 12)),
					extensionYears,
					estimatedValue: yearlyValue,
					numberOfTenderers: totalTenderers,
					documentUrl: null,
					source: DEMO
				});
				for (const p of participants) out.procurementParticipants.push({ procurementId: id, municipalityCode: p.code, source: DEMO });
				[y, m] = [ey, em];
			}

			// Usage per municipality, category and year.
			for (const mun of region.members) {
				const budget = Math.round(mun.population * SPEND_PER_RESIDENT[domain] * 0.93);
				for (let year = FIRST_YEAR; year <= 2025; year++) {
					const growth = 1 + 0.035 * (year - FIRST_YEAR);
					for (const cat of CATEGORIES[domain]) {
						const spend = Math.round(mun.population * SPEND_PER_RESIDENT[domain] * CATEGORY_PROFILE[cat]!.share * growth * rng.skewed(1, 0.12));
						const clients = Math.max(0, Math.round(spend / CATEGORY_PROFILE[cat]!.costPerClient));
						const pgbClients = PGB_LIKELY.has(cat) ? Math.round(clients * rng.next() * 0.25) : 0;
						out.usage.push({ municipalityCode: mun.code, category: cat, domain, year, clients, pgbClients, spend, budget: Math.round(budget * growth), source: DEMO });
					}
				}
			}
		}
	}

	// --- Demo waiting times: current main contracts, monthly, at the provider's nearest location. ---
	const lotById = new Map(out.lots.map((l) => [l.id as string, l]));
	const procById = new Map(out.procurements.map((p) => [p.id as string, p]));
	const providerById = new Map(pool.map((p) => [p.id, p]));
	const membersOf = new Map(regionsIn.map((r) => [r.id, r.members]));
	const seen = new Set<string>();
	for (const c of out.contracts) {
		if (c.role !== 'main' || (c.endDate as string) < '2025-01-01' || (c.startDate as string) > '2026-10-01') continue;
		const lot = lotById.get(c.lotId as string)!;
		const proc = procById.get(lot.procurementId as string)!;
		const provider = providerById.get(c.providerId as string)!;
		const members = membersOf.get(proc.regionId as string)!;
		const inRegion = provider.locations.find((l) => members.some((x) => x.code === l));
		const municipality = inRegion ?? [...members].sort((a, b) => b.population - a.population)[0]!.code;
		const key = `${provider.id}/${lot.category}/${municipality}`;
		if (seen.has(key)) continue;
		seen.add(key);
		const category = categoryByCode.get(lot.category as string)!;
		const norm = category.normWeeks ?? 8;
		const rng = createRandom(`regiozicht-demo/wait/${key}`);
		let level = norm * rng.skewed(0.8, 0.45);
		const [sy, sm] = (c.startDate as string) > '2025-01-01' ? [Number((c.startDate as string).slice(0, 4)), Number((c.startDate as string).slice(5, 7))] : [2025, 1];
		for (let k = 0; ; k++) {
			const [yy, mm] = addMonths(sy, sm, k);
			const month = `${yy}-${String(mm).padStart(2, '0')}`;
			if (month > DEMO_LAST_MONTH || iso(yy, mm) > (c.endDate as string)) break;
			level = Math.max(0.5, level * rng.skewed(1, 0.12) + (rng.next() - 0.5) * 0.6);
			const median = Math.round(level * 10) / 10;
			out.waitingTimes.push({
				providerId: provider.id,
				locationId: `${provider.id}-L${Math.max(1, provider.locations.indexOf(municipality) + 1)}`,
				category: lot.category,
				subCategory: '',
				municipalityCode: municipality,
				month,
				medianWeeks: median,
				p90Weeks: Math.round(median * (1.6 + rng.next() * 0.6) * 10) / 10,
				registrationWeeks: null,
				treatmentWeeks: null,
				clientsWaiting: rng.int(0, Math.max(2, Math.round(median * 3))),
				normWeeks: norm,
				normSource: category.normSource,
				// Made-up providers have no website; the pages say so instead of linking.
				providerUrl: null,
				source: DEMO
			});
		}
	}
	return out;
}

function chunk<T>(items: T[], size: number): T[][] {
	const out: T[][] = [];
	for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
	return out;
}

function lotTitle(group: string[], categories: Map<string, DemoCategory>): string {
	return group.map((c) => categories.get(c)?.officialName ?? `categorie ${c}`).join(' + ');
}

function chooseWinners(rng: Random, style: Style, locals: DemoProvider[], provincials: DemoProvider[], nationals: DemoProvider[]): DemoProvider[] {
	switch (style) {
		case 'open-house':
			// Open house admits everyone who meets the criteria: many providers, many local.
			return [...rng.sample(nationals, rng.int(2, 8)), ...rng.sample(provincials, rng.int(2, 6)), ...rng.sample(locals, rng.int(Math.ceil(locals.length / 3), locals.length))];
		case 'administrative':
			return [...rng.sample(nationals, rng.int(1, 3)), ...rng.sample(provincials, rng.int(1, 4)), ...rng.sample(locals, rng.int(2, Math.max(2, Math.ceil(locals.length / 2))))];
		case 'tender':
			// Tenders favour large supra-regional providers.
			return [...rng.sample(nationals, rng.int(1, 4)), ...rng.sample(provincials, rng.int(0, 2)), ...rng.sample(locals, rng.int(0, 2))];
		case 'main-contractor':
			return rng.sample(rng.chance(0.7) ? nationals : provincials, 1);
		case 'grant':
			return rng.sample(rng.chance(0.5) ? locals : provincials, rng.int(1, 2));
	}
}

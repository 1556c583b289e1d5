import { afterEach, describe, expect, it } from 'vitest';
import { setLang } from '$lib/i18n/lang.svelte';
import { fundingModels, procedureTypes } from '$lib/schema/procurement';
import type { DealDetailRow, DealLotRow, DealProviderRow } from '$lib/metrics/deal';
import type { FlagItemRow } from '$lib/metrics/flags';
import { dealSummary, wordCount, type SummaryInput } from './deal-summary';

afterEach(() => setLang('nl', { remember: false }));

const deal: DealDetailRow = {
	id: 'D1',
	title: 'Jeugdhulp Noord-Veluwe 2024–2029',
	regionId: 'JZ12',
	regionName: 'Noord-Veluwe',
	domain: 'jeugd',
	procurementMethod: 'open',
	procurementMethodDetails: 'europees-openbaar',
	fundingModel: 'inspanningsgericht',
	publicationDate: '2023-05-15',
	decisionDate: '2023-09-08',
	startDate: '2024-01-01',
	endDate: '2026-12-31',
	maxEndDate: '2028-12-31',
	extensionYears: 2,
	extensionUsedYears: 0,
	extensionLeftYears: 2,
	durationYears: 5,
	status: 'running',
	flagDate: '2026-10-01',
	estimatedValue: 119_429_915,
	contractValue: 115_000_000,
	lots: 2,
	tenderers: 13,
	lotsWithTenderers: 2,
	providers: 3,
	mainProviders: 3,
	participants: 2,
	documentUrl: null,
	source: 'demo'
};
const lot = (id: string, tenderers: number | null): DealLotRow => ({
	lotId: id, title: id, category: '45', categoryName: 'Ambulant', categoryNameEn: 'Outpatient', numberOfTenderers: tenderers,
	mainProviders: 1, subcontractors: 0, value: 10, singleBid: tenderers === null ? null : tenderers === 1, source: 'demo'
});
const provider = (name: string, value: number | null): DealProviderRow => ({ providerId: name, name, mainLots: 1, subLots: 0, value });
const flag = (flagId: FlagItemRow['flagId'], value: number, extra: Partial<FlagItemRow> = {}): FlagItemRow => ({
	flagId, dealId: 'D1', dealTitle: null, lotId: null, lotTitle: null, category: null, categoryName: null, providerId: null, providerName: null,
	municipalityCode: null, municipalityName: null, value, threshold: null, periodFrom: null, periodTo: null, source: 'demo', ...extra
});
const base: SummaryInput = {
	deal,
	lots: [lot('L1', 12), lot('L2', 1)],
	providers: [provider('Zorg A', 30), provider('Zorg B', 20), provider('Zorg C', 10), provider('Zorg D', 5)],
	participants: ['Harderwijk', 'Elburg'],
	flags: [flag('singleBid', 1, { lotId: 'L2' }), flag('longDuration', 5), flag('highConcentration', 2600, { dealId: null, category: '45' })]
};

const sentences = (input: SummaryInput) => dealSummary(input).flatMap((p) => p.sentences.map((s) => s.text));
const text = (input: SummaryInput) => sentences(input).join(' ');
const median = (xs: number[]) => {
	const s = [...xs].sort((a, b) => a - b);
	return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
/** Nothing a reader should ever see: a missing value leaking, or a clause left empty. */
const broken = /undefined|NaN|null|Infinity|\[object|: \.|\(\)|,\s*[.,]|\s[.,;:]|\.\./;

/** Every procedure × funding model × status × missing field, in both languages. */
const variants: SummaryInput[] = [];
for (const procurementMethodDetails of procedureTypes)
	for (const fundingModel of fundingModels)
		for (const status of ['planned', 'running', 'ended'] as const)
			variants.push({ ...base, deal: { ...deal, procurementMethodDetails, fundingModel, status, extensionUsedYears: status === 'ended' ? 1 : 0, extensionLeftYears: status === 'ended' ? 1 : 2 } });
const missing: SummaryInput[] = [
	{ ...base, participants: [], providers: [], lots: [], flags: [], deal: { ...deal, lots: 0, tenderers: null, lotsWithTenderers: 0, estimatedValue: null, contractValue: null, publicationDate: null, decisionDate: null } },
	{ ...base, lots: [lot('L1', null), lot('L2', 4)], providers: [provider('Zorg A', null), provider('Zorg B', null)], deal: { ...deal, estimatedValue: null } },
	{ ...base, lots: [lot('L1', 1)], providers: [provider('Zorg A', 10)], deal: { ...deal, lots: 1, extensionYears: 0, extensionLeftYears: 0 } },
	{ ...base, participants: ['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'], deal: { ...deal, status: 'ended', extensionUsedYears: 0, extensionLeftYears: 2 } },
	{ ...base, deal: { ...deal, extensionUsedYears: 1, extensionLeftYears: 1 } },
	{ ...base, deal: { ...deal, extensionUsedYears: 2, extensionLeftYears: 0 } },
	{ ...base, deal: { ...deal, procurementMethodDetails: 'iets-nieuws', fundingModel: 'anders' } }
];

describe('deal summary', () => {
	it.each(['nl', 'en'] as const)('never shows undefined, NaN, null or an empty clause (%s)', (lang) => {
		setLang(lang, { remember: false });
		for (const input of [...variants, ...missing]) {
			for (const s of sentences(input)) {
				expect(s, s).not.toMatch(broken);
				expect(s.trim().length, s).toBeGreaterThan(3);
				expect(s, s).toMatch(/[.?!]$/);
			}
		}
	});

	it.each(['nl', 'en'] as const)('keeps the median sentence at 20 words or fewer for every variant (%s)', (lang) => {
		setLang(lang, { remember: false });
		for (const input of [...variants, ...missing]) expect(median(sentences(input).map(wordCount)), text(input)).toBeLessThanOrEqual(20);
	});

	it('names the procedure and funding model of every type in plain words, explaining the jargon on first use', () => {
		for (const input of variants) {
			const all = text(input);
			const { procurementMethodDetails: p, fundingModel: f } = input.deal;
			// "aanbesteding" is explained where it is first used.
			if (/aanbesteding/.test(all)) expect(all).toContain('Een aanbesteding is een wedstrijd');
			else expect(p).toMatch(/open-house|bestuurlijk|subsidie|inbesteding/);
			expect(all).toMatch({ inspanningsgericht: /inspanningsgericht betaald: per uur of per dag/, outputgericht: /outputgericht betaald: een vast bedrag per traject/, taakgericht: /taakgericht betaald: een vast budget/ }[f]!);
			expect(all).toContain('2 percelen: delen, elk voor één soort zorg');
			expect(all).toContain('De HHI meet hoe verdeeld de zorg is');
		}
	});

	it('says who bought what, how long, the bids, winners, value and signals of the running deal', () => {
		const parts = dealSummary(base);
		const all = text(base);
		expect(all).toContain('Noord-Veluwe koopt jeugdhulp in voor 2 gemeenten: Harderwijk en Elburg.');
		expect(all).toContain('De contracten lopen van 1 januari 2024 tot 31 december 2026.');
		expect(all).toContain('Verlengen kan met 2 jaar, tot uiterlijk 31 december 2028.');
		expect(all).toContain('Er kwamen 13 inschrijvingen: 1 tot 12 per perceel.');
		expect(all).toContain('4 aanbieders hebben een contract. De grootste zijn Zorg A, Zorg B en Zorg C.');
		expect(all).toContain('De geschatte waarde is € 119,4 mln per jaar.');
		expect(all).toContain('met verlengingen loopt het traject 5 jaar (grens: meer dan 4 jaar)');
		const signals = parts.find((p) => p.id === 'signals')!.sentences;
		expect(signals.filter((s) => s.href).map((s) => s.href)).toEqual(['/methode#signaal-singleBid', '/methode#signaal-longDuration', '/methode#signaal-highConcentration']);
	});

	it('follows the status and the extension: ended, partly used, all used, none', () => {
		expect(text({ ...base, deal: { ...deal, status: 'ended', extensionUsedYears: 1, extensionLeftYears: 1 } })).toMatch(/kocht jeugdhulp in.*De contracten liepen.*Er is 1 jaar verlengd; 1 jaar is niet gebruikt\..*De signalen gelden voor 1 oktober 2026/);
		expect(text({ ...base, deal: { ...deal, extensionUsedYears: 1, extensionLeftYears: 1 } })).toContain('Er is 1 jaar verlengd; nog 1 jaar verlengen is mogelijk.');
		expect(text({ ...base, deal: { ...deal, extensionUsedYears: 2, extensionLeftYears: 0 } })).toContain('Alle verlenging is gebruikt: 2 jaar, tot 31 december 2028.');
		expect(text({ ...base, deal: { ...deal, extensionYears: 0, extensionLeftYears: 0 } })).toContain('Verlengen kan niet.');
		expect(text({ ...base, deal: { ...deal, status: 'planned' } })).toContain('De contracten gaan in op 1 januari 2024');
	});

	it('says what is not known instead of leaving it out or empty', () => {
		const all = text(missing[0]!);
		expect(all).toContain('Noord-Veluwe koopt jeugdhulp in. Welke gemeenten meedoen, is niet bekend.');
		expect(all).toContain('Er zijn geen percelen bekend.');
		expect(all).toContain('Hoeveel aanbieders zich inschreven, is niet bekend.');
		expect(all).toContain('Er is nog geen contract bekend.');
		expect(all).toContain('Wat de inkoop per jaar waard is, is niet bekend.');
		expect(all).toContain('Geen enkel signaal gaat af.');
		expect(text(missing[1]!)).toContain('Dat is bekend van 1 van de 2 percelen.');
		expect(text(missing[1]!)).toContain('Onder hen zijn Zorg A en Zorg B.');
		expect(text(missing[1]!)).toContain('De contracten zijn samen € 115 mln per jaar waard.');
		expect(text(missing[3]!)).toContain('voor 8 gemeenten.');
	});

	it('is in English after a switch, with the terms explained there too', () => {
		setLang('en', { remember: false });
		const all = text(base);
		expect(all).toContain('Noord-Veluwe buys youth care for 2 municipalities: Harderwijk and Elburg.');
		expect(all).toContain('A tender is a competition');
		expect(all).toContain('Providers are paid effort-based: per hour or per day of care.');
		expect(all).toContain('The HHI measures');
		expect(all).toContain('€119.4 million a year');
	});
});

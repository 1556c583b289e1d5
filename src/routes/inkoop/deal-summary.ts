/**
 * The deal page's summary in plain language, built from the metric rows (metrics/deal.ts and the
 * deal's signals from flags.ts): who bought what for whom, how, how long, bids, winners, value and
 * signals. Short sentences; a term (aanbesteding, perceel, the funding model, HHI) is explained in
 * the sentence that first uses it. A missing figure gets its own "not known" sentence, never an
 * empty clause. Words live in deal-text.ts; figures are formatted in the current language.
 */
import { euro, dec, longDate, nf, pct } from '$lib/format';
import { i18n } from '$lib/i18n/lang.svelte';
import { tr } from '$lib/i18n/text';
import type { DealDetailRow, DealLotRow, DealProviderRow } from '$lib/metrics/deal';
import type { FlagId, FlagItemRow } from '$lib/metrics/flags';
import { flagDefinitions } from '$lib/metrics/flags';
import { thresholds } from '$lib/metrics/thresholds';
import { listEn, listNl, summaryText as t } from './deal-text';

export interface SummarySentence {
	text: string;
	/** A link after the sentence (a signal's explanation on /methode), relative to the site root. */
	href?: string;
	linkText?: string;
}

/** Paragraphs of the summary, in reading order. */
export interface SummaryPart {
	id: 'who' | 'how' | 'when' | 'bids' | 'money' | 'signals';
	sentences: SummarySentence[];
}

export interface SummaryInput {
	deal: DealDetailRow;
	lots: readonly DealLotRow[];
	/** Winners, largest first (dealProviders). */
	providers: readonly DealProviderRow[];
	/** Names of the participating municipalities. */
	participants: readonly string[];
	/** The signals of this deal (flagsOfDeal). */
	flags: readonly FlagItemRow[];
}

/** Procedures whose name contains "aanbesteding": the first such sentence explains the word. */
const tenders = new Set(['europees-openbaar', 'europees-niet-openbaar', 'nationaal-openbaar', 'meervoudig-onderhands', 'enkelvoudig-onderhands']);
/** At most this many municipalities are named in the first sentence; more are counted only. */
const NAMED_MUNICIPALITIES = 6;
const NAMED_WINNERS = 3;

const s = (text: string, link?: { href: string; text: string }): SummarySentence => (link ? { text, href: link.href, linkText: link.text } : { text });
const joinNames = (names: readonly string[]) => (i18n.lang === 'en' ? listEn(names) : listNl(names));

export function dealSummary({ deal, lots, providers, participants, flags }: SummaryInput): SummaryPart[] {
	const past = deal.status === 'ended';
	const what = tr(t.what)[deal.domain] ?? tr(t.what).jeugd;

	const who: SummarySentence[] = [
		s(
			participants.length === 0
				? tr(t.whoNoParticipants)(deal.regionName, what, past)
				: tr(t.whoFor)(deal.regionName, what, past, participants.length, participants.length <= NAMED_MUNICIPALITIES ? joinNames(participants) : '')
		)
	];

	const how: SummarySentence[] = [];
	const procedures = tr(t.procedure) as Record<string, string>;
	how.push(s(procedures[deal.procurementMethodDetails] ?? tr(t.procedureUnknown)(deal.procurementMethodDetails)));
	if (tenders.has(deal.procurementMethodDetails)) how.push(s(tr(t.tenderExplained)));
	const funding = tr(t.funding) as Record<string, string>;
	how.push(s(funding[deal.fundingModel] ?? tr(t.fundingUnknown)(deal.fundingModel)));
	how.push(s(deal.lots > 0 ? tr(t.lots)(deal.lots) : tr(t.noLots)));

	const when: SummarySentence[] = [];
	const [start, end, maxEnd] = [longDate(deal.startDate), longDate(deal.endDate), longDate(deal.maxEndDate)];
	when.push(s(deal.status === 'planned' ? tr(t.termPlanned)(start, end) : deal.status === 'running' ? tr(t.termRunning)(start, end) : tr(t.termEnded)(start, end)));
	if (deal.extensionYears === 0) when.push(s(tr(t.noExtension)[past ? 'past' : 'now']));
	else if (past) when.push(s(tr(t.extensionEnded)(deal.extensionUsedYears, deal.extensionLeftYears)));
	else if (deal.extensionUsedYears === 0) when.push(s(tr(t.extensionOpen)(deal.extensionYears, maxEnd)));
	else if (deal.extensionLeftYears > 0) when.push(s(tr(t.extensionPartly)(deal.extensionUsedYears, deal.extensionLeftYears)));
	else when.push(s(tr(t.extensionAllUsed)(deal.extensionUsedYears, maxEnd)));

	const bids: SummarySentence[] = [];
	const known = lots.filter((l) => l.numberOfTenderers !== null).map((l) => l.numberOfTenderers as number);
	if (known.length === 0) bids.push(s(tr(t.bidsUnknown)));
	else {
		const total = known.reduce((a, b) => a + b, 0);
		if (lots.length === 1) bids.push(s(tr(t.bidsOneLot)(total)));
		else bids.push(s(tr(t.bidsPerLot)(total, nf(Math.min(...known)), nf(Math.max(...known)))));
		if (known.length < lots.length) bids.push(s(tr(t.bidsPartlyKnown)(known.length, lots.length)));
	}
	const winners = providers.filter((p) => p.mainLots > 0 || p.subLots > 0);
	if (winners.length === 0) bids.push(s(tr(t.noWinners)));
	else if (winners.length === 1) bids.push(s(tr(t.oneWinner)(winners[0]!.name, past)));
	else {
		bids.push(s(tr(t.winners)(winners.length, past)));
		const named = joinNames(winners.slice(0, NAMED_WINNERS).map((p) => p.name));
		bids.push(s(winners.some((p) => p.value !== null) ? tr(t.largest)(named) : tr(t.among)(named)));
	}

	const money: SummarySentence[] = [
		s(deal.estimatedValue !== null ? tr(t.valueEstimated)(euro(deal.estimatedValue)) : deal.contractValue !== null ? tr(t.valueContracts)(euro(deal.contractValue)) : tr(t.valueUnknown))
	];

	return [
		{ id: 'who', sentences: who },
		{ id: 'how', sentences: how },
		{ id: 'when', sentences: when },
		{ id: 'bids', sentences: bids },
		{ id: 'money', sentences: money },
		{ id: 'signals', sentences: signalSentences(deal, flags) }
	];
}

/** One sentence per signal that goes off, with its threshold and a link to /methode; HHI explained on first use. */
function signalSentences(deal: DealDetailRow, flags: readonly FlagItemRow[]): SummarySentence[] {
	const byFlag = new Map<FlagId, FlagItemRow[]>();
	for (const f of flags) byFlag.set(f.flagId, [...(byFlag.get(f.flagId) ?? []), f]);
	const link = (id: FlagId | null) => ({ href: id ? `/methode#signaal-${id}` : '/methode#signalen', text: tr(id ? t.signalLink : t.signalsLink) });
	if (byFlag.size === 0) return [s(tr(t.noSignals), link(null))];
	const out: SummarySentence[] = [];
	if (deal.status === 'ended') out.push(s(tr(t.signalsAsOf)(longDate(deal.flagDate))));
	if (deal.status === 'planned') out.push(s(tr(t.signalsAsOfStart)(longDate(deal.flagDate))));
	const highest = (rows: FlagItemRow[]) => Math.max(...rows.map((r) => r.value ?? 0));
	for (const [id, rows] of byFlag) {
		if (id === 'singleBid') out.push(s(tr(t.singleBid)(rows.length), link(id)));
		else if (id === 'longDuration') out.push(s(tr(t.longDuration)(dec(highest(rows)), nf(thresholds.maxDurationYears)), link(id)));
		else if (id === 'heavySubcontracting') out.push(s(tr(t.heavySubcontracting)(rows.length, pct(highest(rows)), pct(thresholds.heavySubcontractingShare)), link(id)));
		else if (id === 'highConcentration') {
			out.push(s(tr(t.highConcentration)(rows.length, nf(highest(rows)), nf(thresholds.hhiHigh)), link(id)));
			out.push(s(tr(t.hhiExplained)));
		} else out.push(s(tr(t.otherSignal)(tr(flagDefinitions[id].title), rows.length), link(id)));
	}
	return out;
}

/** Words in a sentence, for the plain-language check (numbers and dates count as words). */
export const wordCount = (text: string) => text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;

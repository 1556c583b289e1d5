/**
 * Import OCDS 1.1 (single releases, release or record packages, several files at once) into canonical rows for procurements,
 * procurementParticipants, lots, contracts, providers and providerLocations.
 * Runs in the browser (user files) and in Node; never throws on bad data: every problem and
 * every assumption becomes an issue (severity 'notice' where nothing was rejected).
 *
 * What OCDS cannot say is asked from the caller (regionId, domain, optionally fundingModel and
 * a postcode → municipality lookup). Fields we do not know are returned verbatim in `unmapped`.
 *
 * Mapping decisions (also shown on /methode):
 * - One procurement per ocid, from the compiled release of all its releases in all files
 *   (ocds-package.ts). An ocid with only planning data (no tender, awards or contracts) is not a
 *   procurement yet: skipped, counted. Missing optional fields (contractPeriod, value, lots,
 *   awards, numberOfTenderers) are unknown (NULL), never a reason to refuse the tender.
 * - Buyers (parties with role buyer or procuringEntity, and `buyer`) map to the municipalities
 *   of 2025 by a CBS code in their ids or by name (accents, case, "Gemeente " ignored). OIN and
 *   KvK numbers cannot be used: data/ holds no list of the municipalities' OIN or KvK numbers.
 *   The region is the buyers' jeugdregio when they share one (youth care), else the user's
 *   choice. A foreign buyer (non-Dutch address or identifier scheme) is refused; a named buyer
 *   that is no recognised municipality is refused unless the user said to load it under the
 *   chosen region (options.unrecognisedBuyers); no buyer at all: the chosen region.
 * - procurementMethod is taken as given. procurementMethodDetails is free text in OCDS; it is
 *   recognised into our Dutch procedure types by keywords (open house, bestuurlijk, subsidie,
 *   inbesteding, onderhands, Europese/openbare aanbesteding). When it is not recognised, the
 *   procedure type follows procurementMethod: open and selective → europees-openbaar (a
 *   published, competitive tender; procurementMethod keeps open vs selective), limited and
 *   direct → enkelvoudig-onderhands (not published, buyer picks the supplier). Such a guess
 *   always comes with a notice, and the original text is kept in `unmapped`.
 *   If procurementMethod is missing but the details are recognised, the method follows the
 *   procedure type (METHOD_OF in ocds-mapping.ts), again with a notice.
 * - fundingModel is not in OCDS: found in the tender texts by its Dutch name, else
 *   options.fundingModel, else 'inspanningsgericht' (the usual model for per-hour/day care
 *   tariffs) with a notice per procurement.
 * - Values: our tables hold euros per year. OCDS values are totals, so they are divided by the
 *   contract duration in years (inclusive days / 365.25, rounded to 0.01, at least 1); with an
 *   unknown duration the value per year is unknown. An amount in another currency is refused
 *   (an error naming file, ocid, field and currency; the value stays unknown), never converted.
 *   A contract's value is only set when its award is for one supplier and one lot; otherwise
 *   the share of each is unknown and it stays empty.
 * - Lots: tender.lots (lots extension), id `${ocid}/${lot.id}` since OCDS lot ids are only
 *   unique within a process. Awards without lots get one implicit lot `${ocid}/${IMPLICIT_LOT}`
 *   for the whole tender. Category: the first iJw/iWmo classification (scheme iJw/iWmo, id of
 *   2 digits, or a 5-character product code whose first 2 digits are the category) on the lot
 *   or its items; else '50' (jeugd: maatwerkarrangementen) or '10' (wmo: overige
 *   maatwerkarrangementen), with a notice.
 * - Contracts: one per award × supplier × related lot, for awards that are active (or have
 *   no status). Dates come from the OCDS contract, else the award, else the procurement.
 * - Providers: parties with role supplier or tenderer, and award suppliers. Id: the KvK number
 *   (identifier scheme NL-KVK) when given, else the OCDS party id.
 * - Locations: a party address with postcode or place becomes a care location only when its
 *   municipality is known (address.region holds a GMxxxx code, or options.municipalityOf
 *   answers); otherwise it is skipped and counted.
 * - Participants: the buyers recognised as municipalities (see Buyers).
 */
import type { z } from 'zod';
import { contracts, lots, procurementParticipants, procurements, providerLocations, providers, type Row, type TableDef } from '../schema/index';
import { validateRecords, type ValidationIssue } from './validate';
import { MISSING_FIELDS, type MissingField, type OcdsSummary } from './ocds-summary';
import { dropDanglingReferences } from './references';
import { isObject, readOcds, type CompiledRelease, type Json, type OcdsInput } from './ocds-package';
import {
	DEFAULT_CATEGORY,
	DEFAULT_FUNDING,
	careCodes,
	date,
	dutchPc4,
	extensionYears,
	fundingModelIn,
	gmCode,
	kvkNumber,
	matchBuyer,
	municipalityIndex,
	obj,
	objects,
	perYear,
	recogniseProcedure,
	str,
	webUrl,
	type FundingModel,
	type Municipality
} from './ocds-mapping';

export interface OcdsImportOptions {
	/** The region chosen by the user: used when the buyers do not say which region it is. */
	regionId: string;
	domain: 'jeugd' | 'wmo';
	/** Used when the tender texts do not name the funding model. */
	fundingModel?: FundingModel;
	/** Provenance written in every row; default `ocds:<file>`. */
	source?: string;
	/** CBS municipality code for an address, if the caller has a postcode/place lookup. */
	municipalityOf?: (address: { postcode: string | null; place: string | null }) => string | null | undefined;
	/** The municipalities of 2025 with their jeugdregio, to map buyers by code or name. */
	municipalities?: readonly Municipality[];
	/**
	 * A tender whose buyer is named but is no municipality we recognise (a joint arrangement,
	 * an OIN or KvK number only): refused (default), or loaded under regionId once the user said so.
	 */
	unrecognisedBuyers?: 'refuse' | 'chosen-region';
}

export { MISSING_FIELDS, type MissingField, type OcdsSummary } from './ocds-summary';

export type OcdsTables = {
	procurements: Row<typeof procurements>[];
	procurementParticipants: Row<typeof procurementParticipants>[];
	lots: Row<typeof lots>[];
	contracts: Row<typeof contracts>[];
	providers: Row<typeof providers>[];
	providerLocations: Row<typeof providerLocations>[];
};

export interface UnmappedValue {
	/** null for package-level fields. */
	ocid: string | null;
	/** JSON path from the package root, e.g. releases[3].tender.procurementMethodDetails_hy */
	path: string;
	value: unknown;
	/** unknown-field: not in OCDS 1.1 core or the lots extension; unrecognised-value: a known field whose value we could not map. */
	reason: 'unknown-field' | 'unrecognised-value';
}

export interface OcdsImportResult {
	tables: OcdsTables;
	/** The package's `extensions` list, as given. */
	extensions: string[];
	unmapped: UnmappedValue[];
	issues: ValidationIssue[];
	/** Rows that failed validation or lost a reference. */
	rejected: number;
	/** Releases read (package entries) and ocids (contracting processes) found. */
	releases: number;
	ocids: number;
	/** Left out on purpose, counted. */
	skipped: { planningOnly: number; awardsNotActive: number; locationsWithoutMunicipality: number };
	summary: OcdsSummary;
}

export const IMPLICIT_LOT = 'hele-opdracht';

export function importOcds(json: unknown, file: string, options: OcdsImportOptions): OcdsImportResult {
	return importOcdsFiles([{ file, json }], options);
}

/** Several OCDS files at once (e.g. one JSON per release): releases of one ocid are merged over all files. */
export function importOcdsFiles(inputs: OcdsInput[], options: OcdsImportOptions): OcdsImportResult {
	const pkg = readOcds(inputs);
	const file = inputs.length === 1 ? inputs[0]!.file : inputs.map((i) => i.file).join(', ');
	const index = municipalityIndex(options.municipalities ?? []);
	const missing = Object.fromEntries(MISSING_FIELDS.map((f) => [f, 0])) as Record<MissingField, number>;
	const refused = { foreignBuyer: 0, unrecognisedBuyer: 0, planningOnly: 0, invalid: 0 };
	const accepted = { procurements: 0, lots: 0, awards: 0, contracts: 0 };
	const regionCount = new Map<string, { regionId: string; from: 'buyers' | 'choice'; procurements: number }>();
	let refusedAmounts = 0;
	const tables: OcdsTables = { procurements: [], procurementParticipants: [], lots: [], contracts: [], providers: [], providerLocations: [] };
	const issues: ValidationIssue[] = [...pkg.issues];
	const unmapped: UnmappedValue[] = pkg.unknown.map(({ ocid, path, value }) => ({ ocid, path, value, reason: 'unknown-field' }));
	const skipped = { planningOnly: 0, awardsNotActive: 0, locationsWithoutMunicipality: 0 };
	let rejected = 0;
	const providerIds = new Set<string>();
	const procurementIds = new Set<string>();

	for (const ext of pkg.extensions) {
		if (/lots/i.test(ext)) continue;
		issues.push({
			file,
			row: null,
			field: 'extensions',
			value: ext,
			severity: 'notice',
			nl: `Extensie '${ext}' wordt niet ingelezen; de velden ervan staan bij de niet-ingelezen velden.`,
			en: `Extension '${ext}' is not imported; its fields are listed with the unmapped fields.`
		});
	}

	for (const compiled of pkg.compiled) mapProcess(compiled);

	function mapProcess(c: CompiledRelease) {
		const { ocid, release: r, file } = c;
		const source = options.source ?? `ocds:${file}`;
		const at = (rel: string) => (c.path ? `${c.path}.${rel}` : rel);
		const note = (field: string, nl: string, en: string, severity: 'notice' | 'error' = 'notice', value?: string) =>
			issues.push({ file, row: c.row, field, ...(value !== undefined ? { value } : {}), severity, nl: `${nl} (ocid ${ocid})`, en: `${en} (ocid ${ocid})` });

		/** Validate one record; issues name the canonical field, the ocid and the OCDS path it came from. */
		function emit<T extends TableDef>(table: T, record: Json, paths: Record<string, string>): z.infer<T['schema']> | null {
			const result = validateRecords(table, [record], file, () => c.row);
			rejected += result.rejected;
			for (const issue of result.issues) {
				const rel = issue.field ? paths[issue.field] : undefined;
				// regionId and domain come from the import options, not from the file.
				const chosen = issue.field === 'regionId' || issue.field === 'domain';
				const place = rel ? at(rel) : c.path || file;
				const from = chosen ? { nl: 'de keuze bij het inlezen', en: 'the choice made at import' } : { nl: place, en: place };
				issues.push({
					...issue,
					field: issue.field ? `${table.name}.${issue.field}` : table.name,
					nl: `${issue.nl} (ocid ${ocid}, uit ${from.nl})`,
					en: `${issue.en} (ocid ${ocid}, from ${from.en})`
				});
			}
			return result.rows[0] ?? null;
		}

		const tender = obj(r.tender);
		const awards = objects(r.awards);
		const ocdsContracts = objects(r.contracts);
		if (!isObject(r.tender) && awards.length === 0 && ocdsContracts.length === 0) {
			skipped.planningOnly++;
			refused.planningOnly++;
			note('tender', 'Alleen planning, nog geen aanbesteding of gunning: niet als inkooptraject ingelezen.', 'Planning only, no tender or award yet: not imported as a procurement.');
			return;
		}
		if (procurementIds.has(ocid)) {
			note('ocid', 'Deze ocid komt twee keer voor in het pakket; alleen de eerste is ingelezen.', 'This ocid appears twice in the package; only the first was imported.', 'error');
			rejected++;
			return;
		}
		procurementIds.add(ocid);

		// ----- buyers: which municipalities, and so which region -----
		const parties = objects(r.parties);
		const buyerRef = obj(r.buyer);
		const buyers = parties.filter((p) => Array.isArray(p.roles) && p.roles.some((x) => x === 'buyer' || x === 'procuringEntity'));
		if (Object.keys(buyerRef).length > 0 && !buyers.some((p) => str(p.id) !== null && str(p.id) === str(buyerRef.id))) buyers.push(buyerRef);
		const matches = buyers.map((p) => ({ party: p, match: matchBuyer(p, index) }));
		const municipalityMatches = matches.flatMap((m) => (m.match.kind === 'municipality' ? [m.match.municipality] : []));
		const participants = [...new Map(municipalityMatches.map((m) => [m.code, m])).values()];
		const foreign = matches.flatMap((m) => (m.match.kind === 'foreign' ? [m] : []));
		const unknown = matches.flatMap((m) => (m.match.kind === 'unknown' ? [m.match.label] : []));
		const buyerName = (p: Json) => str(p.name) ?? str(obj(p.identifier).legalName) ?? str(p.id) ?? '?';
		if (participants.length === 0 && foreign.length > 0) {
			refused.foreignBuyer++;
			const f = foreign[0]!;
			const why = f.match.kind === 'foreign' ? f.match.why : '';
			note(
				'buyer',
				`Niet geladen: de koper '${buyerName(f.party)}' is geen Nederlandse gemeente (${why}). Regiozicht toont alleen inkoop van Nederlandse gemeenten.`,
				`Not loaded: the buyer '${buyerName(f.party)}' is not a Dutch municipality (${why}). Regiozicht only shows purchases by Dutch municipalities.`,
				'error',
				why
			);
			return;
		}
		if (participants.length === 0 && unknown.length > 0 && options.unrecognisedBuyers !== 'chosen-region') {
			refused.unrecognisedBuyer++;
			note(
				'buyer',
				`Niet geladen: de koper '${unknown.join("', '")}' is geen gemeente die Regiozicht herkent (op CBS-code of naam; OIN- en KvK-nummers van gemeenten kennen we niet). Hoort dit traject bij de gekozen regio '${options.regionId}'? Zet dan een vinkje bij 'Ja, laad onder de gekozen regio' en laad het bestand opnieuw.`,
				`Not loaded: the buyer '${unknown.join("', '")}' is not a municipality Regiozicht recognises (by CBS code or name; we do not know municipalities' OIN or KvK numbers). Does this procurement belong to the chosen region '${options.regionId}'? Then tick 'Yes, load under the chosen region' and load the file again.`,
				'error',
				unknown[0]
			);
			return;
		}
		// The buyers' region when they all lie in one jeugdregio (youth care only: Wmo regions differ); else the user's choice.
		const buyerRegions = [...new Set(participants.map((m) => m.regionId))];
		const fromBuyers = options.domain === 'jeugd' && buyerRegions.length === 1;
		const regionId = fromBuyers ? buyerRegions[0]! : options.regionId;
		if (participants.length > 0 && !fromBuyers && options.domain === 'jeugd') {
			note(
				'buyer',
				`De kopers liggen in meer dan één jeugdregio (${buyerRegions.join(', ')}); geladen onder de gekozen regio '${regionId}'.`,
				`The buyers lie in more than one youth region (${buyerRegions.join(', ')}); loaded under the chosen region '${regionId}'.`
			);
		} else if (participants.length === 0) {
			note(
				'buyer',
				unknown.length > 0
					? `De koper '${unknown.join("', '")}' is geen gemeente die Regiozicht herkent; op uw verzoek geladen onder de gekozen regio '${regionId}', zonder deelnemende gemeenten.`
					: `Geen koper in de gegevens; geladen onder de gekozen regio '${regionId}', zonder deelnemende gemeenten.`,
				unknown.length > 0
					? `The buyer '${unknown.join("', '")}' is not a municipality Regiozicht recognises; loaded, as you asked, under the chosen region '${regionId}', without participating municipalities.`
					: `No buyer in the data; loaded under the chosen region '${regionId}', without participating municipalities.`
			);
		} else if (unknown.length > 0 || foreign.length > 0) {
			const others = [...unknown, ...foreign.map((f) => buyerName(f.party))];
			note('buyer', `Koper(s) '${others.join("', '")}' niet herkend als gemeente; alleen de herkende gemeenten doen mee.`, `Buyer(s) '${others.join("', '")}' not recognised as a municipality; only the recognised municipalities take part.`);
		}

		// ----- money: euros only; an amount in another currency is refused, never charted as euros -----
		const money = (v: unknown, path: string): number | null => {
			const value = obj(v);
			const amount = typeof value.amount === 'number' && Number.isFinite(value.amount) ? value.amount : null;
			const currency = str(value.currency);
			if (amount !== null && currency && currency.toUpperCase() !== 'EUR') {
				refusedAmounts++;
				note(
					`${path}.currency`,
					`${file}: het bedrag in ${path}.amount staat in ${currency}, niet in euro. Dit bedrag is niet geladen (onbekend); Regiozicht rekent niet om.`,
					`${file}: the amount in ${path}.amount is in ${currency}, not euros. This amount was not loaded (unknown); Regiozicht does not convert.`,
					'error',
					currency
				);
				return null;
			}
			return amount;
		};

		// ----- procurement -----
		const contractPeriod = obj(tender.contractPeriod);
		const starts = [...ocdsContracts.map((x) => date(obj(x.period).startDate)), ...awards.map((a) => date(obj(a.contractPeriod).startDate))].filter((d): d is string => d !== null).sort();
		const ends = [...ocdsContracts.map((x) => date(obj(x.period).endDate)), ...awards.map((a) => date(obj(a.contractPeriod).endDate))].filter((d): d is string => d !== null).sort();
		const startDate = date(contractPeriod.startDate) ?? starts[0] ?? null;
		const endDate = date(contractPeriod.endDate) ?? ends[ends.length - 1] ?? null;
		const title = str(tender.title) ?? str(awards[0]?.title) ?? str(ocdsContracts[0]?.title);

		const { method, type: details } = procedure();
		const funding = fundingModelIn([tender.title, tender.description, tender.awardCriteriaDetails, tender.procurementMethodRationale]);
		if (!funding && !options.fundingModel) {
			note('fundingModel', `Bekostiging staat niet in OCDS en niet in de teksten; '${DEFAULT_FUNDING}' aangenomen.`, `Funding model is not in OCDS nor in the texts; assumed '${DEFAULT_FUNDING}'.`);
		}
		const procurement = emit(
			procurements,
			{
				id: ocid,
				regionId,
				domain: options.domain,
				title,
				procurementMethod: method,
				procurementMethodDetails: details,
				fundingModel: funding ?? options.fundingModel ?? DEFAULT_FUNDING,
				publicationDate: date(obj(tender.tenderPeriod).startDate),
				decisionDate: awards.filter((a) => (str(a.status) ?? 'active') === 'active').map((a) => date(a.date)).filter((d): d is string => d !== null).sort()[0] ?? null,
				startDate,
				endDate,
				extensionYears: extensionYears(endDate, date(contractPeriod.maxExtentDate)),
				estimatedValue: perYear(money(tender.value, 'tender.value'), startDate, endDate),
				numberOfTenderers: Number.isInteger(tender.numberOfTenderers) && (tender.numberOfTenderers as number) >= 0 ? tender.numberOfTenderers : null,
				documentUrl: objects(tender.documents).map((d) => webUrl(d.url)).find((u) => u !== null) ?? null,
				source
			},
			{
				title: 'tender.title',
				procurementMethod: 'tender.procurementMethod',
				procurementMethodDetails: 'tender.procurementMethodDetails',
				startDate: 'tender.contractPeriod.startDate',
				endDate: 'tender.contractPeriod.endDate',
				estimatedValue: 'tender.value.amount',
				numberOfTenderers: 'tender.numberOfTenderers'
			}
		);
		if (!procurement) {
			refused.invalid++;
			return; // participants, lots and contracts would only dangle
		}
		tables.procurements.push(procurement);
		accepted.procurements++;
		const region = regionCount.get(regionId) ?? { regionId, from: fromBuyers ? 'buyers' : 'choice', procurements: 0 };
		region.procurements++;
		regionCount.set(regionId, region);
		if (buyers.length === 0) missing.buyer++;
		if (!startDate) missing['tender.contractPeriod']++;
		if (procurement.estimatedValue === null && !isObject(tender.value)) missing['tender.value']++;
		if (objects(tender.lots).length === 0) missing['tender.lots']++;
		if (procurement.numberOfTenderers === null) missing['tender.numberOfTenderers']++;
		if (awards.length === 0) missing.awards++;
		else if (awards.every((a) => !isObject(a.value)) && ocdsContracts.every((x) => !isObject(x.value))) missing['awards.value']++;
		const procurementTitle = title ?? ocid;

		/** Recognise the procedure and report every guess (the original text goes to unmapped). */
		function procedure() {
			const p = recogniseProcedure(tender.procurementMethod, tender.procurementMethodDetails);
			if (p.type && (p.typeFrom === 'closest' || p.typeFrom === 'method')) {
				if (p.text) unmapped.push({ ocid, path: at('tender.procurementMethodDetails'), value: tender.procurementMethodDetails, reason: 'unrecognised-value' });
				const why =
					p.typeFrom === 'closest'
						? { nl: `het dichtstbijzijnde type voor '${p.text}'`, en: `the closest type for '${p.text}'` }
						: {
								nl: `${p.text ? `'${p.text}' is geen Nederlandse procedure die Regiozicht herkent; ` : 'geen procedure opgegeven; '}gekozen op grond van procurementMethod '${p.method}'`,
								en: `${p.text ? `'${p.text}' is not a Dutch procedure Regiozicht recognises; ` : 'no procedure given; '}chosen from procurementMethod '${p.method}'`
							};
				note('tender.procurementMethodDetails', `Procedure '${p.type}' aangenomen: ${why.nl}.`, `Assumed procedure '${p.type}': ${why.en}.`, 'notice', p.text ?? undefined);
			}
			if (p.methodDerived) {
				note('tender.procurementMethod', `procurementMethod ontbreekt of is onbekend; '${p.method}' afgeleid uit de procedure '${p.type}'.`, `procurementMethod is missing or unknown; '${p.method}' derived from procedure '${p.type}'.`);
			}
			return p;
		}

		// ----- participants: the buyers recognised as municipalities -----
		for (const m of participants) {
			const row = emit(procurementParticipants, { procurementId: ocid, municipalityCode: m.code, source }, { municipalityCode: 'buyer' });
			if (row) tables.procurementParticipants.push(row);
		}

		// ----- providers (and their address as care location, when the municipality is known) -----
		const partyById = new Map(parties.map((p, i) => [str(p.id) ?? `#${i}`, { party: p, index: i }] as const));
		function providerFor(ref: Json, refPath: string): string | null {
			const found = partyById.get(str(ref.id) ?? '');
			const party = found?.party ?? ref;
			const path = found ? `parties[${found.index}]` : refPath;
			const kvk = kvkNumber([obj(party.identifier), ...objects(party.additionalIdentifiers), obj(ref.identifier)]);
			const identifier = obj(party.identifier);
			const id = kvk ?? str(ref.id) ?? str(party.id) ?? (str(identifier.scheme) && str(identifier.id) ? `${str(identifier.scheme)}-${str(identifier.id)}` : null);
			if (!id) {
				note(path, 'Leverancier zonder id; niet ingelezen.', 'Supplier without an id; not imported.', 'error', str(party.name) ?? undefined);
				return null;
			}
			if (providerIds.has(id)) return id;
			providerIds.add(id);
			const name = str(party.name) ?? str(ref.name) ?? str(identifier.legalName);
			const provider = emit(providers, { id, name, kvk, legalForm: null, providerType: null, source }, { id: `${path}.id`, name: `${path}.name`, kvk: `${path}.identifier` });
			if (!provider) return id;
			tables.providers.push(provider);

			const address = obj(party.address);
			const place = str(address.locality);
			if (!str(address.postalCode) && !place) return id;
			const { dutch, pc4 } = dutchPc4(address);
			const municipalityCode = gmCode(address.region) ?? (dutch ? (options.municipalityOf?.({ postcode: pc4, place }) ?? null) : null);
			if (!municipalityCode) {
				skipped.locationsWithoutMunicipality++;
				return id;
			}
			const location = emit(
				providerLocations,
				{ providerId: id, locationId: 'adres', name, place, municipalityCode, postcode: pc4, source },
				{ municipalityCode: `${path}.address`, postcode: `${path}.address.postalCode` }
			);
			if (location) tables.providerLocations.push(location);
			return id;
		}
		parties.forEach((p, i) => {
			if (Array.isArray(p.roles) && p.roles.some((x) => x === 'supplier' || x === 'tenderer')) providerFor(p, `parties[${i}]`);
		});

		// ----- lots -----
		const items = objects(tender.items);
		const lotIds = new Map<string, string>(); // OCDS lot id -> canonical lot id
		const lotRows = new Set<string>();
		let unclassified = false;
		function addLot(ocdsId: string, lot: Json, path: string, lotItems: Json[]) {
			const id = `${ocid}/${ocdsId}`;
			lotIds.set(ocdsId, id);
			if (lotRows.has(id)) {
				note(`${path}.id`, `Perceel-id '${ocdsId}' komt twee keer voor; alleen het eerste is ingelezen.`, `Lot id '${ocdsId}' appears twice; only the first was imported.`, 'error', ocdsId);
				rejected++;
				return;
			}
			lotRows.add(id);
			const { category, productCode } = classify([...objects(lot.additionalClassifications), ...lotItems.flatMap((i) => [obj(i.classification), ...objects(i.additionalClassifications)])], path);
			const row = emit(
				lots,
				{ id, procurementId: ocid, title: str(lot.title) ?? str(lot.description) ?? procurementTitle, category, productCode, numberOfTenderers: null, source },
				{ id: `${path}.id`, title: `${path}.title`, category: `${path}` }
			);
			if (row) {
				tables.lots.push(row);
				accepted.lots++;
			}
		}
		function classify(classifications: Json[], path: string): { category: string; productCode: string | null } {
			const codes = careCodes(classifications);
			const first = codes[0];
			if (!first) {
				unclassified = true;
				const category = DEFAULT_CATEGORY[options.domain] ?? DEFAULT_CATEGORY.jeugd;
				note(path, `Geen iJw/iWmo-categorie gevonden bij dit perceel; categorie '${category}' (maatwerk) aangenomen.`, `No iJw/iWmo category found for this lot; assumed category '${category}' (tailored care).`);
				return { category, productCode: null };
			}
			const categories = [...new Set(codes.map((c) => c.category))];
			if (categories.length > 1) {
				note(path, `Meerdere zorgcategorieën bij dit perceel (${categories.join(', ')}); de eerste is gebruikt.`, `Several care categories for this lot (${categories.join(', ')}); the first was used.`);
			}
			return first;
		}
		objects(tender.lots).forEach((lot, k) => {
			const ocdsId = str(lot.id);
			const path = `tender.lots[${k}]`;
			if (!ocdsId) {
				note(`${path}.id`, 'Perceel zonder id; niet ingelezen.', 'Lot without an id; not imported.', 'error');
				rejected++;
				return;
			}
			addLot(ocdsId, lot, path, items.filter((i) => str(i.relatedLot) === ocdsId));
		});
		const implicitLot = () => {
			if (!lotIds.has(IMPLICIT_LOT)) addLot(IMPLICIT_LOT, { title: procurementTitle }, 'tender', items);
			return lotIds.get(IMPLICIT_LOT)!;
		};
		const realLots = [...lotIds.keys()];

		// ----- contracts: award × supplier × lot -----
		const contractIds = new Set<string>();
		const awarded = new Set<Json>();
		const usedContracts = new Set<Json>();
		awards.forEach((award, k) => {
			const path = `awards[${k}]`;
			const status = str(award.status);
			if (status && status !== 'active') {
				skipped.awardsNotActive++;
				note(`${path}.status`, `Gunning met status '${status}' (niet actief): geen contract ingelezen.`, `Award with status '${status}' (not active): no contract imported.`, 'notice', status);
				return;
			}
			const awardId = str(award.id) ?? String(k + 1);
			const suppliers = objects(award.suppliers);
			if (suppliers.length === 0) {
				note(`${path}.suppliers`, 'Gunning zonder leverancier: geen contract ingelezen.', 'Award without a supplier: no contract imported.', 'error');
				rejected++;
				return;
			}
			// relatedLots are strings in the lots extension; some publishers write {lotId: …}.
			const related = (Array.isArray(award.relatedLots) ? award.relatedLots : [])
				.map((x) => str(x) ?? (isObject(x) ? (str(x.lotId) ?? str(x.id)) : null))
				.filter((x): x is string => x !== null);
			let awardLots: { ocdsId: string; id: string }[];
			if (related.length > 0) awardLots = related.map((ocdsId) => ({ ocdsId, id: lotIds.get(ocdsId) ?? `${ocid}/${ocdsId}` }));
			else if (realLots.length === 1) awardLots = [{ ocdsId: realLots[0]!, id: lotIds.get(realLots[0]!)! }];
			else {
				if (realLots.length > 1) {
					note(`${path}.relatedLots`, 'Gunning zonder perceel terwijl de aanbesteding meerdere percelen heeft; geboekt op de hele opdracht.', 'Award without a lot while the tender has several lots; booked on the whole tender.');
				}
				awardLots = [{ ocdsId: IMPLICIT_LOT, id: implicitLot() }];
			}
			const contract = ocdsContracts.find((x) => str(x.awardID) === awardId);
			if (contract) usedContracts.add(contract);
			const period = obj(contract?.period);
			const awardPeriod = obj(award.contractPeriod);
			const cStart = date(period.startDate) ?? date(awardPeriod.startDate) ?? startDate;
			const cEnd = date(period.endDate) ?? date(awardPeriod.endDate) ?? endDate;
			const single = suppliers.length === 1 && awardLots.length === 1;
			const valuePath = contract?.value !== undefined ? `contracts[${ocdsContracts.indexOf(contract)}].value` : `${path}.value`;
			const amount = money(contract?.value ?? award.value, valuePath);
			suppliers.forEach((supplier, s) => {
				const providerId = providerFor(supplier, `${path}.suppliers[${s}]`);
				if (!providerId) return;
				for (const lot of awardLots) {
					const id = `${ocid}/${awardId}${suppliers.length > 1 ? `/${providerId}` : ''}${awardLots.length > 1 ? `/${lot.ocdsId}` : ''}`;
					if (contractIds.has(id)) {
						note(path, `Contract '${id}' komt twee keer voor; alleen het eerste is ingelezen.`, `Contract '${id}' appears twice; only the first was imported.`, 'error');
						rejected++;
						continue;
					}
					contractIds.add(id);
					const row = emit(
						contracts,
						{
							id,
							lotId: lot.id,
							providerId,
							startDate: cStart,
							endDate: cEnd,
							value: single ? perYear(amount, cStart, cEnd) : null,
							clients: null,
							role: 'main',
							mainContractorId: null,
							pgbPossible: null,
							source
						},
						{ lotId: `${path}.relatedLots`, startDate: contract ? `contracts[${ocdsContracts.indexOf(contract)}].period.startDate` : `${path}.contractPeriod.startDate`, value: valuePath }
					);
					if (row) {
						tables.contracts.push(row);
						accepted.contracts++;
						awarded.add(award);
					}
				}
			});
		});
		accepted.awards += awarded.size;
		if (unclassified) missing.classification++;
		ocdsContracts.forEach((x, j) => {
			if (!usedContracts.has(x)) {
				note(`contracts[${j}].awardID`, 'Contract zonder bijbehorende actieve gunning (awardID); de leverancier is onbekend, dus niet ingelezen.', 'Contract without a matching active award (awardID); the supplier is unknown, so it was not imported.', 'notice', str(x.awardID) ?? undefined);
			}
		});
	}

	if (skipped.locationsWithoutMunicipality > 0) {
		issues.push({
			file,
			row: null,
			field: 'parties.address',
			severity: 'notice',
			nl: `${skipped.locationsWithoutMunicipality} adres(sen) van aanbieders niet als zorglocatie ingelezen: de gemeente is niet bekend.`,
			en: `${skipped.locationsWithoutMunicipality} provider address(es) not imported as care locations: the municipality is not known.`
		});
	}

	// A rejected procurement or lot must not leave rows pointing at it.
	const checked = dropDanglingReferences(tables);
	issues.push(...checked.issues);
	rejected += Object.values(checked.rejected).reduce((a, b) => a + b, 0);

	return {
		tables: checked.tables,
		extensions: pkg.extensions,
		unmapped,
		issues,
		rejected,
		releases: pkg.releases,
		ocids: pkg.compiled.length,
		skipped,
		summary: {
			files: inputs.length,
			releases: pkg.releases,
			ocids: pkg.compiled.length,
			// After the reference check: what actually loads.
			accepted: { ...accepted, procurements: checked.tables.procurements.length, lots: checked.tables.lots.length, contracts: checked.tables.contracts.length },
			refused,
			refusedAmounts,
			regions: [...regionCount.values()],
			missing
		}
	};
}

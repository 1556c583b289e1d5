/**
 * The fields an OCDS release may carry that the importer knows: OCDS 1.1.5 core plus the lots
 * extension, which ocds.ts maps. Anything else in a release (publisher-specific fields,
 * other extensions) is reported verbatim by unknownFields, so nothing is silently dropped.
 *
 * The core table is derived from data/ocds/release-schema-1.1.5.json (ocds-fields.test.ts
 * derives it again from that file and compares), kept as code so the browser bundle does not
 * carry the 100 kB schema. Per field: 0 = a value we do not look inside, 1 = a text that may
 * have language variants (title_nl, name_hy, …), 'Name' = an object (or array of objects)
 * of that definition, {…} = an inline object; {} = a free-form object whose keys are all
 * unknown (Organization.details, which OCDS leaves to extensions).
 */
export type FieldSpec = 0 | 1 | string | Fields;
export interface Fields {
	[name: string]: FieldSpec;
}

export const OCDS_1_1_5_FIELDS: Record<string, Fields> = {
	Release: { ocid: 0, id: 0, date: 0, tag: 0, initiationType: 0, parties: 'Organization', buyer: 'OrganizationReference', planning: 'Planning', tender: 'Tender', awards: 'Award', contracts: 'Contract', language: 0, relatedProcesses: 'RelatedProcess' },
	Planning: { rationale: 1, budget: 'Budget', documents: 'Document', milestones: 'Milestone' },
	Tender: { id: 0, title: 1, description: 1, status: 0, procuringEntity: 'OrganizationReference', items: 'Item', value: 'Value', minValue: 'Value', procurementMethod: 0, procurementMethodDetails: 0, procurementMethodRationale: 1, mainProcurementCategory: 0, additionalProcurementCategories: 0, awardCriteria: 0, awardCriteriaDetails: 1, submissionMethod: 0, submissionMethodDetails: 1, tenderPeriod: 'Period', enquiryPeriod: 'Period', hasEnquiries: 0, eligibilityCriteria: 1, awardPeriod: 'Period', contractPeriod: 'Period', numberOfTenderers: 0, tenderers: 'OrganizationReference', documents: 'Document', milestones: 'Milestone', amendments: 'Amendment', amendment: 'Amendment' },
	Award: { id: 0, title: 1, description: 1, status: 0, date: 0, value: 'Value', suppliers: 'OrganizationReference', items: 'Item', contractPeriod: 'Period', documents: 'Document', amendments: 'Amendment', amendment: 'Amendment' },
	Contract: { id: 0, awardID: 0, title: 1, description: 1, status: 0, period: 'Period', value: 'Value', items: 'Item', dateSigned: 0, documents: 'Document', implementation: 'Implementation', relatedProcesses: 'RelatedProcess', milestones: 'Milestone', amendments: 'Amendment', amendment: 'Amendment' },
	Implementation: { transactions: 'Transaction', milestones: 'Milestone', documents: 'Document' },
	Milestone: { id: 0, title: 1, type: 0, description: 1, code: 0, dueDate: 0, dateMet: 0, dateModified: 0, status: 0, documents: 'Document' },
	Document: { id: 0, documentType: 0, title: 1, description: 1, url: 0, datePublished: 0, dateModified: 0, format: 0, language: 0 },
	Budget: { id: 0, description: 1, amount: 'Value', project: 1, projectID: 0, uri: 0, source: 1 },
	Transaction: { id: 0, source: 0, date: 0, value: 'Value', payer: 'OrganizationReference', payee: 'OrganizationReference', uri: 0, amount: 'Value', providerOrganization: 'Identifier', receiverOrganization: 'Identifier' },
	OrganizationReference: { name: 0, id: 0, identifier: 'Identifier', address: 'Address', additionalIdentifiers: 'Identifier', contactPoint: 'ContactPoint' },
	Organization: { name: 1, id: 0, identifier: 'Identifier', additionalIdentifiers: 'Identifier', address: 'Address', contactPoint: 'ContactPoint', roles: 0, details: {} },
	Item: { id: 0, description: 1, classification: 'Classification', additionalClassifications: 'Classification', quantity: 0, unit: { scheme: 0, id: 0, name: 1, value: 'Value', uri: 0 } },
	Amendment: { date: 0, rationale: 1, id: 0, description: 0, amendsReleaseID: 0, releaseID: 0, changes: { property: 0, former_value: 0 } },
	Classification: { scheme: 0, id: 0, description: 1, uri: 0 },
	Identifier: { scheme: 0, id: 0, legalName: 1, uri: 0 },
	Address: { streetAddress: 0, locality: 0, region: 0, postalCode: 0, countryName: 1 },
	ContactPoint: { name: 1, email: 0, telephone: 0, faxNumber: 0, url: 0 },
	Value: { amount: 0, currency: 0 },
	Period: { startDate: 0, endDate: 0, maxExtentDate: 0, durationInDays: 0 },
	RelatedProcess: { id: 0, relationship: 0, title: 0, scheme: 0, identifier: 0, uri: 0 }
};

/** Lots extension v1.1 (open-contracting-extensions/ocds_lots_extension). */
export const LOTS_EXTENSION_FIELDS: Record<string, Fields> = {
	Tender: { lots: 'Lot', lotDetails: { maximumLotsBidPerSupplier: 0, maximumLotsAwardedPerSupplier: 0 }, lotGroups: 'LotGroup' },
	Item: { relatedLot: 0 },
	Award: { relatedLots: 0 },
	Document: { relatedLots: 0 },
	Milestone: { relatedLots: 0 },
	Lot: { id: 0, title: 1, description: 1, status: 0, value: 'Value', contractPeriod: 'Period' },
	LotGroup: { id: 0, relatedLots: 0, optionToCombine: 0, maximumValue: 'Value' }
};

const KNOWN: Record<string, Fields> = { ...OCDS_1_1_5_FIELDS };
for (const [name, fields] of Object.entries(LOTS_EXTENSION_FIELDS)) KNOWN[name] = { ...KNOWN[name], ...fields };

/** Package-level fields of OCDS 1.1 release and record packages. */
export const PACKAGE_FIELDS = new Set(['uri', 'version', 'extensions', 'publishedDate', 'releases', 'records', 'publisher', 'license', 'publicationPolicy', 'packages']);
export const RECORD_FIELDS = new Set(['ocid', 'releases', 'compiledRelease', 'versionedRelease']);

export interface FoundField {
	/** JSON path from the package root, e.g. releases[3].tender.procurementMethodDetails_hy */
	path: string;
	value: unknown;
}

const LANGUAGE_VARIANT = /^(\w+?)_([A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*)$/;

export const childPath = (path: string, key: string) =>
	/^[A-Za-z_$][\w$]*$/.test(key) ? (path ? `${path}.${key}` : key) : `${path}[${JSON.stringify(key)}]`;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Fields in `value` (a release by default) that are not in KNOWN, each with its value, verbatim. */
export function unknownFields(value: unknown, path: string, spec: FieldSpec = 'Release'): FoundField[] {
	const found: FoundField[] = [];
	walk(value, path, spec, found);
	return found;
}

function walk(value: unknown, path: string, spec: FieldSpec, found: FoundField[]): void {
	if (spec === 0 || spec === 1) return;
	if (Array.isArray(value)) {
		value.forEach((v, i) => walk(v, `${path}[${i}]`, spec, found));
		return;
	}
	if (!isObject(value)) return;
	const fields = typeof spec === 'string' ? (KNOWN[spec] ?? {}) : spec;
	for (const [key, v] of Object.entries(value)) {
		const known = fields[key];
		if (known !== undefined) walk(v, childPath(path, key), known, found);
		else if (fields[LANGUAGE_VARIANT.exec(key)?.[1] ?? ''] === 1) continue;
		else found.push({ path: childPath(path, key), value: v });
	}
}

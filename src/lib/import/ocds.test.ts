import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOcds, IMPLICIT_LOT, type OcdsImportOptions } from '$lib/import/ocds';
import { originOf, type ValidationIssue } from '$lib/import/validate';
import jeugdPackage from './fixtures/ocds-jeugd-release-package.json';
import { municipalities2025 } from './fixtures/municipalities-2025';

const where = (issues: ValidationIssue[]) => issues.map((i) => ({ row: i.row, field: i.field, severity: i.severity ?? 'error' }));
const JZ12: OcdsImportOptions = { regionId: 'JZ12', domain: 'jeugd', municipalities: municipalities2025 };
const OCID = 'ocds-jz12-2024-001';

describe('importOcds: Dutch release package with two releases, lots and awards', () => {
	// PC4 lookup as the app would supply it from CBS data.
	const municipalityOf = ({ postcode }: { postcode: string | null }) => (postcode === '1012' ? 'GM0363' : null);
	const result = importOcds(jeugdPackage, 'jz12.json', { ...JZ12, municipalityOf });
	const { tables } = result;

	it('compiles both releases into one procurement (latest date wins per field)', () => {
		expect(result.releases).toBe(2);
		expect(result.ocids).toBe(1);
		expect(tables.procurements).toEqual([
			{
				id: OCID,
				regionId: 'JZ13', // the buyers' jeugdregio (Amsterdam-Amstelland), not the choice JZ12
				domain: 'jeugd',
				title: 'Jeugdhulp regio Voorbeeld 2025-2028',
				procurementMethod: 'open',
				procurementMethodDetails: 'open-house',
				fundingModel: 'outputgericht', // found in tender.description
				publicationDate: '2024-03-01',
				decisionDate: '2024-09-10', // earliest active award; the cancelled one is earlier
				startDate: '2025-01-01',
				endDate: '2028-12-31',
				extensionYears: 2, // maxExtentDate 2030-12-31
				estimatedValue: 3_000_000, // 12 M over 4 years
				numberOfTenderers: 14, // the award release (later) updated 0 → 14
				documentUrl: 'https://www.tenderned.nl/aankondigingen/overzicht/123456', // relative URL skipped
				source: 'ocds:jz12.json'
			}
		]);
	});

	it('takes participants from the buyers recognised as municipalities', () => {
		expect(tables.procurementParticipants).toEqual([
			{ procurementId: OCID, municipalityCode: 'GM0363', source: 'ocds:jz12.json' },
			{ procurementId: OCID, municipalityCode: 'GM0437', source: 'ocds:jz12.json' }
		]);
	});

	it('maps lots with iJw category and product code from their items', () => {
		expect(tables.lots).toEqual([
			{ id: `${OCID}/1`, procurementId: OCID, title: 'Ambulante jeugdhulp', category: '45', productCode: '45A48', numberOfTenderers: null, source: 'ocds:jz12.json' },
			{ id: `${OCID}/2`, procurementId: OCID, title: 'Jeugdhulp met verblijf', category: '43', productCode: null, numberOfTenderers: null, source: 'ocds:jz12.json' }
		]);
	});

	it('makes one contract per award × supplier; value only when the award has one supplier', () => {
		const base = { clients: null, role: 'main', mainContractorId: null, pgbPossible: null, source: 'ocds:jz12.json' };
		expect(tables.contracts).toEqual([
			{ id: `${OCID}/a1/12345678`, lotId: `${OCID}/1`, providerId: '12345678', startDate: '2025-01-01', endDate: '2028-12-31', value: null, ...base },
			{ id: `${OCID}/a1/org-jeugd-oost`, lotId: `${OCID}/1`, providerId: 'org-jeugd-oost', startDate: '2025-01-01', endDate: '2028-12-31', value: null, ...base },
			// contract c-a2: 2 M over 2025–2026 → 1 M per year
			{ id: `${OCID}/a2`, lotId: `${OCID}/2`, providerId: '41234567', startDate: '2025-01-01', endDate: '2026-12-31', value: 1_000_000, ...base }
		]);
	});

	it('makes providers from suppliers and tenderers, KvK number as id where given', () => {
		expect(tables.providers.map((p) => [p.id, p.name, p.kvk])).toEqual([
			['12345678', 'Zorg BV', '12345678'],
			['org-jeugd-oost', 'Jeugd Oost', null],
			['41234567', 'Stichting Verblijf', '41234567'],
			['org-niet-gegund', 'Stichting Niet Gegund', null]
		]);
		expect(tables.providerLocations).toEqual([
			{ providerId: '12345678', locationId: 'adres', name: 'Zorg BV', place: 'Amsterdam', municipalityCode: 'GM0363', postcode: '1012', source: 'ocds:jz12.json' }
		]);
		expect(result.skipped).toEqual({ planningOnly: 0, awardsNotActive: 1, locationsWithoutMunicipality: 1 });
	});

	it('keeps unknown fields verbatim and reports assumptions as notices', () => {
		expect(result.extensions).toEqual(jeugdPackage.extensions);
		expect(result.unmapped).toEqual([{ ocid: OCID, path: 'releases[1].tender.tenderNedKenmerk', value: 'TN-123456', reason: 'unknown-field' }]);
		expect(result.issues.map((i) => ({ ...i, nl: undefined, en: undefined }))).toEqual([
			{ file: 'jz12.json', row: null, field: 'extensions', value: 'https://example.org/ocds/tenderned-extension.json', severity: 'notice', nl: undefined, en: undefined },
			{ file: 'jz12.json', row: 1, field: 'buyer', severity: 'notice', nl: undefined, en: undefined }, // 'Regiobureau Jeugd' is no municipality
			{ file: 'jz12.json', row: 1, field: 'awards[2].status', value: 'cancelled', severity: 'notice', nl: undefined, en: undefined },
			{ file: 'jz12.json', row: null, field: 'parties.address', severity: 'notice', nl: undefined, en: undefined }
		]);
		expect(result.issues[2]!.nl).toBe(`Gunning met status 'cancelled' (niet actief): geen contract ingelezen. (ocid ${OCID})`);
		expect(result.rejected).toBe(0);
		// Row origin: the latest release of the ocid (releases[0] here), for later reference checks.
		expect(originOf(tables.contracts[0]!)).toEqual({ file: 'jz12.json', row: 1 });
	});
});

/** A compiled release for the wmo record-package tests. */
function wmoRelease(tender: Record<string, unknown>, extra: Record<string, unknown> = {}) {
	return {
		ocid: 'ocds-wmo-1',
		id: '1',
		date: '2025-05-01T00:00:00Z',
		tag: ['compiled'],
		parties: [{ id: 'GM0243', name: 'Gemeente Harderwijk', roles: ['buyer'] }],
		tender: { title: 'Begeleiding Wmo', contractPeriod: { startDate: '2026-01-01', endDate: '2026-12-31' }, ...tender },
		...extra
	};
}

describe('importOcds: record package and procedure mapping', () => {
	const WMO: OcdsImportOptions = { regionId: 'WM01', domain: 'wmo', fundingModel: 'taakgericht', municipalities: municipalities2025 };

	it('reads compiledRelease, books lot-less awards on an implicit lot with the default wmo category', () => {
		const pkg = {
			uri: 'x',
			publisher: { name: 'x' },
			publishedDate: '2025-05-01',
			version: '1.1',
			records: [
				{
					ocid: 'ocds-wmo-1',
					compiledRelease: wmoRelease(
						{ procurementMethod: 'limited', procurementMethodDetails: 'Bestuurlijk aanbesteden' },
						{ awards: [{ id: 'g1', suppliers: [{ id: 'NL-KVK-87654321', name: 'Thuis BV' }], value: { amount: 50000, currency: 'EUR' } }] }
					)
				},
				{ ocid: 'ocds-wmo-2', releases: [{ url: 'https://example.org/r/1.json', date: '2025-01-01', tag: ['tender'] }] }
			]
		};
		const result = importOcds(pkg, 'wmo.json', WMO);
		expect(result.tables.procurements.map((p) => [p.id, p.procurementMethod, p.procurementMethodDetails, p.fundingModel])).toEqual([
			['ocds-wmo-1', 'limited', 'bestuurlijk-aanbesteden', 'taakgericht']
		]);
		expect(result.tables.lots).toEqual([
			{ id: `ocds-wmo-1/${IMPLICIT_LOT}`, procurementId: 'ocds-wmo-1', title: 'Begeleiding Wmo', category: '10', productCode: null, numberOfTenderers: null, source: 'ocds:wmo.json' }
		]);
		expect(result.tables.contracts.map((c) => [c.id, c.lotId, c.providerId, c.value])).toEqual([['ocds-wmo-1/g1', `ocds-wmo-1/${IMPLICIT_LOT}`, 'NL-KVK-87654321', 50000]]);
		expect(where(result.issues)).toEqual([
			{ row: 2, field: 'releases', severity: 'error' }, // linked releases only (package problems come first)
			{ row: 1, field: 'tender', severity: 'notice' } // default category 10 for the implicit lot
		]);
		expect(result.issues[1]!.nl).toBe("Geen iJw/iWmo-categorie gevonden bij dit perceel; categorie '10' (maatwerk) aangenomen. (ocid ocds-wmo-1)");
	});

	it.each([
		['selective', 'Niet-openbare procedure', 'selective', 'europees-niet-openbaar'],
		['limited', 'Meervoudig onderhandse procedure', 'limited', 'meervoudig-onderhands'],
		['open', 'Nationaal openbare procedure', 'open', 'nationaal-openbaar']
	])('%s + %s → %s / %s, recognised without a notice', (method, details, expectedMethod, expectedType) => {
		const result = importOcds({ releases: [wmoRelease({ procurementMethod: method, procurementMethodDetails: details })] }, 'p.json', WMO);
		expect(result.tables.procurements.map((p) => [p.procurementMethod, p.procurementMethodDetails])).toEqual([[expectedMethod, expectedType]]);
		expect(where(result.issues)).toEqual([]);
		expect(result.unmapped).toEqual([]);
	});

	it.each([
		['direct', undefined, 'direct', 'enkelvoudig-onderhands'],
		['open', 'NPA (Negotiated Procedure with Preliminary Announcement)', 'open', 'europees-openbaar']
	])('%s + %s → %s / %s, with a notice and the text kept', (method, details, expectedMethod, expectedType) => {
		const pkg = { releases: [wmoRelease({ procurementMethod: method, procurementMethodDetails: details })] };
		const result = importOcds(pkg, 'p.json', WMO);
		expect(result.tables.procurements.map((p) => [p.procurementMethod, p.procurementMethodDetails])).toEqual([[expectedMethod, expectedType]]);
		expect(where(result.issues)).toEqual([{ row: 1, field: 'tender.procurementMethodDetails', severity: 'notice' }]);
		expect(result.unmapped).toEqual(details ? [{ ocid: 'ocds-wmo-1', path: 'releases[0].tender.procurementMethodDetails', value: details, reason: 'unrecognised-value' }] : []);
	});

	it('derives procurementMethod from a recognised Dutch procedure when it is missing', () => {
		const result = importOcds({ releases: [wmoRelease({ procurementMethodDetails: 'Europese openbare aanbesteding' })] }, 'p.json', WMO);
		expect(result.tables.procurements.map((p) => [p.procurementMethod, p.procurementMethodDetails])).toEqual([['open', 'europees-openbaar']]);
		expect(where(result.issues)).toEqual([{ row: 1, field: 'tender.procurementMethod', severity: 'notice' }]);
	});

	it('turns an invalid procurement into issues naming canonical field, ocid and OCDS path', () => {
		const result = importOcds({ releases: [{ ocid: 'x' }, wmoRelease({ procurementMethod: 'open', procurementMethodDetails: 'Open house', title: undefined })] }, 'p.json', WMO);
		expect(result.tables.procurements).toEqual([]);
		expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([
			{
				file: 'p.json',
				row: 2,
				field: 'procurements.title',
				nl: 'ontbreekt; verwacht tekst (ocid ocds-wmo-1, uit releases[1].tender.title)',
				en: 'missing; expected text (ocid ocds-wmo-1, from releases[1].tender.title)'
			}
		]);
		expect(result.rejected).toBe(1);
		expect(result.skipped.planningOnly).toBe(1); // ocid 'x' has nothing but an id
	});

	it('says that an invalid region comes from the import choice, not from the file', () => {
		const result = importOcds({ releases: [wmoRelease({ procurementMethod: 'open', procurementMethodDetails: 'open house' })] }, 'p.json', { ...WMO, regionId: '' });
		expect(result.issues.map((i) => [i.row, i.field, i.nl])).toEqual([
			[1, 'procurements.regionId', 'te klein of te kort (minimaal 1) (ocid ocds-wmo-1, uit de keuze bij het inlezen)']
		]);
	});

	it('refuses a non-EUR amount (never charted as euros), naming file, ocid, field and currency', () => {
		const result = importOcds({ releases: [wmoRelease({ procurementMethod: 'open', procurementMethodDetails: 'open house', value: { amount: 900, currency: 'USD' } })] }, 'p.json', WMO);
		expect(result.tables.procurements[0]!.estimatedValue).toBeNull();
		expect(result.issues).toEqual([
			{
				file: 'p.json',
				row: 1,
				field: 'tender.value.currency',
				value: 'USD',
				severity: 'error',
				nl: 'p.json: het bedrag in tender.value.amount staat in USD, niet in euro. Dit bedrag is niet geladen (onbekend); Regiozicht rekent niet om. (ocid ocds-wmo-1)',
				en: 'p.json: the amount in tender.value.amount is in USD, not euros. This amount was not loaded (unknown); Regiozicht does not convert. (ocid ocds-wmo-1)'
			}
		]);
		expect(result.summary.refusedAmounts).toBe(1);
	});
});

describe('importOcds: input that is not an OCDS package', () => {
	it.each([
		['a number', 42, /^Dit is geen OCDS-bestand/],
		['broken JSON text', '{"releases": [', /^Dit is geen geldige JSON/],
		['an object without ocid, releases or records', { foo: 1 }, /^Dit is geen OCDS-bestand/]
	])('%s → one clear issue, no rows, no throw', (_, input, message) => {
		const result = importOcds(input, 'upload.json', JZ12);
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]).toMatchObject({ file: 'upload.json', row: null, field: null });
		expect(result.issues[0]!.nl).toMatch(message);
		expect(Object.values(result.tables).every((rows) => rows.length === 0)).toBe(true);
	});
});

describe('importOcds: real Armenian release package (data/ocds, ARMEPS 2018)', () => {
	const json: unknown = JSON.parse(readFileSync('data/ocds/armenia-armeps-release-package-2018.json', 'utf8'));
	const result = importOcds(json, 'armenia.json', JZ12);

	it('refuses every tender: the buyers are Armenian, so nothing is charted as a Dutch region', () => {
		// 100 releases, 100 distinct ocids; 73 have only planning; the 27 with a tender all have
		// an Armenian buyer (countryName 'AM', identifier scheme AM-TIN).
		expect(result.releases).toBe(100);
		expect(result.ocids).toBe(100);
		expect(Object.values(result.tables).every((rows) => rows.length === 0)).toBe(true);
		expect(result.summary.refused).toEqual({ foreignBuyer: 27, unrecognisedBuyer: 0, planningOnly: 73, invalid: 0 });
		const errors = result.issues.filter((i) => i.severity !== 'notice');
		expect(errors).toHaveLength(27);
		expect(errors[0]!.nl).toMatch(/^Niet geladen: de koper '.+' is geen Nederlandse gemeente \(AM\)\./);
		expect(errors.every((i) => i.field === 'buyer' && i.value === 'AM')).toBe(true);
	});

	it('keeps every unknown field verbatim, per ocid and JSON path', () => {
		expect(result.extensions).toHaveLength(2);
		expect(result.unmapped).toContainEqual({ ocid: null, path: 'next_page', value: { uri: 'https://armeps.am/ocds/release?limit=100&offset=1513857332185' }, reason: 'unknown-field' });
		expect(result.unmapped.filter((u) => u.path.endsWith('.tender.procurementMethodDetails_hy'))).toHaveLength(27);
		expect(result.unmapped.filter((u) => /^releases\[\d+\]\.bids$/.test(u.path))).toHaveLength(22);
	});
});

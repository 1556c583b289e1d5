/**
 * Real OCDS publications as TenderNed and Contracts Finder publish them: one JSON per release,
 * packages of both kinds, missing optional fields, other currencies, foreign buyers.
 * Fixtures: src/lib/import/fixtures/ocds-single/*.json and ocds-re*-package*.json (made up).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { importOcdsFiles, type OcdsImportOptions } from '$lib/import/ocds';
import { merge } from '$lib/import/ocds-package';
import { readUserFiles } from '$lib/import/read-file';
import { municipalities2025 } from './fixtures/municipalities-2025';

const load = (name: string) => ({ file: name.replace(/^.*\//, ''), json: JSON.parse(readFileSync(`src/lib/import/fixtures/${name}`, 'utf8')) as unknown });
const single = (name: string) => load(`ocds-single/${name}`);
const options: OcdsImportOptions = { regionId: 'JZ01', domain: 'jeugd', municipalities: municipalities2025 };
const errors = (r: ReturnType<typeof importOcdsFiles>) => r.issues.filter((i) => i.severity !== 'notice');

describe('single releases, many files at once, merged by ocid', () => {
	// Chosen in the "wrong" order on purpose: the merge goes by release date, not by file order.
	const files = ['nv-001-3-contract.json', 'nv-001-1-tender.json', 'nv-001-2-award.json'].map(single);
	const result = importOcdsFiles(files, options);
	const p = result.tables.procurements[0]!;

	it('reads three files as three releases of one ocid, compiled into one procurement', () => {
		expect(result.summary).toMatchObject({ files: 3, releases: 3, ocids: 1, accepted: { procurements: 1, lots: 2, awards: 2, contracts: 2 } });
		expect(result.tables.procurements.map((x) => x.id)).toEqual(['ocds-nv-2025-001']);
		expect(errors(result)).toEqual([]);
	});

	it('takes each field from the latest release that states it', () => {
		expect(p.title).toBe('Jeugdhulp Noord-Veluwe 2025-2027'); // award release (March) renamed the January tender
		expect(p.numberOfTenderers).toBe(5); // only in the award release
		expect(p.procurementMethodDetails).toBe('open-house'); // only in the tender release, kept
		expect(p.publicationDate).toBe('2025-01-10');
	});

	it('merges awards by id: the contract release adds a period to award a1 without losing its supplier', () => {
		expect(result.tables.contracts.map((c) => [c.id, c.lotId, c.providerId, c.startDate, c.endDate, c.value])).toEqual([
			['ocds-nv-2025-001/a1', 'ocds-nv-2025-001/L1', '11111111', '2025-05-01', '2027-04-30', 300000], // 600 000 over 2 years
			['ocds-nv-2025-001/a2', 'ocds-nv-2025-001/L2', '22222222', '2025-05-01', '2027-04-30', null] // award without value: unknown
		]);
		// The tender has no contractPeriod: the procurement's dates come from the contract.
		expect([p.startDate, p.endDate, p.estimatedValue]).toEqual(['2025-05-01', '2027-04-30', 2_000_000]);
	});

	it('maps buyers by name (case, "Gemeente " prefix ignored) and by CBS code, and takes their region', () => {
		expect(result.tables.procurementParticipants.map((x) => x.municipalityCode)).toEqual(['GM0243', 'GM0233']);
		expect(p.regionId).toBe('JZ12'); // Noord-Veluwe, from the buyers, although the choice was JZ01
		expect(result.summary.regions).toEqual([{ regionId: 'JZ12', from: 'buyers', procurements: 1 }]);
	});

	it('gives the same result whatever order the files are chosen in', () => {
		const again = importOcdsFiles(['nv-001-1-tender.json', 'nv-001-2-award.json', 'nv-001-3-contract.json'].map(single), options);
		expect(again.tables).toEqual(result.tables);
	});

	it('reads a release chosen twice once', () => {
		const twice = importOcdsFiles([...files, single('nv-001-2-award.json')], options);
		expect(twice.summary.releases).toBe(3);
		expect(twice.tables.contracts).toHaveLength(2);
	});
});

describe('missing optional fields are unknown, not a rejection', () => {
	const result = importOcdsFiles([single('nv-002-tender.json')], options);

	it('loads a tender without contractPeriod, value, lots, bids or awards, with NULLs', () => {
		expect(errors(result)).toEqual([]);
		expect(result.tables.procurements).toEqual([
			expect.objectContaining({ id: 'ocds-nv-2025-002', regionId: 'JZ12', startDate: null, endDate: null, estimatedValue: null, numberOfTenderers: null, extensionYears: 0 })
		]);
		expect(result.tables.procurementParticipants.map((x) => x.municipalityCode)).toEqual(['GM0302']); // "Gemeente Nunspeet"
		expect(result.tables.lots).toEqual([]); // no lots and no awards: nothing to book
	});

	it('counts per field what was missing', () => {
		expect(result.summary.missing).toEqual({
			buyer: 0,
			'tender.contractPeriod': 1,
			'tender.value': 1,
			'tender.lots': 1,
			'tender.numberOfTenderers': 1,
			awards: 1,
			'awards.value': 0,
			classification: 0
		});
	});
});

describe('currency and buyer rules', () => {
	it('refuses GBP amounts (the tender loads, its amounts are unknown) with file, ocid, field and currency named', () => {
		const result = importOcdsFiles([single('nv-003-gbp.json')], options);
		expect(result.tables.procurements.map((x) => [x.id, x.estimatedValue])).toEqual([['ocds-nv-2025-003', null]]);
		expect(result.tables.contracts.map((x) => x.value)).toEqual([null]);
		expect(errors(result).map((i) => [i.file, i.field, i.value])).toEqual([
			['nv-003-gbp.json', 'tender.value.currency', 'GBP'],
			['nv-003-gbp.json', 'awards[0].value.currency', 'GBP']
		]);
		expect(errors(result)[0]!.nl).toBe(
			'nv-003-gbp.json: het bedrag in tender.value.amount staat in GBP, niet in euro. Dit bedrag is niet geladen (onbekend); Regiozicht rekent niet om. (ocid ocds-nv-2025-003)'
		);
		expect(result.summary.refusedAmounts).toBe(2);
	});

	it('refuses a tender whose buyer is not Dutch, even with a region chosen and "load anyway" on', () => {
		for (const unrecognisedBuyers of ['refuse', 'chosen-region'] as const) {
			const result = importOcdsFiles([single('uk-004-foreign-buyer.json')], { ...options, unrecognisedBuyers });
			expect(Object.values(result.tables).every((rows) => rows.length === 0)).toBe(true);
			expect(result.summary.refused.foreignBuyer).toBe(1);
			expect(errors(result).map((i) => [i.file, i.field, i.value])).toEqual([['uk-004-foreign-buyer.json', 'buyer', 'United Kingdom']]);
			expect(errors(result)[0]!.en).toBe(
				"Not loaded: the buyer 'Harrogate Borough Council' is not a Dutch municipality (United Kingdom). Regiozicht only shows purchases by Dutch municipalities. (ocid ocds-b5fd17-uk-004)"
			);
		}
	});

	it('asks about a buyer known only by OIN: refused until the user says it belongs to the chosen region', () => {
		const pkg = load('ocds-release-package-oin.json');
		const refused = importOcdsFiles([pkg], options);
		expect(refused.tables.procurements).toEqual([]);
		expect(refused.summary.refused.unrecognisedBuyer).toBe(1);
		expect(errors(refused)[0]!.nl).toMatch(/^Niet geladen: de koper 'NL-OIN 00000001002220647000' is geen gemeente die Regiozicht herkent .*OIN- en KvK-nummers van gemeenten kennen we niet.*gekozen regio 'JZ01'/);

		const loaded = importOcdsFiles([pkg], { ...options, unrecognisedBuyers: 'chosen-region' });
		expect(loaded.tables.procurements.map((x) => [x.id, x.regionId, x.estimatedValue])).toEqual([['ocds-pkg-oin-1', 'JZ01', null]]); // the later release set value to null: removed
		expect(loaded.tables.procurementParticipants).toEqual([]);
		expect(loaded.summary.regions).toEqual([{ regionId: 'JZ01', from: 'choice', procurements: 1 }]);
	});

	it('record package: merges embedded releases (KvK-only buyer asked about) and uses compiledRelease (OIN ignored, found by name)', () => {
		const result = importOcdsFiles([load('ocds-record-package.json')], options);
		expect(result.summary).toMatchObject({ files: 1, releases: 3, ocids: 2 });
		expect(result.tables.procurements.map((x) => [x.id, x.regionId])).toEqual([['ocds-rec-compiled-2', 'JZ12']]); // Putten
		expect(errors(result).map((i) => [i.field, i.value])).toEqual([['buyer', 'NL-KVK 44444444']]);

		const anyway = importOcdsFiles([load('ocds-record-package.json')], { ...options, unrecognisedBuyers: 'chosen-region' });
		expect(anyway.tables.contracts.map((c) => [c.id, c.providerId, c.startDate, c.value])).toEqual([['ocds-rec-kvk-1/g1', '55555555', '2025-04-01', 100000]]);
	});

	it('reads files of several kinds at once', () => {
		const result = importOcdsFiles(
			[single('nv-001-1-tender.json'), single('nv-001-2-award.json'), load('ocds-record-package.json'), load('ocds-release-package-oin.json'), single('uk-004-foreign-buyer.json')],
			options
		);
		expect(result.summary).toMatchObject({ files: 5, releases: 8, ocids: 5, refused: { foreignBuyer: 1, unrecognisedBuyer: 2, planningOnly: 0, invalid: 0 } });
		expect(result.tables.procurements.map((x) => x.id).sort()).toEqual(['ocds-nv-2025-001', 'ocds-rec-compiled-2']);
	});

	it('uses the chosen region when there is no buyer at all, and says so', () => {
		const json = { ocid: 'ocds-x-1', id: '1', date: '2025-01-01', tender: { title: 'Zonder koper', procurementMethod: 'open' } };
		const result = importOcdsFiles([{ file: 'x.json', json }], options);
		expect(result.tables.procurements.map((x) => x.regionId)).toEqual(['JZ01']);
		expect(result.summary.missing.buyer).toBe(1);
		expect(result.issues.find((i) => i.field === 'buyer')?.nl).toMatch(/^Geen koper in de gegevens; geladen onder de gekozen regio 'JZ01'/);
	});
});

describe('OCDS merge rules', () => {
	it('latest value per field wins; null removes; id arrays merge by id; other arrays are replaced', () => {
		const a = { tender: { title: 'A', value: { amount: 1 }, items: [{ id: '1', x: 1 }], tag: ['t'] }, awards: [{ id: 'a', status: 'pending', value: { amount: 5 } }] };
		const b = { tender: { title: 'B', value: null, tag: ['u'] }, awards: [{ id: 'a', status: 'active' }, { id: 'b', status: 'active' }] };
		expect(merge(a, b)).toEqual({
			tender: { title: 'B', items: [{ id: '1', x: 1 }], tag: ['u'] },
			awards: [
				{ id: 'a', status: 'active', value: { amount: 5 } },
				{ id: 'b', status: 'active' }
			]
		});
	});
});

describe('readUserFiles: the JSON files chosen together on /eigen-data', () => {
	const bytes = (name: string) => ({ name, bytes: new Uint8Array(readFileSync(`src/lib/import/fixtures/ocds-single/${name}`)) });

	it('reads them as one OCDS set, names a broken file and still reads the others', () => {
		const result = readUserFiles([bytes('nv-001-1-tender.json'), { name: 'kapot.json', bytes: new TextEncoder().encode('{"ocid": ') }, bytes('nv-001-2-award.json')], options);
		expect(result.file).toBe('nv-001-1-tender.json + 2');
		expect(result.files).toEqual(['nv-001-1-tender.json', 'kapot.json', 'nv-001-2-award.json']);
		expect(result.ocds).toMatchObject({ files: 3, releases: 2, ocids: 1 });
		expect(result.tables.procurements).toHaveLength(1);
		expect(result.issues.filter((i) => i.severity !== 'notice').map((i) => [i.file, i.nl.startsWith('kapot.json: dit is geen geldige JSON:')])).toEqual([['kapot.json', true]]);
	});

	it('reads one file as before, with its OCDS summary', () => {
		const result = readUserFiles([bytes('nv-002-tender.json')], options);
		expect(result.file).toBe('nv-002-tender.json');
		expect(result.ocds?.accepted.procurements).toBe(1);
	});
});

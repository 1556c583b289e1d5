import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseCsv } from '../../src/lib/import/csv';
import { waitingTimes as waitingTimesTable, providerLocations as locationsTable } from '../../src/lib/schema/index';
import { parseWeeks, readNza } from './nza';

const DATA = join(import.meta.dirname, '../../data');
const HEADER = readFileSync(join(DATA, 'nza/nza_ggz_wachttijden_2018q1.csv'), 'utf8').split('\n')[0]!;

// Real rows from the NZa file (lines 8, 68, 77, 1374, 3332, 4735, 4745, 6182), chosen for:
// a merged 2018 code (0003 Appingedam → Eemsdelta), a provider with several sub-unit names
// (Altrecht), a combined-only figure (14 weken), an 'Onbekend' code, a decimal wait
// (4.5999999999999996), two entries differing only in their remark (Pep, insurer CZ, 'Stop'),
// and a pre-2018 code (0081 Stiens → Leeuwarden).
const ROWS = [
	'6000020,Instelling,N.v.t.,N.v.t.,N.v.t.,Accare,06290104|06290107|73730327,Appingedam,Appingedam,0003,N.v.t.,Adolescenten,,Geen onderscheid naar hoofddiagnosegroepen,Combi,https://www.accare.nl/professionals/verwijzen/wachttijden-per-locatie/,Onbekend,2018-02-27,,,3 weken,3,7 weken,7,,,',
	'6000070,Instelling,N.v.t.,N.v.t.,Altrecht,"Aventurijn, Wier",06290605|06290618,Den Dolder,Den Dolder,0355,N.v.t.,Volwassenen,Poli Wier,Geen onderscheid naar hoofddiagnosegroepen,SGGZ,https://www.fivoor.nl/locaties/wier-behandelcentrum-sglvg/,Onbekend,2018-02-27,,14 weken,,14,,-,,,',
	'6000070,Instelling,N.v.t.,N.v.t.,Altrecht,Altrecht F-ACT,06290605|06290618,Nieuwegein,Nieuwegein,0356,N.v.t.,Volwassenen,FACT,Geen onderscheid naar hoofddiagnosegroepen,SGGZ,https://www.altrecht.nl/zorgeenheid/f-act/,2018-02-07,2018-02-27,,,7 weken,7,,-,,,',
	'6001580,Instelling,N.v.t.,N.v.t.,N.v.t.,HSK Groep,73730802,Onbekend,Onbekend,Onbekend,N.v.t.,Volwassenen,Expertisecentrum Tics,Geen onderscheid naar hoofddiagnosegroepen,Combi,https://www.hsk.nl/client/praktische-informatie/wachttijden,2018-01-15,2018-02-27,,,8 weken,8,8 weken,8,,,',
	'6073090,PUK/PAAZ,N.v.t.,N.v.t.,N.v.t.,PUK AZM,54540007,Maastricht,Maastricht,0935,N.v.t.,Ouderen,Ouderen,Geen onderscheid naar hoofddiagnosegroepen,SGGZ,https://www.mumc.nl/patienten-en-bezoekers/specialisme/psychiatrie/wachtlijst,2018-02-08,2018-03-06,,,32 dagen,4.5999999999999996,0 weken,1,,,',
	'6088850,Instelling,N.v.t.,N.v.t.,N.v.t.,Pep psychologen,22220630,Amsterdam,Amsterdam,0363,N.v.t.,Volwassenen,Basis GGZ,Geen onderscheid naar hoofddiagnosegroepen,BGGZ,https://pep-psychologen.nl/behandeling/wachttijden/,2018-03-01,2018-03-07,Geen nieuwe aanmeldingen vanwege verplichte spreiding van het budget,,,Stop,,Stop,CZ,,',
	'6088850,Instelling,N.v.t.,N.v.t.,N.v.t.,Pep psychologen,22220630,Amsterdam,Amsterdam,0363,N.v.t.,Volwassenen,Basis GGZ,Geen onderscheid naar hoofddiagnosegroepen,BGGZ,https://pep-psychologen.nl/behandeling/wachttijden/,2018-03-01,2018-03-07,Aanmeldstop,,,Stop,,Stop,CZ,,',
	'7002120,Vrijgevestigde,Combi,Solo,N.v.t.,Psychologen praktijk Stiens,94002772,Stiens,Stiens,0081,N.v.t.,Volwassenen,,Geen onderscheid naar hoofddiagnosegroepen,Combi,http://www.psycholoogstiens.nl,Onbekend,2018-03-08,Er is een korte of geen wachttijd tussen aanmelding en het begin van de coaching.,,,Stop,,Stop,,,'
];

const dirs: string[] = [];
/** A data dir with the real CBS and reference files and the given NZa rows. */
function fixture(rows: string[]): string {
	const dir = mkdtempSync(join(tmpdir(), 'nza-'));
	dirs.push(dir);
	cpSync(join(DATA, 'cbs'), join(dir, 'cbs'), { recursive: true });
	cpSync(join(DATA, 'reference'), join(dir, 'reference'), { recursive: true });
	mkdirSync(join(dir, 'nza'));
	writeFileSync(join(dir, 'nza/nza_ggz_wachttijden_2018q1.csv'), [HEADER, ...rows].join('\n') + '\n');
	return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

const NORM = 'Treeknorm ggz: aanmelding tot intake max. 4 weken, intake tot behandeling max. 10 weken (NZa)';
const common = { p90Weeks: null, clientsWaiting: null, normWeeks: 14, normSource: NORM, source: 'nza-ggz-2018' };
const NO_GROUP = 'Geen onderscheid naar hoofddiagnosegroepen';

const pkDuplicates = (rows: Record<string, unknown>[], key: string[]) => {
	const keys = rows.map((r) => key.map((k) => String(r[k])).join('\u0000'));
	return keys.length - new Set(keys).size;
};

describe('parseWeeks', () => {
	it('reads points, commas and Excel float noise; free text is null', () => {
		expect(parseWeeks('7')).toBe(7);
		expect(parseWeeks(' 2,5 ')).toBe(2.5);
		expect(parseWeeks('4.5999999999999996')).toBe(4.6);
		expect(parseWeeks('1.1000000000000001')).toBe(1.1);
		for (const s of ['-', 'Stop', 'Onbekend', 'N.v.t.', '', '3 weken', '-1']) expect(parseWeeks(s)).toBeNull();
	});
});

describe('readNza on fixture rows', () => {
	const result = readNza(fixture(ROWS));

	it('maps providers, one per NZa id, also when all its rows are unresolved', () => {
		const p = (id: string, name: string, providerType: string) => ({ id, name, kvk: null, legalForm: null, providerType, source: 'nza-ggz-2018' });
		expect(result.providers).toEqual([
			p('nza-6000020', 'Accare', 'Instelling'),
			// several sub-unit names under one id → the organisation from provider_group
			p('nza-6000070', 'Altrecht', 'Instelling'),
			p('nza-6001580', 'HSK Groep', 'Instelling'),
			p('nza-6073090', 'PUK AZM', 'PUK/PAAZ'),
			p('nza-6088850', 'Pep psychologen', 'Instelling'),
			p('nza-7002120', 'Psychologen praktijk Stiens', 'Vrijgevestigde')
		]);
	});

	it('maps locations to 2025 municipalities with stable ids', () => {
		const l = (providerId: string, locationId: string, name: string, place: string, municipalityCode: string) => ({
			providerId,
			locationId,
			name,
			place,
			municipalityCode,
			postcode: null,
			source: 'nza-ggz-2018'
		});
		expect(result.providerLocations).toEqual([
			l('nza-6000020', 'appingedam-4a7cb88e', 'Appingedam', 'Appingedam', 'GM1979'), // 0003 merged into Eemsdelta
			l('nza-6000070', 'den-dolder-100046b9', 'Aventurijn, Wier – Den Dolder', 'Den Dolder', 'GM0355'),
			l('nza-6000070', 'nieuwegein-4dbce959', 'Altrecht F-ACT – Nieuwegein', 'Nieuwegein', 'GM0356'),
			l('nza-6073090', 'maastricht-1f398db0', 'Maastricht', 'Maastricht', 'GM0935'),
			l('nza-6088850', 'amsterdam-8eaef0d7', 'Amsterdam', 'Amsterdam', 'GM0363'),
			l('nza-7002120', 'stiens-23bc5e62', 'Stiens', 'Stiens', 'GM0080') // pre-2018 0081, by place name
		]);
	});

	it('maps waiting times', () => {
		expect(result.waitingTimes).toEqual([
			{
				...common,
				providerId: 'nza-6000020',
				locationId: 'appingedam-4a7cb88e',
				category: 'ggz-adolescenten',
				subCategory: `${NO_GROUP} · Combi`,
				municipalityCode: 'GM1979',
				month: '2018-02',
				medianWeeks: 10,
				registrationWeeks: 3,
				treatmentWeeks: 7,
				providerUrl: 'https://www.accare.nl/professionals/verwijzen/wachttijden-per-locatie/'
			},
			{
				// only a combined figure was published: it is the total, not the registration wait
				...common,
				providerId: 'nza-6000070',
				locationId: 'den-dolder-100046b9',
				category: 'ggz-volwassenen',
				subCategory: `${NO_GROUP} · SGGZ · Poli Wier`,
				municipalityCode: 'GM0355',
				month: '2018-02',
				medianWeeks: 14,
				registrationWeeks: null,
				treatmentWeeks: null,
				// a sub-unit of Altrecht publishes on another organisation's site: kept per row
				providerUrl: 'https://www.fivoor.nl/locaties/wier-behandelcentrum-sglvg/'
			},
			{
				// treatment wait unknown → no total
				...common,
				providerId: 'nza-6000070',
				locationId: 'nieuwegein-4dbce959',
				category: 'ggz-volwassenen',
				subCategory: `${NO_GROUP} · SGGZ · FACT`,
				municipalityCode: 'GM0356',
				month: '2018-02',
				medianWeeks: null,
				registrationWeeks: 7,
				treatmentWeeks: null,
				providerUrl: 'https://www.altrecht.nl/zorgeenheid/f-act/'
			},
			{
				...common,
				providerId: 'nza-6073090',
				locationId: 'maastricht-1f398db0',
				category: 'ggz-ouderen',
				subCategory: `${NO_GROUP} · SGGZ · Ouderen`,
				municipalityCode: 'GM0935',
				month: '2018-03',
				medianWeeks: 5.6,
				registrationWeeks: 4.6,
				treatmentWeeks: 1,
				providerUrl: 'https://www.mumc.nl/patienten-en-bezoekers/specialisme/psychiatrie/wachtlijst'
			},
			...[1, 2].map((n) => ({
				// same key apart from the free-text remark → numbered entries
				...common,
				providerId: 'nza-6088850',
				locationId: 'amsterdam-8eaef0d7',
				category: 'ggz-volwassenen',
				subCategory: `${NO_GROUP} · BGGZ · Basis GGZ · CZ · #${n}`,
				municipalityCode: 'GM0363',
				month: '2018-03',
				medianWeeks: null,
				registrationWeeks: null,
				treatmentWeeks: null,
				providerUrl: 'https://pep-psychologen.nl/behandeling/wachttijden/'
			})),
			{
				...common,
				providerId: 'nza-7002120',
				locationId: 'stiens-23bc5e62',
				category: 'ggz-volwassenen',
				subCategory: `${NO_GROUP} · Combi`,
				municipalityCode: 'GM0080',
				month: '2018-03',
				medianWeeks: null,
				registrationWeeks: null,
				treatmentWeeks: null,
				providerUrl: 'http://www.psycholoogstiens.nl'
			}
		]);
	});

	it('reports unresolved rows, place-name resolutions and non-numeric waits', () => {
		expect(result.report).toEqual({
			rows: 8,
			resolvedByPlaceName: [{ code2018: '0081', place: 'Stiens', code2025: 'GM0080', rows: 1 }],
			unresolved: [{ row: 5, reason: "gemeentecode 'Onbekend' is geen CBS-code (plaats 'Onbekend', locatie 'Onbekend')" }],
			nonNumericWaits: 8,
			nonNumericWaitValues: { '-': 2, Stop: 6 },
			numberedEntries: 2,
			rowsWithoutUrl: 0
		});
	});

	it('keeps a provider page only when it is a web address: a word becomes null, a bad address stops the build', () => {
		const noUrl = readNza(fixture([ROWS[0]!.replace('https://www.accare.nl/professionals/verwijzen/wachttijden-per-locatie/', 'Onbekend')]));
		expect(noUrl.waitingTimes.map((w) => w.providerUrl)).toEqual([null]);
		expect(noUrl.report.rowsWithoutUrl).toBe(1);
		expect(() => readNza(fixture([ROWS[0]!.replace('https://www.accare.nl/', 'https://www accare.nl/')]))).toThrow(/rij 2, veld 'providerUrl'/);
	});

	it('reports a code that is neither in the crosswalk nor known by place', () => {
		const r = readNza(fixture([ROWS[0]!.replace(',0003,', ',0999,'), ROWS[7]!.replace('Stiens,Stiens,0081', 'Stiens,Dokkum,0081')]));
		expect(r.waitingTimes).toEqual([]);
		expect(r.report.unresolved.map((u) => u.row)).toEqual([2, 3]);
		expect(r.report.unresolved[0]!.reason).toMatch(/0999 staat niet in de omzettabel/);
		expect(r.report.unresolved[1]!.reason).toMatch(/0081 is van vóór 2018/);
	});

	it('stops on a row that fails the schema, naming file, row and field', () => {
		const bad = ROWS[0]!.replace(',2018-02-27,', ',27-02-2018,');
		expect(() => readNza(fixture([ROWS[2]!, bad]))).toThrow(/nza_ggz_wachttijden_2018q1\.csv, rij 3, veld 'month'/);
	});
});

describe('readNza on the real NZa file', () => {
	const result = readNza(DATA);
	const codes2025 = new Set(parseCsv(readFileSync(join(DATA, 'cbs/gemeenten_2025_regio.csv'), 'utf8')).rows.map((r) => r[0]));

	it('accounts for every row', () => {
		expect(result.providers).toHaveLength(849);
		expect(result.report.rows).toBe(6975);
		expect(result.waitingTimes.length + result.report.unresolved.length).toBe(6975);
		expect(result.report.unresolved).toHaveLength(18); // all 'Onbekend'
		expect(result.report.resolvedByPlaceName.reduce((n, r) => n + r.rows, 0)).toBe(71);
	});

	it('uses only 2025 municipalities', () => {
		expect(codes2025.size).toBe(342);
		for (const row of [...result.waitingTimes, ...result.providerLocations]) expect(codes2025.has(row.municipalityCode)).toBe(true);
	});

	it('has unique primary keys', () => {
		expect(pkDuplicates(result.waitingTimes, waitingTimesTable.primaryKey)).toBe(0);
		expect(pkDuplicates(result.providerLocations, locationsTable.primaryKey)).toBe(0);
		expect(pkDuplicates(result.providers, ['id'])).toBe(0);
		const locations = new Set(result.providerLocations.map((l) => `${l.providerId}|${l.locationId}`));
		expect(result.waitingTimes.every((w) => locations.has(`${w.providerId}|${w.locationId}`))).toBe(true);
	});
});

import { describe, expect, it } from 'vitest';
import { parseCsv } from '$lib/import/csv';
import { importCanonicalCsv, sourceId, templateCsv } from '$lib/import/canonical-csv';
import { formatIssue, originOf, type ValidationIssue } from '$lib/import/validate';
import { contracts, providers, tables, waitingTimes } from '$lib/schema';

/** file/row/field/severity of each issue: what the tests pin down exactly. */
const where = (issues: ValidationIssue[]) => issues.map((i) => ({ file: i.file, row: i.row, field: i.field, severity: i.severity ?? 'error' }));

const CONTRACT_HEADER = 'id,lotId,providerId,startDate,endDate,value,clients,role,mainContractorId,pgbPossible,source';

describe('importCanonicalCsv: rows and types', () => {
	it('loads valid rows with coerced types, Dutch decimals and booleans', () => {
		const csv = [
			CONTRACT_HEADER,
			'c1,l1,p1,2025-01-01,2026-12-31,"125000,50",40,main,,ja,demo',
			'c2,l1,p2,2025-01-01,,,,sub,p1,nee,demo'
		].join('\n');
		const result = importCanonicalCsv(contracts, csv, 'contracten.csv');
		expect(result.issues).toEqual([]);
		expect(result.rejected).toBe(0);
		expect(result.ignoredColumns).toEqual([]);
		expect(result.rows).toEqual([
			{ id: 'c1', lotId: 'l1', providerId: 'p1', startDate: '2025-01-01', endDate: '2026-12-31', value: 125000.5, clients: 40, role: 'main', mainContractorId: null, pgbPossible: true, source: 'demo' },
			{ id: 'c2', lotId: 'l1', providerId: 'p2', startDate: '2025-01-01', endDate: null, value: null, clients: null, role: 'sub', mainContractorId: 'p1', pgbPossible: false, source: 'demo' }
		]);
		expect(originOf(result.rows[1]!)).toEqual({ file: 'contracten.csv', row: 3 });
	});

	it("reports 'abc' in an integer column and 2024-13-01 as a date, on their file lines", () => {
		const csv = [
			CONTRACT_HEADER,
			'c1,l1,p1,2025-01-01,,,abc,main,,,demo',
			'c2,l1,p1,2024-13-01,,,,main,,,demo',
			'c3,l1,p1,2025-02-01,,,3,boss,,,demo'
		].join('\r\n');
		const result = importCanonicalCsv(contracts, csv, 'contracten.csv');
		expect(result.rows).toEqual([]);
		expect(result.rejected).toBe(3);
		expect(where(result.issues)).toEqual([
			{ file: 'contracten.csv', row: 2, field: 'clients', severity: 'error' },
			{ file: 'contracten.csv', row: 3, field: 'startDate', severity: 'error' },
			{ file: 'contracten.csv', row: 4, field: 'role', severity: 'error' }
		]);
		expect(result.issues[0]).toMatchObject({ value: 'abc', nl: 'verwacht een geheel getal van 0 of meer', en: 'expected a whole number of 0 or more' });
		expect(result.issues[1]).toMatchObject({ value: '2024-13-01', nl: 'verwacht een datum als JJJJ-MM-DD (bijv. 2025-01-31)' });
		expect(result.issues[2]).toMatchObject({ nl: 'verwacht een van: main, sub', en: 'expected one of: main, sub' });
	});

	it('counts lines through multi-line quoted cells and blank lines', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\n\np1,"Zorg\nen Welzijn",,,,demo\n\n\np2,"Jeugd ""Oost""",123,,,demo\n';
		const result = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		expect(result.rows.map((r) => r.name)).toEqual(['Zorg\nen Welzijn']);
		expect(where(result.issues)).toEqual([{ file: 'aanbieders.csv', row: 7, field: 'kvk', severity: 'error' }]);
	});

	it('keeps a valid empty string where the column needs text but allows empty (subCategory)', () => {
		const header = 'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks,p90Weeks,registrationWeeks,treatmentWeeks,clientsWaiting,normWeeks,normSource,providerUrl,source';
		const csv = `${header}\np1,loc1,45,,GM0363,2025-01,"3,5",,,,,8,,,demo\n`;
		const result = importCanonicalCsv(waitingTimes, csv, 'wacht.csv');
		expect(result.issues).toEqual([]);
		expect(result.rows[0]).toMatchObject({ subCategory: '', medianWeeks: 3.5, normWeeks: 8, p90Weeks: null });
	});
});

describe('importCanonicalCsv: header and file checks', () => {
	it('rejects the whole file when a required column is missing, one issue per column', () => {
		const csv = 'id,lotId,startDate,role,source\nc1,l1,2025-01-01,main,demo\n';
		const result = importCanonicalCsv(contracts, csv, 'contracten.csv');
		expect(result.rows).toEqual([]);
		expect(result.rejected).toBe(1);
		expect(where(result.issues)).toEqual([
			{ file: 'contracten.csv', row: null, field: 'providerId', severity: 'error' },
			{ file: 'contracten.csv', row: null, field: 'endDate', severity: 'notice' },
			{ file: 'contracten.csv', row: null, field: 'value', severity: 'notice' },
			{ file: 'contracten.csv', row: null, field: 'clients', severity: 'notice' },
			{ file: 'contracten.csv', row: null, field: 'mainContractorId', severity: 'notice' },
			{ file: 'contracten.csv', row: null, field: 'pgbPossible', severity: 'notice' }
		]);
		expect(result.issues[0]!.nl).toBe("Verplichte kolom 'providerId' ontbreekt in de kopregel (verwacht tekst). Er zijn geen rijen uit dit bestand ingelezen.");
	});

	it('matches column names case-insensitively and trimmed; extra columns become a notice and are kept out', () => {
		const csv = ' ID ;Name;KVK;legalform;providerType;Source;Opmerking\np1;Zorg BV;12345678;bv;;demo;let op\n';
		const result = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		expect(result.ignoredColumns).toEqual(['Opmerking']);
		expect(where(result.issues)).toEqual([{ file: 'aanbieders.csv', row: null, field: 'Opmerking', severity: 'notice' }]);
		expect(result.rows).toEqual([{ id: 'p1', name: 'Zorg BV', kvk: '12345678', legalForm: 'bv', providerType: null, source: 'demo' }]);
	});

	it('rejects a row with the wrong number of cells and names both counts', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg BV,,,,demo\np2,Jeugd, Oost,,,,demo\n';
		const result = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		expect(result.rows.map((r) => r.id)).toEqual(['p1']);
		expect(result.rejected).toBe(1);
		expect(where(result.issues)).toEqual([{ file: 'aanbieders.csv', row: 3, field: null, severity: 'error' }]);
		expect(result.issues[0]!.nl).toBe('Aantal cellen in deze rij: 7; in de kopregel: 6. Controleer scheidingstekens en aanhalingstekens.');
	});

	it('rejects the later row of a duplicate primary key, pointing at the first', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg BV,,,,demo\np2,Jeugd Oost,,,,demo\np1,Zorg BV (dubbel),,,,demo\n';
		const result = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		expect(result.rows.map((r) => r.name)).toEqual(['Zorg BV', 'Jeugd Oost']);
		expect(result.rejected).toBe(1);
		expect(result.issues).toEqual([
			{
				file: 'aanbieders.csv',
				row: 4,
				field: 'id',
				value: 'p1',
				nl: 'Dubbele sleutel: dezelfde id staat al op regel 2. Deze rij is niet ingelezen.',
				en: 'Duplicate key: the same id is already on line 2. This row was not loaded.'
			}
		]);
	});

	it('says so when the file is empty or has only a header', () => {
		expect(importCanonicalCsv(providers, '\ufeff  \n\n', 'leeg.csv').issues).toEqual([
			{ file: 'leeg.csv', row: null, field: null, nl: 'Het bestand is leeg.', en: 'The file is empty.' }
		]);
		const headerOnly = importCanonicalCsv(providers, 'id,name,kvk,legalForm,providerType,source\n', 'kop.csv');
		expect(headerOnly.rows).toEqual([]);
		expect(headerOnly.issues).toEqual([
			{ file: 'kop.csv', row: null, field: null, nl: 'Het bestand heeft alleen een kopregel en geen gegevensrijen.', en: 'The file has only a header line and no data rows.' }
		]);
	});

	it('recognises binary input, UTF-16 and Excel files', () => {
		// What a JPEG looks like after decoding as UTF-8: control characters and U+FFFD.
		const garbage = Array.from({ length: 500 }, (_, i) => String.fromCharCode([0xff, 0xd8, 1, 0xfffd, 0x7f, 65][i % 6]! === 0xff ? 0xfffd : [0xff, 0xd8, 1, 0xfffd, 0x7f, 65][i % 6]!)).join('');
		const binary = importCanonicalCsv(providers, garbage, 'foto.jpg');
		expect(binary.rows).toEqual([]);
		expect(binary.issues).toHaveLength(1);
		expect(binary.issues[0]!.nl).toMatch(/^Dit is geen leesbaar tekstbestand: het bestaat grotendeels uit onleesbare tekens/);

		const utf16 = importCanonicalCsv(providers, 'i\0d\0,\0n\0a\0m\0e\0', 'utf16.csv');
		expect(utf16.issues[0]!.nl).toMatch(/NUL-bytes/);
		const xlsx = importCanonicalCsv(providers, 'PK\u0003\u0004\u0014\u0000', 'aanbieders.xlsx');
		expect(xlsx.issues[0]!.nl).toMatch(/^Dit is een Excel- of zipbestand/);
	});

	it('refuses text that holds a replacement character, naming the row and column', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg BV,,,,demo\np2,Caf\ufffd Jeugd,,,,demo\n';
		const result = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		expect(result.rows).toEqual([]);
		expect(result.rejected).toBe(2);
		expect(where(result.issues)).toEqual([{ file: 'aanbieders.csv', row: 3, field: 'name', severity: 'error' }]);
		expect(result.issues[0]!.nl).toMatch(/^Rij 3, kolom 'name' bevat een onleesbaar teken/);
		expect(result.issues[0]!.en).toMatch(/^Row 3, column 'name' holds an unreadable character/);
	});

	it('names the rule of the field in words, in both languages: a KvK number is 8 digits', () => {
		const result = importCanonicalCsv(providers, 'id,name,kvk,legalForm,providerType,source\np1,Zorg,123,,,demo\n', 'aanbieders.csv');
		expect(result.issues).toHaveLength(1);
		expect(result.issues[0]).toMatchObject({ row: 2, field: 'kvk', value: '123', nl: 'verwacht precies 8 cijfers', en: 'expected exactly 8 digits' });
		expect(formatIssue(result.issues[0]!, 'en')).toBe("aanbieders.csv, row 2, field 'kvk': expected exactly 8 digits (value '123')");
	});

	it('defaults a missing source column to the file name and says so', () => {
		const result = importCanonicalCsv(providers, 'id,name\np1,Zorg Oost\n', 'Mijn Aanbieders (2025).csv');
		expect(result.rows).toEqual([{ id: 'p1', name: 'Zorg Oost', kvk: null, legalForm: null, providerType: null, source: 'mijn-aanbieders-2025' }]);
		expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
		const note = result.issues.find((i) => i.field === 'source')!;
		expect(note.nl).toContain("elke rij krijgt als bron de bestandsnaam: 'mijn-aanbieders-2025'");
		expect(note.en).toContain("every row gets the file name as its source: 'mijn-aanbieders-2025'");
		expect(sourceId('C:\\data\\Café Zorg.csv')).toBe('cafe-zorg');
	});

	it('suggests the delimiter when the header is read as one cell', () => {
		// Forced comma, but the file uses semicolons.
		const semi = importCanonicalCsv(providers, 'id;name;kvk;legalForm;providerType;source\np1;Zorg BV;;;;demo\n', 'aanbieders.csv', { delimiter: ',' });
		expect(semi.rows).toEqual([]);
		expect(where(semi.issues)).toEqual([{ file: 'aanbieders.csv', row: 1, field: null, severity: 'error' }]);
		expect(semi.issues[0]!.nl).toContain('Het scheidingsteken lijkt een puntkomma (;) te zijn, niet een komma (,)');
		// Excel sometimes quotes a whole tab-separated line, which hides the tabs from sniffing.
		const tabs = importCanonicalCsv(providers, '"id\tname\tkvk\tlegalForm\tproviderType\tsource"\n"p1\tZorg"\n', 'aanbieders.tsv');
		expect(tabs.issues[0]!.en).toContain('The delimiter looks like a tab, not a comma (,)');
	});

	it('reports a column that appears twice', () => {
		const result = importCanonicalCsv(providers, 'id,name,kvk,legalForm,providerType,source,Name\np1,A,,,,demo,B\n', 'aanbieders.csv');
		expect(result.rows).toEqual([]);
		expect(where(result.issues)).toEqual([{ file: 'aanbieders.csv', row: 1, field: 'name', severity: 'error' }]);
	});
});

describe('parseCsv lines', () => {
	it('gives the start line of each data row: blank lines and line breaks inside quotes counted', () => {
		const text = 'a,b\r\n\r\n"x\r\ny",1\n"",\n""\n\n"q""\n",2\r"z\rw",3';
		expect(parseCsv(text).rows).toHaveLength(4);
		expect(parseCsv(text).lines).toEqual([3, 5, 8, 10]);
	});
});

describe('templateCsv', () => {
	it.each(tables.map((t) => [t.name, t] as const))('%s: the template imports without any issue', (_, table) => {
		const csv = templateCsv(table);
		const result = importCanonicalCsv(table, csv, `${table.name}.csv`);
		expect(result.issues).toEqual([]);
		expect(result.rows).toHaveLength(1);
	});

	it('writes the header and an example row', () => {
		expect(templateCsv(providers)).toBe('id,name,kvk,legalForm,providerType,source\n12345678,Voorbeeld,12345678,stichting,instelling,mijn-bron\n');
	});
});

import { describe, expect, it } from 'vitest';
import { decodeBytes, detectTable, readUserBytes, readUserFile } from './read-file';

const opts = { regionId: 'JZ12', domain: 'jeugd' as const };

describe('reading a user file', () => {
	it('finds the table from the file name, else from the header', () => {
		expect(detectTable('mijn-contracts-2025.csv', '')?.name).toBe('contracts');
		expect(detectTable('providerLocations.csv', '')?.name).toBe('providerLocations');
		expect(detectTable('export.csv', 'id,lotId,providerId,startDate,endDate,value,role\n')?.name).toBe('contracts');
		expect(detectTable('export.csv', 'a,b,c\n1,2,3\n')).toBeNull();
	});

	it('says plainly when a file fits no table', () => {
		const r = readUserFile('export.csv', 'a,b\n1,2\n', opts);
		expect(r.kind).toBe('unknown');
		expect(r.issues[0]!.nl).toMatch(/^We weten niet voor welke tabel/);
	});

	it('reports broken JSON with the parser’s reason instead of throwing', () => {
		const r = readUserFile('deals.json', '{"releases": [', opts);
		expect(r.tables).toEqual({});
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]!.nl).toMatch(/^Dit is geen geldige JSON/);
	});

	it('refuses rows that claim to be Regiozicht’s own demo or NZa data, naming row, value and what to do', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,,,demo\np2,Zorg West,12345679,,,nza-ggz-2018\np3,Zorg Zuid,12345670,,,gemeente-x\n';
		const r = readUserFile('providers.csv', csv, opts);
		expect(r.tables.providers!.map((p) => p.id)).toEqual(['p3']);
		expect(r.rejected).toBe(2);
		const issues = r.issues.filter((i) => i.field === 'source');
		expect(issues.map((i) => [i.row, i.value])).toEqual([[2, 'demo'], [3, 'nza-ggz-2018']]);
		expect(issues[0]!.nl).toBe("Bron 'demo' is van Regiozicht zelf (zie Bronnen). Vul uw eigen bron in, of laat de kolom 'source' weg: dan is de bestandsnaam de bron.");
		expect(issues[0]!.en).toMatch(/^Source 'demo' belongs to Regiozicht itself/);
	});

	it('loads the valid rows of a canonical CSV and lists the invalid ones', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg Oost,12345678,stichting,,mijn-bron\np2,,123,,,mijn-bron\n';
		const r = readUserFile('providers.csv', csv, opts);
		expect(r.tables.providers).toEqual([{ id: 'p1', name: 'Zorg Oost', kvk: '12345678', legalForm: 'stichting', providerType: null, source: 'mijn-bron' }]);
		expect(r.rejected).toBe(1);
		expect(r.issues.map((i) => [i.row, i.field])).toEqual([
			[3, 'name'],
			[3, 'kvk']
		]);
	});
});

describe('reading the bytes of a user file', () => {
	const bytes = (...parts: (string | number[])[]) => new Uint8Array(parts.flatMap((p) => (typeof p === 'string' ? [...Buffer.from(p, 'latin1')] : p)));
	const header = 'id,name,kvk,legalForm,providerType,source\n';

	it('decodes a Windows-1252 file (é as 0xE9, € as 0x80, curly quotes 0x93/0x94) and says so', () => {
		const file = bytes(header, 'p1,Caf', [0xe9], ' Zorg,12345678,,,bron\n', 'p2,', [0x93], 'Jeugd', [0x94], ' ', [0x80], ',,,,bron\n');
		expect(decodeBytes(file).encoding).toBe('windows-1252');
		const r = readUserBytes('providers.csv', file, opts);
		expect(r.tables.providers!.map((p) => p.name)).toEqual(['Café Zorg', '“Jeugd” €']);
		expect(r.issues).toHaveLength(1);
		expect(r.issues[0]).toMatchObject({ severity: 'notice' });
		expect(r.issues[0]!.nl).toContain('gelezen als Windows-1252');
	});

	it('reads a mixed file (valid UTF-8 lines and one Windows-1252 byte) as Windows-1252, never with �', () => {
		const file = bytes(header, 'p1,', [0x43, 0x61, 0x66, 0xc3, 0xa9], ',,,,bron\n', 'p2,Caf', [0xe9], ',,,,bron\n');
		const r = readUserBytes('providers.csv', file, opts);
		const names = r.tables.providers!.map((p) => String(p.name));
		expect(names[1]).toBe('Café');
		expect(names.join('')).not.toContain('\ufffd');
	});

	it('keeps valid UTF-8, with or without BOM, and UTF-16 with BOM, without a note', () => {
		const utf8 = new TextEncoder().encode(`${header}p1,Café Zorg,,,,bron\n`);
		const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]);
		const utf16 = new Uint8Array([0xff, 0xfe, ...Buffer.from(`${header}p1,Café Zorg,,,,bron\n`, 'utf16le')]);
		for (const b of [utf8, withBom, utf16]) {
			const r = readUserBytes('providers.csv', b, opts);
			expect(r.tables.providers![0]!.name).toBe('Café Zorg');
			expect(r.issues).toEqual([]);
		}
	});

	it('says the real reason for an empty, PNG, PDF, zip or binary file, whatever its name', () => {
		const reason = (name: string, b: Uint8Array) => readUserBytes(name, b, opts).issues.map((i) => i.nl).join(' ');
		expect(reason('foto.csv', new Uint8Array())).toBe('Het bestand is leeg (0 bytes).');
		expect(reason('export.csv', bytes(' \n\n'))).toBe('Het bestand is leeg.');
		expect(reason('export.csv', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]))).toMatch(/^Dit is geen tekstbestand: het lijkt een PNG-afbeelding/);
		expect(readUserBytes('export.csv', bytes([0x89, 0x50, 0x4e, 0x47]), opts).issues[0]!.en).toMatch(/looks like a PNG image/);
		expect(reason('lots.csv', bytes('%PDF-1.7\n'))).toMatch(/een PDF-document/);
		expect(reason('data.csv', bytes([0x50, 0x4b, 0x03, 0x04, 1, 2]))).toMatch(/een Excel- of zipbestand/);
		expect(reason('data.csv', bytes('abc', [0, 1, 2], 'def'))).toMatch(/NUL-bytes/);
		for (const r of [reason('export.csv', bytes([0x89, 0x50, 0x4e, 0x47])), reason('foto.csv', new Uint8Array())]) expect(r).not.toMatch(/welke tabel/);
	});
});

import { describe, expect, it } from 'vitest';
import { detectTable, readUserFile } from './read-file';

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

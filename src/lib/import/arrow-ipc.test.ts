import { describe, expect, it } from 'vitest';
import * as arrow from 'apache-arrow';
import { stageRows, utf8Vector } from '$lib/import/arrow-ipc';
import { importCanonicalCsv } from '$lib/import/canonical-csv';
import { providers } from '$lib/schema';

const read = (ipc: Uint8Array[]) => ipc.flatMap((b) => arrow.tableFromIPC(b).toArray().map((r) => r.toJSON() as Record<string, unknown>));

describe('stageRows', () => {
	it('carries every value as text, empty cells as null, and the source line of each row, across batches', () => {
		const csv = 'id,name,kvk,legalForm,providerType,source\np1,Café Zorg,12345678,,,mijn\n\np2,Zorg 🌷 "Oost",,stichting,,mijn\np3,Ω,,,,mijn\n';
		const { rows } = importCanonicalCsv(providers, csv, 'aanbieders.csv');
		const staged = stageRows(arrow, 'providers', rows as Record<string, unknown>[], 2);
		expect(staged.rows).toBe(3);
		expect(staged.ipc).toHaveLength(2);
		// Each stream owns its buffer (it is transferred to DuckDB on its own).
		for (const b of staged.ipc) expect(b.byteLength).toBe(b.buffer.byteLength);
		expect(read(staged.ipc)).toEqual([
			{ id: 'p1', name: 'Café Zorg', kvk: '12345678', legalForm: null, providerType: null, source: 'mijn', _file: 'aanbieders.csv', _row: 2, _seq: 0 },
			{ id: 'p2', name: 'Zorg 🌷 "Oost"', kvk: null, legalForm: 'stichting', providerType: null, source: 'mijn', _file: 'aanbieders.csv', _row: 4, _seq: 1 },
			{ id: 'p3', name: 'Ω', kvk: null, legalForm: null, providerType: null, source: 'mijn', _file: 'aanbieders.csv', _row: 5, _seq: 2 }
		]);
	});

	it('names rows without a remembered origin by table and position', () => {
		const staged = stageRows(arrow, 'providers', [{ id: 'x', name: 'X', kvk: null, legalForm: null, providerType: null, source: 's' }]);
		expect(read(staged.ipc)[0]).toMatchObject({ _file: 'providers', _row: 1, _seq: 0 });
	});
});

describe('utf8Vector', () => {
	it('keeps each value intact, also when halves of a surrogate pair meet across values', () => {
		const values = ['a', null, 'é', '\ud83c', '\udf37', '', 'z'];
		expect([...utf8Vector(arrow, values)]).toEqual(['a', null, 'é', '\ufffd', '\ufffd', '', 'z']);
	});
});

import { describe, expect, it } from 'vitest';
import { checkReferences, dropDanglingReferences } from '$lib/import/references';
import { importCanonicalCsv } from '$lib/import/canonical-csv';
import { contracts, lots, providers } from '$lib/schema';

const providersCsv = 'id,name,kvk,legalForm,providerType,source\np1,Zorg BV,,,,demo\np2,Jeugd Oost,,,,demo\n';
const contractsCsv = [
	'id,lotId,providerId,startDate,endDate,value,clients,role,mainContractorId,pgbPossible,source',
	'c1,l1,p1,2025-01-01,,,,main,,,demo',
	'',
	'c2,l1,p9,2025-01-01,,,,sub,p1,,demo',
	'c3,l2,p2,2025-01-01,,,,sub,p8,,demo'
].join('\n');

function load() {
	return {
		providers: importCanonicalCsv(providers, providersCsv, 'aanbieders.csv').rows,
		contracts: importCanonicalCsv(contracts, contractsCsv, 'contracten.csv').rows
	};
}

describe('checkReferences', () => {
	it('names file, source line, field and the missing key for each dangling reference', () => {
		expect(checkReferences(load())).toEqual([
			{
				file: 'contracten.csv',
				row: 4,
				field: 'providerId',
				value: 'p9',
				nl: "Verwijst naar providers.id 'p9', maar die staat niet in providers.",
				en: "Refers to providers.id 'p9', which is not in providers."
			},
			{
				file: 'contracten.csv',
				row: 5,
				field: 'mainContractorId',
				value: 'p8',
				nl: "Verwijst naar providers.id 'p8', maar die staat niet in providers.",
				en: "Refers to providers.id 'p8', which is not in providers."
			}
		]);
	});

	it('does not check references to tables that are not in the input, and accepts null', () => {
		// lots are absent, so lotId 'l1'/'l2' cannot be checked; mainContractorId null is fine.
		const { contracts: rows } = load();
		expect(checkReferences({ contracts: rows })).toEqual([]);
	});

	it('checks against a table that is present but empty', () => {
		const { contracts: rows } = load();
		expect(checkReferences({ contracts: rows.slice(0, 1), lots: [] }).map((i) => [i.row, i.field, i.value])).toEqual([[2, 'lotId', 'l1']]);
	});

	it('falls back to the table name and array position for rows not made by validateRecords', () => {
		const issues = checkReferences({
			lots: [{ id: 'l1', procurementId: 'x', title: 'Ambulant', category: '45', productCode: null, numberOfTenderers: null, source: 'demo' }],
			careCategories: [{ code: '43' }]
		});
		expect(issues.map((i) => [i.file, i.row, i.field, i.value])).toEqual([['lots', 1, 'category', '45']]);
	});
});

describe('dropDanglingReferences', () => {
	it('drops the rows and cascades: a dropped lot takes its contracts along', () => {
		const lotRows = importCanonicalCsv(
			lots,
			'id,procurementId,title,category,productCode,numberOfTenderers,source\nl1,pr1,Ambulant,45,,,demo\nl2,pr-weg,Verblijf,43,,,demo\n',
			'percelen.csv'
		).rows;
		const contractRows = importCanonicalCsv(contracts, contractsCsv.replace('sub,p8', 'sub,p1'), 'contracten.csv').rows;
		const input = { ...load(), contracts: contractRows, lots: lotRows, procurements: [{ id: 'pr1' }] };
		const { tables, issues, rejected } = dropDanglingReferences(input);
		expect(tables.lots.map((r) => r.id)).toEqual(['l1']);
		expect(tables.contracts.map((r) => r.id)).toEqual(['c1']);
		expect(tables.providers).toHaveLength(2);
		expect(rejected).toEqual({ lots: 1, contracts: 2 });
		expect(issues.map((i) => [i.file, i.row, i.field, i.value])).toEqual([
			['percelen.csv', 3, 'procurementId', 'pr-weg'],
			['contracten.csv', 4, 'providerId', 'p9'],
			// c3 pointed at l2, which existed until it was dropped in the first pass.
			['contracten.csv', 5, 'lotId', 'l2']
		]);
		expect(issues[2]!.nl).toBe("Verwijst naar lots.id 'l2', maar die staat niet in lots (of is daar afgekeurd).");
		// Input is left untouched.
		expect(input.lots).toHaveLength(2);
	});
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyStaged } from '$lib/db/apply-import';
import { openNodeDb, type NodeDb } from '$lib/db/node';
import { quoteIdent as q } from '$lib/db/sql';
import { columns, tableByName, tables } from '$lib/schema';

/**
 * The SQL half of an import on native DuckDB (same SQL as DuckDB-WASM): staged tables as the
 * import worker's Arrow bytes create them (every column text, plus _file, _row, _seq).
 */
let db: NodeDb;
const sql = (text: string) => db.query(text);

async function insert(table: string, rows: Record<string, unknown>[]) {
	for (const row of rows) {
		const names = Object.keys(row);
		await db.query(`INSERT INTO ${q(table)} BY NAME SELECT ${names.map((n) => `?::VARCHAR AS ${q(n)}`).join(', ')}`, names.map((n) => (row[n] === null ? null : String(row[n]))));
	}
}
/** Staged rows from file `file`, one per line starting at line 2. */
async function stage(name: string, file: string, rows: Record<string, unknown>[]) {
	const cols = columns(tableByName(name)!).map((c) => `${q(c.name)} VARCHAR`);
	await db.exec(`CREATE TABLE ${q(`_upload_${name}`)} (${cols.join(', ')}, _file VARCHAR, _row INTEGER, _seq INTEGER)`);
	await insert(`_upload_${name}`, rows.map((r, i) => ({ ...r, _file: file, _row: i + 2, _seq: i })));
}
const count = async (table: string, where = 'true') => Number((await db.query(`SELECT count(*) AS n FROM ${q(table)} WHERE ${where}`))[0]!.n);

beforeEach(async () => {
	db = await openNodeDb();
	for (const t of tables) await db.exec(`CREATE TABLE ${q(t.name)} (${columns(t).map((c) => `${q(c.name)} ${c.duckdbType}`).join(', ')})`);
	await insert('careCategories', [{ code: '45' }]);
	await insert('providers', [
		{ id: 'real-1', name: 'Echt', source: 'kvk' },
		{ id: 'demo-1', name: 'Demo één', source: 'demo' },
		{ id: 'demo-2', name: 'Demo twee', source: 'demo' }
	]);
	await insert('procurements', [{ id: 'p-real', source: 'tenderned' }]);
	await insert('lots', [
		{ id: 'l-real', procurementId: 'p-real', category: '45', source: 'tenderned' },
		{ id: 'l-demo', procurementId: 'p-real', category: '45', source: 'demo' }
	]);
	await insert('contracts', [{ id: 'c-demo', lotId: 'l-demo', providerId: 'demo-1', role: 'main', startDate: '2024-01-01', source: 'demo' }]);
	// A demo waiting time names demo-2: waiting times are not replaced by deals, so demo-2 stays.
	await insert('waitingTimes', [{ providerId: 'demo-2', locationId: 'x', category: '45', subCategory: '', municipalityCode: 'GM0001', month: '2025-01', source: 'demo' }]);
});
afterEach(() => db.close());

describe('applyStaged', () => {
	it('rejects rows that point nowhere, naming file, line, field and value; loads the rest and replaces the demo deals', async () => {
		await stage('contracts', 'mijn-contracten.csv', [
			{ id: 'c1', lotId: 'l-real', providerId: 'real-1', role: 'main', startDate: '2025-01-01', source: 'mijn' },
			{ id: 'c2', lotId: 'l-weg', providerId: 'real-1', role: 'main', startDate: '2025-01-01', source: 'mijn' },
			// demo-1 is a demo provider of the family being replaced: it does not count.
			{ id: 'c3', lotId: 'l-real', providerId: 'demo-1', role: 'main', startDate: '2025-01-01', source: 'mijn' }
		]);
		const result = await applyStaged(sql, ['contracts']);
		expect(result.loaded).toEqual({ contracts: 1 });
		expect(result.rejected).toBe(2);
		expect(result.issueCount).toBe(2);
		expect(result.issues.map((i) => [i.file, i.row, i.field, i.value, i.nl])).toEqual([
			['mijn-contracten.csv', 3, 'lotId', 'l-weg', "Verwijst naar lots.id 'l-weg', maar die staat niet in lots."],
			['mijn-contracten.csv', 4, 'providerId', 'demo-1', "Verwijst naar providers.id 'demo-1', maar die staat niet in providers."]
		]);
		expect(result.issueCsv.join('')).toContain('mijn-contracten.csv,3,lotId,l-weg,');
		expect(result.replacedDemo).toEqual(['deals']);
		expect(await db.query(`SELECT id FROM contracts ORDER BY id`)).toEqual([{ id: 'c1' }]);
		// Demo deals are gone, except the demo provider the demo waiting times still name.
		expect(await db.query(`SELECT id FROM providers ORDER BY id`)).toEqual([{ id: 'demo-2' }, { id: 'real-1' }]);
		expect(await count('lots', `source = 'demo'`)).toBe(0);
		expect(await count('_upload_rejects').catch(() => 'dropped')).toBe('dropped');
	});

	it('drops rows whose target was itself rejected, saying so, in the order of the passes', async () => {
		await stage('lots', 'ocds.json', [
			{ id: 'l1', procurementId: 'p-real', title: 'Goed', category: '45', source: 'mijn' },
			{ id: 'l2', procurementId: 'p-onbekend', title: 'Fout', category: '45', source: 'mijn' }
		]);
		await stage('contracts', 'ocds.json', [
			{ id: 'c1', lotId: 'l2', providerId: 'real-1', role: 'main', startDate: '2025-01-01', source: 'mijn' },
			{ id: 'c2', lotId: 'l1', providerId: 'real-1', role: 'sub', mainContractorId: '', startDate: '2025-01-01', source: 'mijn' }
		]);
		const result = await applyStaged(sql, ['lots', 'contracts']);
		expect(result.loaded).toEqual({ lots: 1, contracts: 1 });
		expect(result.issues.map((i) => [i.row, i.field, i.en])).toEqual([
			[3, 'procurementId', "Refers to procurements.id 'p-onbekend', which is not in procurements."],
			[2, 'lotId', "Refers to lots.id 'l2', which is not in lots (or was rejected there)."]
		]);
	});

	it('shows the first 200 of many such messages and writes them all, in order, page by page', async () => {
		await stage('contracts', 'veel.csv', []);
		await db.exec(
			`INSERT INTO _upload_contracts (id, lotId, providerId, role, startDate, source, _file, _row, _seq)
			SELECT 'c' || i, 'weg-' || i, 'real-1', 'main', '2025-01-01', 'mijn', 'veel.csv', i + 2, i FROM range(25000) r(i)`
		);
		const result = await applyStaged(sql, ['contracts']);
		expect(result.loaded).toEqual({ contracts: 0 });
		expect(result.rejected).toBe(25000);
		expect(result.issueCount).toBe(25000);
		expect(result.issues).toHaveLength(200);
		expect(result.issues[199]!.row).toBe(201);
		const lines = result.issueCsv.join('').trimEnd().split('\r\n');
		expect(lines).toHaveLength(25000);
		expect(lines[0]).toMatch(/^veel\.csv,2,lotId,weg-0,/);
		expect(lines[24999]).toMatch(/^veel\.csv,25001,lotId,weg-24999,/);
	});

	it('changes nothing when one value cannot go in (all or nothing)', async () => {
		await stage('contracts', 'kapot.csv', [
			{ id: 'c1', lotId: 'l-real', providerId: 'real-1', role: 'main', startDate: '2025-01-01', source: 'mijn' },
			{ id: 'c2', lotId: 'l-real', providerId: 'real-1', role: 'main', startDate: 'geen datum', source: 'mijn' }
		]);
		await expect(applyStaged(sql, ['contracts'])).rejects.toThrow();
		expect(await db.query(`SELECT id FROM contracts`)).toEqual([{ id: 'c-demo' }]);
		expect(await count('providers', `source = 'demo'`)).toBe(2);
	});
});

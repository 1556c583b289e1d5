import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { errorPosition, firstKeyword, guardSql, guardText, type Preparer } from './guard';

let instance: DuckDBInstance;
let connection: DuckDBConnection;
let db: Preparer;
beforeAll(async () => {
	instance = await DuckDBInstance.create(':memory:');
	connection = await instance.connect();
	await connection.run('CREATE TABLE contracts AS SELECT 1 AS id');
	db = { prepare: async (sql) => void (await connection.prepare(sql)) };
});
afterAll(() => {
	connection.closeSync();
	instance.closeSync();
});

describe('guardSql', () => {
	it.each([
		'SELECT * FROM contracts',
		'  select 1;  ',
		'-- a comment\n/* and another */ (SELECT 1) UNION ALL (SELECT 2)',
		'WITH a AS (SELECT 1 AS x) SELECT * FROM a',
		'FROM contracts',
		'VALUES (1), (2)',
		'DESCRIBE contracts',
		'SHOW TABLES',
		'SUMMARIZE contracts',
		"SELECT 'DROP TABLE contracts; --' AS harmless",
		'SELECT $$a; DROP TABLE contracts$$ AS s'
	])('lets a read through: %s', async (sql) => {
		expect(await guardSql(db, sql)).toEqual({ ok: true });
	});

	it.each([
		'DROP TABLE contracts',
		'DELETE FROM contracts',
		'INSERT INTO contracts VALUES (2)',
		'UPDATE contracts SET id = 3',
		'CREATE OR REPLACE TABLE contracts AS SELECT 2 AS id',
		'ALTER TABLE contracts RENAME TO c2',
		"ATTACH ':memory:' AS other",
		'DETACH other',
		"COPY contracts TO 'x.csv'",
		'SET memory_limit = \'1MB\'',
		'PRAGMA threads = 1',
		'CALL checkpoint()',
		'COMMIT',
		'BEGIN TRANSACTION',
		'/* SELECT */ DROP TABLE contracts',
		'-- SELECT\nDROP TABLE contracts',
		'EXPLAIN ANALYZE DELETE FROM contracts'
	])('refuses what is not a read: %s', async (sql) => {
		expect(await guardSql(db, sql)).toEqual({ ok: false, message: guardText.notRead });
	});

	it.each(['SELECT 1; DROP TABLE contracts', 'select 1 ; delete from contracts', 'SELECT 1; SELECT 2', "SELECT ';'; COMMIT"])('refuses a second statement: %s', async (sql) => {
		expect(await guardSql(db, sql)).toEqual({ ok: false, message: guardText.oneAtATime });
	});

	it('refuses an empty query', async () => {
		expect(await guardSql(db, '  ;  ')).toEqual({ ok: false, message: guardText.empty });
		expect(await guardSql(db, '-- only a comment')).toEqual({ ok: false, message: guardText.empty });
	});

	it('gives DuckDB’s message and the position of a typo', async () => {
		const r = await guardSql(db, 'SELECT * FRM contracts');
		expect(r.ok).toBe(false);
		if (!r.ok) {
			expect(String(r.message)).toMatch(/syntax error at or near "contracts"/);
			expect(r.position).toBe(13);
		}
	});

	it('leaves the table in place after every refused statement', async () => {
		const reader = await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM contracts');
		expect(reader.getRowObjectsJS()).toEqual([{ n: 1 }]);
	});

	it('a write behind WITH passes the parser check but DuckDB refuses it in a read-only transaction', async () => {
		const sql = 'WITH a AS (SELECT 1) DELETE FROM contracts';
		expect(await guardSql(db, sql)).toEqual({ ok: true });
		await connection.run('BEGIN TRANSACTION READ ONLY');
		await expect(connection.run(sql)).rejects.toThrow(/read-only/);
		await connection.run('ROLLBACK');
		expect((await connection.runAndReadAll('SELECT count(*)::INTEGER AS n FROM contracts')).getRowObjectsJS()).toEqual([{ n: 1 }]);
	});
});

describe('firstKeyword and errorPosition', () => {
	it('skips comments and brackets', () => {
		expect(firstKeyword('  /* x */ -- y\n ((select 1))')).toBe('select');
		expect(firstKeyword('/* unclosed')).toBe('');
	});
	it('reads the caret of a binder error on a later line', () => {
		const sql = 'SELECT id,\n  nosuch FROM contracts';
		const message = 'Binder Error: Referenced column "nosuch" not found\n\nLINE 2:   nosuch FROM contracts\n          ^';
		expect(errorPosition(message, sql)).toBe(sql.indexOf('nosuch'));
		expect(errorPosition('Catalog Error: no such table', sql)).toBeUndefined();
	});
});

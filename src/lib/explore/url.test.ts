import { describe, expect, it } from 'vitest';
import { PLAIN_MAX, readQuery, SQL_PARAM, SQLZ_PARAM, writeQuery } from './url';

describe('query in the address', () => {
	it('keeps a short query readable and other parameters in place', async () => {
		const params = await writeQuery(new URLSearchParams('lang=en&sqlz=old'), "SELECT * FROM regions WHERE name LIKE '%ü&=+%'");
		expect(params.get('lang')).toBe('en');
		expect(params.has(SQLZ_PARAM)).toBe(false);
		expect(params.get(SQL_PARAM)).toBe("SELECT * FROM regions WHERE name LIKE '%ü&=+%'");
		expect(await readQuery(new URLSearchParams(params.toString()))).toBe("SELECT * FROM regions WHERE name LIKE '%ü&=+%'");
	});

	it('compresses a long query, shorter, and reads it back exactly', async () => {
		const sql = `SELECT ${Array.from({ length: 200 }, (_, i) => `kolom_${i} AS "naam ${i} – ë"`).join(',\n  ')} FROM contracts`;
		const params = await writeQuery(new URLSearchParams(), sql);
		expect(params.has(SQL_PARAM)).toBe(false);
		const packed = params.get(SQLZ_PARAM)!;
		expect(packed).toMatch(/^[\w-]+$/);
		expect(packed.length).toBeLessThan(encodeURIComponent(sql).length / 4);
		expect(encodeURIComponent(sql).length).toBeGreaterThan(PLAIN_MAX);
		expect(await readQuery(new URLSearchParams(params.toString()))).toBe(sql);
	});

	it('reads nothing from a missing, empty or cut-off query', async () => {
		expect(await readQuery(new URLSearchParams('lang=en'))).toBeNull();
		expect((await writeQuery(new URLSearchParams('sql=x'), '  ')).toString()).toBe('');
		const params = await writeQuery(new URLSearchParams(), 'SELECT 1 AS x, '.repeat(100));
		expect(await readQuery(new URLSearchParams({ [SQLZ_PARAM]: params.get(SQLZ_PARAM)!.slice(0, 20) }))).toBeNull();
	});
});

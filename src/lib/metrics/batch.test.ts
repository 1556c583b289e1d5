import { afterAll, describe, expect, it } from 'vitest';
import { realData } from './real-data-db';
import { wasmData } from './wasm-data-db';
import { batchMetric, NotBatchable, scanSql, type Key } from './batch';
import { defineMetric, runMetric } from './metric';
import { regionPanels, type DashboardFilter } from '../lenses/region-panels';
import type { PanelSpec } from '../state/panels.svelte';

/*
 * A batch must change nothing a reader sees: for every panel of the region dashboard, the rows
 * of each key are exactly (values, types and order) the rows the metric gives for that filter
 * alone. Checked on the real built data, for keys with and without a municipality and category,
 * under filters that also fix a year, a provider or the other law.
 */
const { db, close } = await realData();
afterAll(close);

/** DuckDB sums in parallel, so the last digits of a float vary between runs: compare 12 significant digits. */
const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));

const base = { domain: 'jeugd', municipality: null, category: null, provider: null, year: null, date: '2026-10-01', localBy: 'regio' } as const;
type Dim = 'municipality' | 'category';
const panelList = Object.entries(regionPanels) as [string, PanelSpec<DashboardFilter>][];

async function keysOf(regionId: string, domain: string): Promise<Key<Dim>[]> {
	const members = await db.query<{ code: string }>(`SELECT municipalityCode AS code FROM regionMembership WHERE regionId = ? AND domain = ? ORDER BY 1 LIMIT 3`, [regionId, domain]);
	const categories = await db.query<{ code: string }>(`SELECT code FROM careCategories WHERE domain = ? ORDER BY code LIMIT 3`, [domain]);
	const keys: Key<Dim>[] = [];
	for (const municipality of [null, ...members.map((m) => m.code)]) for (const category of [null, ...categories.map((c) => c.code)]) keys.push({ municipality, category });
	return keys;
}

describe('batchMetric on every region panel', () => {
	const cases: [string, Partial<DashboardFilter>][] = [
		['JZ12, now', { regionId: 'JZ12' }],
		['JZ01, 2018, by municipality', { regionId: 'JZ01', year: 2018, localBy: 'gemeente' }],
		['JZ12, Wmo', { regionId: 'JZ12', domain: 'wmo' }]
	];
	for (const [label, patch] of cases) {
		it(`gives each key the single filter's rows: ${label}`, async () => {
			const filter = { ...base, ...patch } as DashboardFilter;
			const keys = await keysOf(filter.regionId, filter.domain);
			let nonEmpty = 0;
			for (const [name, spec] of panelList) {
				const batch = batchMetric(spec.metric, ['municipality', 'category'], (key) => spec.params({ ...filter, ...key }), keys);
				const parts = batch.split(await db.query(batch.sql, batch.params));
				for (const [i, key] of keys.entries()) {
					const single = await runMetric(db, spec.metric, spec.params({ ...filter, ...key }));
					if (single.length) nonEmpty++;
					expect(rounded(parts[i]), `${name} ${JSON.stringify(key)}`).toEqual(rounded(single));
				}
			}
			expect(nonEmpty).toBeGreaterThan(keys.length * 5);
		});
	}

	it('keeps a provider filter fixed for every key', async () => {
		const [provider] = await db.query<{ id: string }>(
			`SELECT c.providerId AS id FROM contracts c JOIN lots l ON l.id = c.lotId JOIN procurements p ON p.id = l.procurementId
			WHERE p.regionId = 'JZ12' AND p.domain = 'jeugd' GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 1`
		);
		const filter = { ...base, regionId: 'JZ12', provider: provider!.id } as DashboardFilter;
		const keys = await keysOf('JZ12', 'jeugd');
		const spec = regionPanels.lotOverview;
		const batch = batchMetric(spec.metric, ['municipality', 'category'], (key) => spec.params({ ...filter, ...key }), keys);
		const parts = batch.split(await db.query(batch.sql, batch.params));
		expect(parts[0]!.length).toBeGreaterThan(0);
		for (const [i, key] of keys.entries()) expect(rounded(parts[i])).toEqual(rounded(await runMetric(db, spec.metric, spec.params({ ...filter, ...key }))));
	});
});

describe('batchMetric refuses what it cannot derive', () => {
	const counted = (bind: (p: { municipality: string | null }) => (string | boolean | null)[], sql = 'SELECT count(*) AS n FROM municipalities WHERE (CAST(? AS VARCHAR) IS NULL OR code = ?)') =>
		defineMetric<{ municipality: string | null }, { n: number }>({ id: 't', title: { nl: 't', en: 't' }, definition: { nl: 't', en: 't' }, sql, bind });
	const keys = [{ municipality: null }, { municipality: 'GM0243' }];
	const batch = (m: ReturnType<typeof counted>) => batchMetric(m, ['municipality'], (key) => key, keys);

	it('runs a metric that passes the dimension through', async () => {
		const b = batch(counted((p) => [p.municipality, p.municipality]));
		const parts = b.split(await db.query(b.sql, b.params));
		expect(parts.map((rows) => rows.map((r) => r.n))).toEqual([[342], [1]]);
	});
	it('refuses a bind that derives a value from the dimension', () => {
		expect(() => batch(counted((p) => [p.municipality === null, p.municipality]))).toThrow(NotBatchable);
		expect(() => batch(counted((p) => [p.municipality && `%${p.municipality}%`, p.municipality]))).toThrow(NotBatchable);
	});
	it('refuses a LIMIT, which would cut all keys together', () => {
		expect(() => batch(counted((p) => [p.municipality, p.municipality], 'SELECT code FROM municipalities WHERE (CAST(? AS VARCHAR) IS NULL OR code = ?) ORDER BY code LIMIT 2'))).toThrow(NotBatchable);
	});
	it('refuses binds that do not match the placeholders', () => {
		expect(() => batch(counted((p) => [p.municipality]))).toThrow(NotBatchable);
	});
	it('finds placeholders and the final ORDER BY outside strings, comments and parentheses', () => {
		const sql = `SELECT '?' AS q, -- ? here\n /* ? */ x FROM t WHERE a = ? AND b IN (SELECT y FROM u ORDER BY y) ORDER BY q`;
		const { placeholders, orderBy } = scanSql(sql);
		expect(placeholders.map((at) => sql[at])).toEqual(['?']);
		expect(placeholders[0]).toBe(sql.indexOf('a = ?') + 4);
		expect(sql.slice(orderBy!)).toBe('ORDER BY q');
	});
});

/*
 * The browser runs DuckDB-WASM, whose DuckDB is older than the native one above and binds some
 * SQL differently (an ORDER BY name, a correlated subquery in a LATERAL join). So the same
 * check runs on DuckDB-WASM itself, with the data loaded as the browser loads it.
 */
describe('batchMetric on DuckDB-WASM', async () => {
	const wasm = await wasmData();
	afterAll(wasm.close);
	it(`gives each key the single filter's rows on ${wasm.version}`, async () => {
		const filter = { ...base, regionId: 'JZ12' } as DashboardFilter;
		const keys = await keysOf('JZ12', 'jeugd');
		for (const [name, spec] of panelList) {
			const batch = batchMetric(spec.metric, ['municipality', 'category'], (key) => spec.params({ ...filter, ...key }), keys);
			const parts = batch.split(await wasm.db.query(batch.sql, batch.params));
			for (const [i, key] of keys.entries()) {
				const single = await runMetric(wasm.db, spec.metric, spec.params({ ...filter, ...key }));
				expect(rounded(parts[i]), `${name} ${JSON.stringify(key)}`).toEqual(rounded(single));
			}
		}
	});
});

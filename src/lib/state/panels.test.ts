import { afterAll, describe, expect, it } from 'vitest';
import { realData } from '../metrics/real-data-db';
import { queuedRunner } from '../db/query-queue';
import type { QueryRunner, Row } from '../db/types';
import { Panels, computeCube, computePanels } from './panels.svelte';
import { cubeDims, cubeHolds, cubeKeys, cubeOfThisBuild, cubeRows } from '../schema/cube';
import { cubeFileSchema } from '../schema/cube-schema';
import { regionPanels, type DashboardFilter } from '../lenses/region-panels';

const { db, close } = await realData();
afterAll(close);

const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
const filter: DashboardFilter = { regionId: 'JZ12', domain: 'jeugd', municipality: null, category: null, provider: null, year: null, date: '2026-10-01', localBy: 'regio' };

describe('computeCube', () => {
	it('gives what the cube file schema accepts, and the schema refuses a file cut short', async () => {
		const keys = cubeKeys(['GM0243', 'GM0233'], ['45']);
		const panels = await computeCube(db, regionPanels, { filter, dims: cubeDims, keys });
		const file = { version: '1', regionId: 'JZ12', domain: 'jeugd', date: filter.date, localBy: 'regio', tables: { contracts: 1 }, keys, panels };
		expect(cubeFileSchema.safeParse(JSON.parse(JSON.stringify(file))).success).toBe(true);
		expect(Object.values(panels).every((perKey) => perKey.length === keys.length)).toBe(true);
		expect(cubeFileSchema.safeParse({ ...file, keys: undefined }).success).toBe(false);
		expect(cubeFileSchema.safeParse({ ...file, panels: { lotOverview: [{ not: 'a list' }] } }).success).toBe(false);
	});
});

describe('cubeRows and cubeHolds (a click answered before DuckDB is ready)', () => {
	it('give a key exactly the rows its filter computes alone, and nothing for what the cube does not hold', async () => {
		const keys = cubeKeys(['GM0243', 'GM0233'], ['45']);
		const file = cubeFileSchema.parse(
			JSON.parse(JSON.stringify({ version: '1', regionId: 'JZ12', domain: 'jeugd', date: filter.date, localBy: 'regio', tables: { contracts: 10, lots: 3 }, keys, panels: await computeCube(db, regionPanels, { filter, dims: cubeDims, keys }) }))
		);
		const chosen = { ...filter, municipality: 'GM0233', category: '45' };
		expect(rounded(cubeRows(file, chosen))).toEqual(rounded(await computePanels(db, regionPanels, chosen)));
		expect(Object.keys(cubeRows(file, { ...filter, municipality: 'GM0243' }) ?? {})).toEqual(Object.keys(regionPanels));
		for (const other of [{ municipality: 'GM0302' }, { category: '46' }, { provider: 'demo-0001' }, { year: 2024 }, { date: '2025-01-01' }, { domain: 'wmo' as const }, { regionId: 'JZ13' }, { localBy: 'gemeente' as const }])
			expect(cubeRows(file, { ...chosen, ...other }), JSON.stringify(other)).toBeNull();

		expect(cubeHolds(file, { lots: 3, contracts: 10 })).toBe(true);
		expect(cubeHolds(file, { contracts: 10, lots: 4 })).toBe(false);
		expect(cubeHolds(file, { contracts: 10 })).toBe(false);
		expect(cubeHolds(file, { contracts: 10, lots: 3, waitingTimes: 0 })).toBe(false);
	});

	it('the page takes a cube only from its own build', () => {
		const file = { version: '1733', regionId: 'JZ12' };
		expect(cubeOfThisBuild(file, '1733')).toBe(file);
		expect(cubeOfThisBuild(file, '1734')).toBeNull();
		expect(cubeOfThisBuild({ regionId: 'JZ12' }, '1733')).toBeNull();
		expect(cubeOfThisBuild(null, '1733')).toBeNull();
		expect(cubeOfThisBuild('<!doctype html>', '1733')).toBeNull();
	});
});

describe('Panels.show and wait', () => {
	it('keep the rows shown when the browser computes the same ones, so nothing is redrawn; new rows replace them', async () => {
		// The same query gives the same rows here (DuckDB's parallel sums may differ in the last
		// bits from run to run: then the panel is redrawn, rightly). The prerendered rows come
		// through JSON, as the page gets them.
		const answers = new Map<string, Promise<Row[]>>();
		const same: QueryRunner = {
			query: (sql, params = []) => {
				const key = sql + JSON.stringify(params);
				if (!answers.has(key)) answers.set(key, db.query(sql, params));
				return answers.get(key)! as never;
			}
		};
		const shown = JSON.parse(JSON.stringify(await computePanels(same, regionPanels, filter)));
		const panels = new Panels(regionPanels, shown);
		await panels.update(same, filter);
		for (const name of Object.keys(regionPanels)) expect(panels.rows[name as keyof typeof regionPanels], name).toBe(shown[name]);
		await panels.update(db, { ...filter, municipality: 'GM0233' });
		const changed = Object.keys(regionPanels).filter((name) => panels.rows[name as keyof typeof regionPanels] !== shown[name]);
		expect(changed.length).toBeGreaterThan(0);
		expect(rounded(panels.rows)).toEqual(rounded(await computePanels(db, regionPanels, { ...filter, municipality: 'GM0233' })));
	});

	it('show a cube answer as such, no longer pending; an update still running is dropped', async () => {
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		panels.wait();
		expect(panels.pending).toBe(true);
		const chosen = { ...filter, municipality: 'GM0233' };
		const answer = await computePanels(db, regionPanels, chosen);
		let release!: () => void;
		const gate = new Promise<void>((r) => (release = r));
		const slow = panels.update({ query: async (sql, params) => (await gate, db.query(sql, params)) }, { ...filter, municipality: 'GM0243' });
		panels.show(answer, 'cube');
		expect(panels.pending).toBe(false);
		expect(panels.computedBy).toBe('cube');
		release();
		await slow;
		expect(panels.rows).toBe(answer);
		expect(panels.computedBy).toBe('cube');
	});
});

describe('Panels.prefetch with a cube', () => {
	it('computes every municipality × category ahead, so choosing one runs no query and shows the same figures', async () => {
		let executed = 0;
		// No prefetch is skipped for taking long (a timing matter, tested in query-queue.test.ts).
		const runner = queuedRunner(
			(sql, params) => {
				executed++;
				return db.query(sql, params);
			},
			{ maxPrefetchMs: Infinity, maxBatchMs: Infinity }
		);
		const members = (await db.query<{ code: string }>(`SELECT municipalityCode AS code FROM regionMembership WHERE regionId = 'JZ12' AND domain = 'jeugd' ORDER BY 1`)).map((r) => r.code);
		const categories = ['ggz-jeugd', '40', '41'];
		const keys = [null, ...members].flatMap((municipality) => [null, ...categories].map((category) => ({ municipality, category })));
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		await panels.update(runner, filter);
		const perSet = executed;

		await panels.prefetch(runner, [], { filter, dims: ['municipality', 'category'], keys });
		const total = Object.keys(regionPanels).length * keys.length;
		// The filter shown is in already (and keys a panel does not vary by); the rest comes in as the batches finish.
		expect(panels.cube!.total).toBe(total);
		expect(panels.cube!.done).toBeGreaterThanOrEqual(Object.keys(regionPanels).length);
		expect(panels.cube!.done).toBeLessThan(total / 2);
		expect(panels.cube!.done + panels.cube!.pending).toBe(total);
		while ((panels.cube?.done ?? 0) < total) await new Promise((r) => setTimeout(r, 20));
		expect(runner.stats.queued + runner.stats.running).toBe(0);
		// One query per panel and batch, not per key.
		expect(executed - perSet).toBeLessThan(perSet * 3);

		const before = executed;
		for (const key of [keys[1]!, keys[keys.length - 1]!, { municipality: members[2]!, category: null }]) {
			await panels.update(runner, { ...filter, ...key });
			expect(rounded(panels.rows)).toEqual(rounded(await computePanels(db, regionPanels, { ...filter, ...key })));
		}
		expect(executed).toBe(before);

		// Panels whose parameters did not change keep their rows object, so they are not redrawn.
		await panels.update(runner, { ...filter, municipality: members[0]! });
		const kept = panels.rows;
		await panels.update(runner, { ...filter, municipality: members[1]! });
		expect(panels.rows.choicePerMunicipality).toBe(kept.choicePerMunicipality);
		expect(panels.rows.providersPerMunicipality).toBe(kept.providersPerMunicipality);
		expect(panels.rows.localShare).not.toBe(kept.localShare);

		// The same cube seen from another filter (after a click) has nothing left to compute.
		await panels.prefetch(runner, [], { filter: { ...filter, municipality: members[2]!, category: '40' }, dims: ['municipality', 'category'], keys });
		while (runner.stats.queued || runner.stats.running) await new Promise((r) => setTimeout(r, 20));
		expect(executed).toBe(before);
	});

	it('puts every key of a panel in one batch on a runner for large tables', async () => {
		let executed = 0;
		const options = { maxPrefetchMs: Infinity, maxBatchMs: Infinity };
		const cube = { filter, dims: cubeDims, keys: cubeKeys(['GM0243', 'GM0233', 'GM0302'], ['40', '41']) };
		const total = Object.keys(regionPanels).length * cube.keys.length;
		const counts = [];
		for (const batchSize of [Infinity, 4]) {
			const runner = queuedRunner((sql, params) => (executed++, db.query(sql, params)), { ...options, batchSize });
			const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
			await panels.update(runner, filter);
			executed = 0;
			await panels.prefetch(runner, [], cube);
			while ((panels.cube?.done ?? 0) < total) await new Promise((r) => setTimeout(r, 20));
			counts.push(executed);
		}
		// 11 keys left after the filter shown: one query per panel, against up to three (4 + 4 + 3 keys).
		expect(counts[0]).toBe(Object.keys(regionPanels).length);
		expect(counts[1]).toBeGreaterThan(2 * Object.keys(regionPanels).length);
	});

	it('puts every key one click away in the first batch, whatever the batch size', async () => {
		const panelCount = Object.keys(regionPanels).length;
		let batches = 0;
		const runner = queuedRunner(
			(sql, params) => {
				// The first round (one batch per panel) runs; later batches never finish.
				if (sql.startsWith('SELECT __keys.__k') && ++batches > panelCount) return new Promise(() => {});
				return db.query(sql, params);
			},
			{ maxPrefetchMs: Infinity, maxBatchMs: Infinity, batchSize: 4 }
		);
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		await panels.update(runner, filter);
		// 4 municipalities and 3 categories: 7 keys one click from the whole region, more than a batch of 4.
		const near = [...['GM0243', 'GM0233', 'GM0302', 'GM0269'].map((municipality) => ({ municipality })), ...['40', '41', '42'].map((category) => ({ category }))];
		await panels.prefetch(runner, [], { filter, dims: cubeDims, keys: cubeKeys(['GM0243', 'GM0233', 'GM0302', 'GM0269'], ['40', '41', '42']) });
		while (batches <= panelCount) await new Promise((r) => setTimeout(r, 20));
		for (const [name, spec] of Object.entries(regionPanels))
			for (const key of near) expect(runner.cached(spec.metric.sql, spec.metric.bind(spec.params({ ...filter, ...key }) as never)), `${name} ${JSON.stringify(key)}`).toBe(true);
	});

	it('stops counting answers as pending once the work for them is given up', async () => {
		const runner = queuedRunner((sql, params) => db.query(sql, params), { maxPrefetchMs: Infinity, maxBatchMs: Infinity });
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		await panels.update(runner, filter);
		await panels.prefetch(runner, [], { filter, dims: cubeDims, keys: cubeKeys(['GM0243', 'GM0233'], ['40']) });
		runner.cancelPrefetch(); // e.g. the runner judged the batches too slow to run ahead
		while (panels.cube!.pending > 0) await new Promise((r) => setTimeout(r, 20));
		// Not everything is in, and nothing is said to be on its way: the page hides its progress.
		expect(panels.cube!.done).toBeLessThan(panels.cube!.total);
	});

	it('keeps the cube pending while a filter change cancels its batches, until the next prefetch counts again', async () => {
		const runner = queuedRunner((sql, params) => db.query(sql, params), { maxPrefetchMs: Infinity, maxBatchMs: Infinity });
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		const cube = { filter, dims: cubeDims, keys: cubeKeys(['GM0243', 'GM0233'], ['40']) };
		await panels.update(runner, filter);
		await panels.prefetch(runner, [], cube);
		panels.cancelPrefetch(runner); // a click: the page prefetches again once it has updated
		while (runner.stats.running) await new Promise((r) => setTimeout(r, 20));
		expect(panels.cube!.pending).toBeGreaterThan(0);
		await panels.update(runner, { ...filter, municipality: 'GM0243' });
		await panels.prefetch(runner, [], { ...cube, filter: { ...filter, municipality: 'GM0243' } });
		while (panels.cube!.pending > 0) await new Promise((r) => setTimeout(r, 20));
		expect(panels.cube!.done).toBe(panels.cube!.total);
	});

	/** The same panels, counting how often a filter is turned into parameters. */
	function counting() {
		const count = { binds: 0 };
		const specs = Object.fromEntries(
			Object.entries(regionPanels).map(([name, spec]) => [name, { ...spec, params: (f: DashboardFilter) => (count.binds++, spec.params(f)) }])
		) as unknown as typeof regionPanels;
		return { count, specs };
	}

	it('stops checking a cube when newer guesses replace it', async () => {
		const { count, specs } = counting();
		const runner = queuedRunner((sql, params) => db.query(sql, params), { maxPrefetchMs: Infinity, maxBatchMs: Infinity });
		const panels = new Panels(specs, await computePanels(db, regionPanels, filter));
		const cube = { filter, dims: cubeDims, keys: cubeKeys(['GM0243', 'GM0233'], ['40']) };
		const stale = panels.prefetch(runner, [], cube);
		await panels.prefetch(runner, [], undefined); // e.g. the pointer moved on
		await stale;
		expect(count.binds).toBe(0);
		expect(runner.stats.queued + runner.stats.running).toBe(0);
	});

	it('does not recheck a cube found wholly computed, until the runner drops results', async () => {
		const { count, specs } = counting();
		const binds = () => count.binds;
		let executed = 0;
		const runner = queuedRunner((sql, params) => (executed++, db.query(sql, params)), { maxPrefetchMs: Infinity, maxBatchMs: Infinity });
		const keys = cubeKeys(['GM0243', 'GM0233'], ['40']);
		const cube = { filter, dims: cubeDims, keys };
		const panels = new Panels(specs, await computePanels(db, regionPanels, filter));
		const settle = async () => {
			while (runner.stats.queued || runner.stats.running) await new Promise((r) => setTimeout(r, 20));
		};
		await panels.update(runner, filter); // as the page does: the filter shown, then the cube around it
		await panels.prefetch(runner, [], cube);
		await settle();
		await panels.prefetch(runner, [], { ...cube, filter: { ...filter, municipality: 'GM0243' } }); // finds it complete
		const [bindsThen, executedThen] = [binds(), executed];
		await panels.prefetch(runner, [], { ...cube, filter: { ...filter, municipality: 'GM0233', category: '40' } });
		expect(binds()).toBe(bindsThen);

		// A cube taken whole from the build is known to be complete: no check either.
		const seededRunner = queuedRunner((sql, params) => (executed++, db.query(sql, params)));
		panels.cube = null;
		await panels.seed(seededRunner, cube, await computeCube(db, regionPanels, cube));
		const all = Object.keys(regionPanels).length * keys.length;
		expect(panels.cube).toEqual({ done: all, total: all, pending: 0 });
		const [bindsSeeded, executedSeeded] = [binds(), executed];
		await panels.prefetch(seededRunner, [], { ...cube, filter: { ...filter, municipality: 'GM0233' } });
		expect([binds(), executed]).toEqual([bindsSeeded, executedSeeded]);

		runner.clear(); // e.g. the user imported data: the cube is computed again
		await panels.prefetch(runner, [], cube);
		await settle();
		expect(binds()).toBeGreaterThan(bindsThen);
		expect(executed).toBeGreaterThan(executedThen);
	});
});

describe('Panels.seed', () => {
	it('takes the build cube in one panel per task, and a click meanwhile waits for it and is answered from it', async () => {
		const keys = cubeKeys(['GM0243', 'GM0233'], ['45']);
		const cube = { filter, dims: cubeDims, keys };
		const rows = await computeCube(db, regionPanels, cube);
		let executed = 0;
		const runner = queuedRunner((sql, params) => (executed++, db.query(sql, params)));
		const panels = new Panels(regionPanels, await computePanels(db, regionPanels, filter));
		let tasks = 0;
		const counting = setInterval(() => tasks++, 0);
		const seeding = panels.seed(runner, cube, rows);
		expect(panels.cube).toBeNull(); // nothing taken in within the task that asked
		const chosen = { ...filter, municipality: 'GM0233', category: '45' };
		await panels.update(runner, chosen);
		clearInterval(counting);
		expect(executed).toBe(0);
		expect(panels.computedBy).toBe('cube');
		expect(rounded(panels.rows)).toEqual(rounded(await computePanels(db, regionPanels, chosen)));
		expect(tasks).toBeGreaterThan(Object.keys(regionPanels).length / 2);
		await seeding;
		const all = Object.keys(regionPanels).length * keys.length;
		expect(panels.cube).toEqual({ done: all, total: all, pending: 0 });
	});
});

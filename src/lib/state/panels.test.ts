import { afterAll, describe, expect, it } from 'vitest';
import { realData } from '../metrics/real-data-db';
import { queuedRunner } from '../db/query-queue';
import { Panels, computePanels } from './panels.svelte';
import { regionPanels, type DashboardFilter } from '../lenses/region-panels';

const { db, close } = await realData();
afterAll(close);

const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));
const filter: DashboardFilter = { regionId: 'JZ12', domain: 'jeugd', municipality: null, category: null, provider: null, year: null, date: '2026-10-01', localBy: 'regio' };

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

		panels.prefetch(runner, [], { filter, dims: ['municipality', 'category'], keys });
		while (runner.stats.queued || runner.stats.running) await new Promise((r) => setTimeout(r, 20));
		// One query per panel and batch, not per key.
		expect(executed - perSet).toBeLessThan(perSet * 3);

		const before = executed;
		for (const key of [keys[1]!, keys[keys.length - 1]!, { municipality: members[2]!, category: null }]) {
			await panels.update(runner, { ...filter, ...key });
			expect(rounded(panels.rows)).toEqual(rounded(await computePanels(db, regionPanels, { ...filter, ...key })));
		}
		expect(executed).toBe(before);

		// The same cube seen from another filter (after a click) has nothing left to compute.
		panels.prefetch(runner, [], { filter: { ...filter, municipality: members[2]!, category: '40' }, dims: ['municipality', 'category'], keys });
		while (runner.stats.queued || runner.stats.running) await new Promise((r) => setTimeout(r, 20));
		expect(executed).toBe(before);
	});
});

import { afterAll, describe, expect, it } from 'vitest';
import { realData } from '../metrics/real-data-db';
import { computePanels } from '../state/panels.svelte';
import { regionPanels, type DashboardFilter } from '../lenses/region-panels';
import { createSchemaSql, searchPathSql, slicedTables, sliceSql, sliceWindowsSql } from './region-slice';

/*
 * The slice must change nothing a reader sees: every panel of the region dashboard, run through
 * a connection whose search path puts the region's slice first, returns exactly the rows it
 * returns on the full national tables. Regions chosen to differ in size and in their data:
 * Noord-Veluwe (JZ12), Groningen (JZ01, 10 members), Holland Rijnland (JZ18) and the last region in the list (JZ42).
 */
const { db, close } = await realData();
afterAll(close);

/** DuckDB sums in parallel, so the last digits of a float vary between runs: compare 12 significant digits. */
const rounded = (value: unknown) => JSON.parse(JSON.stringify(value, (_, v: unknown) => (typeof v === 'number' ? Number(v.toPrecision(12)) : v)));

const base = { domain: 'jeugd', municipality: null, category: null, provider: null, year: null, date: '2026-10-01', localBy: 'regio' } as const;

describe('region slice', () => {
	for (const regionId of ['JZ12', 'JZ01', 'JZ18', 'JZ42']) {
		it(`gives every panel of ${regionId} the same rows as the full tables`, async () => {
			const schema = `slice_${regionId}`;
			await db.exec(createSchemaSql(schema));
			for (const table of slicedTables) await db.query(sliceSql(schema, table), [regionId]);
			await db.query(sliceWindowsSql(schema), [regionId]);
			const sliced = await db.connect();
			await sliced.exec(searchPathSql(schema));

			const [member] = await db.query<{ code: string }>(`SELECT municipalityCode AS code FROM regionMembership WHERE regionId = ? ORDER BY 1 DESC LIMIT 1`, [regionId]);
			const [category] = await db.query<{ code: string }>(`SELECT code FROM careCategories WHERE domain = 'jeugd' ORDER BY code LIMIT 1`);
			const filters: DashboardFilter[] = [
				{ ...base, regionId },
				{ ...base, regionId, municipality: member!.code, year: 2018 },
				{ ...base, regionId, category: category!.code, localBy: 'gemeente' },
				{ ...base, regionId, domain: 'wmo', year: 2024 }
			];
			const [fullWaits] = await db.query<{ n: number }>(`SELECT count(*) AS n FROM main.waitingTimes`);
			const [slicedWaits] = await sliced.query<{ n: number }>(`SELECT count(*) AS n FROM waitingTimes`);
			expect(slicedWaits!.n).toBeGreaterThan(0);
			expect(slicedWaits!.n).toBeLessThan(fullWaits!.n / 5);
			// The waits metrics read the slice's own windows (a few rows), not the view over every region.
			const [windows] = await sliced.query<{ n: number; regions: number }>(`SELECT count(*) AS n, count(DISTINCT regionId) AS regions FROM waitWindows`);
			expect(windows).toEqual({ n: expect.any(Number), regions: 1 });
			expect(windows!.n).toBeGreaterThan(0);
			for (const f of filters) {
				const expected = await computePanels(db, regionPanels, f);
				expect(Object.values(expected).some((rows) => rows.length > 0)).toBe(true);
				expect(rounded(await computePanels(sliced, regionPanels, f))).toEqual(rounded(expected));
			}
		});
	}
});

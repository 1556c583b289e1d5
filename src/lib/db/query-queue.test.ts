import { describe, expect, it } from 'vitest';
import { queuedRunner } from './query-queue';
import type { Row, SqlValue } from './types';

/** An executor whose queries finish only when the test says so. */
function fakeDuckDb() {
	const calls: { sql: string; params: readonly SqlValue[]; finish(rows?: Row[]): void; fail(e: Error): void }[] = [];
	const execute = (sql: string, params: readonly SqlValue[]) =>
		new Promise<Row[]>((resolve, reject) => calls.push({ sql, params, finish: (rows = [{ sql, p: params[0] ?? null }]) => resolve(rows), fail: reject }));
	const started = () => calls.map((c) => `${c.sql}:${c.params[0] ?? ''}`);
	/** The i-th query sent to the database (negative: from the end). */
	const call = (i: number) => calls.at(i) ?? expect.fail(`no query #${i} was sent`);
	return { calls, execute, started, call };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('queuedRunner', () => {
	it('answers a repeated query from the cache, until the data changes', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const first = runner.query('SELECT ?', ['a']);
		db.call(0).finish();
		expect(await first).toEqual([{ sql: 'SELECT ?', p: 'a' }]);
		expect(await runner.query('SELECT ?', ['a'])).toEqual([{ sql: 'SELECT ?', p: 'a' }]);
		expect(db.calls).toHaveLength(1);

		runner.clear();
		const again = runner.query('SELECT ?', ['a']);
		await tick();
		expect(db.calls).toHaveLength(2);
		db.call(1).finish();
		await again;
	});

	it('runs prefetches only while no real query runs, one at a time', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const real = runner.query('A', [1]);
		runner.prefetch('B', [1]);
		runner.prefetch('C', [1]);
		expect(db.started()).toEqual(['A:1']);
		db.call(0).finish();
		await real;
		await tick();
		expect(db.started()).toEqual(['A:1', 'B:1']);
		db.call(1).finish();
		await tick();
		expect(db.started()).toEqual(['A:1', 'B:1', 'C:1']);
		db.call(2).finish();
		await tick();
		// Both prefetched results are now cached.
		expect(await runner.query('C', [1])).toEqual([{ sql: 'C', p: 1 }]);
		expect(db.calls).toHaveLength(3);
		expect(runner.stats.prefetched).toBe(2);
	});

	it('lets a click join the prefetch already running instead of running it twice', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		runner.prefetch('B', ['x']);
		expect(db.started()).toEqual(['B:x']);
		const real = runner.query('B', ['x']);
		await tick();
		expect(db.calls).toHaveLength(1);
		db.call(0).finish();
		expect(await real).toEqual([{ sql: 'B', p: 'x' }]);
		expect(runner.stats.joined).toBe(1);
	});

	it('starts a queued prefetch at once when a click needs it, ahead of the other guesses', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		runner.prefetch('B', [1]); // runs
		runner.prefetch('C', [1]); // waits
		runner.prefetch('D', [1]); // waits
		const real = runner.query('D', [1]);
		expect(db.started()).toEqual(['B:1', 'D:1']);
		db.call(1).finish();
		expect(await real).toEqual([{ sql: 'D', p: 1 }]);
		await tick();
		expect(db.started()).toEqual(['B:1', 'D:1']); // C still waits: B runs
		db.call(0).finish();
		await tick();
		expect(db.started()).toEqual(['B:1', 'D:1', 'C:1']);
	});

	it('drops queued prefetches when the hint is stale, and never reports their failure', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const failed = runner.prefetch('B', [1]);
		const cancelled = runner.prefetch('C', [1]);
		runner.cancelPrefetch();
		expect(runner.stats.queued).toBe(0);
		db.call(0).fail(new Error('boom'));
		await tick();
		expect(db.started()).toEqual(['B:1']);
		expect([await failed, await cancelled]).toEqual([false, false]);
		// A real query after a failed prefetch runs again and sees its own result.
		const real = runner.query('B', [1]);
		await tick();
		db.call(1).finish([{ ok: true }]);
		expect(await real).toEqual([{ ok: true }]);
	});

	/** Run `sql` with `p` as a real query that takes `ms` on the test clock. */
	async function timed(runner: ReturnType<typeof queuedRunner>, db: ReturnType<typeof fakeDuckDb>, clock: { t: number }, sql: string, p: number, ms: number) {
		const q = runner.query(sql, [p]);
		clock.t += ms;
		db.call(-1).finish();
		await q;
	}

	it('does not prefetch SQL that takes longer, even at its fastest, than a click should wait', async () => {
		const clock = { t: 0 };
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute, { maxPrefetchMs: 100, now: () => clock.t });
		await timed(runner, db, clock, 'SLOW', 1, 500);
		runner.prefetch('SLOW', [2]); // one slow run may be the cold first one: still tried
		await tick();
		clock.t += 400;
		db.call(-1).finish();
		await tick();
		const skipped = runner.prefetch('SLOW', [3]);
		const fast = runner.prefetch('FAST', [3]);
		await tick();
		expect(db.started()).toEqual(['SLOW:1', 'SLOW:2', 'FAST:3']);
		expect(await skipped).toBe(false); // its caller learns it will not be cached
		db.call(-1).finish();
		expect(await fast).toBe(true);
	});

	it('judges SQL by its fastest run: a first, cold run that was slow does not stop later prefetches', async () => {
		const clock = { t: 0 };
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute, { maxPrefetchMs: 100, now: () => clock.t });
		for (const [p, ms] of [[1, 500], [2, 20], [3, 400]] as const) await timed(runner, db, clock, 'Q', p, ms);
		runner.prefetch('Q', [4]);
		await tick();
		expect(db.started()).toEqual(['Q:1', 'Q:2', 'Q:3', 'Q:4']);
	});

	it('counts a query’s own time, not the time it waited behind queries sent with it', async () => {
		let clock = 0;
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute, { maxPrefetchMs: 100, now: () => clock });
		for (const p of [1, 2]) {
			const slow = runner.query('SLOW', [p]);
			const quick = runner.query('QUICK', [p]); // sent at once, runs after SLOW
			clock += 200;
			db.call(-2).finish();
			await slow;
			clock += 50;
			db.call(-1).finish();
			await quick;
		}
		runner.prefetch('SLOW', [3]);
		runner.prefetch('QUICK', [3]);
		await tick();
		expect(db.started()).toEqual(['SLOW:1', 'QUICK:1', 'SLOW:2', 'QUICK:2', 'QUICK:3']);
	});

	it('runs a real query for a guess that was dropped', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const hold = runner.query('HOLD');
		runner.prefetch('B', [1]);
		runner.cancelPrefetch();
		const real = runner.query('B', [1]);
		expect(db.started()).toEqual(['HOLD:', 'B:1']);
		db.call(1).finish();
		expect(await real).toEqual([{ sql: 'B', p: 1 }]);
		db.call(0).finish();
		await hold;
	});

	it('does not cache a result computed on data that has since been replaced', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const before = runner.query('A', [1]);
		runner.clear();
		const after = runner.query('A', [1]); // must not join the run on the old data
		await tick();
		expect(db.calls).toHaveLength(2);
		db.call(0).finish([{ old: true }]);
		expect(await before).toEqual([{ old: true }]);
		db.call(1).finish([{ old: false }]);
		expect(await after).toEqual([{ old: false }]);
		expect(await runner.query('A', [1])).toEqual([{ old: false }]);
		expect(db.calls).toHaveLength(2);
	});

	it('hands out copies, so a caller sorting its rows does not change the cache', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const first = runner.query('A');
		db.call(0).finish([{ n: 2 }, { n: 1 }]);
		(await first).reverse();
		expect(await runner.query('A')).toEqual([{ n: 2 }, { n: 1 }]);
	});

	it('forgets the least recently used result when full', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute, { cacheSize: 2 });
		for (const p of [1, 2]) {
			const q = runner.query('A', [p]);
			db.call(-1).finish();
			await q;
		}
		await runner.query('A', [1]); // 1 is now the most recent
		const q3 = runner.query('A', [3]);
		db.call(-1).finish();
		await q3;
		expect(runner.stats.cached).toBe(2);
		await runner.query('A', [1]);
		expect(db.calls).toHaveLength(3); // 1 still cached, 2 was dropped
		const q2 = runner.query('A', [2]);
		await tick();
		expect(db.calls).toHaveLength(4);
		db.call(3).finish();
		await q2;
	});

	describe('batch prefetch', () => {
		const parts = [
			{ sql: 'P', params: ['a'] },
			{ sql: 'P', params: ['b'] }
		];
		const split = (rows: readonly Row[]) => [rows.filter((r) => r.k === 'a'), rows.filter((r) => r.k === 'b')];
		const batchRows = [{ k: 'a', n: 1 }, { k: 'b', n: 2 }];

		it('caches every part of one batch query, as if each had run alone', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute);
			runner.prefetchBatch('BATCH', [1], parts, split);
			expect(db.started()).toEqual(['BATCH:1']);
			db.call(0).finish(batchRows);
			await tick();
			await tick();
			expect(await runner.query('P', ['b'])).toEqual([{ k: 'b', n: 2 }]);
			expect(await runner.query('P', ['a'])).toEqual([{ k: 'a', n: 1 }]);
			expect(db.calls).toHaveLength(1);
			runner.prefetchBatch('BATCH', [1], parts, split); // everything is cached: nothing to do
			expect(db.calls).toHaveLength(1);
		});

		it('lets a query for a part join the running batch', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute);
			runner.prefetchBatch('BATCH', [1], parts, split);
			const real = runner.query('P', ['a']);
			await tick();
			expect(db.calls).toHaveLength(1);
			db.call(0).finish(batchRows);
			expect(await real).toEqual([{ k: 'a', n: 1 }]);
			expect(runner.stats.joined).toBe(1);
		});

		it('runs the parts alone when the batch fails', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute);
			runner.prefetchBatch('BATCH', [1], parts, split);
			const real = runner.query('P', ['b']);
			db.call(0).fail(new Error('not supported'));
			await tick();
			expect(db.started()).toContain('P:b');
			db.call(-1).finish([{ k: 'b', alone: true }]);
			expect(await real).toEqual([{ k: 'b', alone: true }]);
		});

		it('tells when every part is cached, and when a batch will not be', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute);
			const answered = runner.prefetchBatch('BATCH', [1], parts, split);
			const dropped = runner.prefetchBatch('BATCH', [2], [{ sql: 'P', params: ['c'] }], () => [[]]);
			runner.cancelPrefetch(); // the second was still queued
			expect(await dropped).toBe(false);
			db.call(0).finish(batchRows);
			expect(await answered).toBe(true);
			expect(runner.cached('P', ['a']) && runner.cached('P', ['b'])).toBe(true);
			expect(await runner.prefetchBatch('BATCH', [1], parts, split)).toBe(true); // all cached: nothing runs
			expect(db.calls).toHaveLength(1);

			const replaced = runner.prefetchBatch('BATCH', [3], [{ sql: 'P', params: ['d'] }], () => [[{ k: 'd' }]]);
			runner.clear(); // new data while it runs: its answer is not kept
			db.call(-1).finish([{ k: 'd' }]);
			expect(await replaced).toBe(false);
		});

		it('skips a batch that takes longer than maxBatchMs, though its parts are quick', async () => {
			let t = 0;
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute, { maxPrefetchMs: 250, maxBatchMs: 600, now: () => t });
			for (const p of [1, 2]) {
				runner.prefetchBatch('BATCH', [p], [{ sql: 'P', params: [p] }], () => [[]]);
				t += 700;
				db.call(-1).finish([]);
				await tick();
				await tick();
			}
			runner.prefetchBatch('BATCH', [3], [{ sql: 'P', params: [3] }], () => [[]]);
			await tick();
			expect(db.calls).toHaveLength(2);
		});

		it('starts a queued batch in place of a query for one of its parts, on a runner with small batches', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute, { batchSize: 16 });
			const busy = runner.query('OTHER', [0]); // keeps the batch below in the queue
			runner.prefetchBatch('BATCH', [1], parts, split);
			const real = runner.query('P', ['a']);
			await tick();
			// The batch runs instead of P:a alone, and brings P:b with it.
			expect(db.started()).toEqual(['OTHER:0', 'BATCH:1']);
			db.call(0).finish();
			db.call(1).finish(batchRows);
			expect(await real).toEqual([{ k: 'a', n: 1 }]);
			await busy;
			expect(await runner.query('P', ['b'])).toEqual([{ k: 'b', n: 2 }]);
			expect(db.calls).toHaveLength(2);
		});

		it('runs a part alone rather than start a queued batch of every key, on a runner for large tables', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute, { batchSize: Infinity });
			const busy = runner.query('OTHER', [0]);
			runner.prefetchBatch('BATCH', [1], parts, split);
			const real = runner.query('P', ['a']);
			await tick();
			expect(db.started()).toEqual(['OTHER:0', 'P:a']);
			db.call(1).finish([{ k: 'a', alone: true }]);
			expect(await real).toEqual([{ k: 'a', alone: true }]);
			db.call(0).finish();
			await busy;
		});

		it('runs a part alone when its queued batch was given up', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute, { batchSize: 16 });
			const busy = runner.query('OTHER', [0]);
			runner.prefetchBatch('BATCH', [1], parts, split);
			runner.cancelPrefetch();
			const real = runner.query('P', ['a']);
			await tick();
			expect(db.started()).toEqual(['OTHER:0', 'P:a']);
			db.call(0).finish();
			db.call(1).finish([{ k: 'a', alone: true }]);
			expect(await real).toEqual([{ k: 'a', alone: true }]);
			await busy;
		});

		it('does not cache a batch that ran on data since replaced', async () => {
			const db = fakeDuckDb();
			const runner = queuedRunner(db.execute);
			runner.prefetchBatch('BATCH', [1], parts, split);
			runner.clear();
			db.call(0).finish(batchRows);
			await tick();
			await tick();
			const fresh = runner.query('P', ['a']);
			await tick();
			expect(db.started()).toEqual(['BATCH:1', 'P:a']);
			db.call(1).finish([{ k: 'a', n: 9 }]);
			expect(await fresh).toEqual([{ k: 'a', n: 9 }]);
		});
	});

	it('answers from a seed without querying and says so, also in place of what it computed itself', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute);
		const own = runner.query('A', [1]);
		db.call(0).finish([{ own: true }]);
		await own;
		runner.seed('A', [1], [{ seeded: true }]);
		runner.seed('A', [2], [{ seeded: true }]);
		expect(await runner.query('A', [1])).toEqual([{ seeded: true }]);
		expect(runner.seeded('A', [1])).toBe(true);
		expect(await runner.query('A', [2])).toEqual([{ seeded: true }]);
		expect(runner.seeded('A', [2])).toBe(true);
		expect(db.calls).toHaveLength(1);
		runner.clear(); // new data: the seed no longer holds
		expect(runner.seeded('A', [2])).toBe(false);
		expect(runner.covered('A', [2])).toBe(false);
	});

	it('counts every way a covered query stops being covered, and nothing else', async () => {
		const db = fakeDuckDb();
		const runner = queuedRunner(db.execute, { cacheSize: 2 });
		const dropped = () => runner.dropped;
		const at = [dropped()];
		const q = runner.query('A', [1]); // running, then cached: still covered throughout
		db.call(0).finish();
		await q;
		runner.prefetch('B', [1]); // starts at once: nothing else runs
		expect(runner.covered('B', [1])).toBe(true);
		db.call(1).finish();
		await tick();
		expect(runner.covered('B', [1])).toBe(true);
		expect(dropped()).toBe(at[0]); // covered became more, never less

		runner.seed('A', [2], [{ seeded: true }]);
		expect(runner.stats.cached).toBe(2); // the seed pushed out A:1, the least recently used
		expect(runner.covered('A', [1])).toBe(false);
		expect(dropped()).toBe((at[1] = at[0]! + 1));

		runner.prefetch('C', [1]); // starts
		runner.prefetch('C', [2]); // queued
		runner.cancelPrefetch();
		expect(dropped()).toBe((at[2] = at[1] + 1));
		db.call(2).fail(new Error('boom'));
		await tick();
		expect(runner.covered('C', [1])).toBe(false);
		expect(dropped()).toBe((at[3] = at[2] + 1));

		runner.clear();
		expect(dropped()).toBeGreaterThan(at[3]);
	});
});

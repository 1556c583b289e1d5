/**
 * Browser timings on a busy machine say more about the other jobs than about the site: before
 * timing, wait (bounded) until the 1-minute load average is below the number of cores. If it
 * never is, the bench goes on but says so loudly, and every browser figure is marked.
 */
import { availableParallelism, loadavg } from 'node:os';
import { log, sleep } from './util';

export interface Quiet {
	/** The load average was below the core count when timing started. */
	quiet: boolean;
	/** 1-minute load average when timing started. */
	load: number;
	cores: number;
	waitedMs: number;
}

export async function waitForQuiet(maxWaitMs: number): Promise<Quiet> {
	const cores = availableParallelism();
	const t0 = performance.now();
	let load = loadavg()[0]!;
	let said = 0;
	while (load >= cores && performance.now() - t0 < maxWaitMs) {
		if (performance.now() - said > 30_000) {
			log(`wacht op een rustige machine: load average ${load.toFixed(2)} ≥ ${cores} cores (hooguit ${(maxWaitMs / 60_000).toFixed(0)} min)`);
			said = performance.now();
		}
		await sleep(5_000);
		load = loadavg()[0]!;
	}
	const quiet = load < cores;
	const waitedMs = performance.now() - t0;
	if (!quiet) {
		const line = `!! DRUKKE MACHINE / BUSY MACHINE: load average ${load.toFixed(2)} ≥ ${cores} cores na ${(waitedMs / 60_000).toFixed(1)} min wachten — elke browsermeting is gemarkeerd als "busy machine" !!`;
		log('!'.repeat(line.length));
		log(line);
		log('!'.repeat(line.length));
	} else log(`machine rustig genoeg: load average ${load.toFixed(2)} < ${cores} cores (${(waitedMs / 1000).toFixed(0)} s gewacht)`);
	return { quiet, load, cores, waitedMs };
}

/** Loading state of the browser database, for the progress indicator (one shared instance). */
export type DbPhase = 'idle' | 'starting' | 'downloading' | 'decoding' | 'ready' | 'error';

export const dbStatus = $state({
	phase: 'idle' as DbPhase,
	/** Bytes of data files received so far, and expected in total (0 = unknown). */
	loadedBytes: 0,
	totalBytes: 0,
	/** Table currently being loaded. */
	table: '',
	error: '',
	/** Milliseconds from start to ready, for the page and the benchmark. */
	readyMs: 0
});

import { sveltekit } from '@sveltejs/kit/vite';
import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
	plugins: [sveltekit()],
	// DuckDB-WASM and parquet-wasm ship their own wasm; keep them out of dep pre-bundling
	// so their `?url` asset imports resolve to files we serve ourselves.
	optimizeDeps: { exclude: ['@duckdb/duckdb-wasm', 'parquet-wasm'] },
	ssr: { external: ['@duckdb/node-api'] },
	test: {
		include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
		environment: 'node',
		testTimeout: 30_000,
		// Vitest's default (cores − 1) is one worker on a 2-core machine, and the DuckDB tests
		// spend much of their time waiting on DuckDB's own threads: two keep both cores busy.
		maxWorkers: Math.max(2, availableParallelism() - 1)
	}
});

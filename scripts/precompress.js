#!/usr/bin/env node
/**
 * Precompress the built site: writes `<file>.br` (brotli) and `<file>.gz` (gzip) next to every
 * .js .css .html .json .wasm .parquet .arrow .topojson .svg file, which scripts/serve.js sends when
 * the browser accepts them. Runs at the end of `npm run build` and again (cheaply) in
 * `npm run bench`.
 *
 * Usage: node scripts/precompress.js [dir=build]
 *
 * - Levels: brotli 11 for the small immutable JS/CSS/SVG (downloaded by every visitor, ~2 MB in
 *   all); brotli 9 for everything else (HTML/JSON pages, data, and the 35–40 MB DuckDB wasm
 *   files: quality 10 with a 16 MB window would save another ~11% there but takes ~40 s per
 *   file on this 2-core machine); gzip level 9, or 6 above 4 MB (the wasm: 0.4% larger, 35%
 *   faster; gzip is only the fallback for browsers without brotli).
 *   Whole build (~110 MB, 836 files) on 2 cores: ~15–30 s depending on load.
 * - A variant is kept only when it is at least 5% smaller than the original (zstd Parquet
 *   usually is not); otherwise any old variant is removed, so a stale .br is never served.
 * - Up-to-date variants (newer than their original) are left alone, so a second run is fast.
 */
import { createReadStream, createWriteStream, existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { extname, join, relative, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Writable } from 'node:stream';
import { constants, createBrotliCompress, createGzip } from 'node:zlib';

const root = resolve(process.argv[2] ?? 'build');
const EXTENSIONS = new Set(['.js', '.css', '.html', '.json', '.wasm', '.parquet', '.arrow', '.topojson', '.svg']);
const BEST_BROTLI = new Set(['.js', '.css', '.svg']);
const MIN_SAVING = 0.05;

if (!existsSync(root) || !statSync(root).isDirectory()) {
	console.error(`precompress: map ${root} bestaat niet`);
	process.exit(1);
}

/** Every eligible regular file under dir (symlinks are not followed). */
function walk(dir, out = []) {
	for (const entry of readdirSync(dir, { withFileTypes: true })) {
		const full = join(dir, entry.name);
		if (entry.isDirectory()) walk(full, out);
		else if (entry.isFile() && EXTENSIONS.has(extname(entry.name))) out.push({ file: full, size: statSync(full).size, mtime: statSync(full).mtimeMs });
	}
	return out;
}

const fresh = (variant, mtime) => existsSync(variant) && statSync(variant).mtimeMs >= mtime;

function brotliFor(file, size) {
	const quality = BEST_BROTLI.has(extname(file)) && size <= 4 * 1048576 ? 11 : 9;
	return createBrotliCompress({
		params: {
			[constants.BROTLI_PARAM_QUALITY]: quality,
			[constants.BROTLI_PARAM_SIZE_HINT]: size,
			[constants.BROTLI_PARAM_MODE]: ['.wasm', '.parquet', '.arrow'].includes(extname(file)) ? constants.BROTLI_MODE_GENERIC : constants.BROTLI_MODE_TEXT
		}
	});
}

/** Compress into memory first (files are at most tens of MB), then decide whether to keep it. */
async function compress(file, makeStream) {
	const chunks = [];
	await pipeline(
		createReadStream(file),
		makeStream(),
		new Writable({
			write(chunk, _enc, cb) {
				chunks.push(chunk);
				cb();
			}
		})
	);
	return Buffer.concat(chunks);
}

async function variant({ file, size, mtime }, suffix, makeStream, stats) {
	const target = `${file}.${suffix}`;
	if (fresh(target, mtime)) {
		stats.upToDate++;
		stats.bytes[suffix] += statSync(target).size;
		return;
	}
	const out = await compress(file, makeStream);
	if (out.length > size * (1 - MIN_SAVING)) {
		rmSync(target, { force: true });
		stats.skipped++;
		stats.bytes[suffix] += size;
		return;
	}
	await pipeline(async function* () {
		yield out;
	}, createWriteStream(target));
	stats.written++;
	stats.bytes[suffix] += out.length;
}

const started = performance.now();
const files = walk(root).sort((a, b) => b.size - a.size); // big first: better spread over workers
const stats = { written: 0, upToDate: 0, skipped: 0, bytes: { br: 0, gz: 0 } };
let next = 0;
const workers = Array.from({ length: Math.max(1, availableParallelism()) }, async () => {
	while (next < files.length) {
		const f = files[next++];
		await variant(f, 'br', () => brotliFor(f.file, f.size), stats);
		await variant(f, 'gz', () => createGzip({ level: f.size > 4 * 1048576 ? 6 : 9 }), stats);
	}
});
await Promise.all(workers);

const total = files.reduce((s, f) => s + f.size, 0);
const mb = (b) => (b / 1048576).toFixed(1);
console.log(
	`precompress ${relative(process.cwd(), root) || '.'}: ${files.length} bestanden, ${mb(total)} MB → br ${mb(stats.bytes.br)} MB, gz ${mb(stats.bytes.gz)} MB ` +
		`(${stats.written} geschreven, ${stats.upToDate} al actueel, ${stats.skipped} niet kleiner) in ${((performance.now() - started) / 1000).toFixed(1)} s`
);

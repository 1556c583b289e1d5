/**
 * Type-ahead benchmark: how fast does the municipality search of /aanbieders answer on the
 * embedded dataset (the 342 municipalities and the PC4 areas the page ships with)?
 * Target: every answer well under 50 ms. Prints figures; asserts nothing.
 *
 *   npx tsx bench/typeahead.ts
 *
 * Reads static/data (run `npm run data` first). Queries: every prefix (1–8 characters) of every
 * municipality name, infixes, typos that match nothing, everyday names and postcodes — as a
 * user types them, one keystroke at a time.
 */
import { existsSync } from 'node:fs';
import { attachParquetDir, openNodeDb } from '../src/lib/db/node';
import { runMetric } from '../src/lib/metrics/metric';
import { municipalityList } from '../src/lib/metrics/regions';
import { postcodeAreas } from '../src/lib/metrics/providers';
import { buildMunicipalityIndex } from '../src/routes/aanbieders/municipality-search';

if (!existsSync('static/data/municipalities.parquet')) {
	console.error('static/data is missing: run `npm run data` first.');
	process.exit(1);
}
const db = await openNodeDb();
await attachParquetDir(db, 'static/data');
const municipalities = (await runMetric(db, municipalityList, {})).map((m) => ({ code: m.code, name: m.name, provinceName: m.provinceName }));
const postcodes = (await runMetric(db, postcodeAreas, {})).map((p) => ({ postcode: p.postcode, municipalityCode: p.municipalityCode }));
db.close();

const t0 = performance.now();
const index = buildMunicipalityIndex(municipalities, postcodes);
const buildMs = performance.now() - t0;

// Keystroke sequences: each query is typed one character at a time, and every keystroke searches.
const words = ['den haag', 'den bosch', 'sudwest', 'súdwest', "'s-her", 'nuenen gerwen', 'bergen', 'zzzz', 'qxj', 'amster', 'rotter', 'ijssel', 'oost', 'noord', '3841', '1012 ab', '9999'];
const typed = [...municipalities.map((m) => m.name.slice(0, 8)), ...municipalities.map((m) => m.name.slice(2, 7)), ...words];
const keystrokes = typed.flatMap((q) => Array.from({ length: q.length }, (_, i) => q.slice(0, i + 1)));

// Warm up (JIT), then measure each keystroke.
for (const q of keystrokes.slice(0, 500)) index.search(q);
const times: number[] = [];
let matched = 0;
for (const q of keystrokes) {
	const s = performance.now();
	const r = index.search(q);
	times.push(performance.now() - s);
	if (r.total > 0) matched++;
}
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;
const fmt = (ms: number) => `${ms.toFixed(3)} ms`;

console.log(`Type-ahead over ${index.size} municipalities and ${new Set(postcodes.map((p) => p.postcode)).size} postcode areas (PC4) in the data`);
console.log(`  index built in   ${fmt(buildMs)}`);
console.log(`  keystrokes       ${times.length} (${matched} with at least one match)`);
console.log(`  median           ${fmt(at(0.5))}`);
console.log(`  p95              ${fmt(at(0.95))}`);
console.log(`  p99              ${fmt(at(0.99))}`);
console.log(`  slowest          ${fmt(times.at(-1)!)}`);
console.log(`  target           < 50 ms per answer: ${times.at(-1)! < 50 ? 'met' : 'NOT met'}`);
for (const q of ['harder', 'den haag', 'sudwest', '3841']) {
	const r = index.search(q);
	console.log(`  “${q}” → ${r.total} match(es): ${r.options.map((o) => o.name).join(', ') || '–'}${r.note ? ` · ${JSON.stringify(r.note)}` : ''}`);
}

/**
 * `npm run data:demo [-- --scale N] [--out DIR]`
 * Writes the seeded demo tables as canonical CSV (re-importable, and the same bytes on every
 * run: a SHA-256 per table is printed to prove it). With --scale N it also writes a much
 * larger waiting-times set for the benchmark: the embedded waits repeated N times as distinct
 * (fictional) provider copies with varied figures, as Parquet. Not shipped with the site.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { tables } from '../src/lib/schema/index';
import { toCsv } from '../src/lib/export/csv';
import { openNodeDb, loadRows, quoteIdent } from '../src/lib/db/node';
import { collectTables } from './sources/index';
import { DEMO } from './sources/demo';

const { values } = parseArgs({ options: { scale: { type: 'string' }, out: { type: 'string', default: 'bench/out' } } });
const out = values.out!;
mkdirSync(out, { recursive: true });
const { tables: all } = collectTables('data');

for (const t of tables) {
	const rows = (all[t.name] ?? []).filter((r) => r.source === DEMO);
	if (!rows.length) continue;
	const csv = toCsv(rows, Object.keys(t.schema.shape));
	writeFileSync(join(out, `demo-${t.name}.csv`), csv);
	console.log(`${t.name.padEnd(26)} ${String(rows.length).padStart(8)} rijen  sha256 ${createHash('sha256').update(csv).digest('hex').slice(0, 16)}`);
}

if (values.scale) {
	const n = Number(values.scale);
	if (!Number.isInteger(n) || n < 1) throw new Error(`--scale verwacht een geheel getal ≥ 1, kreeg '${values.scale}'`);
	const started = Date.now();
	const db = await openNodeDb();
	const waiting = tables.find((t) => t.name === 'waitingTimes')!;
	await loadRows(db, waiting, all.waitingTimes!);
	const file = join(out, `waitingTimes-scale-${n}.parquet`);
	// Copy k > 0 gets provider id suffix '~k' and figures scaled by a deterministic hash factor
	// (0.6–1.4), so aggregates differ per copy but every run writes the same rows.
	await db.exec(`
		COPY (
			SELECT
				CASE WHEN k = 0 THEN providerId ELSE providerId || '~' || k END AS providerId,
				locationId, category, subCategory, municipalityCode, month,
				round(medianWeeks * (0.6 + (hash(k, providerId, month) % 800) / 1000.0), 1) AS medianWeeks,
				round(p90Weeks * (0.6 + (hash(k, providerId, month) % 800) / 1000.0), 1) AS p90Weeks,
				registrationWeeks, treatmentWeeks, clientsWaiting, normWeeks, normSource, providerUrl,
				CASE WHEN k = 0 THEN source ELSE 'demo' END AS source
			FROM ${quoteIdent('waitingTimes')}, range(${n}) AS copies(k)
			ORDER BY k, providerId, locationId, category, subCategory, municipalityCode, month
		) TO '${file.replace(/'/g, "''")}' (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE 122880)`);
	const [{ rows }] = (await db.query<{ rows: number }>(`SELECT count(*) AS rows FROM read_parquet(?)`, [file])) as [{ rows: number }];
	db.close();
	console.log(`\nwaitingTimes ×${n}: ${rows.toLocaleString('nl-NL')} rijen, ${(statSync(file).size / 1048576).toFixed(1)} MB → ${file} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
}

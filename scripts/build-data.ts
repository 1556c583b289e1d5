/**
 * The data build (`npm run data`): read the sources in data/, validate every row against the
 * canonical zod schemas, and write one Parquet file per table to static/data/.
 * A row that fails validation stops the build with file, row, field and reason.
 */
import { copyFileSync, mkdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tables, tableByName, type TableDef } from '../src/lib/schema/index';
import { validateRecords, formatIssue } from '../src/lib/import/validate';
import { openNodeDb, loadRows, writeParquet } from '../src/lib/db/node';
import { readMunicipalities, readJeugdregios, readCareCategories, type SourceRecords } from './sources/cbs';
import { generateDemo, DEMO } from './sources/demo';
import { readNza } from './sources/nza';

const DATA = 'data';
const OUT = 'static/data';

class DataBuildError extends Error {}

function validated(table: TableDef, src: SourceRecords): Record<string, unknown>[] {
	const result = validateRecords(table, src.records, src.file, (i) => src.lines[i] ?? i + 1);
	if (result.issues.length) {
		const shown = result.issues.slice(0, 20).map((i) => '  - ' + formatIssue(i));
		const more = result.issues.length > 20 ? [`  … en nog ${result.issues.length - 20} meldingen`] : [];
		throw new DataBuildError([`Tabel ${table.name}: ${result.rejected} ongeldige rij(en):`, ...shown, ...more].join('\n'));
	}
	return result.rows as Record<string, unknown>[];
}

const generated = (file: string, records: Record<string, unknown>[]): SourceRecords => ({ file, lines: records.map((_, i) => i + 1), records });

function table(name: string): TableDef {
	const t = tableByName(name);
	if (!t) throw new Error(`unknown table ${name}`);
	return t;
}

async function main() {
	const started = Date.now();
	const municipalities = validated(table('municipalities'), readMunicipalities(DATA));
	const population = new Map(municipalities.map((m) => [m.code as string, (m.population as number | null) ?? 0]));
	const careCategories = validated(table('careCategories'), readCareCategories(DATA));
	const jeugd = readJeugdregios(DATA, population);

	const nza = readNza(DATA);

	const byCode = new Map(municipalities.map((m) => [m.code as string, m]));
	const demo = generateDemo(
		jeugd.regions.map((r) => ({
			id: r.id,
			name: r.name,
			members: jeugd.members.get(r.id)!.members.map((code) => {
				const m = byCode.get(code)!;
				return { code, name: m.name as string, provinceCode: m.provinceCode as string, population: (m.population as number | null) ?? 0 };
			})
		})),
		careCategories.map((c) => ({ code: c.code as string, domain: c.domain as string, normWeeks: c.normWeeks as number | null, normSource: c.normSource as string | null, officialName: c.officialName as string }))
	);

	// Real and fictional never mix: no demo provider may carry a real provider's name.
	const realNames = new Set(nza.providers.map((p) => String(p.name).toLowerCase()));
	const clash = demo.providers.find((p) => realNames.has(String(p.name).toLowerCase()));
	if (clash) throw new DataBuildError(`Demo-aanbieder '${clash.name}' heeft de naam van een echte aanbieder.`);

	const all: Record<string, Record<string, unknown>[]> = {
		municipalities,
		careCategories,
		regions: validated(table('regions'), generated('data/cbs/gemeenten_2025_regio.csv + demo', [...jeugd.regions, ...demo.regions])),
		regionMembership: validated(table('regionMembership'), generated('data/cbs/gemeenten_2025_regio.csv + demo', [...jeugd.membership, ...demo.regionMembership])),
		providers: [...nza.providers, ...validated(table('providers'), generated('demo', demo.providers))],
		providerLocations: [...nza.providerLocations, ...validated(table('providerLocations'), generated('demo', demo.providerLocations))],
		procurements: validated(table('procurements'), generated('demo', demo.procurements)),
		procurementParticipants: validated(table('procurementParticipants'), generated('demo', demo.procurementParticipants)),
		lots: validated(table('lots'), generated('demo', demo.lots)),
		contracts: validated(table('contracts'), generated('demo', demo.contracts)),
		waitingTimes: [...nza.waitingTimes, ...validated(table('waitingTimes'), generated('demo', demo.waitingTimes))],
		usage: validated(table('usage'), generated('demo', demo.usage))
	};

	rmSync(OUT, { recursive: true, force: true });
	mkdirSync(join(OUT, 'geo'), { recursive: true });
	const db = await openNodeDb();
	const manifest: Record<string, { rows: number; bytes: number; demoRows: number }> = {};
	for (const t of tables) {
		const rows = all[t.name] ?? [];
		await loadRows(db, t, rows);
		const file = join(OUT, `${t.name}.parquet`);
		await writeParquet(db, t, file);
		manifest[t.name] = { rows: rows.length, bytes: statSync(file).size, demoRows: rows.filter((r) => r.source === DEMO).length };
	}
	db.close();
	for (const layer of ['gemeente_2025', 'jeugdregio_2025', 'provincie_2025']) copyFileSync(join(DATA, 'geo', `${layer}.topojson`), join(OUT, 'geo', `${layer}.topojson`));
	writeFileSync(join(OUT, 'manifest.json'), JSON.stringify({ tables: manifest, nza: nza.report }, null, 1) + '\n');

	for (const [name, m] of Object.entries(manifest))
		console.log(`${name.padEnd(26)} ${String(m.rows).padStart(8)} rijen  ${(m.bytes / 1024).toFixed(0).padStart(6)} kB  (demo: ${m.demoRows})`);
	console.log(`NZa: ${nza.report.unresolved.length} rij(en) zonder gemeente, zie static/data/manifest.json`);
	console.log(`Data gebouwd in ${((Date.now() - started) / 1000).toFixed(1)} s → ${OUT}/`);
}

main().catch((error: unknown) => {
	console.error(error instanceof DataBuildError ? `\nData-build gestopt:\n${error.message}\n` : error);
	process.exit(1);
});

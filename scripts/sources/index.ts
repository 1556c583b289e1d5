/**
 * Collect every canonical table from the sources in data/: real CBS and NZa files plus the
 * seeded demo. Each row is validated against its zod schema; any invalid row stops the build.
 */
import { tableByName, type TableDef } from '../../src/lib/schema/index';
import { financeTables } from '../../src/lib/schema/finance';
import { validateRecords, formatIssue } from '../../src/lib/import/validate';
import { readMunicipalities, readJeugdregios, readCareCategories, type SourceRecords } from './cbs';
import { generateDemo } from './demo';
import { readNza, type NzaResult } from './nza';
import { readFund, readIv3, readTaakvelden, type Iv3Result } from './iv3';
import { DataBuildError } from './error';

export { DataBuildError };

export type Tables = Record<string, Record<string, unknown>[]>;

function validated(name: string | TableDef, src: SourceRecords): Record<string, unknown>[] {
	const table: TableDef = typeof name === 'string' ? tableByName(name)! : name;
	const result = validateRecords(table, src.records, src.file, (i) => src.lines[i] ?? i + 1);
	if (result.issues.length) {
		const shown = result.issues.slice(0, 20).map((i) => '  - ' + formatIssue(i));
		const more = result.issues.length > 20 ? [`  … en nog ${result.issues.length - 20} meldingen`] : [];
		throw new DataBuildError([`Tabel ${table.name}: ${result.rejected} ongeldige rij(en):`, ...shown, ...more].join('\n'));
	}
	return result.rows as Record<string, unknown>[];
}

const generated = (file: string, records: Record<string, unknown>[]): SourceRecords => ({ file, lines: records.map((_, i) => i + 1), records });

/** The money tables (schema/finance.ts), in the order of `financeTables`. */
function collectFinance(dataDir: string, municipalities: Record<string, unknown>[]): { tables: Tables; netherlands: Iv3Result['netherlands'] } {
	const [taakveldTable, spendingTable, profileTable, fundTable] = financeTables;
	const taakvelden = validated(taakveldTable, readTaakvelden(dataDir));
	const byName = new Map(municipalities.map((m) => [m.name as string, m.code as string]));
	const iv3 = readIv3(dataDir, byName, taakvelden as { code: string; fromYear: number; toYear: number | null }[]);
	return {
		netherlands: iv3.netherlands,
		tables: {
			taakvelden,
			spending: validated(spendingTable, iv3.spending),
			municipalityProfiles: validated(profileTable, iv3.profiles),
			fundAllocations: validated(fundTable, readFund(dataDir, byName))
		}
	};
}

export function collectTables(dataDir: string): { tables: Tables; finance: Tables; netherlands: Iv3Result['netherlands']; nza: NzaResult } {
	const municipalities = validated('municipalities', readMunicipalities(dataDir));
	const population = new Map(municipalities.map((m) => [m.code as string, (m.population as number | null) ?? 0]));
	const careCategories = validated('careCategories', readCareCategories(dataDir));
	const jeugd = readJeugdregios(dataDir, population);
	const nza = readNza(dataDir);

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
		careCategories.map((c) => ({
			code: c.code as string,
			domain: c.domain as string,
			normWeeks: c.normWeeks as number | null,
			normSource: c.normSource as string | null,
			officialName: c.officialName as string
		}))
	);

	// Real and fictional never mix: no demo provider may carry a real provider's name.
	const realNames = new Set(nza.providers.map((p) => String(p.name).toLowerCase()));
	const clash = demo.providers.find((p) => realNames.has(String(p.name).toLowerCase()));
	if (clash) throw new DataBuildError(`Demo-aanbieder '${clash.name}' heeft de naam van een echte aanbieder.`);

	const regionsFile = 'data/cbs/gemeenten_2025_regio.csv + demo';
	const finance = collectFinance(dataDir, municipalities);
	return {
		nza,
		finance: finance.tables,
		netherlands: finance.netherlands,
		tables: {
			municipalities,
			careCategories,
			regions: validated('regions', generated(regionsFile, [...jeugd.regions, ...demo.regions])),
			regionMembership: validated('regionMembership', generated(regionsFile, [...jeugd.membership, ...demo.regionMembership])),
			providers: [...nza.providers, ...validated('providers', generated('demo', demo.providers))],
			providerLocations: [...nza.providerLocations, ...validated('providerLocations', generated('demo', demo.providerLocations))],
			procurements: validated('procurements', generated('demo', demo.procurements)),
			procurementParticipants: validated('procurementParticipants', generated('demo', demo.procurementParticipants)),
			lots: validated('lots', generated('demo', demo.lots)),
			contracts: validated('contracts', generated('demo', demo.contracts)),
			waitingTimes: [...nza.waitingTimes, ...validated('waitingTimes', generated('demo', demo.waitingTimes))],
			usage: validated('usage', generated('demo', demo.usage))
		}
	};
}

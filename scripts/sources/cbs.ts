/**
 * Real CBS data → canonical records: municipalities (2025 division) with population (2023)
 * and jeugdregio membership. Source files are copied in data/cbs (see data/SOURCES.md).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/import/csv';

export const CBS_REGIONS = 'cbs-gebieden-2025';
export const CBS_KWB = 'cbs-kwb-2023';

export interface SourceRecords {
	file: string;
	/** Line number in the source file per record (header = 1), for error messages. */
	lines: number[];
	records: Record<string, unknown>[];
}

export function readCsvObjects(path: string): { header: string[]; objects: Record<string, string>[] } {
	const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
	return { header, objects: rows.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? '']))) };
}

const num = (s: string | undefined) => (s === undefined || s.trim() === '' ? null : Number(s));

export function readMunicipalities(dataDir: string): SourceRecords {
	const file = 'data/cbs/gemeenten_2025_regio.csv';
	const { objects } = readCsvObjects(join(dataDir, 'cbs/gemeenten_2025_regio.csv'));
	const kwb = new Map(readCsvObjects(join(dataDir, 'cbs/kwb_2023_gemeenten_kerncijfers.csv')).objects.map((o) => [o.gemeentecode, o]));
	const records = objects.map((o) => {
		const k = kwb.get(o.gemeentecode!);
		return {
			code: o.gemeentecode,
			name: o.gemeentenaam,
			provinceCode: o.provincie_code,
			provinceName: o.provincie_naam,
			population: k ? num(k.aantalInwoners) : null,
			populationYear: k ? num(k.jaar) : null,
			age0to15: num(k?.percentagePersonen0Tot15Jaar),
			age15to25: num(k?.percentagePersonen15Tot25Jaar),
			age25to45: num(k?.percentagePersonen25Tot45Jaar),
			age45to65: num(k?.percentagePersonen45Tot65Jaar),
			age65plus: num(k?.percentagePersonen65JaarEnOuder),
			households: num(k?.aantalHuishoudens),
			urbanity: num(k?.stedelijkheidAdressenPerKm2),
			jeugdregioCode: o.jeugdregio_code,
			ggdRegionCode: o.ggdregio_code,
			ggdRegionName: o.ggdregio_naam,
			careOfficeCode: o.zorgkantoorregio_code,
			careOfficeName: o.zorgkantoorregio_naam,
			indelingYear: 2025,
			labelLon: num(o.label_lon),
			labelLat: num(o.label_lat),
			source: k ? `${CBS_REGIONS}+${CBS_KWB}` : CBS_REGIONS
		};
	});
	return { file, lines: records.map((_, i) => i + 2), records };
}

/** Jeugdregio's and membership, from the same file. The lead municipality is not published
 *  there; we take the most populous member as the usual centrumgemeente (stated on /bronnen). */
export function readJeugdregios(dataDir: string, population: Map<string, number>) {
	const { objects } = readCsvObjects(join(dataDir, 'cbs/gemeenten_2025_regio.csv'));
	const byRegion = new Map<string, { name: string; members: string[] }>();
	for (const o of objects) {
		const r = byRegion.get(o.jeugdregio_code!) ?? { name: o.jeugdregio_naam!, members: [] };
		r.members.push(o.gemeentecode!);
		byRegion.set(o.jeugdregio_code!, r);
	}
	const regions = [...byRegion.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([id, r]) => ({
		id,
		domain: 'jeugd',
		name: r.name,
		leadMunicipality: [...r.members].sort((a, b) => (population.get(b) ?? 0) - (population.get(a) ?? 0))[0] ?? null,
		source: CBS_REGIONS
	}));
	const membership = objects.map((o) => ({
		municipalityCode: o.gemeentecode,
		regionId: o.jeugdregio_code,
		domain: 'jeugd',
		fromYear: 2025,
		toYear: null,
		source: CBS_REGIONS
	}));
	return { regions, membership, members: byRegion };
}

export function readCareCategories(dataDir: string): SourceRecords {
	const { objects } = readCsvObjects(join(dataDir, 'reference/care_categories.csv'));
	const records = objects.map((o) => ({ ...o, normWeeks: num(o.normWeeks), normSource: o.normSource || null }));
	return { file: 'data/reference/care_categories.csv', lines: records.map((_, i) => i + 2), records };
}

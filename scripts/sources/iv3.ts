/**
 * Real money → canonical records: CBS Iv3 spending per municipality and taakveld (data/iv3),
 * the taakveld dictionary (data/reference/taakvelden.csv) and the Gemeentefonds allocations
 * (data/gemeentefonds). See data/SOURCES.md.
 *
 * The files key municipalities by name. Every name must match a 2025 municipality (six through
 * CBS's province suffix), every municipality must be in every file, every amount must be a
 * number and no (municipality, taakveld, year, kind) may appear twice: anything else stops the
 * build with file, line and reason, because a silently dropped or doubled row would change a
 * region's total. The `Nederland` row is the sum of all municipalities: it is not loaded, but
 * returned apart so a unit test can check the municipalities add up to it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/import/csv';
import { fundClusters, type Iv3Kind } from '../../src/lib/schema/finance';
import type { SourceRecords } from './cbs';
import { DataBuildError } from './error';

export const CBS_IV3 = 'cbs-iv3';
export const GEMEENTEFONDS = 'gemeentefonds-berekend';

/** Iv3 and Gemeentefonds names that lack the province suffix CBS uses in 2025 (data/SOURCES.md). */
export const nameAliases: Readonly<Record<string, string>> = {
	Beek: 'Beek (L.)',
	Hengelo: 'Hengelo (O.)',
	Laren: 'Laren (NH.)',
	Middelburg: 'Middelburg (Z.)',
	Rijswijk: 'Rijswijk (ZH.)',
	Stein: 'Stein (L.)'
};

export const NETHERLANDS = 'Nederland';

export interface Iv3File {
	file: string;
	year: number;
	kind: Iv3Kind;
}

/** data/iv3/<year>_<begroting|jaarrekening>.csv, oldest first. */
export function iv3Files(dataDir: string): Iv3File[] {
	return readdirSync(join(dataDir, 'iv3'))
		.map((f) => /^(\d{4})_(begroting|jaarrekening)\.csv$/.exec(f))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ file: `data/iv3/${m[0]}`, year: Number(m[1]), kind: m[2] as Iv3Kind }))
		.sort((a, b) => a.year - b.year || a.kind.localeCompare(b.kind));
}

const AMOUNT = /^-?\d+(\.\d+)?$/;

function fail(file: string, line: number, reason: string): never {
	throw new DataBuildError(`${file}, rij ${line}: ${reason}`);
}

/** A whole-euro-cents number from a cell, or a build stop naming the cell. */
function amount(raw: string | undefined, factor: number, file: string, line: number, field: string, optional = false): number | null {
	const s = (raw ?? '').trim();
	if (s === '' && optional) return null;
	if (!AMOUNT.test(s)) fail(file, line, `veld '${field}': '${s}' is geen getal`);
	return Math.round(Number(s) * factor * 100) / 100;
}

function readTable(dataDir: string, file: string) {
	const text = readFileSync(join(dataDir, file.replace(/^data\//, '')), 'utf8');
	return parseCsv(text, ';');
}

/** Name → CBS code, through the aliases; unknown names stop the build. */
function codeOf(byName: ReadonlyMap<string, string>, name: string, file: string, line: number): string {
	const code = byName.get(nameAliases[name] ?? name);
	if (!code) fail(file, line, `gemeente '${name}' komt niet voor in de gemeentelijke indeling 2025 (data/cbs/gemeenten_2025_regio.csv)`);
	return code;
}

function requireAll(codes: ReadonlySet<string>, municipalities: ReadonlyMap<string, string>, file: string) {
	const missing = [...municipalities].filter(([, code]) => !codes.has(code)).map(([name]) => name);
	if (missing.length) throw new DataBuildError(`${file}: ${missing.length} gemeente(n) ontbreken: ${missing.slice(0, 10).join(', ')}`);
}

export interface TaakveldInfo {
	code: string;
	fromYear: number;
	toYear: number | null;
}

export function readTaakvelden(dataDir: string): SourceRecords {
	const file = 'data/reference/taakvelden.csv';
	const { header, rows } = parseCsv(readFileSync(join(dataDir, 'reference/taakvelden.csv'), 'utf8'), ',');
	const records = rows.map((r) => {
		const o = Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()]));
		return {
			...o,
			fromYear: Number(o.fromYear),
			toYear: o.toYear ? Number(o.toYear) : null,
			purchaseLevel: o.purchaseLevel || null,
			pgb: o.pgb === 'true' ? true : o.pgb === 'false' ? false : o.pgb,
			continues: o.continues || null,
			seriesNote: o.seriesNote || null
		};
	});
	return { file, lines: records.map((_, i) => i + 2), records };
}

export interface Iv3Result {
	spending: SourceRecords;
	profiles: SourceRecords;
	/** The `Nederland` rows per file, in euros: not loaded, kept for the sum check. */
	netherlands: { year: number; kind: Iv3Kind; taakveld: string; lasten: number; baten: number }[];
}

/**
 * Every Iv3 file into spending and profile records. `municipalities` maps the 2025 CBS name to
 * its code; `taakvelden` is the validated dictionary.
 */
export function readIv3(dataDir: string, municipalities: ReadonlyMap<string, string>, taakvelden: readonly TaakveldInfo[]): Iv3Result {
	const dictionary = new Map(taakvelden.map((t) => [t.code, t]));
	const spending: SourceRecords = { file: 'data/iv3/*.csv', lines: [], records: [] };
	const profiles: SourceRecords = { file: 'data/iv3/*.csv', lines: [], records: [] };
	const netherlands: Iv3Result['netherlands'] = [];
	for (const { file, year, kind } of iv3Files(dataDir)) {
		const { header, rows } = readTable(dataDir, file);
		const col = (name: string) => {
			const i = header.indexOf(name);
			if (i < 0) throw new DataBuildError(`${file}: kolom '${name}' ontbreekt (kop: ${header.join(';')})`);
			return i;
		};
		const [cName, cTaakveld, cSalaries, cBaten, cLasten] = ['Gemeenten', 'Taakveld', 'L1.1 Salarissen en sociale lasten', 'Baten', 'Lasten'].map(col) as [number, number, number, number, number];
		const [cPopulation, cSize, cUrbanity, cCentre, cSocial] = ['Inwonertal', 'Gemeentegrootte', 'Stedelijkheid', 'Centrumfunctie', 'Sociale structuur'].map(col) as [number, number, number, number, number];
		const seen = new Set<string>();
		const profileOf = new Map<string, { line: number; key: string }>();
		rows.forEach((r, i) => {
			const line = i + 2;
			if (r.length === 1 && r[0] === '') return; // trailing newline
			const name = (r[cName] ?? '').trim();
			const taakveldText = (r[cTaakveld] ?? '').trim();
			const taakveld = taakveldText.split(/\s+/)[0] ?? '';
			const info = dictionary.get(taakveld);
			if (!info) fail(file, line, `taakveld '${taakveldText}' staat niet in data/reference/taakvelden.csv`);
			if (year < info.fromYear || (info.toYear !== null && year > info.toYear))
				fail(file, line, `taakveld ${taakveld} hoort volgens data/reference/taakvelden.csv bij ${info.fromYear}–${info.toYear ?? 'nu'}, niet bij ${year}`);
			const lasten = amount(r[cLasten], 1000, file, line, 'Lasten')!;
			const baten = amount(r[cBaten], 1000, file, line, 'Baten')!;
			const salaries = amount(r[cSalaries], 1000, file, line, 'L1.1 Salarissen en sociale lasten', true);
			if (name === NETHERLANDS) {
				netherlands.push({ year, kind, taakveld, lasten, baten });
				return;
			}
			const code = codeOf(municipalities, name, file, line);
			const key = `${code}|${taakveld}`;
			if (seen.has(key)) fail(file, line, `dubbele rij voor ${name} (${code}), taakveld ${taakveld}, ${kind} ${year}`);
			seen.add(key);
			spending.records.push({ municipalityCode: code, year, kind, taakveld, lasten, baten, salaries, source: CBS_IV3 });
			spending.lines.push(line);

			const population = (r[cPopulation] ?? '').trim();
			const profile = [population, r[cSize], r[cUrbanity], r[cCentre], r[cSocial]].map((v) => (v ?? '').trim());
			const earlier = profileOf.get(code);
			if (earlier && earlier.key !== profile.join('|'))
				fail(file, line, `${name}: inwonertal of CBS-klassen wijken af van rij ${earlier.line} van dezelfde gemeente`);
			if (!earlier) {
				profileOf.set(code, { line, key: profile.join('|') });
				profiles.records.push({
					municipalityCode: code,
					year,
					kind,
					population: /^\d+$/.test(population) ? Number(population) : population,
					sizeClass: profile[1],
					urbanity: profile[2],
					centreFunction: profile[3] || null,
					socialStructure: profile[4] || null,
					source: CBS_IV3
				});
				profiles.lines.push(line);
			}
		});
		requireAll(new Set([...seen].map((k) => k.split('|')[0]!)), municipalities, file);
	}
	return { spending, profiles, netherlands };
}

/** data/gemeentefonds/GF_<M|S><circulaire year>_<payment year>.csv */
export function fundFiles(dataDir: string): { file: string; circulaire: string; paymentYear: number }[] {
	return readdirSync(join(dataDir, 'gemeentefonds'))
		.map((f) => /^GF_([MS])(\d{4})_(\d{4})\.csv$/.exec(f))
		.filter((m): m is RegExpExecArray => m !== null)
		.map((m) => ({ file: `data/gemeentefonds/${m[0]}`, circulaire: `${m[1] === 'M' ? 'mei' : 'september'}-${m[2]}`, paymentYear: Number(m[3]) }))
		.sort((a, b) => a.file.localeCompare(b.file));
}

export function readFund(dataDir: string, municipalities: ReadonlyMap<string, string>): SourceRecords {
	const out: SourceRecords = { file: 'data/gemeentefonds/*.csv', lines: [], records: [] };
	for (const { file, circulaire, paymentYear } of fundFiles(dataDir)) {
		const { header, rows } = readTable(dataDir, file);
		const cName = header.indexOf('Gemeenten');
		const clusterColumns = fundClusters.map((c) => {
			const i = header.indexOf(c);
			if (i < 0) throw new DataBuildError(`${file}: kolom '${c}' ontbreekt`);
			return [c, i] as const;
		});
		if (cName < 0) throw new DataBuildError(`${file}: kolom 'Gemeenten' ontbreekt`);
		const seen = new Set<string>();
		rows.forEach((r, i) => {
			const line = i + 2;
			if (r.length === 1 && r[0] === '') return;
			const name = (r[cName] ?? '').trim();
			if (name === NETHERLANDS) return; // the sum of all rows
			const code = codeOf(municipalities, name, file, line);
			if (seen.has(code)) fail(file, line, `dubbele rij voor ${name} (${code})`);
			seen.add(code);
			for (const [cluster, c] of clusterColumns) {
				out.records.push({ municipalityCode: code, paymentYear, circulaire, cluster, euros: amount(r[c], 1, file, line, cluster), derived: true, source: GEMEENTEFONDS });
				out.lines.push(line);
			}
		});
		requireAll(seen, municipalities, file);
	}
	return out;
}

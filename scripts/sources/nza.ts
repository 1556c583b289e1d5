/**
 * Real NZa data → canonical providers, providerLocations and waitingTimes.
 * Source: data/nza/nza_ggz_wachttijden_2018q1.csv (NZa ggz waiting times Feb/Mar 2018, one row
 * per published waiting-time entry of a provider location; see data/SOURCES.md).
 *
 * Municipality codes in the file are 2018 codes; they are mapped to the 2025 division with the
 * CBS crosswalk (primary row per 2018 code) or, for six pre-2018 codes, by place name.
 * Rows whose municipality cannot be resolved are not dropped silently: they are listed in
 * `report.unresolved` and left out of providerLocations/waitingTimes (both need a GMxxxx code).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsv } from '../../src/lib/import/csv';
import { validateRecords, formatIssue, type ValidationIssue } from '../../src/lib/import/validate';
import { providers, providerLocations, waitingTimes, type Row, type TableDef } from '../../src/lib/schema/index';
import { hashSeed } from './random';

export const NZA = 'nza-ggz-2018';
const FILE = 'data/nza/nza_ggz_wachttijden_2018q1.csv';

export interface NzaReport {
	/** Data rows read from the NZa file. */
	rows: number;
	/** Pre-2018 codes resolved through PRE_2018 below, per code and place. */
	resolvedByPlaceName: { code2018: string; place: string; code2025: string; rows: number }[];
	/** Rows without a resolvable municipality: file line (header = 1) and reason. */
	unresolved: { row: number; reason: string }[];
	/** Waiting-week cells (registration or treatment) of mapped rows that were not a number and became null. */
	nonNumericWaits: number;
	/** The same cells by raw value, e.g. { '-': 2000, Stop: 500 }. */
	nonNumericWaitValues: Record<string, number>;
	/** Mapped rows that needed an entry number ('· #n') in subCategory to keep the primary key unique. */
	numberedEntries: number;
	/** Mapped rows whose waiting_times_url is not a web address (e.g. 'Onbekend'): providerUrl is null. */
	rowsWithoutUrl: number;
}

export interface NzaResult {
	providers: Row<typeof providers>[];
	providerLocations: Row<typeof providerLocations>[];
	waitingTimes: Row<typeof waitingTimes>[];
	report: NzaReport;
}

/** NZa circuit → careCategories code (data/reference/care_categories.csv). */
const CIRCUITS: Record<string, string> = {
	Jeugd: 'ggz-jeugd',
	Adolescenten: 'ggz-adolescenten',
	Volwassenen: 'ggz-volwassenen',
	Ouderen: 'ggz-ouderen',
	Verslavingszorg: 'ggz-verslavingszorg',
	Forensisch: 'ggz-forensisch',
	Onbekend: 'ggz-onbekend'
};

/**
 * Six NZa codes belong to municipalities abolished before 2018, so the 2018→2025 crosswalk does
 * not know them. NZa still used them (its reference list was "Gemeenten alfabetisch 2017").
 * We resolve them by the place name on the row; the 2025 code is looked up by name in
 * gemeenten_2025_regio.csv, so a wrong name stops the build instead of inventing a code.
 */
const PRE_2018: Record<string, { places: string[]; municipality2025: string }> = {
	'0018': { places: ['Hoogezand-Sappemeer', 'Hoogezand', 'Sappemeer'], municipality2025: 'Midden-Groningen' }, // merged 2018
	'0070': { places: ['Franeker'], municipality2025: 'Waadhoeke' }, // Franekeradeel, merged 2018
	'0081': { places: ['Stiens'], municipality2025: 'Leeuwarden' }, // Leeuwarderadeel, merged 2018
	'0844': { places: ['Schijndel'], municipality2025: 'Meierijstad' }, // merged 2017
	'0846': { places: ['Sint-Oedenrode'], municipality2025: 'Meierijstad' }, // merged 2017
	'0860': { places: ['Veghel'], municipality2025: 'Meierijstad' } // merged 2017
};

function readCsv(path: string): Record<string, string>[] {
	const { header, rows } = parseCsv(readFileSync(path, 'utf8'));
	return rows.map((r) => Object.fromEntries(header.map((h, i) => [h, (r[i] ?? '').trim()])));
}

/** Weeks as published: '7', '2.5', '2,5' → number; '-', 'Stop', 'Onbekend', 'N.v.t.', '' → null. */
export function parseWeeks(raw: string): number | null {
	const s = raw.trim();
	if (!/^\d+(?:[.,]\d+)?$/.test(s)) return null;
	// Round away Excel float noise such as 4.5999999999999996.
	return Math.round(Number(s.replace(',', '.')) * 100) / 100;
}

function slug(text: string): string {
	const s = text.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
	return s.slice(0, 40).replace(/-$/, '') || 'locatie';
}

/** Insurer the figure applies to ('' = all insurers); 'Overig' is refined by insurer_other. */
function insurer(r: Record<string, string>): string {
	const [main, other] = [r.insurer!, r.insurer_other!];
	if (!other) return main;
	return main === 'Overig' ? other : `${main} (${other})`;
}

function check<T extends TableDef>(table: T, records: Record<string, unknown>[], lines: number[]) {
	const result = validateRecords(table, records, FILE, (i) => lines[i] ?? i + 1);
	return { rows: result.rows, issues: result.issues };
}

export function readNza(dataDir: string): NzaResult {
	const nza = readCsv(join(dataDir, 'nza/nza_ggz_wachttijden_2018q1.csv'));
	const names2025 = new Map(readCsv(join(dataDir, 'cbs/gemeenten_2025_regio.csv')).map((g) => [g.gemeentenaam!, g.gemeentecode!]));
	const codes2025 = new Set(names2025.values());
	const crosswalk = new Map<string, string>();
	for (const c of readCsv(join(dataDir, 'cbs/gemeente_codes_2018_to_2025.csv'))) {
		if (c.primary !== 'true') continue;
		if (!codes2025.has(c.code_2025!)) throw new Error(`Omzettabel 2018→2025: ${c.code_2025} bestaat niet in 2025`);
		crosswalk.set(c.code_2018!, c.code_2025!);
	}
	const pre2018 = new Map(
		Object.entries(PRE_2018).map(([code, p]) => {
			const code2025 = names2025.get(p.municipality2025);
			if (!code2025) throw new Error(`NZa: gemeente '${p.municipality2025}' (voor code ${code}) niet gevonden in 2025`);
			return [code, { ...p, code2025 }];
		})
	);
	const norms = new Map(readCsv(join(dataDir, 'reference/care_categories.csv')).map((c) => [c.code!, c]));

	// Provider name: the single provider_name, or for the 24 ids that publish under several
	// sub-unit names (e.g. Altrecht F-ACT, Altrecht Bipolair) the organisation in provider_group,
	// as NZa's own analysis does; if that is 'N.v.t.', the most frequent name (ties: first seen).
	const namesById = new Map<string, Map<string, number>>();
	for (const r of nza) {
		const counts = namesById.get(r.provider_id!) ?? new Map<string, number>();
		counts.set(r.provider_name!, (counts.get(r.provider_name!) ?? 0) + 1);
		namesById.set(r.provider_id!, counts);
	}
	const providerName = (r: Record<string, string>) => {
		const counts = namesById.get(r.provider_id!)!;
		if (counts.size === 1) return r.provider_name!;
		if (r.provider_group && r.provider_group.toLowerCase() !== 'n.v.t.') return r.provider_group;
		return [...counts].reduce((best, c) => (c[1] > best[1] ? c : best))[0];
	};

	const report: NzaReport = { rows: nza.length, resolvedByPlaceName: [], unresolved: [], nonNumericWaits: 0, nonNumericWaitValues: {}, numberedEntries: 0, rowsWithoutUrl: 0 };
	const byPlace = new Map<string, NzaReport['resolvedByPlaceName'][number]>();
	const provRecords = new Map<string, { record: Record<string, unknown>; line: number }>();
	const locRecords = new Map<string, { record: Record<string, unknown>; line: number }>();
	const waits: { record: Record<string, unknown>; line: number }[] = [];

	const municipality = (r: Record<string, string>, line: number): string | null => {
		const raw = r.gemeentecodes!;
		const where = `plaats '${r.place}', locatie '${r.location_name}'`;
		// The file holds one 4-digit code per row (checked); a list would need splitting the row.
		if (!/^\d{4}$/.test(raw)) {
			const why = /[|,;\s]/.test(raw) ? `meerdere gemeentecodes '${raw}'` : `gemeentecode '${raw}' is geen CBS-code`;
			report.unresolved.push({ row: line, reason: `${why} (${where})` });
			return null;
		}
		const code = crosswalk.get(`GM${raw}`);
		if (code) return code;
		const old = pre2018.get(raw);
		if (old?.places.includes(r.place!)) {
			const key = `${raw}|${r.place}`;
			const entry = byPlace.get(key) ?? { code2018: raw, place: r.place!, code2025: old.code2025, rows: 0 };
			entry.rows++;
			byPlace.set(key, entry);
			return old.code2025;
		}
		const why = old ? `gemeentecode ${raw} is van vóór 2018 en de plaats is niet bekend in de tabel` : `gemeentecode ${raw} staat niet in de omzettabel 2018→2025`;
		report.unresolved.push({ row: line, reason: `${why} (${where})` });
		return null;
	};

	const weeks = (raw: string) => {
		const n = parseWeeks(raw);
		if (n === null) {
			report.nonNumericWaits++;
			report.nonNumericWaitValues[raw] = (report.nonNumericWaitValues[raw] ?? 0) + 1;
		}
		return n;
	};

	nza.forEach((r, i) => {
		const line = i + 2; // header is line 1; the file has no multi-line cells
		const providerId = `nza-${r.provider_id}`;
		const name = providerName(r);
		if (!provRecords.has(providerId))
			provRecords.set(providerId, { line, record: { id: providerId, name, kvk: null, legalForm: null, providerType: r.provider_type || null, source: NZA } });

		const code = municipality(r, line);
		if (!code) return;

		const category = CIRCUITS[r.circuit!];
		if (!category) throw new Error(`${FILE}, rij ${line}: onbekend NZa-circuit '${r.circuit}'; voeg het toe aan CIRCUITS`);
		const norm = norms.get(category);
		if (!norm) throw new Error(`Zorgcategorie ${category} ontbreekt in data/reference/care_categories.csv`);

		// A location is a sub-unit name + location + place + municipality, like NZa's LOCATIE_ID
		// (group, provider name, location). Sub-units of multi-name providers keep their name.
		const locationId = `${slug(r.location_name!)}-${hashSeed([r.provider_name, r.location_name, r.place, code].join('|')).toString(16).padStart(8, '0')}`;
		const location = {
			providerId,
			locationId,
			name: r.provider_name === name ? r.location_name : `${r.provider_name} – ${r.location_name}`,
			place: r.place || null,
			municipalityCode: code,
			postcode: null,
			source: NZA
		};
		const locKey = `${providerId}|${locationId}`;
		const seen = locRecords.get(locKey);
		if (!seen) locRecords.set(locKey, { line, record: location });
		else if (JSON.stringify(seen.record) !== JSON.stringify(location))
			throw new Error(`${FILE}, rij ${line}: locatie-id ${locationId} botst met rij ${seen.line} (hash-botsing)`);

		// One row can only publish one combination, so subCategory carries what tells entries
		// apart in the source: NZa diagnosis group · care type (SGGZ/BGGZ/Combi) · the provider's
		// own label where it differs · the insurer the figure is limited to. Entries that still
		// collide (per-practitioner lines that differ only in a free-text remark) get '· #n' below.
		const literal = r.diagnosis_group_literal!;
		const subCategory = [r.main_diagnosis_group, r.care_type, literal !== r.main_diagnosis_group ? literal : '', insurer(r)].filter(Boolean).join(' · ');

		// Where only a combined figure was published (registration_treatment_wait_literal), NZa put
		// that total in registration_wait_weeks; it is the total wait, not the registration wait.
		// Otherwise the total is registration + treatment, and only when both are known (as NZa's
		// TotaleWachttijd): half a figure would understate the wait against the 14-week norm.
		// NZa publishes one figure per entry, so this single figure is what medianWeeks holds.
		const combinedOnly = r.registration_treatment_wait_literal !== '' && r.registration_wait_literal === '';
		const reg = weeks(r.registration_wait_weeks!);
		const treat = weeks(r.treatment_wait_weeks!);
		const medianWeeks = combinedOnly ? reg : reg !== null && treat !== null ? Math.round((reg + treat) * 100) / 100 : null;

		// The provider's own waiting-time page, where the parent can check today's wait. Words such
		// as 'Onbekend' become null; anything that looks like a web address but is not a valid
		// http(s) URL fails validation below and stops the build.
		const url = r.waiting_times_url!;
		const providerUrl = /^https?:\/\//i.test(url) ? url : null;
		if (!providerUrl) report.rowsWithoutUrl++;

		waits.push({
			line,
			record: {
				providerId,
				locationId,
				category,
				subCategory,
				municipalityCode: code,
				month: r.reference_date!.slice(0, 7),
				medianWeeks,
				p90Weeks: null,
				registrationWeeks: combinedOnly ? null : reg,
				treatmentWeeks: treat,
				clientsWaiting: null,
				normWeeks: norm.normWeeks !== '' ? Number(norm.normWeeks) : null,
				normSource: norm.normSource || null,
				providerUrl,
				source: NZA
			}
		});
	});

	// Number entries that share the whole primary key, in file order: '… · #1', '… · #2'.
	const pk = (w: Record<string, unknown>) => waitingTimes.primaryKey.map((k) => String(w[k])).join('\u0000');
	const groups = new Map<string, Record<string, unknown>[]>();
	for (const { record } of waits) groups.set(pk(record), [...(groups.get(pk(record)) ?? []), record]);
	for (const group of groups.values())
		if (group.length > 1) {
			group.forEach((w, n) => (w.subCategory = `${String(w.subCategory)} · #${n + 1}`));
			report.numberedEntries += group.length;
		}
	if (new Set(waits.map((w) => pk(w.record))).size !== waits.length) throw new Error('NZa: primaire sleutel van waitingTimes niet uniek na nummering');

	report.resolvedByPlaceName = [...byPlace.values()].sort((a, b) => a.code2018.localeCompare(b.code2018) || a.place.localeCompare(b.place));

	const p = check(providers, [...provRecords.values()].map((v) => v.record), [...provRecords.values()].map((v) => v.line));
	const l = check(providerLocations, [...locRecords.values()].map((v) => v.record), [...locRecords.values()].map((v) => v.line));
	const w = check(waitingTimes, waits.map((v) => v.record), waits.map((v) => v.line));
	const issues: ValidationIssue[] = [...p.issues, ...l.issues, ...w.issues];
	if (issues.length) {
		const shown = issues.slice(0, 50).map((i) => '  - ' + formatIssue(i));
		if (issues.length > 50) shown.push(`  … en nog ${issues.length - 50} meldingen`);
		throw new Error([`NZa: ${issues.length} validatiefout(en):`, ...shown].join('\n'));
	}
	return { providers: p.rows, providerLocations: l.rows, waitingTimes: w.rows, report };
}

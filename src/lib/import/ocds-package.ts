/**
 * Read OCDS 1.1 files (single releases, release packages, record packages, in any mix) into
 * one compiled release per ocid. Never throws on bad input: problems become issues.
 *
 * Compiling follows OCDS's merge rules: the releases of one ocid, from every file, are applied
 * oldest first (by `date`), so for every field the latest release that states it wins; objects
 * merge field by field, a null removes a field, arrays of objects that all have an `id` merge
 * by id, other arrays are replaced whole. A record's own compiledRelease counts as one release
 * of its date (so it is used as-is unless a newer release of the same ocid was also chosen).
 */
import type { ValidationIssue } from './validate';
import { PACKAGE_FIELDS, RECORD_FIELDS, childPath, unknownFields, type FoundField } from './ocds-fields';

export type Json = Record<string, unknown>;

export interface CompiledRelease {
	ocid: string;
	release: Json;
	/** File of the latest release of this ocid (issues name it). */
	file: string;
	/** Position shown to the user: 1-based index in `releases` (of the latest release) or in `records`; 1 for a single release. */
	row: number;
	/** JSON path of that release in its file, e.g. releases[4], records[0].compiledRelease, or '' for a single release. */
	path: string;
	/** How many releases (or compiled records) were merged into this one. */
	merged: number;
}

export interface ReadPackage {
	compiled: CompiledRelease[];
	releases: number;
	extensions: string[];
	/** Unknown fields anywhere in the package, with the ocid they belong to (null at package level). */
	unknown: (FoundField & { ocid: string | null; file: string })[];
	issues: ValidationIssue[];
	/** Files read, and per file what it was. */
	files: { file: string; kind: 'release-package' | 'record-package' | 'release' | 'releases' | 'none' }[];
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Source {
	release: Json;
	file: string;
	row: number;
	path: string;
}

export interface OcdsInput {
	file: string;
	/** Parsed JSON (or JSON text). */
	json: unknown;
}

/**
 * Read one or more OCDS files: release packages, record packages, single releases (one JSON
 * per release, as TenderNed and Contracts Finder publish) or a bare list of releases, in any mix.
 * Every release of an ocid, from whichever file, is merged into one compiled release.
 */
export function readPackage(input: unknown, file: string): ReadPackage {
	return readOcds([{ file, json: input }]);
}

export function readOcds(inputs: OcdsInput[]): ReadPackage {
	const out: ReadPackage = { compiled: [], releases: 0, extensions: [], unknown: [], issues: [], files: [] };
	// Collect full releases per ocid, in order of first appearance (over all files).
	const byOcid = new Map<string, Source[]>();
	const seen = new Set<string>();
	const ocidOf = (v: unknown) => (isObject(v) && typeof v.ocid === 'string' && v.ocid.trim() !== '' ? v.ocid.trim() : null);

	for (const { file, json: input } of inputs) {
		const issue = (row: number | null, field: string | null, nl: string, en: string) => out.issues.push({ file, row, field, nl, en });
		const add = (ocid: string, source: Source, compiled = false) => {
			// The same release chosen twice (same ocid, id and date) is read once.
			const key = compiled ? null : JSON.stringify([ocid, source.release.id ?? null, source.release.date ?? null]);
			if (key && source.release.id !== undefined && seen.has(key)) {
				out.issues.push({
					file,
					row: source.row,
					field: 'id',
					severity: 'notice',
					value: String(source.release.id),
					nl: `Release '${String(source.release.id)}' van ocid ${ocid} is al gelezen (zelfde id en datum); één keer meegeteld.`,
					en: `Release '${String(source.release.id)}' of ocid ${ocid} was already read (same id and date); counted once.`
				});
				return;
			}
			if (key) seen.add(key);
			if (!byOcid.has(ocid)) byOcid.set(ocid, []);
			byOcid.get(ocid)!.push(source);
			out.releases++;
			for (const f of unknownFields(source.release, source.path)) out.unknown.push({ ocid, file, ...f });
		};

		let json = input;
		if (typeof json === 'string') {
			try {
				json = JSON.parse(json);
			} catch (e) {
				issue(null, null, `Dit is geen geldige JSON: ${(e as Error).message}`, `This is not valid JSON: ${(e as Error).message}`);
				out.files.push({ file, kind: 'none' });
				continue;
			}
		}
		// A single release: an object with an ocid and no package lists.
		if (isObject(json) && !Array.isArray(json.releases) && !Array.isArray(json.records) && ocidOf(json)) {
			out.files.push({ file, kind: 'release' });
			add(ocidOf(json)!, { release: json, file, row: 1, path: '' });
			continue;
		}
		// A bare JSON list of releases (some portals export search results this way).
		const list = Array.isArray(json) && json.length > 0 && json.every((r) => ocidOf(r)) ? json : null;
		const releases = isObject(json) && Array.isArray(json.releases) ? json.releases : list;
		const records = isObject(json) && Array.isArray(json.records) ? json.records : null;
		if (!releases && !records) {
			issue(
				null,
				null,
				"Dit is geen OCDS-bestand: verwacht een losse release (een JSON-object met 'ocid'), een release package ({\"releases\": […]}) of een record package ({\"records\": […]}).",
				"This is not an OCDS file: expected a single release (a JSON object with 'ocid'), a release package ({\"releases\": […]}) or a record package ({\"records\": […]})."
			);
			out.files.push({ file, kind: 'none' });
			continue;
		}
		out.files.push({ file, kind: records ? 'record-package' : list ? 'releases' : 'release-package' });

		if (isObject(json)) {
			for (const e of Array.isArray(json.extensions) ? json.extensions : []) if (typeof e === 'string' && !out.extensions.includes(e)) out.extensions.push(e);
			for (const [key, value] of Object.entries(json)) {
				if (!PACKAGE_FIELDS.has(key)) out.unknown.push({ ocid: null, file, path: childPath('', key), value });
			}
		}

		releases?.forEach((release, i) => {
			const ocid = ocidOf(release);
			if (!ocid || !isObject(release)) {
				issue(i + 1, 'ocid', `Release ${i + 1} (releases[${i}]) heeft geen ocid en is overgeslagen.`, `Release ${i + 1} (releases[${i}]) has no ocid and was skipped.`);
				return;
			}
			add(ocid, { release, file, row: i + 1, path: `releases[${i}]` });
		});

		records?.forEach((record, i) => {
			const path = `records[${i}]`;
			if (!isObject(record)) {
				issue(i + 1, null, `Record ${i + 1} (${path}) is geen object en is overgeslagen.`, `Record ${i + 1} (${path}) is not an object and was skipped.`);
				return;
			}
			for (const [key, value] of Object.entries(record)) {
				if (!RECORD_FIELDS.has(key)) out.unknown.push({ ocid: ocidOf(record), file, path: childPath(path, key), value });
			}
			if (isObject(record.compiledRelease)) {
				const ocid = ocidOf(record.compiledRelease) ?? ocidOf(record);
				if (!ocid) {
					issue(i + 1, 'ocid', `Record ${i + 1} (${path}) heeft geen ocid en is overgeslagen.`, `Record ${i + 1} (${path}) has no ocid and was skipped.`);
					return;
				}
				// The publisher's own compiled release; releases of this ocid from other files that are newer still update it.
				add(ocid, { release: { ...record.compiledRelease, ocid }, file, row: i + 1, path: `${path}.compiledRelease` }, true);
				return;
			}
			// Embedded releases are full releases (they have an id and more than url/date/tag);
			// linked releases only point elsewhere and cannot be read here.
			const embedded = (Array.isArray(record.releases) ? record.releases : []).filter(
				(r): r is Json => isObject(r) && Object.keys(r).some((k) => !['url', 'date', 'tag'].includes(k))
			);
			if (embedded.length === 0) {
				issue(
					i + 1,
					'releases',
					`Record ${i + 1} (${path}) heeft geen compiledRelease en alleen links naar releases; die kunnen hier niet worden gelezen. Voeg compiledRelease toe of neem de releases zelf op.`,
					`Record ${i + 1} (${path}) has no compiledRelease and only links to releases, which cannot be read here. Add compiledRelease or embed the releases.`
				);
				return;
			}
			const recordOcid = ocidOf(record);
			(record.releases as unknown[]).forEach((r, j) => {
				if (!embedded.includes(r as Json)) return;
				const ocid = ocidOf(r) ?? recordOcid;
				if (!ocid) {
					issue(i + 1, 'ocid', `Record ${i + 1} (${path}) heeft geen ocid en is overgeslagen.`, `Record ${i + 1} (${path}) has no ocid and was skipped.`);
					return;
				}
				add(ocid, { release: r as Json, file, row: i + 1, path: `${path}.releases[${j}]` });
			});
		});
	}

	for (const [ocid, sources] of byOcid) out.compiled.push(compile(ocid, sources));
	return out;
}

const time = (r: Json) => {
	const t = typeof r.date === 'string' ? Date.parse(r.date) : NaN;
	return Number.isNaN(t) ? -Infinity : t;
};

function compile(ocid: string, sources: Source[]): CompiledRelease {
	// OCDS merge: oldest release first, so the latest release that states a field wins.
	// Stable sort: releases with the same date keep their file and package order.
	const ordered = [...sources].sort((a, b) => time(a.release) - time(b.release));
	let release: Json = {};
	for (const s of ordered) release = merge(release, s.release) as Json;
	const latest = ordered[ordered.length - 1]!;
	return { ocid, release: { ...release, ocid }, file: latest.file, row: latest.row, path: latest.path, merged: ordered.length };
}

/**
 * One release onto the compiled one, following OCDS's merge rules: objects merge field by
 * field; a null removes the field; arrays of objects that all have an `id` merge by id;
 * any other array is replaced whole.
 */
export function merge(a: unknown, b: unknown): unknown {
	if (b === undefined) return a;
	if (isObject(a) && isObject(b)) {
		const out: Json = { ...a };
		for (const [k, v] of Object.entries(b)) {
			if (v === null) delete out[k];
			else out[k] = merge(out[k], v);
		}
		return out;
	}
	if (isObject(b)) return merge({}, b); // drop nulls inside a new object too
	const withIds = (v: unknown[]) => v.length > 0 && v.every((x) => isObject(x) && (typeof x.id === 'string' || typeof x.id === 'number'));
	if (Array.isArray(b) && withIds(b) && (!Array.isArray(a) || a.length === 0 || withIds(a))) {
		const out = new Map<string, unknown>();
		for (const x of (Array.isArray(a) ? a : []) as Json[]) out.set(String(x.id), x);
		for (const x of b as Json[]) out.set(String(x.id), merge(out.get(String(x.id)), x));
		return [...out.values()];
	}
	return b;
}

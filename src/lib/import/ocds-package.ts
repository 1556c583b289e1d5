/**
 * Read an OCDS 1.1 release package or record package into one compiled release per ocid.
 * Never throws on bad input: problems become issues.
 *
 * Compiling is a simplified OCDS merge: releases of one ocid are applied oldest first (by
 * `date`), so for every field the latest release that states it wins; objects merge field by
 * field, arrays of objects that all have an `id` merge by id (as OCDS prescribes), other
 * arrays are replaced whole. A record's own compiledRelease is used as-is when present.
 */
import type { ValidationIssue } from './validate';
import { PACKAGE_FIELDS, RECORD_FIELDS, childPath, unknownFields, type FoundField } from './ocds-fields';

export type Json = Record<string, unknown>;

export interface CompiledRelease {
	ocid: string;
	release: Json;
	/** Position shown to the user: 1-based index in `releases` (of the latest release) or in `records`. */
	row: number;
	/** JSON path of that release in the package, e.g. releases[4] or records[0].compiledRelease. */
	path: string;
}

export interface ReadPackage {
	compiled: CompiledRelease[];
	releases: number;
	extensions: string[];
	/** Unknown fields anywhere in the package, with the ocid they belong to (null at package level). */
	unknown: (FoundField & { ocid: string | null })[];
	issues: ValidationIssue[];
}

export const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

interface Source {
	release: Json;
	row: number;
	path: string;
}

export function readPackage(input: unknown, file: string): ReadPackage {
	const out: ReadPackage = { compiled: [], releases: 0, extensions: [], unknown: [], issues: [] };
	const issue = (row: number | null, field: string | null, nl: string, en: string) => out.issues.push({ file, row, field, nl, en });

	let json = input;
	if (typeof json === 'string') {
		try {
			json = JSON.parse(json);
		} catch (e) {
			issue(null, null, `Dit is geen geldige JSON: ${(e as Error).message}`, `This is not valid JSON: ${(e as Error).message}`);
			return out;
		}
	}
	const releases = isObject(json) && Array.isArray(json.releases) ? json.releases : null;
	const records = isObject(json) && Array.isArray(json.records) ? json.records : null;
	if (!isObject(json) || (!releases && !records)) {
		const single = isObject(json) && typeof json.ocid === 'string';
		issue(
			null,
			null,
			single
				? "Dit is één losse OCDS-release, geen pakket. Verwacht een release package ({\"releases\": […]}) of record package ({\"records\": […]})."
				: "Dit is geen OCDS-pakket: verwacht een JSON-object met een lijst 'releases' (release package) of 'records' (record package).",
			single
				? 'This is a single OCDS release, not a package. Expected a release package ({"releases": […]}) or record package ({"records": […]}).'
				: "This is not an OCDS package: expected a JSON object with a 'releases' list (release package) or 'records' list (record package)."
		);
		return out;
	}

	out.extensions = Array.isArray(json.extensions) ? json.extensions.filter((e): e is string => typeof e === 'string') : [];
	for (const [key, value] of Object.entries(json)) {
		if (!PACKAGE_FIELDS.has(key)) out.unknown.push({ ocid: null, path: childPath('', key), value });
	}

	// Collect full releases per ocid, in order of first appearance.
	const byOcid = new Map<string, Source[]>();
	const add = (ocid: string, source: Source) => {
		if (!byOcid.has(ocid)) byOcid.set(ocid, []);
		byOcid.get(ocid)!.push(source);
		out.releases++;
		for (const f of unknownFields(source.release, source.path)) out.unknown.push({ ocid, ...f });
	};
	const ocidOf = (v: unknown) => (isObject(v) && typeof v.ocid === 'string' && v.ocid.trim() !== '' ? v.ocid.trim() : null);

	releases?.forEach((release, i) => {
		const ocid = ocidOf(release);
		if (!ocid || !isObject(release)) {
			issue(i + 1, 'ocid', `Release ${i + 1} (releases[${i}]) heeft geen ocid en is overgeslagen.`, `Release ${i + 1} (releases[${i}]) has no ocid and was skipped.`);
			return;
		}
		add(ocid, { release, row: i + 1, path: `releases[${i}]` });
	});

	const compiledFromRecords: CompiledRelease[] = [];
	records?.forEach((record, i) => {
		const path = `records[${i}]`;
		if (!isObject(record)) {
			issue(i + 1, null, `Record ${i + 1} (${path}) is geen object en is overgeslagen.`, `Record ${i + 1} (${path}) is not an object and was skipped.`);
			return;
		}
		for (const [key, value] of Object.entries(record)) {
			if (!RECORD_FIELDS.has(key)) out.unknown.push({ ocid: ocidOf(record), path: childPath(path, key), value });
		}
		if (isObject(record.compiledRelease)) {
			const ocid = ocidOf(record.compiledRelease) ?? ocidOf(record);
			if (!ocid) {
				issue(i + 1, 'ocid', `Record ${i + 1} (${path}) heeft geen ocid en is overgeslagen.`, `Record ${i + 1} (${path}) has no ocid and was skipped.`);
				return;
			}
			const release = { ...record.compiledRelease, ocid };
			out.releases++;
			for (const f of unknownFields(record.compiledRelease, `${path}.compiledRelease`)) out.unknown.push({ ocid, ...f });
			compiledFromRecords.push({ ocid, release, row: i + 1, path: `${path}.compiledRelease` });
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
			add(ocid, { release: r as Json, row: i + 1, path: `${path}.releases[${j}]` });
		});
	});

	for (const [ocid, sources] of byOcid) out.compiled.push(compile(ocid, sources));
	out.compiled.push(...compiledFromRecords);
	return out;
}

const time = (r: Json) => {
	const t = typeof r.date === 'string' ? Date.parse(r.date) : NaN;
	return Number.isNaN(t) ? -Infinity : t;
};

function compile(ocid: string, sources: Source[]): CompiledRelease {
	// Stable sort: releases with the same date keep their package order.
	const ordered = [...sources].sort((a, b) => time(a.release) - time(b.release));
	let release: Json = {};
	for (const s of ordered) release = merge(release, s.release) as Json;
	const latest = ordered[ordered.length - 1]!;
	return { ocid, release: { ...release, ocid }, row: latest.row, path: latest.path };
}

function merge(a: unknown, b: unknown): unknown {
	if (b === undefined) return a;
	if (isObject(a) && isObject(b)) {
		const out: Json = { ...a };
		for (const [k, v] of Object.entries(b)) out[k] = merge(out[k], v);
		return out;
	}
	const withIds = (v: unknown[]) => v.length > 0 && v.every((x) => isObject(x) && (typeof x.id === 'string' || typeof x.id === 'number'));
	if (Array.isArray(a) && Array.isArray(b) && withIds(a) && withIds(b)) {
		const out = new Map<string, unknown>();
		for (const x of a as Json[]) out.set(String(x.id), x);
		for (const x of b as Json[]) out.set(String(x.id), merge(out.get(String(x.id)), x));
		return [...out.values()];
	}
	return b;
}

/**
 * A large canonical waitingTimes CSV for import tests and the import bench, written to disk
 * (never committed). Every row is valid and points at providers, municipalities and care
 * categories of the site's own data, except two planted rows: one that breaks a field rule
 * (line 3) and one whose provider does not exist (the last line), so both the per-row
 * validation and the reference check are exercised at full size.
 */
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

export const BIG_CSV_HEADER =
	'providerId,locationId,category,subCategory,municipalityCode,month,medianWeeks,p90Weeks,registrationWeeks,treatmentWeeks,clientsWaiting,normWeeks,normSource,providerUrl,source';

const providers = Array.from({ length: 40 }, (_, i) => `demo-${String(i + 1).padStart(4, '0')}`);
const categories = ['40', '41', '42', '43', '44', '45', '46', '47'];
const municipalities = ['GM0014', 'GM0034', 'GM0037', 'GM0047', 'GM0050'];

export interface BigCsv {
	path: string;
	bytes: number;
	/** Data lines in the file (header excluded). */
	lines: number;
	/** Lines that pass every check and are loaded. */
	valid: number;
}

/** Write (or reuse, when the same size is already there) a waitingTimes CSV of about `targetBytes`. */
export function writeBigCsv(path: string, targetBytes: number): BigCsv {
	const line = (i: number) =>
		`${providers[i % providers.length]},locatie-${i},${categories[i % categories.length]},,${municipalities[i % municipalities.length]},2025-${String((i % 12) + 1).padStart(2, '0')},${(i % 97) / 10},${(i % 193) / 10},,,${i % 50},8,Wettelijke termijn van 8 weken,https://www.example.org/wachttijden,mijn-bron\n`;
	const bad = 'demo-0001,kapot,40,,GM0014,2025-13,-1,,,,,8,,,mijn-bron\n';
	const dangling = 'bestaat-niet,locatie-x,40,,GM0014,2025-01,1,,,,,8,,,mijn-bron\n';
	// The size is a function of targetBytes only, so an existing file of the same size is the same file.
	const meta = `${path}.json`;
	if (existsSync(path) && existsSync(meta)) {
		const known = JSON.parse(readFileSync(meta, 'utf8')) as BigCsv & { target: number };
		if (known.target === targetBytes && statSync(path).size === known.bytes) return known;
	}
	mkdirSync(dirname(path), { recursive: true });
	const parts: string[] = [BIG_CSV_HEADER + '\n', line(0), bad];
	let size = parts.join('').length;
	let n = 1;
	while (size < targetBytes) {
		const l = line(n++);
		parts.push(l);
		size += l.length;
	}
	parts.push(dangling);
	const text = parts.join('');
	writeFileSync(path, text);
	const result: BigCsv = { path, bytes: Buffer.byteLength(text), lines: parts.length - 1, valid: parts.length - 3 };
	writeFileSync(meta, JSON.stringify({ ...result, target: targetBytes }));
	return result;
}

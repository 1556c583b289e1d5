import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildData } from './build-data';

const tmp = mkdtempSync(join(tmpdir(), 'regiozicht-build-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const quiet = () => {};

describe('data build', () => {
	it('is reproducible byte for byte', async () => {
		await buildData('data', join(tmp, 'a'), quiet);
		await buildData('data', join(tmp, 'b'), quiet);
		const files = readdirSync(join(tmp, 'a')).filter((f) => f.endsWith('.parquet') || f.endsWith('.json'));
		expect(files).toContain('contracts.parquet');
		for (const f of files) expect(readFileSync(join(tmp, 'b', f)).equals(readFileSync(join(tmp, 'a', f))), f).toBe(true);
	}, 60_000);

	it('stops on an invalid source row, naming file, row and field', async () => {
		const data = join(tmp, 'data');
		cpSync('data', data, { recursive: true });
		const file = join(data, 'cbs/gemeenten_2025_regio.csv');
		const lines = readFileSync(file, 'utf8').split('\n');
		// Line 3 (second municipality): break its CBS code.
		lines[2] = lines[2]!.replace(/^GM\d{4}/, 'GM34');
		writeFileSync(file, lines.join('\n'));
		await expect(buildData(data, join(tmp, 'c'), quiet)).rejects.toThrow(/data\/cbs\/gemeenten_2025_regio\.csv, rij 3, veld 'code'.*GM34/);
	}, 60_000);
});

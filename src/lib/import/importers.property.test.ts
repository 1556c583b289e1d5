/**
 * Property-based tests (fast-check): whatever a user feeds the importers, they answer with
 * rows and specific issues — never an exception — and valid data survives a round trip.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parseCsv } from './csv';
import { importCanonicalCsv } from './canonical-csv';
import { importOcds } from './ocds';
import { readUserFile } from './read-file';
import { providers, contracts } from '../schema/index';

const quote = (cell: string) => (/[",\n\r]/.test(cell) || cell === '' ? `"${cell.replace(/"/g, '""')}"` : cell);
const toCsvText = (rows: string[][]) => rows.map((r) => r.map(quote).join(',')).join('\n');
const opts = { regionId: 'JZ12', domain: 'jeugd' as const };

describe('importers under arbitrary input', () => {
	it('parseCsv reads back any grid of cells that was written as RFC 4180', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.string({ maxLength: 12 }), { minLength: 2, maxLength: 5 }), { minLength: 2, maxLength: 20 }), (grid) => {
				const width = grid[0]!.length;
				const rows = grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? 'x'));
				// A header of distinct, non-empty names.
				rows[0] = rows[0]!.map((_, i) => `c${i}`);
				const parsed = parseCsv(toCsvText(rows), ',');
				expect(parsed.header).toEqual(rows[0]);
				// Rows made only of one empty cell are blank lines and are skipped by design.
				expect(parsed.rows).toEqual(rows.slice(1).filter((r) => !(r.length === 1 && r[0] === '')));
			}),
			{ numRuns: 300 }
		);
	});

	it('the canonical CSV importer never throws, and every issue names the file and a real line', () => {
		fc.assert(
			fc.property(fc.oneof(fc.string({ maxLength: 400 }), fc.uint8Array({ maxLength: 400 }).map((b) => new TextDecoder().decode(b))), (text) => {
				const result = importCanonicalCsv(contracts, text, 'x.csv');
				const lines = text.split(/\r\n|\n|\r/).length;
				for (const issue of result.issues) {
					expect(issue.file).toBe('x.csv');
					if (issue.row !== null) expect(issue.row).toBeGreaterThanOrEqual(1);
					if (issue.row !== null) expect(issue.row).toBeLessThanOrEqual(lines);
					expect(issue.nl.length).toBeGreaterThan(0);
					expect(issue.en.length).toBeGreaterThan(0);
				}
				expect(result.rows.length + result.rejected).toBeLessThanOrEqual(Math.max(0, lines - 1));
			}),
			{ numRuns: 400 }
		);
	});

	it('valid provider rows survive a CSV round trip unchanged', () => {
		const text = fc.string({ minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.trim() !== '' && !/^[=+\-@\t\r]/.test(s));
		const provider = fc.record({
			id: fc.stringMatching(/^[a-z0-9-]{1,12}$/),
			name: text,
			kvk: fc.option(fc.stringMatching(/^\d{8}$/), { nil: null }),
			legalForm: fc.option(text, { nil: null }),
			providerType: fc.option(text, { nil: null }),
			source: fc.constantFrom('mijn-bron', 'tenderned')
		});
		fc.assert(
			fc.property(fc.uniqueArray(provider, { selector: (p) => p.id, minLength: 1, maxLength: 15 }), (rows) => {
				const header = ['id', 'name', 'kvk', 'legalForm', 'providerType', 'source'];
				const csv = toCsvText([header, ...rows.map((r) => header.map((h) => (r[h as keyof typeof r] ?? '') as string))]);
				const result = importCanonicalCsv(providers, csv, 'p.csv');
				expect(result.issues.filter((i) => i.severity !== 'notice')).toEqual([]);
				expect(result.rows).toEqual(rows);
			}),
			{ numRuns: 200 }
		);
	});

	it('the OCDS importer and the file reader never throw on arbitrary JSON', () => {
		fc.assert(
			fc.property(fc.jsonValue({ maxDepth: 4 }), (json) => {
				const ocds = importOcds(json, 'a.json', opts);
				expect(Array.isArray(ocds.issues)).toBe(true);
				const viaFile = readUserFile('a.json', JSON.stringify(json), opts);
				expect(viaFile.kind).toBe('ocds');
			}),
			{ numRuns: 300 }
		);
		fc.assert(
			fc.property(fc.record({ releases: fc.array(fc.object({ maxDepth: 3 }), { maxLength: 5 }) }), (pkg) => {
				expect(() => importOcds(pkg, 'p.json', opts)).not.toThrow();
			}),
			{ numRuns: 300 }
		);
	});
});

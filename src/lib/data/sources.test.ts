import { describe, expect, it } from 'vitest';
import { isUserSource, resolveSource, sources, sourceText } from './sources';
import { userData } from '../db/user-data.svelte';

describe('source lines', () => {
	it('are plain words in both languages: no repositories, scripts or developer terms', () => {
		for (const s of sources)
			for (const lang of ['nl', 'en'] as const) {
				const line = sourceText(s, lang);
				expect(line, `${s.id} ${lang}`).not.toMatch(/\w\/\w|\.ts\b|seeded|generator/i);
				expect(line, `${s.id} ${lang}`).not.toMatch(/undefined|null|NaN/);
			}
	});

	it('say what the demo data are', () => {
		const demo = sources.find((s) => !s.real)!;
		expect(sourceText(demo, 'nl')).toBe('Demodata: verzonnen door Regiozicht, 2015–2026, op echte gemeenten en regio’s');
		expect(sourceText(demo, 'en')).toBe('Demo data: made up by Regiozicht, 2015–2026, on real municipalities and regions');
		expect(sourceText(sources.find((s) => s.id === 'cbs-gebieden-2025')!, 'en')).toBe('Municipalities and regional divisions 2025 (CBS / PDOK, 1 January 2025)');
	});
});

describe('the user’s own files as a source', () => {
	it('are told apart from every catalogued source, also combined ones', () => {
		for (const s of sources) expect(isUserSource(s.id), s.id).toBe(false);
		expect(isUserSource('cbs-gebieden-2025+cbs-kwb-2023')).toBe(false);
		expect(isUserSource('mijn-bron')).toBe(true);
		expect(isUserSource('eigen:deals')).toBe(true);
		expect(isUserSource(null)).toBe(false);
	});

	it('name the files that feed a family and when they were loaded; a row source of their own names all files', () => {
		const at = Date.UTC(2026, 11, 6, 18, 2);
		userData.files = [
			{ name: 'contracts.csv', loaded: { contracts: 3 }, rejected: 0, at },
			{ name: 'wachttijden.csv', loaded: { waitingTimes: 9 }, rejected: 0, at: at - 60_000 }
		];
		try {
			const deals = resolveSource('eigen:deals')!;
			expect(deals.user).toBe(true);
			expect(sourceText(deals, 'nl')).toMatch(/^Uw gegevens: contracts\.csv, geladen 6 december 2026 (om )?\d\d:02$/);
			expect(sourceText(deals, 'en')).toMatch(/^Your data: contracts\.csv, loaded 6 December 2026(,| at)? \d\d:02$/);
			expect(sourceText(resolveSource('mijn-bron')!, 'nl')).toMatch(/^Uw gegevens: contracts\.csv, wachttijden\.csv, geladen/);
			expect(resolveSource('demo')!.user).toBeUndefined();
		} finally {
			userData.files = [];
		}
	});
});

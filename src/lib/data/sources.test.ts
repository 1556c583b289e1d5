import { describe, expect, it } from 'vitest';
import { sources, sourceText } from './sources';

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

import { describe, expect, it } from 'vitest';
import { careCodes, dutchPc4, extensionYears, fundingModelIn, gmCode, kvkNumber, perYear, recogniseProcedure } from '$lib/import/ocds-mapping';

describe('OCDS mapping rules', () => {
	it('perYear divides totals by whole contract years, never by less than 1', () => {
		expect(perYear(12_000_000, '2025-01-01', '2028-12-31')).toBe(3_000_000); // 1461 days = 4.00 years
		expect(perYear(2_000_000, '2025-01-01', '2026-12-31')).toBe(1_000_000); // 730 days ≈ 2.00 years
		expect(perYear(500, '2025-01-01', '2025-03-31')).toBe(500); // shorter than a year: kept
		expect(perYear(500, '2025-06-01', '2025-01-01')).toBe(500); // end before start (seen in real data)
		expect(perYear(500, null, '2025-01-01')).toBe(500);
		expect(perYear(null, '2025-01-01', '2026-12-31')).toBeNull();
	});

	it('extensionYears counts whole years up to maxExtentDate', () => {
		expect(extensionYears('2028-12-31', '2030-12-31')).toBe(2);
		expect(extensionYears('2028-12-31', '2029-06-30')).toBe(0);
		expect(extensionYears('2028-12-31', null)).toBe(0);
	});

	it('recognises Dutch procedures and says how', () => {
		expect(recogniseProcedure('open', 'Open house')).toMatchObject({ method: 'open', type: 'open-house', typeFrom: 'exact', methodDerived: false });
		expect(recogniseProcedure(undefined, 'Subsidieregeling jeugd')).toMatchObject({ method: 'direct', type: 'subsidie', typeFrom: 'exact', methodDerived: true });
		expect(recogniseProcedure('limited', 'inbesteding bij de GR')).toMatchObject({ method: 'limited', type: 'inbesteding', typeFrom: 'exact' });
		expect(recogniseProcedure('open', 'Europese openbare aanbesteding')).toMatchObject({ type: 'europees-openbaar', typeFrom: 'exact' });
		expect(recogniseProcedure('selective', 'FA (Framework Agreement)')).toMatchObject({ type: 'europees-niet-openbaar', typeFrom: 'method' });
		expect(recogniseProcedure('limited', 'meervoudig onderhands')).toMatchObject({ type: 'meervoudig-onderhands', typeFrom: 'exact' });
		expect(recogniseProcedure('negotiated', 'onbekend')).toMatchObject({ method: null, type: null, typeFrom: null });
	});

	it('finds funding models, care codes, GM codes, KvK numbers and Dutch PC4', () => {
		expect(fundingModelIn(['Bekostiging: Taakgericht budget', null])).toBe('taakgericht');
		expect(fundingModelIn(['geen'])).toBeNull();
		expect(careCodes([{ scheme: 'CPV', id: '85311300' }, { scheme: 'iWmo', id: '02A05' }, { scheme: 'IJW', id: '45' }, { scheme: 'iJw', id: '4' }])).toEqual([
			{ category: '02', productCode: '02A05' },
			{ category: '45', productCode: null }
		]);
		expect(['GM0363', 'NL-CBS-gm0437', 'XGM0363', 'GM036'].map(gmCode)).toEqual(['GM0363', 'GM0437', null, null]);
		expect(kvkNumber([{ scheme: 'NL-KVK', id: '4123.4567' }])).toBe('41234567');
		expect(kvkNumber([{ scheme: 'NL-KVK', id: '123' }])).toBeNull();
		expect(dutchPc4({ postalCode: '1012 AB' })).toEqual({ dutch: true, pc4: '1012' });
		expect(dutchPc4({ postalCode: '0010', countryName: 'AM' })).toEqual({ dutch: false, pc4: null });
	});
});

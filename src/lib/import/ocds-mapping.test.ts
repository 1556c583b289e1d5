import { describe, expect, it } from 'vitest';
import { careCodes, dutchPc4, extensionYears, fundingModelIn, gmCode, kvkNumber, matchBuyer, municipalityIndex, municipalityKey, perYear, recogniseProcedure } from '$lib/import/ocds-mapping';
import { municipalities2025 } from './fixtures/municipalities-2025';

describe('OCDS mapping rules', () => {
	it('perYear divides totals by whole contract years, never by less than 1; unknown without both dates', () => {
		expect(perYear(12_000_000, '2025-01-01', '2028-12-31')).toBe(3_000_000); // 1461 days = 4.00 years
		expect(perYear(2_000_000, '2025-01-01', '2026-12-31')).toBe(1_000_000); // 730 days ≈ 2.00 years
		expect(perYear(500, '2025-01-01', '2025-03-31')).toBe(500); // shorter than a year: kept
		expect(perYear(500, '2025-06-01', '2025-01-01')).toBe(500); // end before start (seen in real data)
		expect(perYear(500, null, '2025-01-01')).toBeNull(); // duration unknown, so the amount per year is too
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

describe('buyers → municipalities', () => {
	const index = municipalityIndex(municipalities2025);
	const name = (party: Record<string, unknown>) => {
		const m = matchBuyer(party, index);
		return m.kind === 'municipality' ? `${m.municipality.code} via ${m.via}` : m.kind === 'foreign' ? `foreign: ${m.why}` : `unknown: ${m.label}`;
	};

	it('finds the 342 municipalities of 2025 by name, ignoring accents, case and the "Gemeente " prefix', () => {
		expect(municipalities2025).toHaveLength(342);
		expect(name({ name: 'Gemeente Súdwest-Fryslân' })).toBe('GM1900 via name');
		expect(name({ name: 'GEMEENTE SUDWEST FRYSLAN' })).toBe('GM1900 via name');
		expect(name({ name: "gemeente 's-Hertogenbosch" })).toBe('GM0796 via name');
		expect(name({ name: 'Gemeente Den Haag' })).toBe('GM0518 via name');
		expect(name({ name: 'Hengelo' })).toBe('GM0164 via name'); // CBS: "Hengelo (O.)", the only Hengelo
		expect(name({ name: 'Gemeente Bergen' })).toBe('unknown: Gemeente Bergen'); // Bergen (NH.) or Bergen (L.)? We do not guess.
		expect(name({ name: 'Bergen (NH.)' })).toBe('GM0373 via name');
		expect(name({ id: 'x', identifier: { scheme: 'NL-OIN', id: '1', legalName: 'Gemeente Ermelo' } })).toBe('GM0233 via name');
	});

	it('finds a CBS code in ids, and cannot use OIN or KvK numbers (no list of them exists in data/)', () => {
		expect(name({ id: 'NL-CBS-GM0243', name: 'Regio Noord-Veluwe' })).toBe('GM0243 via code');
		expect(name({ additionalIdentifiers: [{ scheme: 'TOOI', id: 'https://identifier.overheid.nl/tooi/id/gemeente/gm0302' }] })).toBe('GM0302 via code');
		expect(name({ identifier: { scheme: 'NL-OIN', id: '00000001001234567000' } })).toBe('unknown: NL-OIN 00000001001234567000');
		expect(name({ identifier: { scheme: 'NL-KVK', id: '44444444' } })).toBe('unknown: NL-KVK 44444444');
	});

	it('calls a buyer foreign by a non-Dutch address or identifier scheme', () => {
		expect(name({ name: 'Bedford Borough Council', identifier: { scheme: 'GB-GOR', id: 'PB1' } })).toBe('foreign: GB-GOR');
		expect(name({ name: 'Utrecht', address: { countryName: 'United Kingdom' } })).toBe('foreign: United Kingdom');
		expect(name({ name: 'Gemeente Utrecht', address: { countryName: 'Nederland' } })).toBe('GM0344 via name');
		expect(municipalityKey(' Gemeente  Nuenen, Gerwen en Nederwetten ')).toBe('nuenen gerwen en nederwetten');
	});
});

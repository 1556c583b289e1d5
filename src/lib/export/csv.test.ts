import { describe, expect, it } from 'vitest';
import { csvCell, toCsv, toExcelCsv } from './csv';

describe('CSV export', () => {
	it('escapes cells a spreadsheet would execute as a formula', () => {
		expect(csvCell('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
		expect(csvCell('+31 6')).toBe("'+31 6");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('-12 weken')).toBe("'-12 weken");
	});
	it('keeps negative numbers as numbers and quotes separators', () => {
		expect(csvCell(-3.5)).toBe('-3.5');
		expect(toCsv([{ a: 'x, y', b: null }], ['a', 'b'])).toBe('a,b\r\n"x, y",\r\n');
	});
});

describe('CSV for Dutch Excel', () => {
	const share = (v: unknown) => `${(Number(v) * 100).toLocaleString('nl-NL', { maximumFractionDigits: 1 })}%`;
	const columns = [
		{ key: 'name', label: 'Aanbieder' },
		{ key: 'shareLocalByValue', label: 'Aandeel lokaal', numeric: true, format: share },
		{ key: 'contracts', label: 'Contracten', numeric: true, format: (v: unknown) => Number(v).toLocaleString('nl-NL') },
		{ key: 'bron', label: 'bron' }
	];
	const rows = [
		{ name: 'Zorg; en Welzijn', shareLocalByValue: 0.4214794217408441, contracts: 1234, bron: 'DEMO (verzonnen): Demodata' },
		{ name: '=HYPERLINK("http://x")', shareLocalByValue: null, contracts: -3, bron: 'DEMO (verzonnen): Demodata' }
	];

	it('writes ; between cells, readable headers with the unit, and figures with a decimal comma as in the chart', () => {
		const lines = toExcelCsv(rows, columns, 'nl').split('\r\n');
		expect(lines[0]).toBe('Aanbieder;Aandeel lokaal (%);Contracten;bron');
		expect(lines[1]).toBe('"Zorg; en Welzijn";42,1;1234;DEMO (verzonnen): Demodata');
	});

	it('keeps formula text harmless, negative numbers numeric and empty values empty', () => {
		const lines = toExcelCsv(rows, columns, 'nl').split('\r\n');
		expect(lines[2]).toBe(`"'=HYPERLINK(""http://x"")";;-3;DEMO (verzonnen): Demodata`);
	});

	it('reads the English page’s figures and still writes decimal commas', () => {
		const en = [
			{ key: 'w', label: 'Median wait', numeric: true, format: (v: unknown) => `${Number(v).toLocaleString('en-GB', { maximumFractionDigits: 1 })} wk` },
			{ key: 'e', label: 'Money', numeric: true, format: (v: unknown) => (Number(v) >= 1e6 ? `€${(Number(v) / 1e6).toFixed(1)} million` : `€${Number(v).toLocaleString('en-GB')}`) }
		];
		const text = toExcelCsv([{ w: 6.4321, e: 1234567 }, { w: 1234.5, e: 414 }], en, 'en');
		expect(text).toBe('Median wait (wk);Money (€)\r\n6,4;1234567\r\n1234,5;414\r\n');
	});
});

describe('empty and missing cells', () => {
	it('writes an empty text as "" and a missing value as nothing', () => {
		expect(toCsv([{ a: '', b: null }], ['a', 'b'])).toBe('a,b\r\n"",\r\n');
	});
});

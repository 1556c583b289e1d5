import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './csv';

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

/** CSV export of the rows a chart shows: plain (machine-readable) and for Dutch Excel. */
import { saveBlob } from './save';

/**
 * Quote a cell; cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
 * leading apostrophe, so a provider named "=HYPERLINK(…)" stays text (OWASP CSV injection).
 */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? String(value) : String(value);
	if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	// An empty text is "" and a missing value nothing, so the two stay apart when read back.
	return s === '' || /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
	return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** A chart's column as its data table shows it: label in the page language, optional display format. */
export interface ExcelColumn {
	key: string;
	label: string;
	format?: (v: unknown) => string;
	numeric?: boolean;
}

/** A number as Dutch Excel reads it: decimal comma, no thousands separator. */
const dutchNumber = (n: number) => n.toLocaleString('nl-NL', { useGrouping: false, maximumFractionDigits: 10 });

/**
 * A displayed figure split into unit and number: "42,1%" → 42.1 and "%"; "€ 1.234" → 1234 and
 * "€"; "6,4 wk" → 6.4 and "wk". `lang` says which separator is the decimal one. Null for text
 * that is not one number ("–", "3 van 5").
 */
function parseShown(text: string, lang: 'nl' | 'en'): { value: number; unit: string; scaled: boolean } | null {
	const m = /^([^\d\-−]*?)\s*([-−]?\d[\d.,\s\u00a0\u202f]*)\s*([^\d]*)$/.exec(text.trim());
	if (!m) return null;
	const [thousands, decimal] = lang === 'nl' ? ['.', ','] : [',', '.'];
	const digits = m[2]!.replace(/[\s\u00a0\u202f]/g, '').split(thousands).join('').replace(decimal, '.').replace('−', '-');
	const value = Number(digits);
	if (!Number.isFinite(value)) return null;
	const words = `${m[1]} ${m[3]}`;
	// "€ 1,2 mln": the number is rounded and scaled; the raw value is then the better figure.
	const scaled = /\b(mln|million|mld|billion)\b/.test(words);
	return { value, unit: words.replace(/\b(mln|million|mld|billion)\b/g, '').replace(/\s+/g, ' ').trim(), scaled };
}

/**
 * CSV for Dutch Excel: `;` between cells, decimal comma, the headers of the chart's data table,
 * figures as the chart shows them ("42,1" for 42,1%, the unit moved into the header) and other
 * cells as the table writes them. Still spreadsheet-safe: text cells that would run as a
 * formula get an apostrophe. The caller adds the UTF-8 BOM (downloadText), which Excel needs to
 * read the accents.
 */
export function toExcelCsv(rows: readonly Record<string, unknown>[], columns: readonly ExcelColumn[], lang: 'nl' | 'en'): string {
	const cell = (s: string, isNumber = false) => {
		if (!isNumber && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
		return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
	};
	const units = columns.map(() => new Set<string>());
	const body = rows.map((r) =>
		columns.map((c, i) => {
			const raw = r[c.key];
			if (raw === null || raw === undefined) return '';
			const shown = c.format ? c.format(raw) : String(raw);
			if (!c.numeric) return cell(shown);
			const parsed = parseShown(shown, lang);
			if (parsed) units[i]!.add(parsed.unit);
			if (parsed && !(parsed.scaled && typeof raw === 'number')) return cell(dutchNumber(parsed.value), true);
			if (typeof raw === 'number' && Number.isFinite(raw)) return cell(dutchNumber(raw), true);
			return cell(shown);
		})
	);
	const header = columns.map((c, i) => {
		const [unit, ...others] = [...units[i]!];
		// One unit for the whole column, not yet in the label: "Aandeel lokaal (%)".
		return cell(unit && others.length === 0 && !c.label.includes(unit) ? `${c.label} (${unit})` : c.label);
	});
	return [header.join(';'), ...body.map((r) => r.join(';'))].join('\r\n') + '\r\n';
}

/** Offer text as a file download (browser only). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
	downloadBlob(new Blob([text], { type }), filename);
}

/** Offer a Blob (e.g. a CSV built in a worker) as a file download, with the BOM Excel needs. */
export function downloadBlob(blob: Blob, filename: string): void {
	saveBlob(new Blob(['\ufeff', blob], { type: blob.type || 'text/csv;charset=utf-8' }), filename);
}

/** CSV export of the rows a chart shows. */

/**
 * Quote a cell; cells that a spreadsheet would run as a formula (= + - @, tab, CR) get a
 * leading apostrophe, so a provider named "=HYPERLINK(…)" stays text (OWASP CSV injection).
 */
export function csvCell(value: unknown): string {
	if (value === null || value === undefined) return '';
	let s = typeof value === 'number' ? String(value) : String(value);
	if (typeof value !== 'number' && /^[=+\-@\t\r]/.test(s)) s = `'${s}`;
	return /[",\n\r;]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function toCsv(rows: readonly Record<string, unknown>[], columns: readonly string[]): string {
	return [columns.map(csvCell).join(','), ...rows.map((r) => columns.map((c) => csvCell(r[c])).join(','))].join('\r\n') + '\r\n';
}

/** Offer text as a file download (browser only). */
export function downloadText(text: string, filename: string, type = 'text/csv;charset=utf-8'): void {
	const url = URL.createObjectURL(new Blob(['\ufeff', text], { type }));
	const a = document.createElement('a');
	a.href = url;
	a.download = filename;
	a.click();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

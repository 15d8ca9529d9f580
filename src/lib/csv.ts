// One way to write a CSV cell for every download (boards, audit log, survey results, learning analytics): quoted,
// quotes doubled, and text a spreadsheet would run as a formula defused with a leading apostrophe (OWASP "CSV
// injection"). Excel and LibreOffice skip leading spaces before they look for `=`, so " =1+1" is defused too.
// Numbers are written as numbers: a negative count is data, not a formula.

const FORMULA = /^(?:[\t\r\n]|\s*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20])/;

export type CsvValue = string | number | null | undefined;

/** One CSV cell, always quoted; empty for null/undefined. */
export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '""';
	let s = String(value);
	if (typeof value === 'string' && FORMULA.test(s)) s = `'${s}`;
	return `"${s.replace(/"/g, '""')}"`;
}

/** A whole file: a byte-order mark (so spreadsheet programs read æ, ø, å and ë), CRLF line ends. */
export function csvFile(rows: CsvValue[][]): string {
	return '\uFEFF' + rows.map((r) => r.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

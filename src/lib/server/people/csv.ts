// Reading an uploaded people file: bytes → text (UTF-8 only, with or without BOM) → rows of named cells. Excel
// saves "CSV" in the machine's code page (Windows-1252 in Denmark) and with semicolons where the decimal mark is
// a comma; the first is refused with a clear message (guessing a code page would corrupt names silently), the
// second is detected. Pure: unit- and integration-tested without a database.
import Papa from 'papaparse';
import { Invalid } from '../errors';

export const MAX_FILE_BYTES = 1024 * 1024;
export const MAX_ROWS = 5000;

export const COLUMNS = ['name', 'email', 'team', 'role', 'manager', 'language'] as const;
export type Column = (typeof COLUMNS)[number];

/** Header names we understand, lower-cased: English and Danish (Excel users keep their own words). */
const HEADERS: Record<string, Column> = {
	name: 'name',
	'full name': 'name',
	navn: 'name',
	email: 'email',
	'e-mail': 'email',
	mail: 'email',
	'email address': 'email',
	team: 'team',
	hold: 'team',
	afdeling: 'team',
	role: 'role',
	rolle: 'role',
	manager: 'manager',
	leder: 'manager',
	language: 'language',
	sprog: 'language'
};

/** One line of the file as typed (trimmed); `line` is its line number in the file (the header is line 1). */
export interface ImportLine {
	line: number;
	name: string;
	email: string;
	team: string;
	role: string;
	manager: string;
	language: string;
}

/** UTF-8 or nothing: `fatal` makes bytes that are not UTF-8 (Windows-1252, Latin-1) an error, not "�". */
export function decodeCsv(bytes: Uint8Array): string {
	if (bytes.byteLength > MAX_FILE_BYTES) throw new Invalid('error_import_too_large', 'file');
	try {
		// the decoder drops a leading byte-order mark itself (ignoreBOM: false)
		return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
	} catch {
		throw new Invalid('error_import_encoding', 'file');
	}
}

export function parseCsv(text: string): ImportLine[] {
	const parsed = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
	const rows = parsed.data;
	if (rows.length === 0) throw new Invalid('error_import_empty', 'file');
	const header = rows[0].map((h) => HEADERS[h.trim().toLowerCase()]);
	if (!header.includes('email') || !header.includes('name')) throw new Invalid('error_import_header', 'file');
	if (rows.length - 1 > MAX_ROWS) throw new Invalid('error_import_too_many', 'file');
	// line numbers as a spreadsheet shows them: quoted cells may span lines, so count from Papa's row starts
	const starts = lineNumbers(text.replace(/^\uFEFF/, ''), rows.length);
	return rows.slice(1).map((cells, i) => {
		const line: ImportLine = {
			line: starts[i + 1] ?? i + 2,
			name: '',
			email: '',
			team: '',
			role: '',
			manager: '',
			language: ''
		};
		header.forEach((column, c) => {
			if (column) line[column] = (cells[c] ?? '').trim();
		});
		return line;
	});
}

/** The file line on which each non-empty row starts (1-based), skipping blank lines as Papa does. */
function lineNumbers(text: string, count: number): number[] {
	const out: number[] = [];
	let line = 1;
	let quoted = false;
	let rowStarted = false;
	for (let i = 0; i < text.length && out.length < count; i++) {
		const ch = text[i];
		if (!rowStarted && ch !== '\n' && ch !== '\r') {
			rowStarted = true;
			out.push(line);
		}
		if (ch === '"') quoted = !quoted;
		else if (ch === '\n') {
			line++;
			if (!quoted) rowStarted = false;
		}
	}
	return out;
}

/** Bytes → lines, with every limit and encoding rule applied. */
export function readPeopleFile(bytes: Uint8Array): ImportLine[] {
	return parseCsv(decodeCsv(bytes));
}

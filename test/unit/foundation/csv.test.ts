// The one CSV writer: every cell quoted, quotes doubled, formula starts defused, numbers left as numbers.
import { describe, expect, it } from 'vitest';
import { csvCell, csvFile } from '../../../src/lib/csv';

describe('csvCell', () => {
	it('quotes text and doubles quotes inside it', () => {
		expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses every start a spreadsheet runs as a formula', () => {
		for (const text of ['=1+1', '+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1', '\n=1', ' =HYPERLINK("x")', '＝1+1'])
			expect(csvCell(text)).toMatch(/^"'/);
	});

	it('leaves ordinary text and numbers alone', () => {
		expect(csvCell('Ahmed Hassan')).toBe('"Ahmed Hassan"');
		expect(csvCell('a=b')).toBe('"a=b"');
		expect(csvCell(-3)).toBe('"-3"');
		expect(csvCell(1.5)).toBe('"1.5"');
		expect(csvCell(null)).toBe('""');
	});

	it('writes a file with a byte-order mark and CRLF line ends', () => {
		expect(
			csvFile([
				['a', 1],
				['=b', null]
			])
		).toBe('\uFEFF"a","1"\r\n"\'=b",""\r\n');
	});
});

// Every download names its file the same way: the UTF-8 name for browsers that read it, an ASCII fallback for the
// rest, never a percent-encoded name where a person reads it (a survey round's CSV used to offer "For%C3%A5r-2026.csv").
import { describe, expect, it } from 'vitest';
import { contentDisposition, download } from '../../../src/lib/server/http/download';
import { fileNameOf } from '../../../src/lib/server/file-names';

describe('downloads', () => {
	it('names a Danish round’s file in UTF-8, with Danish letters spelt out in the fallback', () => {
		const name = `${fileNameOf('Forår 2026: Læring på lageret', 'results')}.csv`;
		expect(name).toBe('Forår-2026-Læring-på-lageret.csv');
		expect(contentDisposition(name)).toBe(
			`attachment; filename="Forar-2026-Laering-pa-lageret.csv"; filename*=UTF-8''For%C3%A5r-2026-L%C3%A6ring-p%C3%A5-lageret.csv`
		);
	});

	it('keeps quotes and backslashes out of the fallback, and shows media inline', () => {
		expect(contentDisposition('a "b"\\c.pdf', 'inline')).toMatch(/^inline; filename="a bc.pdf"; filename\*=UTF-8''/);
		expect(contentDisposition('ØØ.pdf')).toMatch(/^attachment; filename="OO.pdf"/);
		expect(contentDisposition('日本.pdf')).toMatch(/^attachment; filename=".pdf"/);
	});

	it('takes the type from the extension, is never cached, and counts bytes', async () => {
		const csv = download('a;b\n', 'samspil-audit-2026-12-04.csv');
		expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
		expect(csv.headers.get('cache-control')).toBe('private, no-store');
		const pdf = download(new Uint8Array([37, 80, 68, 70]), 'Plan.pdf');
		expect(pdf.headers.get('content-type')).toBe('application/pdf');
		expect(pdf.headers.get('content-length')).toBe('4');
		expect(download('{}', 'x.json', { type: 'application/vc+ld+json' }).headers.get('content-type')).toBe(
			'application/vc+ld+json'
		);
		expect(await csv.text()).toBe('a;b\n');
	});

	it('joins parts into one name and falls back when nothing is left', () => {
		expect(fileNameOf(['samspil', 'learner', 'Søren Ågård', '2026-12-04'], 'export')).toBe(
			'samspil-learner-Søren-Ågård-2026-12-04'
		);
		expect(fileNameOf('!!!', 'board')).toBe('board');
	});
});

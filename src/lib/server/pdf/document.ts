// One way to start and finish a PDF: A4 (or A3) with the same margins, Helvetica, the document's title and
// language in its metadata, and page numbers written once every page exists. pdfkit's standard Helvetica uses
// WinAnsi encoding, which holds æ, ø, å, ä, ö, ü, é and ë, so no font file is embedded; text outside that
// code page is reduced to what it can show (text.ts) rather than printed as the wrong glyphs.
import PDFDocument from 'pdfkit';
import { printable } from './text';

export type Pdf = PDFKit.PDFDocument;

export interface PdfOptions {
	title: string;
	/** BCP 47 language of the text (the reader's UI language) */
	lang: string;
	size?: 'A4' | 'A3';
	layout?: 'portrait' | 'landscape';
	/** who made it: the organisation, the issuer */
	author?: string;
	subject?: string;
}

export const MARGIN = 50;
export const FONT = 'Helvetica';
export const BOLD = 'Helvetica-Bold';

export function createPdf(options: PdfOptions): Pdf {
	const doc = new PDFDocument({
		size: options.size ?? 'A4',
		layout: options.layout ?? 'portrait',
		margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
		// Page numbers ("2 / 5") need the total, known only at the end.
		bufferPages: true,
		lang: options.lang,
		displayTitle: true,
		pdfVersion: '1.7',
		info: {
			Title: printable(options.title),
			...(options.author ? { Author: printable(options.author) } : {}),
			...(options.subject ? { Subject: printable(options.subject) } : {}),
			Creator: 'Samspil',
			Producer: 'Samspil',
			// pdfkit derives the file id from it; an info object without it leaves the id undefined
			CreationDate: new Date()
		}
	});
	doc.font(FONT).fontSize(11).fillColor('#111111');
	return doc;
}

/**
 * Ends the document and returns its bytes. `pageLabel` writes each page's number in the bottom margin
 * (`m.pdf_page({ page, pages })`); none when omitted (a one-page certificate).
 */
export function finishPdf(doc: Pdf, pageLabel?: (page: number, pages: number) => string): Promise<Uint8Array> {
	const chunks: Buffer[] = [];
	const done = new Promise<Uint8Array>((resolve, reject) => {
		doc.on('data', (c: Buffer) => chunks.push(c));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
	});
	if (pageLabel) {
		const range = doc.bufferedPageRange();
		for (let i = range.start; i < range.start + range.count; i++) {
			doc.switchToPage(i);
			// Writing inside the bottom margin would make pdfkit start a new page: lift the margin first.
			const bottom = doc.page.margins.bottom;
			doc.page.margins.bottom = 0;
			doc
				.font(FONT)
				.fontSize(8)
				.fillColor('#555555')
				.text(printable(pageLabel(i + 1, range.count)), MARGIN, doc.page.height - MARGIN / 2 - 4, {
					width: doc.page.width - 2 * MARGIN,
					align: 'center',
					lineBreak: false
				});
			doc.page.margins.bottom = bottom;
		}
	}
	doc.end();
	return done;
}

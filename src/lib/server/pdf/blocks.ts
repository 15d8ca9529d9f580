// The few things our PDFs are made of: headings, paragraphs, label/value lists, tables and a QR code. Each draws at
// the cursor and moves it on, starting a new page when the next block would not fit.
import QRCode from 'qrcode';
import { BOLD, FONT, type Pdf } from './document';
import { printable } from './text';

const SIZES = { 1: 20, 2: 14, 3: 12 } as const;

function contentWidth(doc: Pdf) {
	return doc.page.width - doc.page.margins.left - doc.page.margins.right;
}

/** Starts a new page when fewer than `height` points are left on this one. */
export function keepSpace(doc: Pdf, height: number) {
	if (doc.y + height > doc.page.height - doc.page.margins.bottom) doc.addPage();
}

export function heading(doc: Pdf, text: string, level: 1 | 2 | 3 = 2) {
	// A heading never sits alone at the foot of a page.
	keepSpace(doc, SIZES[level] * 4);
	if (level > 1) doc.moveDown(0.6);
	doc
		.font(BOLD)
		.fontSize(SIZES[level])
		.fillColor('#111111')
		.text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
	doc.moveDown(0.3).font(FONT).fontSize(11);
}

export function paragraph(doc: Pdf, text: string, options: { muted?: boolean; size?: number; bold?: boolean } = {}) {
	doc
		.font(options.bold ? BOLD : FONT)
		.fontSize(options.size ?? 11)
		.fillColor(options.muted ? '#555555' : '#111111')
		.text(printable(text), doc.page.margins.left, doc.y, { width: contentWidth(doc) });
	doc.moveDown(0.3).font(FONT).fontSize(11).fillColor('#111111');
}

/** A bulleted list; an item's `detail` is set smaller under it. */
export function list(doc: Pdf, items: { text: string; detail?: string }[]) {
	const left = doc.page.margins.left;
	for (const item of items) {
		keepSpace(doc, 30);
		doc.font(FONT).fontSize(11).fillColor('#111111');
		doc.text('•', left, doc.y, { continued: false, width: 12 });
		doc.moveUp();
		doc.text(printable(item.text), left + 14, doc.y, { width: contentWidth(doc) - 14 });
		if (item.detail)
			doc
				.fontSize(9)
				.fillColor('#555555')
				.text(printable(item.detail), left + 14, doc.y, { width: contentWidth(doc) - 14 });
		doc.moveDown(0.25).fillColor('#111111').fontSize(11);
	}
}

/** Label and value pairs, one per line, the labels in bold. */
export function fields(doc: Pdf, rows: { label: string; value: string }[]) {
	const left = doc.page.margins.left;
	const width = contentWidth(doc);
	const labelWidth = Math.min(170, width * 0.35);
	for (const row of rows) {
		keepSpace(doc, 28);
		const top = doc.y;
		doc
			.font(BOLD)
			.fontSize(10)
			.text(printable(row.label), left, top, { width: labelWidth - 8 });
		const afterLabel = doc.y;
		doc
			.font(FONT)
			.fontSize(10)
			.text(printable(row.value), left + labelWidth, top, { width: width - labelWidth });
		doc.y = Math.max(afterLabel, doc.y) + 4;
	}
	doc.x = left;
	doc.fontSize(11);
}

export interface Column {
	header: string;
	/** share of the content width; the columns' shares should add up to 1 */
	width: number;
	align?: 'left' | 'right';
}

/** A table with a header row (repeated on every page it runs onto) and thin rules between rows. */
export function table(doc: Pdf, columns: Column[], rows: string[][]) {
	const left = doc.page.margins.left;
	const width = contentWidth(doc);
	const widths = columns.map((c) => c.width * width);
	const pad = 4;
	const drawRow = (cells: string[], bold: boolean) => {
		doc.font(bold ? BOLD : FONT).fontSize(9);
		const heights = cells.map((c, i) => doc.heightOfString(printable(c), { width: widths[i] - 2 * pad }));
		const height = Math.max(...heights, 10) + 2 * pad;
		return {
			height,
			draw: () => {
				const top = doc.y;
				let x = left;
				cells.forEach((c, i) => {
					doc.text(printable(c), x + pad, top + pad, { width: widths[i] - 2 * pad, align: columns[i].align ?? 'left' });
					x += widths[i];
				});
				doc
					.moveTo(left, top + height)
					.lineTo(left + width, top + height)
					.lineWidth(bold ? 0.8 : 0.3)
					.strokeColor('#999999')
					.stroke();
				doc.x = left;
				doc.y = top + height;
			}
		};
	};
	const header = () =>
		drawRow(
			columns.map((c) => c.header),
			true
		).draw();
	keepSpace(doc, 40);
	header();
	for (const cells of rows) {
		const row = drawRow(cells, false);
		if (doc.y + row.height > doc.page.height - doc.page.margins.bottom) {
			doc.addPage();
			header();
		}
		row.draw();
	}
	doc.moveDown(0.6).font(FONT).fontSize(11);
}

/** A QR code (PNG from the `qrcode` package) of `url`, `size` points square, at the cursor or at (x, y). */
export async function qrCode(doc: Pdf, url: string, size: number, at?: { x: number; y: number }) {
	const png = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 512 });
	const x = at?.x ?? doc.page.margins.left;
	const y = at?.y ?? doc.y;
	doc.image(png, x, y, { width: size, height: size });
	if (!at) doc.y = y + size + 6;
	return png;
}

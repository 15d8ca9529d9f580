// A dialogue board for a workshop on paper: the zones on one large sheet (A3 landscape) to lay on the table or pin
// to a wall, then the question cards on A4, eight to a page with cut lines, each marked with its zone when the
// template gives zones their own cards.
import { m } from '$lib/paraglide/messages.js';
import { BOLD, createPdf, FONT, finishPdf, MARGIN } from './document';
import { printable } from './text';

export interface DialogueBoardData {
	title: string;
	description: string;
	zones: { title: string; color: string; questions: string[] }[];
	/** the template's shared deck */
	questions: string[];
}

const ZONE_FILL: Record<string, string> = {
	yellow: '#fff3b0',
	pink: '#ffd6e5',
	blue: '#d4e8ff',
	green: '#d6f5d6',
	orange: '#ffe0c2',
	purple: '#e8dcff'
};

function drawBoard(doc: PDFKit.PDFDocument, data: DialogueBoardData) {
	const width = doc.page.width - 2 * MARGIN;
	doc.font(BOLD).fontSize(28).fillColor('#111111').text(printable(data.title), MARGIN, MARGIN, { width });
	if (data.description)
		doc
			.font(FONT)
			.fontSize(12)
			.fillColor('#444444')
			.text(printable(data.description), MARGIN, doc.y + 4, { width });
	const top = doc.y + 16;
	const bottom = doc.page.height - MARGIN - 10;
	const zones = data.zones.length ? data.zones : [{ title: '', color: 'yellow', questions: [] }];
	const cols = Math.ceil(Math.sqrt(zones.length));
	const rows = Math.ceil(zones.length / cols);
	const gap = 14;
	const w = (width - gap * (cols - 1)) / cols;
	const h = (bottom - top - gap * (rows - 1)) / rows;
	zones.forEach((z, i) => {
		const x = MARGIN + (i % cols) * (w + gap);
		const y = top + Math.floor(i / cols) * (h + gap);
		doc.roundedRect(x, y, w, h, 10).fillAndStroke(ZONE_FILL[z.color] ?? '#f2f2f2', '#888888');
		doc
			.font(BOLD)
			.fontSize(22)
			.fillColor('#111111')
			.text(printable(z.title), x + 16, y + 14, { width: w - 32, lineBreak: true });
	});
}

function drawCards(doc: PDFKit.PDFDocument, cards: { text: string; label: string }[]) {
	const cols = 2;
	const rows = 4;
	const perPage = cols * rows;
	for (let start = 0; start < cards.length; start += perPage) {
		doc.addPage({ size: 'A4', layout: 'portrait', margin: MARGIN });
		const page = doc.page;
		doc
			.font(BOLD)
			.fontSize(12)
			.fillColor('#111111')
			.text(printable(m.pdf_question_cards()), MARGIN, MARGIN - 20, { lineBreak: false });
		doc
			.font(FONT)
			.fontSize(8)
			.fillColor('#555555')
			.text(printable(m.pdf_cut_hint()), MARGIN, MARGIN - 6, {
				width: page.width - 2 * MARGIN,
				lineBreak: false
			});
		const top = MARGIN + 10;
		const w = (page.width - 2 * MARGIN) / cols;
		const h = (page.height - top - MARGIN - 10) / rows;
		cards.slice(start, start + perPage).forEach((card, i) => {
			const x = MARGIN + (i % cols) * w;
			const y = top + Math.floor(i / cols) * h;
			doc.save().dash(4, { space: 3 }).lineWidth(0.6).strokeColor('#999999').rect(x, y, w, h).stroke().restore();
			const textWidth = w - 36;
			doc.font(BOLD).fontSize(13).fillColor('#111111');
			const height = doc.heightOfString(printable(card.text), { width: textWidth, align: 'center' });
			doc.text(printable(card.text), x + 18, y + Math.max(18, (h - height) / 2 - 6), {
				width: textWidth,
				align: 'center'
			});
			doc
				.font(FONT)
				.fontSize(8)
				.fillColor('#555555')
				.text(printable(card.label), x + 12, y + h - 20, { width: w - 24, align: 'center', lineBreak: false });
		});
	}
}

export function dialogueBoardPdf(data: DialogueBoardData, locale: string): Promise<Uint8Array> {
	const doc = createPdf({ title: data.title, lang: locale, size: 'A3', layout: 'landscape' });
	drawBoard(doc, data);
	const cards = [
		...data.zones.flatMap((z) => z.questions.map((text) => ({ text, label: z.title }))),
		...data.questions.map((text) => ({ text, label: data.title }))
	];
	drawCards(doc, cards);
	return finishPdf(doc, (page, pages) => m.pdf_page({ page, pages }));
}

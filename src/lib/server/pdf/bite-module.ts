// A learning bite for offline reading: the module's title and summary, then every card in order — text as
// paragraphs, media by caption and transcript, questions with their options (never which are right: the bites
// module leaves them out), documents by name and size — and a closing list of the documents to download.
import { m } from '$lib/paraglide/messages.js';
import { cardKindLabel, documentType, formatBytes } from '$lib/bites/labels';
import { createPdf, finishPdf } from './document';
import { heading, list, paragraph } from './blocks';

export interface BiteModuleData {
	title: string;
	summary: string;
	minutes: number;
	cards: (
		| { kind: 'text'; blocks: { type: 'heading' | 'paragraph' | 'item'; text: string }[] }
		| { kind: 'image' | 'video' | 'audio'; caption: string; alt: string; transcript: string }
		| { kind: 'quiz'; question: string; quizKind: string; options: string[] }
		| { kind: 'download'; description: string; name: string; size: number }
	)[];
}

export function biteModulePdf(data: BiteModuleData, locale: string): Promise<Uint8Array> {
	const doc = createPdf({ title: data.title, lang: locale, subject: m.bites_pdf_subject() });
	heading(doc, data.title, 1);
	paragraph(
		doc,
		`${m.bites_minutes({ minutes: data.minutes })} · ${m.bites_card_count({ count: data.cards.length })}`,
		{
			muted: true
		}
	);
	if (data.summary) paragraph(doc, data.summary);
	if (data.cards.some((c) => c.kind === 'quiz')) paragraph(doc, m.bites_pdf_quiz_note(), { muted: true, size: 9 });

	data.cards.forEach((card, i) => {
		heading(doc, m.bites_pdf_card({ n: i + 1, kind: cardKindLabel(card.kind) }), 3);
		switch (card.kind) {
			case 'text':
				for (const block of card.blocks) {
					if (block.type === 'heading') paragraph(doc, block.text, { bold: true });
					else if (block.type === 'item') list(doc, [{ text: block.text }]);
					else paragraph(doc, block.text);
				}
				break;
			case 'quiz': {
				paragraph(doc, card.question, { bold: true });
				const options = card.quizKind === 'truefalse' ? [m.bites_true(), m.bites_false()] : card.options;
				list(
					doc,
					options.map((text) => ({ text }))
				);
				break;
			}
			case 'download':
				if (card.description) paragraph(doc, card.description);
				list(doc, [{ text: card.name, detail: `${documentType(card.name)}, ${formatBytes(card.size, locale)}` }]);
				break;
			default:
				paragraph(doc, m.bites_pdf_in_module({ kind: cardKindLabel(card.kind).toLowerCase() }), { muted: true });
				if (card.caption) paragraph(doc, card.caption);
				if (card.alt) paragraph(doc, m.bites_pdf_alt({ alt: card.alt }), { muted: true });
				if (card.transcript) {
					paragraph(doc, m.bites_field_transcript(), { bold: true });
					for (const part of card.transcript.split(/\n\s*\n/)) paragraph(doc, part.trim());
				}
		}
	});

	const downloads = data.cards.flatMap((c) => (c.kind === 'download' ? [c] : []));
	if (downloads.length) {
		heading(doc, m.bites_pdf_downloads(), 2);
		list(
			doc,
			downloads.map((d) => ({ text: d.name, detail: `${documentType(d.name)}, ${formatBytes(d.size, locale)}` }))
		);
	}
	return finishPdf(doc, (page, pages) => m.pdf_page({ page, pages }));
}

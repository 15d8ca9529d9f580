// A module for offline reading: every card's words as plain data for a PDF (text as paragraphs, media captions and
// transcripts, quiz questions with their options but never which are right, documents by name and size), for
// whoever may play the module.
import { NotFound } from '../errors';
import { findModule, moduleView } from './modules';
import { loadCards } from './cards';
import { markdownBlocks, type PlainBlock } from './markdown';
import type { QuizKind } from '$lib/bites/types';

export type OfflineCard =
	| { kind: 'text'; blocks: PlainBlock[] }
	| { kind: 'image' | 'video' | 'audio'; caption: string; alt: string; transcript: string }
	| { kind: 'quiz'; question: string; quizKind: QuizKind; options: string[] }
	| { kind: 'download'; description: string; name: string; size: number };

export interface OfflineModule {
	title: string;
	summary: string;
	minutes: number;
	language: string;
	cards: OfflineCard[];
}

/**
 * Internal: a published module of the organisation; the caller has checked the person may play it (a member:
 * index.ts, playable; an external learner: external.ts, their collection).
 */
export async function offlineModule(orgId: string, moduleId: string): Promise<OfflineModule> {
	const module = moduleView(await findModule(orgId, moduleId));
	if (!module.published) throw new NotFound('module');
	const cards = (await loadCards(orgId, moduleId)).map((c): OfflineCard => {
		if (c.kind === 'text') return { kind: 'text', blocks: markdownBlocks(c.body) };
		if (c.kind === 'quiz')
			// Only the options' words: the right answers stay in the player, where answering comes first.
			return {
				kind: 'quiz',
				question: c.body,
				quizKind: c.quizKind ?? 'single',
				options: c.options.map((o) => o.text)
			};
		if (c.kind === 'download')
			return { kind: 'download', description: c.body, name: c.fileName ?? '', size: c.fileSize ?? 0 };
		return { kind: c.kind, caption: c.body, alt: c.alt ?? '', transcript: c.transcript ?? '' };
	});
	return { title: module.title, summary: module.summary, minutes: module.minutes, language: module.language, cards };
}

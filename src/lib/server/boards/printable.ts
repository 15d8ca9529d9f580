// A template printed for a workshop on paper (the method's own form): its zones and its question cards, read from
// where the template defines them — the deck, and a zone's own cards where the template gives it some — in the
// reader's language. An organisation's own templates print too; another organisation's are not found.
import type { Actor } from '../actor';
import { NotFound } from '../errors';
import type { DialogueBoardData } from '../pdf/index';
import { listTemplates, templateContent } from './templates';

export async function printableTemplate(actor: Actor, templateId: string, locale: string): Promise<DialogueBoardData> {
	const listed = (await listTemplates(actor, locale)).find((t) => t.id === templateId);
	if (!listed) throw new NotFound('template');
	const content = await templateContent(actor, templateId, locale);
	return {
		title: listed.title,
		description: listed.description ?? '',
		zones: content.zones.map((z) => ({
			title: z.title,
			color: z.color,
			// a zone's own cards, once templates give each zone its deck
			questions: (z as { questions?: string[] }).questions ?? []
		})),
		questions: content.questions
	};
}

// Board templates: the built-in ones (template-catalogue.ts, in the viewer's language) and an organisation's
// own, saved from a board (saved-templates.ts). What a board starts from when it is created.
import { z } from 'zod';
import { db } from '../db/current';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { COLORS, type Color } from '$lib/boards/doc';
import { BUILT_IN, type Locale, type Text } from './template-catalogue';

export interface TemplateContent {
	/** `dimension`: what the zone stands for (a board from survey results); `questions`: the zone's own deck */
	zones: { title: string; color: Color; dimension?: string; questions?: string[] }[];
	questions: string[];
	/** the survey round a board made from its results discusses */
	surveyRoundId?: string;
}

const LOCALES: Locale[] = ['en', 'da', 'nl', 'sv'];
const pick = (text: Text, locale: string) => text[(LOCALES.includes(locale as Locale) ? locale : 'en') as Locale];

export const BUILT_IN_IDS = BUILT_IN.map((t) => t.id);

/** Every template the actor can start a board from, in the given language. */
export async function listTemplates(actor: Actor, locale: string) {
	const own = await db()
		.selectFrom('board_templates')
		.select(['id', 'title', 'description'])
		.where('org_id', '=', actor.orgId)
		.orderBy('created_at', 'desc')
		.execute();
	return [
		...BUILT_IN.map((t) => ({
			id: t.id,
			title: pick(t.title, locale),
			description: pick(t.description, locale),
			builtIn: true
		})),
		...own.map((t) => ({ id: `org:${t.id}`, title: t.title, description: t.description, builtIn: false }))
	];
}

/** The built-in template's content in one language (also used by tests and the demo). */
export function builtInContent(id: string, locale: string): TemplateContent & { title: string } {
	const t = BUILT_IN.find((b) => b.id === id);
	if (!t) throw new NotFound('template');
	return {
		title: pick(t.title, locale),
		zones: t.zones.map((z) => ({
			title: pick(z.title, locale),
			color: z.color,
			...(z.questions ? { questions: z.questions.map((q) => pick(q, locale)) } : {})
		})),
		questions: t.questions.map((q) => pick(q, locale))
	};
}

/** What an organisation's template holds (checked again when read: the column is plain JSON). */
export const StoredContent = z.object({
	zones: z.array(z.object({ title: z.string().max(120), color: z.enum(COLORS) })).max(30),
	questions: z.array(z.string().max(500)).max(60)
});

export async function templateContent(actor: Actor, id: string, locale: string): Promise<TemplateContent> {
	if (!id.startsWith('org:')) return builtInContent(id, locale);
	const row = await db()
		.selectFrom('board_templates')
		.select('content')
		.where('id', '=', id.slice(4))
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('template');
	return StoredContent.parse(JSON.parse(row.content));
}

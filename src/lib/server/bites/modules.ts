// Modules and their cards: what authors write. A module is a title, an estimated time (2–10 minutes),
// a language, tags and an ordered list of cards (text, image, video, audio, quiz).
import { createHash } from 'node:crypto';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { CardKind, CardView, QuizKind, QuizOption } from '$lib/bites/types';
import { renderMarkdown } from './markdown';
import { storeUpload } from './storage';
import type { ModuleInput, QuizCardInput } from './schemas';
import { ANSWER_NUMBERS } from './schemas';

export interface ModuleRow {
	id: string;
	org_id: string;
	title: string;
	summary: string;
	minutes: number;
	language: string;
	tags: string;
	published: number;
	created_by: string;
	created_at: string;
	updated_at: string;
	version: number;
}

export function parseList(json: string): string[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v.filter((x) => typeof x === 'string') : [];
	} catch {
		return [];
	}
}

function tagList(tags: string): string[] {
	return [...new Set(tags.split(',').map((t) => t.trim().toLowerCase()).filter(Boolean))].slice(0, 12);
}

export function moduleView(row: ModuleRow) {
	return {
		id: row.id,
		title: row.title,
		summary: row.summary,
		minutes: row.minutes,
		language: row.language,
		tags: parseList(row.tags),
		published: row.published === 1,
		updatedAt: row.updated_at,
		version: row.version ?? 1
	};
}
export type ModuleView = ReturnType<typeof moduleView>;

/** Internal: a module of the organisation, or NotFound. */
export async function findModule(orgId: string, moduleId: string): Promise<ModuleRow> {
	const row = await db().selectFrom('bite_modules').selectAll().where('id', '=', moduleId).where('org_id', '=', orgId).executeTakeFirst();
	if (!row) throw new NotFound('module');
	return row;
}

export async function createModule(actor: Actor, input: ModuleInput) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const now = nowIso();
	const row: ModuleRow = {
		id: newId(),
		org_id: actor.orgId,
		title: input.title,
		summary: input.summary,
		minutes: input.minutes,
		language: input.language,
		tags: JSON.stringify(tagList(input.tags)),
		published: 0,
		created_by: actor.userId,
		created_at: now,
		updated_at: now,
		version: 1
	};
	await db().insertInto('bite_modules').values(row).execute();
	return moduleView(row);
}

export async function updateModule(actor: Actor, moduleId: string, input: ModuleInput) {
	await beginEdit(actor, moduleId);
	await db()
		.updateTable('bite_modules')
		.set({ title: input.title, summary: input.summary, minutes: input.minutes, language: input.language, tags: JSON.stringify(tagList(input.tags)), updated_at: nowIso() })
		.where('id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function setPublished(actor: Actor, moduleId: string, published: boolean) {
	await editableModule(actor, moduleId);
	if (published) {
		const cards = await db().selectFrom('bite_cards').select('id').where('module_id', '=', moduleId).where('org_id', '=', actor.orgId).execute();
		if (cards.length === 0) throw new Invalid('error_bites_no_cards');
	}
	await db()
		.updateTable('bite_modules')
		.set({ published: published ? 1 : 0, updated_at: nowIso() })
		.where('id', '=', moduleId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function deleteModule(actor: Actor, moduleId: string) {
	await editableModule(actor, moduleId);
	await db().deleteFrom('bite_modules').where('id', '=', moduleId).where('org_id', '=', actor.orgId).execute();
}

/** Every module of the organisation for those who write and assign them (drafts included), with who may edit which. */
export async function listModulesForAuthoring(actor: Actor) {
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	const rows = await db().selectFrom('bite_modules').selectAll().where('org_id', '=', actor.orgId).orderBy('updated_at', 'desc').execute();
	return rows.map((r) => ({ ...moduleView(r), canEdit: mayEdit(actor, r) }));
}

/** The published library every member may take. */
export async function listPublishedModules(actor: Actor) {
	authorize(actor, 'bites.learn', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('bite_modules')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('published', '=', 1)
		.orderBy('title')
		.execute();
	return rows.map(moduleView);
}

/**
 * A module for those who write and assign modules: details and every card with answers and feedback, and
 * whether this actor may change it (its authors and admins only; others assign it and preview it).
 */
export async function getModuleForAuthoring(actor: Actor, moduleId: string) {
	const row = await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.author', { orgId: actor.orgId });
	return { module: { ...moduleView(row), canEdit: mayEdit(actor, row) }, cards: await loadCards(actor.orgId, moduleId) };
}

function mayEdit(actor: Actor, row: ModuleRow) {
	return can(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
}

/** Internal: the module, if the actor may change it (its authors and admins). */
async function editableModule(actor: Actor, moduleId: string) {
	const row = await findModule(actor.orgId, moduleId);
	authorize(actor, 'bites.module.edit', { orgId: actor.orgId, participants: [row.created_by] });
	return row;
}

/**
 * Before any change to a module's content: when the version being edited certified someone (it is frozen in
 * bite_module_versions), the change starts the next version, so the certified one stays as it was.
 */
async function beginEdit(actor: Actor, moduleId: string) {
	const row = await editableModule(actor, moduleId);
	const frozen = await db().selectFrom('bite_module_versions').select('id').where('module_id', '=', moduleId).where('version', '=', row.version).executeTakeFirst();
	if (frozen) {
		await db().updateTable('bite_modules').set({ version: row.version + 1 }).where('id', '=', moduleId).where('org_id', '=', actor.orgId).where('version', '=', row.version).execute();
	}
	return row;
}

export interface CertifiedVersion {
	moduleId: string;
	version: number;
	versionId: string;
	title: string;
	contentHash: string;
}

/**
 * Internal, for credentials: freezes the module's current version (details and cards) and returns it. Any
 * later edit starts a new version (beginEdit), so what a credential certified can always be read back.
 */
export async function freezeVersion(orgId: string, moduleId: string): Promise<CertifiedVersion> {
	const row = await findModule(orgId, moduleId);
	const existing = await frozenVersion(moduleId, row.version);
	if (existing) return existing;
	const cards = (await loadCards(orgId, moduleId)).map(({ html: _html, mediaMime: _mime, ...card }) => card);
	const content = JSON.stringify({ module: { title: row.title, summary: row.summary, minutes: row.minutes, language: row.language, tags: parseList(row.tags) }, cards });
	const contentHash = createHash('sha256').update(content).digest('hex');
	try {
		await db()
			.insertInto('bite_module_versions')
			.values({ id: newId(), org_id: orgId, module_id: moduleId, version: row.version, title: row.title, content, content_hash: contentHash, created_at: nowIso() })
			.execute();
	} catch {
		// Two completions froze the same version at once: the other insert won, with the same content.
	}
	return (await frozenVersion(moduleId, row.version))!;
}

async function frozenVersion(moduleId: string, version: number): Promise<CertifiedVersion | null> {
	const v = await db().selectFrom('bite_module_versions').select(['id', 'module_id', 'version', 'title', 'content_hash']).where('module_id', '=', moduleId).where('version', '=', version).executeTakeFirst();
	return v ? { moduleId: v.module_id, version: v.version, versionId: v.id, title: v.title, contentHash: v.content_hash } : null;
}

/** Internal: a frozen version's content (details and cards, as certified). */
export async function readVersion(orgId: string, versionId: string) {
	const v = await db().selectFrom('bite_module_versions').selectAll().where('id', '=', versionId).where('org_id', '=', orgId).executeTakeFirst();
	if (!v) return null;
	const content = JSON.parse(v.content) as { module: { title: string; summary: string; minutes: number; language: string; tags: string[] }; cards: Omit<CardView, 'html' | 'mediaMime'>[] };
	return { moduleId: v.module_id, version: v.version, title: v.title, contentHash: v.content_hash, ...content };
}

/** Internal: the cards of a module in order, text rendered and sanitised. */
export async function loadCards(orgId: string, moduleId: string): Promise<CardView[]> {
	const rows = await db()
		.selectFrom('bite_cards')
		.leftJoin('bite_media', 'bite_media.id', 'bite_cards.media_id')
		.selectAll('bite_cards')
		.select('bite_media.mime as media_mime')
		.where('bite_cards.module_id', '=', moduleId)
		.where('bite_cards.org_id', '=', orgId)
		.orderBy('bite_cards.position')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		position: r.position,
		kind: r.kind as CardKind,
		body: r.body,
		html: r.kind === 'text' ? renderMarkdown(r.body) : '',
		mediaId: r.media_id,
		mediaUrl: r.media_url,
		mediaMime: r.media_mime ?? null,
		alt: r.alt,
		quizKind: (r.quiz_kind as QuizKind | null) ?? null,
		options: parseOptions(r.options)
	}));
}

export function parseOptions(json: string): QuizOption[] {
	try {
		const v = JSON.parse(json);
		return Array.isArray(v) ? v : [];
	} catch {
		return [];
	}
}

async function nextPosition(orgId: string, moduleId: string) {
	const row = await db()
		.selectFrom('bite_cards')
		.select((eb) => eb.fn.max<number | null>('position').as('max'))
		.where('module_id', '=', moduleId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	return row?.max == null ? 0 : Number(row.max) + 1;
}

async function insertCard(actor: Actor, moduleId: string, card: { kind: CardKind; body: string; media_id?: string | null; media_url?: string | null; alt?: string | null; quiz_kind?: QuizKind | null; options?: QuizOption[] }) {
	const id = newId();
	await db()
		.insertInto('bite_cards')
		.values({
			id,
			org_id: actor.orgId,
			module_id: moduleId,
			position: await nextPosition(actor.orgId, moduleId),
			kind: card.kind,
			body: card.body,
			media_id: card.media_id ?? null,
			media_url: card.media_url ?? null,
			alt: card.alt ?? null,
			quiz_kind: card.quiz_kind ?? null,
			options: JSON.stringify(card.options ?? []),
			created_at: nowIso()
		})
		.execute();
	await touch(actor.orgId, moduleId);
	return id;
}

async function touch(orgId: string, moduleId: string) {
	await db().updateTable('bite_modules').set({ updated_at: nowIso() }).where('id', '=', moduleId).where('org_id', '=', orgId).execute();
}

export async function addTextCard(actor: Actor, moduleId: string, input: { body: string }) {
	await beginEdit(actor, moduleId);
	return insertCard(actor, moduleId, { kind: 'text', body: input.body });
}

/** An image, video or audio card: an uploaded file (checked by its content) or an https link. */
export async function addMediaCard(
	actor: Actor,
	moduleId: string,
	input: { kind: 'image' | 'video' | 'audio'; body: string; alt: string; url: string; file?: Uint8Array | null }
) {
	await beginEdit(actor, moduleId);
	const hasFile = !!input.file && input.file.byteLength > 0;
	if (!hasFile && !input.url) throw new Invalid('error_bites_media_missing', 'file');
	if (input.kind === 'image' && !input.alt) throw new Invalid('error_bites_alt_required', 'alt');
	let mediaId: string | null = null;
	if (hasFile) {
		const stored = await storeUpload(actor.orgId, input.file!, input.kind);
		mediaId = newId();
		await db()
			.insertInto('bite_media')
			.values({ id: mediaId, org_id: actor.orgId, module_id: moduleId, mime: stored.mime, size: stored.size, file_name: stored.fileName, created_at: nowIso() })
			.execute();
	}
	return insertCard(actor, moduleId, { kind: input.kind, body: input.body, alt: input.alt || null, media_id: mediaId, media_url: hasFile ? null : input.url });
}

export function quizOptions(input: QuizCardInput): QuizOption[] {
	if (input.quizKind === 'truefalse') {
		const isTrue = input.truth === 'true';
		return [
			{ id: 'true', text: '', correct: isTrue, feedback: input.feedback1 ?? '' },
			{ id: 'false', text: '', correct: !isTrue, feedback: input.feedback2 ?? '' }
		];
	}
	return ANSWER_NUMBERS.filter((i) => input[`option${i}` as 'option1'])
		.map((i) => ({
			id: `o${i}`,
			text: input[`option${i}` as 'option1'] ?? '',
			correct: input[`correct${i}` as 'correct1'] ?? false,
			feedback: input[`feedback${i}` as 'feedback1'] ?? ''
		}));
}

export async function addQuizCard(actor: Actor, moduleId: string, input: QuizCardInput) {
	await beginEdit(actor, moduleId);
	return insertCard(actor, moduleId, { kind: 'quiz', body: input.body, quiz_kind: input.quizKind, options: quizOptions(input) });
}

async function findCard(orgId: string, moduleId: string, cardId: string) {
	const card = await db()
		.selectFrom('bite_cards')
		.selectAll()
		.where('id', '=', cardId)
		.where('module_id', '=', moduleId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	if (!card) throw new NotFound('card');
	return card;
}

export async function updateTextCard(actor: Actor, moduleId: string, cardId: string, input: { body: string }) {
	await editableModule(actor, moduleId);
	const card = await findCard(actor.orgId, moduleId, cardId);
	if (card.kind !== 'text') throw new NotFound('card');
	await beginEdit(actor, moduleId);
	await db().updateTable('bite_cards').set({ body: input.body }).where('id', '=', cardId).where('org_id', '=', actor.orgId).execute();
	await touch(actor.orgId, moduleId);
}

export async function deleteCard(actor: Actor, moduleId: string, cardId: string) {
	await editableModule(actor, moduleId);
	await findCard(actor.orgId, moduleId, cardId);
	await beginEdit(actor, moduleId);
	await db().deleteFrom('bite_cards').where('id', '=', cardId).where('org_id', '=', actor.orgId).execute();
	await renumber(actor.orgId, moduleId);
}

/** Moves a card one place up or down. */
export async function moveCard(actor: Actor, moduleId: string, cardId: string, direction: 'up' | 'down') {
	await editableModule(actor, moduleId);
	await findCard(actor.orgId, moduleId, cardId);
	const ids = (await db().selectFrom('bite_cards').select('id').where('module_id', '=', moduleId).where('org_id', '=', actor.orgId).orderBy('position').execute()).map((r) => r.id);
	const i = ids.indexOf(cardId);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (j < 0 || j >= ids.length) return;
	await beginEdit(actor, moduleId);
	[ids[i], ids[j]] = [ids[j], ids[i]];
	await writeOrder(actor.orgId, ids);
	await touch(actor.orgId, moduleId);
}

async function renumber(orgId: string, moduleId: string) {
	const ids = (await db().selectFrom('bite_cards').select('id').where('module_id', '=', moduleId).where('org_id', '=', orgId).orderBy('position').execute()).map((r) => r.id);
	await writeOrder(orgId, ids);
}

async function writeOrder(orgId: string, ids: string[]) {
	await db()
		.transaction()
		.execute(async (tx) => {
			for (const [position, id] of ids.entries()) {
				await tx.updateTable('bite_cards').set({ position }).where('id', '=', id).where('org_id', '=', orgId).execute();
			}
		});
}

/** Internal: a media file's record, for the download route (which checks who may see it). */
export async function findMedia(mediaId: string) {
	return db().selectFrom('bite_media').selectAll().where('id', '=', mediaId).executeTakeFirst();
}

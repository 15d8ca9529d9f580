// Writing a module's cards: text, media (an uploaded file, with captions and a transcript), download and quiz cards added, text edited, cards moved and
// deleted. Every change first goes through beginEdit, so a version a credential certified stays as it was.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { CardKind, QuizKind, QuizOption } from '$lib/bites/types';
import { beginEdit, editableModule } from './modules';
import { checkCaptions, storeCaptions, storeDownload, storeUpload } from './storage';
import type { QuizCardInput } from './schemas';
import { ANSWER_NUMBERS } from './schemas';

async function nextPosition(orgId: string, moduleId: string) {
	const row = await db()
		.selectFrom('bite_cards')
		.select((eb) => eb.fn.max<number | null>('position').as('max'))
		.where('module_id', '=', moduleId)
		.where('org_id', '=', orgId)
		.executeTakeFirst();
	return row?.max == null ? 0 : Number(row.max) + 1;
}

async function insertCard(
	actor: Actor,
	moduleId: string,
	card: {
		kind: CardKind;
		body: string;
		media_id?: string | null;
		media_url?: string | null;
		alt?: string | null;
		quiz_kind?: QuizKind | null;
		options?: QuizOption[];
		captions_id?: string | null;
		captions_lang?: string | null;
		transcript?: string | null;
	}
) {
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
			captions_id: card.captions_id ?? null,
			captions_lang: card.captions_lang ?? null,
			transcript: card.transcript ?? null,
			created_at: nowIso()
		})
		.execute();
	await touch(actor.orgId, moduleId);
	return id;
}

async function touch(orgId: string, moduleId: string) {
	await db()
		.updateTable('bite_modules')
		.set({ updated_at: nowIso() })
		.where('id', '=', moduleId)
		.where('org_id', '=', orgId)
		.execute();
}

export async function addTextCard(actor: Actor, moduleId: string, input: { body: string }) {
	await beginEdit(actor, moduleId);
	return insertCard(actor, moduleId, { kind: 'text', body: input.body });
}

async function recordMedia(
	orgId: string,
	moduleId: string,
	file: {
		fileName: string;
		mime: string;
		size: number;
		originalName?: string | null;
		width?: number | null;
		height?: number | null;
	}
) {
	const id = newId();
	await db()
		.insertInto('bite_media')
		.values({
			id,
			org_id: orgId,
			module_id: moduleId,
			mime: file.mime,
			size: file.size,
			file_name: file.fileName,
			original_name: file.originalName ?? null,
			width: file.width ?? null,
			height: file.height ?? null,
			created_at: nowIso()
		})
		.execute();
	return id;
}

/**
 * An image, video or audio card: an uploaded file (checked by its content) or an https link. A video or audio card
 * may carry WebVTT captions (in `captionsLang`, else the module's language) and a transcript.
 */
export async function addMediaCard(
	actor: Actor,
	moduleId: string,
	input: {
		kind: 'image' | 'video' | 'audio';
		body: string;
		alt: string;
		url: string;
		file?: Uint8Array | null;
		captions?: Uint8Array | null;
		captionsLang?: string | null;
		transcript?: string | null;
	}
) {
	const module = await beginEdit(actor, moduleId);
	const hasFile = !!input.file && input.file.byteLength > 0;
	const hasCaptions = !!input.captions && input.captions.byteLength > 0;
	if (!hasFile && !input.url) throw new Invalid('error_bites_media_missing', 'file');
	if (input.kind === 'image' && !input.alt) throw new Invalid('error_bites_alt_required', 'alt');
	if (input.kind === 'image' && (hasCaptions || input.transcript))
		throw new Invalid('error_bites_captions_kind', 'captions');
	// Both files are checked before either is kept.
	if (hasCaptions) checkCaptions(input.captions!);
	const stored = hasFile ? await storeUpload(actor.orgId, input.file!, input.kind) : null;
	const captions = hasCaptions ? await storeCaptions(actor.orgId, input.captions!) : null;
	const mediaId = stored ? await recordMedia(actor.orgId, moduleId, stored) : null;
	const captionsId = captions
		? await recordMedia(actor.orgId, moduleId, { ...captions, mime: 'text/vtt', originalName: null })
		: null;
	return insertCard(actor, moduleId, {
		kind: input.kind,
		body: input.body,
		alt: input.alt || null,
		media_id: mediaId,
		media_url: hasFile ? null : input.url,
		captions_id: captionsId,
		captions_lang: captionsId ? input.captionsLang || module.language : null,
		transcript: input.transcript || null
	});
}

/** A name a download may be saved under: the uploaded name's last part, without control or path characters. */
function downloadName(name: string, ext: string) {
	const base = (name.split(/[\\/]/).pop() ?? '')
		// eslint-disable-next-line no-control-regex -- control characters are what this removes
		.replace(/[\x00-\x1f\x7f"<>|:*?]/g, '')
		.trim()
		.slice(0, 120);
	const stem = base.replace(/\.[^.]*$/, '') || 'download';
	return `${stem}.${ext}`;
}

/** A download card: one document (PDF, DOCX or XLSX, proven by its bytes) with a short description. */
export async function addDownloadCard(
	actor: Actor,
	moduleId: string,
	input: { body: string; file: Uint8Array | null; name: string }
) {
	await beginEdit(actor, moduleId);
	if (!input.file || input.file.byteLength === 0) throw new Invalid('error_bites_download_missing', 'file');
	const stored = await storeDownload(actor.orgId, input.file);
	const mediaId = await recordMedia(actor.orgId, moduleId, {
		...stored,
		originalName: downloadName(input.name, stored.ext)
	});
	return insertCard(actor, moduleId, { kind: 'download', body: input.body, media_id: mediaId });
}

export function quizOptions(input: QuizCardInput): QuizOption[] {
	if (input.quizKind === 'truefalse') {
		const isTrue = input.truth === 'true';
		return [
			{ id: 'true', text: '', correct: isTrue, feedback: input.feedback1 ?? '' },
			{ id: 'false', text: '', correct: !isTrue, feedback: input.feedback2 ?? '' }
		];
	}
	return ANSWER_NUMBERS.filter((i) => input[`option${i}` as 'option1']).map((i) => ({
		id: `o${i}`,
		text: input[`option${i}` as 'option1'] ?? '',
		correct: input[`correct${i}` as 'correct1'] ?? false,
		feedback: input[`feedback${i}` as 'feedback1'] ?? ''
	}));
}

export async function addQuizCard(actor: Actor, moduleId: string, input: QuizCardInput) {
	await beginEdit(actor, moduleId);
	return insertCard(actor, moduleId, {
		kind: 'quiz',
		body: input.body,
		quiz_kind: input.quizKind,
		options: quizOptions(input)
	});
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
	await db()
		.updateTable('bite_cards')
		.set({ body: input.body })
		.where('id', '=', cardId)
		.where('org_id', '=', actor.orgId)
		.execute();
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
	const ids = (
		await db()
			.selectFrom('bite_cards')
			.select('id')
			.where('module_id', '=', moduleId)
			.where('org_id', '=', actor.orgId)
			.orderBy('position')
			.execute()
	).map((r) => r.id);
	const i = ids.indexOf(cardId);
	const j = direction === 'up' ? i - 1 : i + 1;
	if (j < 0 || j >= ids.length) return;
	await beginEdit(actor, moduleId);
	[ids[i], ids[j]] = [ids[j], ids[i]];
	await writeOrder(actor.orgId, ids);
	await touch(actor.orgId, moduleId);
}

async function renumber(orgId: string, moduleId: string) {
	const ids = (
		await db()
			.selectFrom('bite_cards')
			.select('id')
			.where('module_id', '=', moduleId)
			.where('org_id', '=', orgId)
			.orderBy('position')
			.execute()
	).map((r) => r.id);
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

import { redirect } from '@sveltejs/kit';
import type { z } from 'zod';
import * as bites from '$lib/server/bites/index';
import type { Actor } from '$lib/server/actor';
import { action, IdInput, NoInput, page } from '$lib/server/http';

export const load = page((actor, { params }) => bites.editPage(actor, params.module));

type Params = { params: Record<string, string> };
type Access = { access: (actor: Actor, event: Params) => Promise<unknown> };
/** Who may change the module's content (its author, or an admin), asked before the form is read. */
const editing: Access = { access: (actor: Actor, { params }: Params) => bites.editableModule(actor, params.module) };
/** Who may assign it (admins, facilitators, managers), asked before the form names a team. */
const assigning: Access = { access: (actor: Actor, { params }: Params) => bites.assignable(actor, params.module) };

/** A change to this module; the page says `saved` next to the form (or, for card forms, next to the card). */
const onModule = <S extends z.ZodType>(
	schema: S,
	saved: string | null,
	change: (actor: Actor, moduleId: string, input: z.output<S>) => Promise<unknown>,
	options: Access = editing
) =>
	action(
		schema,
		async (actor, input, { params }) => {
			const result = await change(actor, params.module, input);
			return saved ? { saved } : result;
		},
		options
	);

export const actions = {
	details: onModule(bites.ModuleInput, 'details', bites.updateModule),
	publish: onModule(bites.PublishInput, 'publish', (actor, id, input) =>
		bites.setPublished(actor, id, input.published)
	),
	text: onModule(bites.TextCardInput, 'card', bites.addTextCard),
	editText: onModule(bites.TextCardInput.extend(IdInput('cardId').shape), 'card', (actor, id, input) =>
		bites.updateTextCard(actor, id, input.cardId, input)
	),
	// A file upload: a body over the server's limit is answered next to the file field.
	media: action(
		bites.MediaCardInput,
		async (actor, { file, captions, ...input }, { params }) => {
			await bites.addMediaCard(actor, params.module, {
				...input,
				file: file ? new Uint8Array(await file.arrayBuffer()) : null,
				captions: captions ? new Uint8Array(await captions.arrayBuffer()) : null
			});
			return { saved: 'card' };
		},
		{ ...editing, tooLarge: { field: 'file', key: 'error_bites_upload_too_big' } }
	),
	download: action(
		bites.DownloadCardInput,
		async (actor, { file, body }, { params }) => {
			await bites.addDownloadCard(actor, params.module, {
				body,
				file: file ? new Uint8Array(await file.arrayBuffer()) : null,
				name: file?.name ?? ''
			});
			return { saved: 'card' };
		},
		{ ...editing, tooLarge: { field: 'file', key: 'error_bites_upload_too_big' } }
	),
	quiz: action(
		bites.QuizCardForm,
		async (actor, input, { params }) => {
			if ('rows' in input) return { values: input.rows };
			await bites.addQuizCard(actor, params.module, input.question);
			return { saved: 'card' };
		},
		editing
	),
	move: onModule(bites.MoveCardInput, null, (actor, id, input) =>
		bites.moveCard(actor, id, input.cardId, input.direction)
	),
	deleteCard: onModule(bites.CardInput, null, (actor, id, input) => bites.deleteCard(actor, id, input.cardId)),
	assign: onModule(bites.AssignInput, 'assign', bites.assignModule, assigning),
	unassign: onModule(
		bites.AssignmentIdInput,
		null,
		(actor, id, input) => bites.removeAssignment(actor, id, input.assignmentId),
		assigning
	),
	remove: action(
		NoInput,
		async (actor, _input, { params }) => {
			await bites.deleteModule(actor, params.module);
			redirect(303, '/bites/author');
		},
		editing
	)
};

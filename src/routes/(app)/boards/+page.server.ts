import { error, fail, redirect } from '@sveltejs/kit';
import type { Actor } from '$lib/server/actor';
import * as boards from '$lib/server/boards/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';
import { Invalid } from '$lib/server/errors';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	const q = url.searchParams.get('q')?.slice(0, 100) ?? '';
	const archived = url.searchParams.get('archived') === '1';
	return guard(async () => {
		const list = await boards.listBoards(actor, { q, status: archived ? 'archived' : 'active' });
		return {
			q,
			archived,
			boards: list.map((b) => ({
				id: b.id,
				title: b.title,
				status: b.status,
				teamName: b.teamName,
				noteCount: b.note_count,
				decisionCount: b.decision_count,
				updatedAt: b.updated_at,
				canFacilitate: b.canFacilitate
			})),
			templates: await boards.listTemplates(actor, getLocale()),
			targets: await boards.boardCreationTargets(actor)
		};
	});
};

/** The board a list form names, checked before anything else: another organisation's board is a 404. */
async function facilitated(actor: Actor, form: FormData) {
	const id = form.get('boardId');
	if (typeof id !== 'string' || !id || id.length > 40) error(404);
	return guard(() => boards.getFacilitatedBoard(actor, id));
}

export const actions = {
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, boards.CreateBoard);
		if (!input.ok) return fail(400, { ...input.failure, formName: 'create' });
		return act(form, async () => {
			const board = await boards.createBoard(actor, input.value, getLocale());
			redirect(303, `/boards/${board.id}`);
		});
	},
	rename: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const board = await facilitated(actor, form);
		const input = parseForm(form, boards.RenameBoard);
		if (!input.ok) return fail(400, { ...input.failure, formName: `rename-${board.id}` });
		return act(form, async () => {
			await boards.renameBoard(actor, board.id, input.value);
			return { saved: true };
		});
	},
	archive: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const board = await facilitated(actor, form);
		return act(form, async () => {
			await boards.setBoardStatus(actor, board.id, 'archived');
			return { saved: true };
		});
	},
	restore: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const board = await facilitated(actor, form);
		return act(form, async () => {
			await boards.setBoardStatus(actor, board.id, 'active');
			return { saved: true };
		});
	},
	duplicate: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const id = form.get('boardId');
		if (typeof id !== 'string' || !id || id.length > 40) error(404);
		const source = await guard(() => boards.getBoard(actor, id));
		return act(form, async () => {
			const title = String(form.get('title') ?? '').trim().slice(0, 120) || source.title;
			const copy = await boards.duplicateBoard(actor, source.id, title);
			redirect(303, `/boards/${copy.id}`);
		});
	},
	delete: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const board = await facilitated(actor, form);
		return act(form, async () => {
			if (form.get('confirm') !== 'yes') throw new Invalid('error_boards_confirm_delete', 'confirm');
			await boards.deleteBoard(actor, board.id);
			return { deleted: true };
		});
	}
};

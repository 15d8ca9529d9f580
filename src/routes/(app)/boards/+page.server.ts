import { redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { action, page } from '$lib/server/http';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = page((actor, { url }) => boards.boardsOverview(actor, url.searchParams));

export const actions = {
	create: action(boards.CreateBoard, async (actor, input) => {
		const board = await boards.createBoard(actor, input, getLocale());
		redirect(303, `/boards/${board.id}`);
	}),
	rename: action(boards.RenameListedBoard, (actor, { boardId, title }) =>
		boards.renameBoard(actor, boardId, { title })
	),
	archive: action(boards.BoardIdInput, (actor, { boardId }) => boards.setBoardStatus(actor, boardId, 'archived')),
	restore: action(boards.BoardIdInput, (actor, { boardId }) => boards.setBoardStatus(actor, boardId, 'active')),
	duplicate: action(boards.DuplicateBoard, async (actor, { boardId, title }) => {
		const copy = await boards.duplicateBoard(actor, boardId, title);
		redirect(303, `/boards/${copy.id}`);
	}),
	delete: action(boards.DeleteBoard, async (actor, { boardId, confirm }) => {
		await boards.deleteBoard(actor, boardId, { confirmed: confirm === 'yes' });
		return { deleted: true };
	})
};

// A guest's board (under /join: the public part of the app): only the board their token was issued for, only while they may be there.
import { error, fail, redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { parseForm } from '$lib/server/forms';
import { translate } from '$lib/server/i18n';

export const load = async ({ cookies, params, isDataRequest }) => {
	const guest = await boards.guestFromToken(cookies.get(boards.GUEST_COOKIE));
	if (!guest) redirect(303, '/join');
	if (guest.boardId !== params.board) error(403, translate('error_forbidden'));
	return {
		board: { id: guest.boardId },
		initial: isDataRequest ? undefined : await boards.initialBoardState(guest.boardId),
		initialControl: isDataRequest ? undefined : await boards.initialControlState(guest.boardId),
		me: { id: guest.guestId, name: guest.name, facilitator: false, ownerKey: boards.noteOwnerKey(guest.boardId, guest.guestId) }
	};
};

export const actions = {
	// The guest's own progress (done writing; the server counts their dots), on their own board only.
	progress: async ({ cookies, params, request }) => {
		const guest = await boards.guestFromToken(cookies.get(boards.GUEST_COOKIE));
		if (!guest || guest.boardId !== params.board) error(403, translate('error_forbidden'));
		const input = parseForm(await request.formData(), boards.Progress);
		if (!input.ok) return fail(400, input.failure);
		await boards.reportProgress({ boardId: guest.boardId, participantId: guest.guestId, name: guest.name }, input.value);
		return { saved: true };
	},
	leave: async ({ cookies }) => {
		cookies.delete(boards.GUEST_COOKIE, { path: '/' });
		redirect(303, '/join');
	}
};

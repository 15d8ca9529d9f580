// A guest's board (under /join: the public part of the app): only the board their token was issued for, only while they may be there.
import { error, redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { translate } from '$lib/server/i18n';

export const load = async ({ cookies, params, isDataRequest }) => {
	const guest = await boards.guestFromToken(cookies.get(boards.GUEST_COOKIE));
	if (!guest) redirect(303, '/join');
	if (guest.boardId !== params.board) error(403, translate('error_forbidden'));
	return {
		board: { id: guest.boardId },
		initial: isDataRequest ? undefined : await boards.initialBoardState(guest.boardId),
		me: { id: guest.guestId, name: guest.name, facilitator: false }
	};
};

export const actions = {
	leave: async ({ cookies }) => {
		cookies.delete(boards.GUEST_COOKIE, { path: '/' });
		redirect(303, '/join');
	}
};

// A guest's board (under /join: the public part of the app): only the board their token was issued for, only while they may be there.
import { redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { NoInput, publicAction, publicPage } from '$lib/server/http';
import { readViewPrefs } from '$lib/boards/view-prefs';

export const load = publicPage(async ({ cookies, params, isDataRequest }) => {
	const token = cookies.get(boards.GUEST_COOKIE);
	const board = await boards.guestBoardPage(token, params.board, { full: !isDataRequest });
	if (!board) redirect(303, '/join');
	return { ...board, prefs: readViewPrefs((name) => cookies.get(name)) };
});

export const actions = {
	progress: publicAction(boards.Progress, (input, { cookies, params }) =>
		boards.reportGuestProgress(cookies.get(boards.GUEST_COOKIE), params.board, input)
	),
	leave: publicAction(NoInput, (_, { cookies }) => {
		cookies.delete(boards.GUEST_COOKIE, { path: '/' });
		redirect(303, '/join');
	})
};

// The public join page: a workshop code and a display name, no account. Sets the guest cookie and
// sends the guest to that one board.
import { redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { publicAction } from '$lib/server/http';

export const load = ({ url }) => ({ code: url.searchParams.get('code')?.slice(0, 12) ?? '' });

export const actions = {
	default: publicAction(boards.JoinSession, async (input, { cookies, getClientAddress, url }) => {
		const { guest, cookie } = await boards.joinByCode(input, getClientAddress(), url.protocol === 'https:');
		cookies.set(cookie.name, cookie.value, cookie.options);
		redirect(303, `/join/${guest.boardId}`);
	})
};

// The public join page: a workshop code and a display name, no account. Sets the guest cookie and
// sends the guest to that one board.
import { fail, redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { countAttempt } from '$lib/server/throttle';

/**
 * Codes are short, so guessing is slowed down: 30 wrong codes per address in 10 minutes. Only wrong codes
 * count, because a whole workshop may join from behind one office address.
 */
const JOIN_ATTEMPTS = 30;
const JOIN_WINDOW_SECONDS = 600;

export const load = ({ url }) => ({ code: url.searchParams.get('code')?.slice(0, 12) ?? '' });

export const actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const input = parseForm(form, boards.JoinSession);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			// Counted before the code is checked (many guesses at once cannot slip past), taken back when it was right.
			const attempt = await countAttempt([{ key: `join:${getClientAddress()}`, max: JOIN_ATTEMPTS }], JOIN_WINDOW_SECONDS);
			const { token, guest } = await boards.joinSession(input.value);
			await attempt.release();
			cookies.set(boards.GUEST_COOKIE, token, {
				path: '/',
				httpOnly: true,
				sameSite: 'lax',
				secure: url.protocol === 'https:',
				expires: new Date(guest.expiresAt)
			});
			redirect(303, `/join/${guest.boardId}`);
		});
	}
};

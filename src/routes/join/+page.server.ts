// The public join page: a workshop code and a display name, no account. Sets the guest cookie and
// sends the guest to that one board.
import { fail, redirect } from '@sveltejs/kit';
import * as boards from '$lib/server/boards/index';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { RateLimited } from '$lib/server/errors';

/** Codes are short, so guessing is slowed down per address. */
const attempts = new Map<string, { count: number; until: number }>();
const WINDOW_MS = 10 * 60_000;
const MAX_ATTEMPTS = 30;

function limit(ip: string) {
	const now = Date.now();
	const entry = attempts.get(ip);
	if (!entry || entry.until < now) {
		if (attempts.size > 10_000) attempts.clear();
		attempts.set(ip, { count: 1, until: now + WINDOW_MS });
		return;
	}
	if (++entry.count > MAX_ATTEMPTS) throw new RateLimited(Math.ceil((entry.until - now) / 1000));
}

export const load = ({ url }) => ({ code: url.searchParams.get('code')?.slice(0, 12) ?? '' });

export const actions = {
	default: async ({ request, cookies, getClientAddress, url }) => {
		const form = await request.formData();
		const input = parseForm(form, boards.JoinSession);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			limit(getClientAddress());
			const { token, guest } = await boards.joinSession(input.value);
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

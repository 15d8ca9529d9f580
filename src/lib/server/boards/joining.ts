// Joining a workshop from the public join page: a code and a display name, no account. Codes are short, so
// guessing is slowed down: 30 wrong codes per address in 10 minutes. Only wrong codes count, because a whole
// workshop may join from behind one office address.
import { countAttempt } from '../throttle';
import { GUEST_COOKIE, joinSession, type Guest } from './sessions';

const JOIN_ATTEMPTS = 30;
const JOIN_WINDOW_SECONDS = 600;

/** Joins the session with this code from `address`; the guest cookie to set comes with the guest. */
export async function joinByCode(input: { code: string; name: string }, address: string, secure: boolean) {
	// Counted before the code is checked (many guesses at once cannot slip past), taken back when it was right.
	const attempt = await countAttempt([{ key: `join:${address}`, max: JOIN_ATTEMPTS }], JOIN_WINDOW_SECONDS);
	const { token, guest } = await joinSession(input);
	await attempt.release();
	return { guest, cookie: guestCookie(token, guest, secure) };
}

/** The guest token's cookie: HttpOnly, for the whole site (the sync server reads it too), until the session ends. */
function guestCookie(token: string, guest: Guest, secure: boolean) {
	return {
		name: GUEST_COOKIE,
		value: token,
		options: { path: '/', httpOnly: true, sameSite: 'lax' as const, secure, expires: new Date(guest.expiresAt) }
	};
}

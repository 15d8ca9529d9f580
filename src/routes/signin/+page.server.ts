import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction, publicPage } from '$lib/server/http';
import { setLocaleCookie, setSessionCookie, setTwofactorCookie } from '$lib/server/cookies';
import { safeNext } from '$lib/server/guards';

export const load = publicPage(async ({ locals, url }) => {
	if (await auth.needsSetup()) redirect(303, '/setup');
	if (locals.actor) redirect(303, safeNext(url.searchParams.get('next')));
	return {
		reset: url.searchParams.has('reset'),
		erased: url.searchParams.has('erased'),
		orgDeleted: url.searchParams.has('orgDeleted')
	};
});

export const actions = {
	default: publicAction(auth.SignInInput, async (input, { cookies, url, getClientAddress, locals }) => {
		// A new token at every sign-in; whatever session the browser carried before ends.
		const s = await auth.signInWithPassword({ ...input, ip: getClientAddress(), replacing: locals.sessionToken });
		if ('challenge' in s) {
			// The password was right; the session waits for the second factor (signin/code).
			setTwofactorCookie(cookies, s.challenge, s.expiresAt, url);
			const next = url.searchParams.get('next');
			redirect(303, next ? `/signin/code?next=${encodeURIComponent(safeNext(next))}` : '/signin/code');
		}
		setSessionCookie(cookies, s.token, s.expiresAt, url);
		if (s.locale) setLocaleCookie(cookies, s.locale);
		redirect(303, safeNext(url.searchParams.get('next')));
	})
};

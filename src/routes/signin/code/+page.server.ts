import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction, publicPage } from '$lib/server/http';
import { clearTwofactorCookie, setLocaleCookie, setSessionCookie } from '$lib/server/cookies';
import { safeNext } from '$lib/server/guards';

// The second step of a password sign-in: only reachable with a live challenge from the first.
export const load = publicPage(async ({ cookies, url }) => {
	if (!(await auth.findChallenge(cookies.get(auth.TWOFACTOR_COOKIE)))) redirect(303, '/signin');
	return { next: url.searchParams.get('next') };
});

export const actions = {
	default: publicAction(auth.TwofactorCodeInput, async (input, { cookies, url, getClientAddress, locals }) => {
		const s = await auth.completeTwofactorSignIn({
			challenge: cookies.get(auth.TWOFACTOR_COOKIE),
			code: input.code,
			ip: getClientAddress(),
			replacing: locals.sessionToken
		});
		clearTwofactorCookie(cookies);
		setSessionCookie(cookies, s.token, s.expiresAt, url);
		if (s.locale) setLocaleCookie(cookies, s.locale);
		redirect(303, safeNext(url.searchParams.get('next')));
	})
};

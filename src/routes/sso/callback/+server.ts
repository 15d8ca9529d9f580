// The identity provider sends the browser back here; success starts a session like password sign-in does.
import { redirect } from '@sveltejs/kit';
import * as sso from '$lib/server/sso/index';
import * as auth from '$lib/server/auth/index';
import { publicEndpoint } from '$lib/server/http';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';

export const GET = publicEndpoint(async ({ cookies, url, locals }) => {
	const binding = cookies.get(sso.SSO_COOKIE);
	let s: Awaited<ReturnType<typeof sso.finishSsoSignIn>>;
	try {
		s = await sso.finishSsoSignIn(url.searchParams, binding);
	} catch (e) {
		redirect(303, `/sso?error=${sso.ssoErrorOf(e)}`);
	}
	cookies.delete(sso.SSO_COOKIE, { path: '/sso' });
	// A new token at every sign-in; whatever session the browser carried before ends.
	if (locals.sessionToken) await auth.deleteSession(locals.sessionToken);
	setSessionCookie(cookies, s.token, s.expiresAt, url);
	if (s.locale) setLocaleCookie(cookies, s.locale);
	redirect(303, '/');
});

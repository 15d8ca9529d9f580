import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction, publicPage } from '$lib/server/http';
import { setSessionCookie } from '$lib/server/cookies';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = publicPage(async ({ params, locals, url }) => ({
	invitation: await auth.invitationPage(params.token, locals.user?.id),
	signedIn: !!locals.user,
	signInLink: `/signin?next=${encodeURIComponent(url.pathname)}`
}));

export const actions = {
	// New people choose a name and password here; people with an account accept signed in, as themselves.
	default: publicAction(auth.InvitationAnswerInput, async (input, { params, cookies, url, locals }) => {
		const s = await auth.answerInvitation(
			params.token!,
			{ userId: locals.user?.id, sessionToken: locals.sessionToken },
			{ ...input, locale: getLocale() }
		);
		setSessionCookie(cookies, s.token, s.expiresAt, url);
		redirect(303, '/dashboard');
	})
};

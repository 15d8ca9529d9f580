import { fail, redirect } from '@sveltejs/kit';
import { deleteSession, needsSetup, signIn } from '$lib/server/auth/index';
import { SignInInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';
import { safeNext } from '$lib/server/guards';

export const load = async ({ locals, url }) => {
	if (await needsSetup()) redirect(303, '/setup');
	if (locals.actor) redirect(303, safeNext(url.searchParams.get('next')));
	return { reset: url.searchParams.has('reset'), erased: url.searchParams.has('erased'), orgDeleted: url.searchParams.has('orgDeleted') };
};

export const actions = {
	default: async ({ request, cookies, url, getClientAddress, locals }) => {
		const form = await request.formData();
		const input = parseForm(form, SignInInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const s = await signIn({ ...input.value, ip: getClientAddress() });
			// A new token at every sign-in; whatever session the browser carried before ends.
			if (locals.sessionToken) await deleteSession(locals.sessionToken);
			setSessionCookie(cookies, s.token, s.expiresAt, url);
			if (s.locale) setLocaleCookie(cookies, s.locale);
			redirect(303, safeNext(url.searchParams.get('next')));
		});
	}
};

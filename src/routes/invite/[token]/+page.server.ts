import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitation, acceptInvitationSignedIn, deleteSession, findInvitation } from '$lib/server/auth/index';
import { NewAccountInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { setSessionCookie } from '$lib/server/cookies';
import { Invalid } from '$lib/server/errors';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = async ({ params, locals, url }) => {
	const inv = await findInvitation(params.token, locals.user?.id);
	return {
		invitation: inv ? { email: inv.email, orgName: inv.org_name, hasAccount: inv.hasAccount, forViewer: inv.forViewer } : null,
		signedIn: !!locals.user,
		signInLink: `/signin?next=${encodeURIComponent(url.pathname)}`
	};
};

export const actions = {
	// New people choose a name and password here; people with an account accept signed in, as themselves.
	default: async ({ request, params, cookies, url, locals }) => {
		const form = await request.formData();
		const inv = await findInvitation(params.token, locals.user?.id);
		if (inv?.hasAccount) {
			return act(form, async () => {
				if (!locals.user) throw new Invalid('error_invite_sign_in');
				const s = await acceptInvitationSignedIn(locals.user.id, params.token);
				if (locals.sessionToken) await deleteSession(locals.sessionToken);
				setSessionCookie(cookies, s.token, s.expiresAt, url);
				redirect(303, '/dashboard');
			});
		}
		const input = parseForm(form, NewAccountInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const s = await acceptInvitation(params.token, { ...input.value, locale: getLocale() });
			setSessionCookie(cookies, s.token, s.expiresAt, url);
			redirect(303, '/dashboard');
		});
	}
};

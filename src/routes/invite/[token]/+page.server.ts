import { fail, redirect } from '@sveltejs/kit';
import { acceptInvitation, findInvitation } from '$lib/server/auth/index';
import { AcceptInviteInput, NewAccountInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';
import { setSessionCookie } from '$lib/server/cookies';
import { getLocale } from '$lib/paraglide/runtime.js';

export const load = async ({ params }) => {
	const inv = await findInvitation(params.token);
	return { invitation: inv ? { email: inv.email, orgName: inv.org_name, hasAccount: inv.hasAccount } : null };
};

export const actions = {
	default: async ({ request, params, cookies, url }) => {
		const form = await request.formData();
		const inv = await findInvitation(params.token);
		const input = parseForm(form, inv && !inv.hasAccount ? NewAccountInput : AcceptInviteInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const s = await acceptInvitation(params.token, { ...input.value, locale: getLocale() });
			setSessionCookie(cookies, s.token, s.expiresAt, url);
			redirect(303, '/dashboard');
		});
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { changePassword, getProfile, updateProfile } from '$lib/server/auth/index';
import { ChangePasswordInput, ProfileInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act } from '$lib/server/respond';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals);
	const p = await getProfile(actor);
	return { savedProfile: url.searchParams.get('saved') === 'profile', profile: { name: p.name, email: p.email, locale: p.locale, timeZone: p.time_zone } };
};

export const actions = {
	profile: async ({ locals, request, cookies }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, ProfileInput);
		if (!input.ok) return fail(400, { ...input.failure, which: 'profile' });
		return act(form, async () => {
			await updateProfile(actor, input.value);
			setLocaleCookie(cookies, input.value.locale);
			// Redirect, so the next page is rendered in the newly chosen language.
			redirect(303, '/profile?saved=profile');
		});
	},
	password: async ({ locals, request, cookies, url }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, ChangePasswordInput);
		if (!input.ok) return fail(400, { ...input.failure, which: 'password' });
		return act(form, async () => {
			const s = await changePassword(actor, input.value);
			setSessionCookie(cookies, s.token, s.expiresAt, url);
			return { saved: 'password' };
		});
	}
};

import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { action, page } from '$lib/server/http';
import { setLocaleCookie, setSessionCookie } from '$lib/server/cookies';

export const load = page(async (actor, { url }) => ({
	savedProfile: url.searchParams.get('saved') === 'profile',
	profile: await auth.profileForm(actor)
}));

export const actions = {
	profile: action(auth.ProfileInput, async (actor, input, { cookies }) => {
		await auth.updateProfile(actor, input);
		setLocaleCookie(cookies, input.locale);
		// Redirect, so the next page is rendered in the newly chosen language.
		redirect(303, '/profile?saved=profile');
	}),
	password: action(auth.ChangePasswordInput, async (actor, input, { cookies, url }) => {
		const s = await auth.changePassword(actor, input);
		setSessionCookie(cookies, s.token, s.expiresAt, url);
		return { saved: 'password' };
	})
};

// The language switcher's target, from any page, signed in or not, with or without JavaScript: the choice is
// kept in the cookie (and as the person's own setting when signed in), then the browser goes back to the
// page it came from — a path on this site only.
import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction } from '$lib/server/http';
import { setLocaleCookie } from '$lib/server/cookies';
import { safeNext } from '$lib/server/guards';

export const load = () => redirect(303, '/');

export const actions = {
	default: publicAction(auth.LanguageInput, async (input, { cookies, locals }) => {
		if (await auth.chooseLocale(locals.user?.id, input.locale)) setLocaleCookie(cookies, input.locale);
		redirect(303, safeNext(input.to, '/'));
	})
};

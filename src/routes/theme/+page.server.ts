// The theme switcher's target, from any page, signed in or not, with or without JavaScript: the choice is kept in
// a cookie, then the browser goes back to the page it came from — a path on this site only.
import { redirect } from '@sveltejs/kit';
import { publicAction } from '$lib/server/http';
import { safeNext } from '$lib/server/guards';
import { setThemeCookie, ThemeInput } from '$lib/server/theme';

export const load = () => redirect(303, '/');

export const actions = {
	default: publicAction(ThemeInput, async (input, { cookies }) => {
		setThemeCookie(cookies, input.theme);
		redirect(303, safeNext(input.to, '/'));
	})
};

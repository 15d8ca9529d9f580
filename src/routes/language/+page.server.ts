// The language switcher's target, from any page, signed in or not, with or without JavaScript: the choice is
// kept in the cookie (and as the person's own setting when signed in), then the browser goes back to the
// page it came from — a path on this site only.
import { redirect } from '@sveltejs/kit';
import { locales } from '$lib/paraglide/runtime.js';
import { setPreferredLocale } from '$lib/server/auth/index';
import { setLocaleCookie } from '$lib/server/cookies';
import { safeNext } from '$lib/server/guards';

export const load = () => redirect(303, '/');

export const actions = {
	default: async ({ request, cookies, locals }) => {
		const form = await request.formData();
		const locale = String(form.get('locale') ?? '');
		if ((locales as readonly string[]).includes(locale)) {
			setLocaleCookie(cookies, locale);
			if (locals.user) await setPreferredLocale(locals.user.id, locale);
		}
		redirect(303, safeNext(String(form.get('to') ?? ''), '/'));
	}
};

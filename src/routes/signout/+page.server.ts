import { redirect } from '@sveltejs/kit';
import { deleteSession } from '$lib/server/auth/index';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = () => redirect(303, '/');

export const actions = {
	default: async ({ locals, cookies }) => {
		if (locals.sessionToken) await deleteSession(locals.sessionToken);
		clearSessionCookie(cookies);
		redirect(303, '/signin');
	}
};

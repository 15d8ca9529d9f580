import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction, NoInput } from '$lib/server/http';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = () => redirect(303, '/');

export const actions = {
	default: publicAction(NoInput, async (_input, { locals, cookies }) => {
		if (locals.sessionToken) await auth.deleteSession(locals.sessionToken);
		clearSessionCookie(cookies);
		redirect(303, '/signin');
	})
};

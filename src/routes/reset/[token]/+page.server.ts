import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction, publicPage } from '$lib/server/http';

export const load = publicPage(async ({ params }) => ({ valid: !!(await auth.findValidReset(params.token)) }));

export const actions = {
	default: publicAction(auth.ResetInput, async (input, { params }) => {
		await auth.resetPassword(params.token!, input.password);
		redirect(303, '/signin?reset=1');
	})
};

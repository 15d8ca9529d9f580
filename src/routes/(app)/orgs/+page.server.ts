import { redirect } from '@sveltejs/kit';
import * as auth from '$lib/server/auth/index';
import { publicAction } from '$lib/server/http';
import { requireUser } from '$lib/server/guards';

export const load = () => redirect(303, '/dashboard');

export const actions = {
	// Signed in is enough: someone whose current organisation is gone still switches to another one.
	switch: publicAction(auth.SwitchOrgInput, async (input, { locals }) => {
		const user = requireUser(locals);
		await auth.switchOrganisation(user.id, user.token, input.orgId);
		redirect(303, '/dashboard');
	})
};

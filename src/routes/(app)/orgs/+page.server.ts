import { error, redirect } from '@sveltejs/kit';
import { switchOrganisation } from '$lib/server/auth/index';
import { requireUser } from '$lib/server/guards';
import { act } from '$lib/server/respond';

export const load = () => redirect(303, '/dashboard');

export const actions = {
	switch: async ({ locals, request }) => {
		const user = requireUser(locals);
		const form = await request.formData();
		const orgId = form.get('orgId');
		if (typeof orgId !== 'string') error(400);
		return act(form, async () => {
			await switchOrganisation(user.id, user.token, orgId);
			redirect(303, '/dashboard');
		});
	}
};

import { fail, redirect } from '@sveltejs/kit';
import { eraseMyAccount, soleAdminOf, EraseInput } from '$lib/server/privacy/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act } from '$lib/server/respond';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return { soleAdminOf: (await soleAdminOf(actor.userId)).map((o) => o.name) };
};

export const actions = {
	erase: async ({ locals, request, cookies }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, EraseInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await eraseMyAccount(actor, input.value);
			clearSessionCookie(cookies);
			redirect(303, '/signin?erased');
		});
	}
};

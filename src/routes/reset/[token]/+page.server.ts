import { fail, redirect } from '@sveltejs/kit';
import { findValidReset, resetPassword } from '$lib/server/auth/index';
import { ResetInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';

export const load = async ({ params }) => ({ valid: !!(await findValidReset(params.token)) });

export const actions = {
	default: async ({ request, params }) => {
		const form = await request.formData();
		const input = parseForm(form, ResetInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await resetPassword(params.token, input.value.password);
			redirect(303, '/signin?reset=1');
		});
	}
};

import { fail } from '@sveltejs/kit';
import { createPasswordReset } from '$lib/server/auth/index';
import { ResetRequestInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';

export const actions = {
	// The answer is the same whether or not the address has an account.
	default: async ({ request, url, getClientAddress }) => {
		const form = await request.formData();
		const input = parseForm(form, ResetRequestInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await createPasswordReset(input.value.email, url.origin, getClientAddress());
			return { sent: true };
		});
	}
};

import { fail } from '@sveltejs/kit';
import { createPasswordReset } from '$lib/server/auth/index';
import { ResetRequestInput } from '$lib/server/auth/schemas';
import { parseForm } from '$lib/server/forms';

export const actions = {
	// The answer is the same whether or not the address has an account.
	default: async ({ request, url }) => {
		const input = parseForm(await request.formData(), ResetRequestInput);
		if (!input.ok) return fail(400, input.failure);
		await createPasswordReset(input.value.email, url.origin);
		return { sent: true };
	}
};

import { fail } from '@sveltejs/kit';
import { requestPasswordReset } from '$lib/server/auth/index';
import { ResetRequestInput } from '$lib/server/auth/schemas';
import { mailerConfigured } from '$lib/server/notify/index';
import { parseForm } from '$lib/server/forms';
import { act } from '$lib/server/respond';

export const load = () => ({ mail: mailerConfigured() });

export const actions = {
	// The link goes to the address by email; the answer is the same whether or not it has an account.
	default: async ({ request, getClientAddress }) => {
		const form = await request.formData();
		const input = parseForm(form, ResetRequestInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await requestPasswordReset(input.value.email, getClientAddress());
			return { sent: true };
		});
	}
};

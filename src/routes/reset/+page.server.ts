import * as auth from '$lib/server/auth/index';
import { mailerConfigured } from '$lib/server/notify/index';
import { publicAction } from '$lib/server/http';

export const load = () => ({ mail: mailerConfigured() });

export const actions = {
	// The link goes to the address by email; the answer is the same whether or not it has an account.
	default: publicAction(auth.ResetRequestInput, async (input, { getClientAddress }) => {
		await auth.requestPasswordReset(input.email, getClientAddress());
		return { sent: true };
	})
};

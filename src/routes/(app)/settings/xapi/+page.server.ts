import * as xapi from '$lib/server/xapi/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => xapi.xapiSettings(actor));

export const actions = {
	save: action(
		xapi.XapiConfigInput,
		async (actor, input) => {
			await xapi.saveXapiSettings(actor, input);
			return { saved: true };
		},
		// Refused roles get 403 before the form is read.
		{ access: async (actor) => xapi.xapiAccess(actor) }
	)
};

import * as sso from '$lib/server/sso/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => sso.ssoSettings(actor));

export const actions = {
	save: action(
		sso.SsoConfigInput,
		async (actor, input) => {
			await sso.saveSsoSettings(actor, input);
			return { saved: true };
		},
		// Refused roles get 403 before the form is read.
		{ access: async (actor) => sso.ssoSettingsAccess(actor) }
	)
};

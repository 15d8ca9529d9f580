import { redirect } from '@sveltejs/kit';
import * as privacy from '$lib/server/privacy/index';
import { action, page } from '$lib/server/http';
import { clearSessionCookie } from '$lib/server/cookies';

export const load = page(async (actor) => ({
	soleAdminOf: (await privacy.soleAdminOf(actor.userId)).map((o) => o.name)
}));

export const actions = {
	erase: action(privacy.EraseInput, async (actor, input, { cookies }) => {
		await privacy.eraseMyAccount(actor, input);
		clearSessionCookie(cookies);
		redirect(303, '/signin?erased');
	})
};

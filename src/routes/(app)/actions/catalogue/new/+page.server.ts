import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => plans.newCustomActionPage(actor));

export const actions = {
	default: action(plans.schemas.CustomAction, async (actor, input) => {
		const created = await plans.createCustomAction(actor, input);
		redirect(303, `/actions/catalogue#${created.id}`);
	})
};

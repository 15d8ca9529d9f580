import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';

export const load = page((actor, { params }) => plans.customActionPage(actor, params.id));

export const actions = {
	save: action(plans.schemas.CustomAction, async (actor, input, { params }) => {
		await plans.updateCustomAction(actor, params.id, input);
		return { saved: true };
	}),
	archive: action(async (actor, _, { params }) => {
		await plans.archiveCustomAction(actor, params.id);
		redirect(303, '/actions/catalogue?archived=1');
	})
};

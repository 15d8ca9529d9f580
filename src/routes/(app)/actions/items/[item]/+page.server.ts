import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';

export const load = page(async (actor, { params, url }) => ({
	...(await plans.itemPage(actor, params.item)),
	added: url.searchParams.has('added')
}));

export const actions = {
	save: action(plans.schemas.ItemUpdate, async (actor, input, { params }) => {
		await plans.updateItem(actor, params.item, input);
		return { saved: true };
	}),
	review: action(plans.schemas.Review, async (actor, input, { params }) => {
		await plans.recordReview(actor, params.item, input);
		return { reviewed: true };
	}),
	nudge: action(async (actor, _, { params }) => ({ nudged: await plans.nudgeItemOwner(actor, params.item) })),
	remove: action(async (actor, _, { params }) => {
		const { teamId } = await plans.removeItem(actor, params.item);
		redirect(303, `/actions/teams/${teamId}`);
	})
};

import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';

export const load = page((actor, { params, url }) => plans.planPage(actor, params.team, url.searchParams.get('view')));

export const actions = {
	move: action(plans.schemas.MoveOnPlan, async (actor, input, { params }) => {
		await plans.moveOnPlan(actor, params.team, input.itemId, input.status);
		return { moved: input };
	}),
	own: action(plans.schemas.OwnAction, async (actor, input, { params }) => ({
		created: await plans.createOwnAction(actor, params.team, input)
	}))
};

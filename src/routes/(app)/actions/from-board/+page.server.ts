// The boards module's hand-over: /actions/from-board?board=<id>&note=<id>&title=<decision>&team=<id>
// shows the decision, the catalogue actions that fit it, and creates the action linked to the board.
import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';
import { currentLocale } from '$lib/actions/locale';

export const load = page((actor, { url }) => plans.fromBoardPage(actor, url.searchParams));

export const actions = {
	default: action(plans.schemas.FromBoard, async (actor, input) => {
		const { id } = await plans.createActionFromBoard(actor, input, currentLocale());
		redirect(303, `/actions/items/${id}?added=1`);
	})
};

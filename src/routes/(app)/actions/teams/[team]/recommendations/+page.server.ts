import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';
import { currentLocale } from '$lib/actions/locale';

export const load = page((actor, { params, url }) => plans.recommendationsPage(actor, params.team, url.searchParams));

export const actions = {
	add: action(plans.schemas.AddToPlan, async (actor, { catalogueId }, { params }) => {
		const id = await plans.addFromCatalogue(actor, { teamId: params.team, catalogueId }, currentLocale());
		redirect(303, `/actions/items/${id}?added=1`);
	}),
	fromBoard: action(plans.schemas.DecisionToPlan, async (actor, input, { params }) => {
		const { id } = await plans.createActionFromBoard(actor, { teamId: params.team, ...input }, currentLocale());
		redirect(303, `/actions/items/${id}?added=1`);
	})
};

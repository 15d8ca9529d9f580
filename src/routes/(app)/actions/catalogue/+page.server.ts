import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { action, page } from '$lib/server/http';
import { currentLocale } from '$lib/actions/locale';

export const load = page((actor, { url }) => plans.cataloguePage(actor, url.searchParams));

export const actions = {
	add: action(plans.schemas.AddFromCatalogue, async (actor, input) => {
		const id = await plans.addFromCatalogue(actor, input, currentLocale());
		redirect(303, `/actions/items/${id}?added=1`);
	})
};

import { redirect } from '@sveltejs/kit';
import * as plans from '$lib/server/actions/index';
import { page } from '$lib/server/http';
import { catalogueDimensionOf } from '$lib/actions/dimensions';

export const load = page((actor, { url }) => {
	// Survey results link here per dimension (`?dimension=<the survey's key>`): show the catalogue's actions for it.
	const asked = url.searchParams.get('dimension');
	if (asked !== null) {
		const dimension = catalogueDimensionOf(asked);
		redirect(303, dimension ? `/actions/catalogue?dimension=${dimension}` : '/actions/catalogue');
	}
	return plans.actionsHome(actor);
});

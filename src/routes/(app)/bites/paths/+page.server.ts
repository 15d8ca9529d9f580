import { redirect } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => bites.pathsPage(actor));

export const actions = {
	create: action(bites.PathInput, async (actor, input) => {
		const path = await bites.createPath(actor, input);
		redirect(303, `/bites/paths/${path.id}`);
	})
};

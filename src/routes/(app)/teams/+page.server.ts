import { redirect } from '@sveltejs/kit';
import * as orgs from '$lib/server/orgs/index';
import { action, page } from '$lib/server/http';

export const load = page((actor) => orgs.teamsOverview(actor));

export const actions = {
	create: action(orgs.TeamInput, async (actor, input) => {
		const team = await orgs.createTeam(actor, input);
		redirect(303, `/teams/${team.id}`);
	})
};

import { listTeams } from '$lib/server/orgs/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const teams = await listTeams(actor);
		return {
			teams: teams.map((t) => ({ ...t, mine: t.id in actor.teams, role: actor.teams[t.id] ?? null }))
		};
	});
};

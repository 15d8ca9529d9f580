import { listTeams } from '$lib/server/orgs/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { todaysBite } from '$lib/server/bites/index';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const teams = await listTeams(actor);
		return {
			todaysBite: await todaysBite(actor),
			teams: teams.map((t) => ({ ...t, mine: t.id in actor.teams, role: actor.teams[t.id] ?? null }))
		};
	});
};

import { listTeams } from '$lib/server/orgs/index';
import { listRoundsToAnswer } from '$lib/server/surveys/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { todaysBite } from '$lib/server/bites/index';

export const load = async ({ locals }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const [teams, surveysToAnswer] = await Promise.all([listTeams(actor), listRoundsToAnswer(actor)]);
		return {
			todaysBite: await todaysBite(actor),
			surveysToAnswer,
			teams: teams.map((t) => ({ ...t, mine: t.id in actor.teams, role: actor.teams[t.id] ?? null }))
		};
	});
};

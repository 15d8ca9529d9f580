// The dashboard: what a person has to do today across the modules (a bite, surveys to answer, their teams),
// gathered in one call so the page's route asks one function.
import type { Actor } from '../actor';
import { todaysBite } from '../bites/index';
import { listTeams } from '../orgs/index';
import { listRoundsToAnswer } from '../surveys/index';

export async function dashboard(actor: Actor) {
	const [teams, surveysToAnswer] = await Promise.all([listTeams(actor), listRoundsToAnswer(actor)]);
	return {
		todaysBite: await todaysBite(actor),
		surveysToAnswer,
		teams: teams.map((t) => ({ ...t, mine: t.id in actor.teams, role: actor.teams[t.id] ?? null }))
	};
}

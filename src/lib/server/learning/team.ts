// The team page: the same projection the live document carries, fresh from SQL for the first render
// (and written to the document, so everyone looking sees this week's sessions as the week turns).
import { authorize } from '../policy';
import { getTeam } from '../orgs/index';
import type { Actor } from '../actor';
import { publishTeam, teamSnapshot } from './live';

export async function getTeamView(actor: Actor, teamId: string) {
	const team = await getTeam(actor, teamId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: team.id });
	const data = (await publishTeam(actor.orgId, team.id)) ?? (await teamSnapshot(actor.orgId, team.id));
	return { team: { id: team.id, name: team.name }, data };
}

// The team page: the same projection the live document carries, fresh from SQL for the first render
// (and written to the document, so everyone looking sees this week's sessions as the week turns).
import { authorize, can } from '../policy';
import { getTeam } from '../orgs/index';
import type { Actor } from '../actor';
import { publishTeam, teamSnapshot } from './live';
import { viewerOf } from './viewer';

export async function getTeamView(actor: Actor, teamId: string) {
	const team = await getTeam(actor, teamId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: team.id });
	const data = (await publishTeam(actor.orgId, team.id)) ?? (await teamSnapshot(actor.orgId, team.id));
	return { team: { id: team.id, name: team.name }, data };
}

export async function teamPage(actor: Actor, teamId: string) {
	return {
		...(await getTeamView(actor, teamId)),
		viewer: await viewerOf(actor),
		permissions: { analytics: can(actor, 'learning.analytics', { orgId: actor.orgId, teamId }) }
	};
}

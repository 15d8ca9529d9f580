// The programme page: the programme, its participants, pairs, exclusions and checklist, and what the viewer
// may do there (manage it, or join it).
import { authorize, can } from '../policy';
import { NotFound } from '../errors';
import { getTeam, listMembers } from '../orgs/index';
import type { Actor } from '../actor';
import { getProgramme, listParticipants } from './programmes';
import { loadPair, rolesFor } from './records';
import { endPair, listPairs } from './pairs';
import { listExclusions } from './exclusions';
import { listChecklist } from './checklists';
import { viewerOf } from './viewer';

export async function programmePage(actor: Actor, programmeId: string) {
	const programme = await getProgramme(actor, programmeId);
	const team = await getTeam(actor, programme.team_id);
	const manage = can(actor, 'learning.manage', { orgId: actor.orgId, teamId: programme.team_id });
	const [participants, pairs, exclusions, checklist, members] = await Promise.all([
		listParticipants(actor, programme.id),
		listPairs(actor, programme.id),
		listExclusions(actor, programme.id),
		listChecklist(actor, programme.id),
		manage ? listMembers(actor, { active: true }) : Promise.resolve([])
	]);
	return {
		viewer: await viewerOf(actor),
		me: actor.userId,
		programme,
		team: { id: team.id, name: team.name },
		roles: rolesFor(programme.kind),
		participants,
		myRole: participants.find((p) => p.userId === actor.userId)?.role ?? null,
		pairs: pairs.map((p) => ({
			id: p.id,
			guideName: p.guide_name,
			learnerName: p.learner_name,
			round: p.round,
			firstDate: p.first_date,
			source: p.source
		})),
		exclusions,
		checklist,
		members: members.map((p) => ({ id: p.id, name: p.name })),
		permissions: { manage }
	};
}

/**
 * Before ending a pair is confirmed: only someone who may manage its team is asked (the others are refused).
 * The key names the pair the page asks about.
 */
export async function endPairQuestion(actor: Actor, pairId: string) {
	const pair = await loadPair(actor.orgId, pairId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: pair.team_id });
	return `end:${pair.id}`;
}

/** Ends one of the programme's active pairs (another programme's pair is not found here). */
export async function endProgrammePair(actor: Actor, programmeId: string, pairId: string) {
	const pairs = await listPairs(actor, programmeId);
	if (!pairs.some((p) => p.id === pairId)) throw new NotFound('pair');
	await endPair(actor, pairId);
}

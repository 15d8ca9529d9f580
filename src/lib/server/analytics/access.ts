// Whose learning the viewer may see: an admin everyone's, a team's manager the members of the teams they manage,
// nobody else anyone's (policy: learning.analytics.open, learning.analytics).
import { authorize, can } from '../policy';
import { Forbidden, NotFound } from '../errors';
import { findActiveMember, getTeam, listMembers, listTeamMembers, listTeams, teamIdsOf } from '../orgs/index';
import type { Actor } from '../actor';

/** The group of an admin's view holding the organisation's people who are on no team. */
export const NO_TEAM = 'none';

export interface Group {
	id: string;
	/** empty for NO_TEAM: the page names it */
	name: string;
	people: { id: string; name: string; teamIds: string[] }[];
}

/** The teams (with their active people) the viewer may see, or only `teamId` when one is asked for. */
export async function visibleGroups(
	actor: Actor,
	teamId?: string
): Promise<{ options: { id: string; name: string }[]; groups: Group[] }> {
	authorize(actor, 'learning.analytics.open', { orgId: actor.orgId });
	// Without a team the policy answers for the whole organisation: an admin's view.
	const everyone = can(actor, 'learning.analytics', { orgId: actor.orgId });
	if (teamId === NO_TEAM && !everyone) throw new Forbidden('learning.analytics');
	if (teamId && teamId !== NO_TEAM) {
		await getTeam(actor, teamId);
		// Another team's people are refused, not silently left out: the viewer asked for them by name.
		authorize(actor, 'learning.analytics', { orgId: actor.orgId, teamId });
	}
	const options = (await listTeams(actor)).filter((t) =>
		can(actor, 'learning.analytics', { orgId: actor.orgId, teamId: t.id })
	);
	const groups: Group[] = [];
	for (const t of options) {
		if (teamId && t.id !== teamId) continue;
		const members = await listTeamMembers(actor, t.id, { active: true });
		groups.push({ id: t.id, name: t.name, people: members.map((m) => ({ id: m.id, name: m.name, teamIds: [] })) });
	}
	const all = everyone && (!teamId || teamId === NO_TEAM) ? await listMembers(actor, { active: true }) : [];
	const ids = new Set([...groups.flatMap((g) => g.people.map((p) => p.id)), ...all.map((p) => p.id)]);
	const teamsOf = await teamIdsOf(actor.orgId, [...ids]);
	const loose = all.filter((p) => (teamsOf.get(p.id) ?? []).length === 0);
	if (loose.length)
		groups.push({ id: NO_TEAM, name: '', people: loose.map((p) => ({ id: p.id, name: p.name, teamIds: [] })) });
	for (const g of groups) for (const p of g.people) p.teamIds = teamsOf.get(p.id) ?? [];
	return { options: options.map((t) => ({ id: t.id, name: t.name })), groups };
}

/** One active person, if the viewer may see them: on a team the viewer manages (any, for an admin). */
export async function viewablePerson(actor: Actor, personId: string) {
	authorize(actor, 'learning.analytics.open', { orgId: actor.orgId });
	const person = await findActiveMember(actor, personId);
	if (!person) throw new NotFound('member');
	const teamIds = (await teamIdsOf(actor.orgId, [personId])).get(personId) ?? [];
	const allowed = [undefined, ...teamIds].some((teamId) =>
		can(actor, 'learning.analytics', { orgId: actor.orgId, teamId })
	);
	if (!allowed) throw new Forbidden('learning.analytics');
	const names = new Map((await listTeams(actor)).map((t) => [t.id, t.name]));
	return { id: person.id, name: person.name, teamIds, teams: teamIds.map((id) => names.get(id) ?? '').filter(Boolean) };
}

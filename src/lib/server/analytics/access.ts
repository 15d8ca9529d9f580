// Whose learning the viewer may see: an admin everyone's, a team's manager the members of the teams they manage,
// nobody else anyone's (policy: learning.analytics.open, learning.analytics).
import { authorize, can } from '../policy';
import { Forbidden, NotFound } from '../errors';
import { getTeam, isMember, listMembers, listTeamMembers, listTeams, teamIdsOf } from '../orgs/index';
import type { Actor } from '../actor';

/** The group of an admin's view holding the organisation's people who are on no team. */
export const NO_TEAM = 'none';

export interface Group {
	id: string;
	/** empty for NO_TEAM: the page names it */
	name: string;
	people: { id: string; name: string; teamIds: string[] }[];
}

/** The teams (with their people) the viewer may see, or only `teamId` when one is asked for. */
export async function visibleGroups(
	actor: Actor,
	teamId?: string
): Promise<{ options: { id: string; name: string }[]; groups: Group[] }> {
	authorize(actor, 'learning.analytics.open', { orgId: actor.orgId });
	if (teamId && teamId !== NO_TEAM) {
		await getTeam(actor, teamId);
		// Another team's people are refused, not silently left out: the viewer asked for them by name.
		authorize(actor, 'learning.analytics', { orgId: actor.orgId, teamId });
	}
	if (teamId === NO_TEAM && actor.role !== 'admin') throw new Forbidden('learning.analytics');
	const options = (await listTeams(actor)).filter((t) =>
		can(actor, 'learning.analytics', { orgId: actor.orgId, teamId: t.id })
	);
	const groups: Group[] = [];
	for (const t of options) {
		if (teamId && t.id !== teamId) continue;
		const members = await listTeamMembers(actor, t.id);
		groups.push({ id: t.id, name: t.name, people: members.map((m) => ({ id: m.id, name: m.name, teamIds: [] })) });
	}
	if (actor.role === 'admin' && (!teamId || teamId === NO_TEAM)) {
		const active = await listMembers(actor, { active: true });
		const teamsOf = await teamIdsOf(
			actor.orgId,
			active.map((p) => p.id)
		);
		const loose = active.filter((p) => (teamsOf.get(p.id) ?? []).length === 0);
		if (loose.length)
			groups.push({ id: NO_TEAM, name: '', people: loose.map((p) => ({ id: p.id, name: p.name, teamIds: [] })) });
	}
	const teamsOf = await teamIdsOf(actor.orgId, [...new Set(groups.flatMap((g) => g.people.map((p) => p.id)))]);
	for (const g of groups) for (const p of g.people) p.teamIds = teamsOf.get(p.id) ?? [];
	return { options: options.map((t) => ({ id: t.id, name: t.name })), groups };
}

/** One person, if the viewer may see them: a member of the organisation on a team the viewer manages (any, for an admin). */
export async function viewablePerson(actor: Actor, personId: string) {
	authorize(actor, 'learning.analytics.open', { orgId: actor.orgId });
	const person = (await listMembers(actor)).find((p) => p.id === personId);
	if (!person || !(await isMember(personId, actor.orgId))) throw new NotFound('member');
	const teamIds = (await teamIdsOf(actor.orgId, [personId])).get(personId) ?? [];
	const allowed =
		actor.role === 'admin' ||
		teamIds.some((teamId) => can(actor, 'learning.analytics', { orgId: actor.orgId, teamId }));
	if (!allowed) throw new Forbidden('learning.analytics');
	const names = new Map((await listTeams(actor)).map((t) => [t.id, t.name]));
	return { id: person.id, name: person.name, teamIds, teams: teamIds.map((id) => names.get(id) ?? '').filter(Boolean) };
}

// Teams and who is in them (team role: manager or member).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import type { TeamRole } from '../db/schema';
import { record } from '../audit/index';
import { listMembers } from './organisations';
import { markSessionsForRotation } from '../auth/sessions';

export async function listTeams(actor: Actor) {
	authorize(actor, 'team.view', { orgId: actor.orgId });
	return db()
		.selectFrom('teams')
		.leftJoin('team_members', 'team_members.team_id', 'teams.id')
		.select(['teams.id', 'teams.name'])
		.select((eb) => eb.fn.count<number>('team_members.id').as('member_count'))
		.where('teams.org_id', '=', actor.orgId)
		.groupBy(['teams.id', 'teams.name'])
		.orderBy('teams.name')
		.execute();
}

/** The teams page: every team with its size, and whether this viewer may create one. */
export async function teamsOverview(actor: Actor) {
	return {
		teams: await listTeams(actor),
		permissions: { create: can(actor, 'team.create', { orgId: actor.orgId }) }
	};
}

/** A team's page: its members and, for those who may manage them, the people who could join. */
export async function teamOverview(actor: Actor, teamId: string) {
	const team = await getTeam(actor, teamId);
	const members = await listTeamMembers(actor, team.id);
	const manage = can(actor, 'team.members.manage', { orgId: actor.orgId, teamId: team.id });
	const everyone = manage ? await listMembers(actor, { active: true }) : [];
	return {
		team: { id: team.id, name: team.name },
		members,
		candidates: everyone.filter((p) => !members.some((m) => m.id === p.id)).map((p) => ({ id: p.id, name: p.name })),
		permissions: { manage }
	};
}

/** Whether the team belongs to the organisation (the sync server's check for `live/team/<teamId>`). */
export async function teamInOrganisation(teamId: string, orgId: string): Promise<boolean> {
	const team = await db().selectFrom('teams').select('org_id').where('id', '=', teamId).executeTakeFirst();
	return !!team && team.org_id === orgId;
}

/** A team of the actor's organisation; another organisation's team is simply not found. */
export async function getTeam(actor: Actor, teamId: string) {
	authorize(actor, 'team.view', { orgId: actor.orgId, teamId });
	const team = await db()
		.selectFrom('teams')
		.selectAll()
		.where('id', '=', teamId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!team) throw new NotFound('team');
	return team;
}

export async function createTeam(actor: Actor, input: { name: string; externalId?: string | null }, exec: DB = db()) {
	authorize(actor, 'team.create', { orgId: actor.orgId });
	const team = {
		id: newId(),
		org_id: actor.orgId,
		name: input.name.trim(),
		created_at: nowIso(),
		external_id: input.externalId ?? null
	};
	await exec.insertInto('teams').values(team).execute();
	await record(
		{ orgId: actor.orgId, actor, action: 'team.create', target: team.id, detail: { name: team.name } },
		exec
	);
	return team;
}

/** Who may manage a team (its managers, admins), asked by the team page before a form is read. */
export async function manageableTeam(actor: Actor, teamId: string) {
	await getTeam(actor, teamId);
	authorize(actor, 'team.manage', { orgId: actor.orgId, teamId });
}

export async function renameTeam(actor: Actor, teamId: string, input: { name: string }) {
	await getTeam(actor, teamId);
	authorize(actor, 'team.manage', { orgId: actor.orgId, teamId });
	await db()
		.updateTable('teams')
		.set({ name: input.name.trim() })
		.where('id', '=', teamId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'team.rename',
		target: teamId,
		detail: { name: input.name.trim() }
	});
}

/** A team's members; `active`: only those not deactivated in the organisation (what every picker offers). */
export async function listTeamMembers(actor: Actor, teamId: string, options: { active?: boolean } = {}) {
	await getTeam(actor, teamId);
	return db()
		.selectFrom('team_members')
		.innerJoin('users', 'users.id', 'team_members.user_id')
		.select(['users.id', 'users.name', 'users.email', 'team_members.role'])
		.where('team_members.team_id', '=', teamId)
		.where('team_members.org_id', '=', actor.orgId)
		.$if(!!options.active, (q) =>
			q.where(({ exists, selectFrom }) =>
				exists(
					selectFrom('memberships')
						.select('memberships.id')
						.whereRef('memberships.user_id', '=', 'team_members.user_id')
						.whereRef('memberships.org_id', '=', 'team_members.org_id')
						.where('memberships.deactivated_at', 'is', null)
				)
			)
		)
		.orderBy('users.name')
		.execute();
}

/** Internal (jobs without an actor): who is on these teams of the organisation. */
export async function teamMemberIds(orgId: string, teamIds: string[]): Promise<string[]> {
	if (teamIds.length === 0) return [];
	const rows = await db()
		.selectFrom('team_members')
		.select('user_id')
		.distinct()
		.where('org_id', '=', orgId)
		.where('team_id', 'in', teamIds)
		.execute();
	return rows.map((r) => r.user_id);
}

/** Internal: the teams each of these people is on (everyone named gets an entry, maybe empty). */
export async function teamIdsOf(orgId: string, userIds: string[]): Promise<Map<string, string[]>> {
	const out = new Map(userIds.map((id) => [id, [] as string[]]));
	if (userIds.length === 0) return out;
	const rows = await db()
		.selectFrom('team_members')
		.select(['user_id', 'team_id'])
		.where('org_id', '=', orgId)
		.where('user_id', 'in', userIds)
		.execute();
	for (const r of rows) out.get(r.user_id)?.push(r.team_id);
	return out;
}

/** Puts someone from the organisation on the team, or changes their team role. */
export async function setTeamMember(actor: Actor, teamId: string, input: { userId: string; role: TeamRole }) {
	await getTeam(actor, teamId);
	authorize(actor, 'team.members.manage', { orgId: actor.orgId, teamId });
	const member = await db()
		.selectFrom('memberships')
		.select('id')
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', input.userId)
		.executeTakeFirst();
	if (!member) throw new NotFound('member');
	await addToTeam(actor.orgId, teamId, input.userId, input.role);
	await markSessionsForRotation(input.userId);
	await record({
		orgId: actor.orgId,
		actor,
		action: 'team.member',
		target: teamId,
		detail: { userId: input.userId, role: input.role }
	});
}

/** Internal: used by team management, invitations and the demo seed (callers have authorised). */
export async function addToTeam(orgId: string, teamId: string, userId: string, role: TeamRole, exec: DB = db()) {
	const existing = await exec
		.selectFrom('team_members')
		.select('id')
		.where('team_id', '=', teamId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (existing) {
		await exec.updateTable('team_members').set({ role }).where('id', '=', existing.id).execute();
	} else {
		await exec
			.insertInto('team_members')
			.values({ id: newId(), org_id: orgId, team_id: teamId, user_id: userId, role, created_at: nowIso() })
			.execute();
	}
}

/** Internal (SCIM groups; the caller has authorised): takes someone off a team. */
export async function removeFromTeam(orgId: string, teamId: string, userId: string) {
	await db()
		.deleteFrom('team_members')
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.where('user_id', '=', userId)
		.execute();
	await markSessionsForRotation(userId);
}

/** Internal (SCIM groups): a team made by the organisation's identity provider, or its provider id changed. */
export async function provisionTeam(orgId: string, input: { name: string; externalId: string | null }) {
	const team = {
		id: newId(),
		org_id: orgId,
		name: input.name.trim(),
		created_at: nowIso(),
		external_id: input.externalId
	};
	await db().insertInto('teams').values(team).execute();
	await record({ orgId, actor: null, action: 'team.create', target: team.id, detail: { name: team.name, scim: true } });
	return team;
}

export async function setTeamIdentity(
	orgId: string,
	teamId: string,
	input: { name?: string; externalId?: string | null }
) {
	const set: { name?: string; external_id?: string | null } = {};
	if (input.name?.trim()) set.name = input.name.trim().slice(0, 80);
	if (input.externalId !== undefined) set.external_id = input.externalId;
	if (Object.keys(set).length)
		await db().updateTable('teams').set(set).where('org_id', '=', orgId).where('id', '=', teamId).execute();
}

export async function removeTeamMember(actor: Actor, teamId: string, userId: string) {
	await getTeam(actor, teamId);
	authorize(actor, 'team.members.manage', { orgId: actor.orgId, teamId });
	const removed = await db()
		.deleteFrom('team_members')
		.where('team_id', '=', teamId)
		.where('user_id', '=', userId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	// Only what happened is recorded: a post naming nobody of the team leaves no line behind.
	if (Number(removed.numDeletedRows) > 0)
		await record({ orgId: actor.orgId, actor, action: 'team.member.remove', target: teamId, detail: { userId } });
}

// Teams and who is in them (team role: manager or member).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import type { TeamRole } from '../db/schema';
import { record } from '../audit/index';
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

export async function createTeam(actor: Actor, input: { name: string }) {
	authorize(actor, 'team.create', { orgId: actor.orgId });
	const team = { id: newId(), org_id: actor.orgId, name: input.name.trim(), created_at: nowIso() };
	await db().insertInto('teams').values(team).execute();
	await record({ orgId: actor.orgId, actor, action: 'team.create', target: team.id, detail: { name: team.name } });
	return team;
}

export async function renameTeam(actor: Actor, teamId: string, input: { name: string }) {
	await getTeam(actor, teamId);
	authorize(actor, 'team.manage', { orgId: actor.orgId, teamId });
	await db().updateTable('teams').set({ name: input.name.trim() }).where('id', '=', teamId).where('org_id', '=', actor.orgId).execute();
	await record({ orgId: actor.orgId, actor, action: 'team.rename', target: teamId, detail: { name: input.name.trim() } });
}

export async function listTeamMembers(actor: Actor, teamId: string) {
	await getTeam(actor, teamId);
	return db()
		.selectFrom('team_members')
		.innerJoin('users', 'users.id', 'team_members.user_id')
		.select(['users.id', 'users.name', 'users.email', 'team_members.role'])
		.where('team_members.team_id', '=', teamId)
		.where('team_members.org_id', '=', actor.orgId)
		.orderBy('users.name')
		.execute();
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
	await record({ orgId: actor.orgId, actor, action: 'team.member', target: teamId, detail: { userId: input.userId, role: input.role } });
}

/** Internal: used by team management, invitations and the demo seed (callers have authorised). */
export async function addToTeam(orgId: string, teamId: string, userId: string, role: TeamRole) {
	const existing = await db()
		.selectFrom('team_members')
		.select('id')
		.where('team_id', '=', teamId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (existing) {
		await db().updateTable('team_members').set({ role }).where('id', '=', existing.id).execute();
	} else {
		await db()
			.insertInto('team_members')
			.values({ id: newId(), org_id: orgId, team_id: teamId, user_id: userId, role, created_at: nowIso() })
			.execute();
	}
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
	if (Number(removed.numDeletedRows) > 0) await record({ orgId: actor.orgId, actor, action: 'team.member.remove', target: teamId, detail: { userId } });
}

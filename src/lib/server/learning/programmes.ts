// Programmes per team (buddy training, mentoring, peer-feedback circles) and who takes part in them.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { getTeam, listTeams } from '../orgs/index';
import type { Actor } from '../actor';
import type { ParticipantRole } from '../db/schema';
import { parseInput } from '../forms';
import { ProgrammeInput, type ProgrammeUpdate } from './schemas';
import { loadProgramme, rolesFor, type Programme } from './records';
import { orgNames } from './people';
import { publishTeam } from './live';

export async function createProgramme(actor: Actor, input: ProgrammeInput): Promise<Programme> {
	await getTeam(actor, input.teamId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: input.teamId });
	const programme: Programme = {
		id: newId(),
		org_id: actor.orgId,
		team_id: input.teamId,
		kind: input.kind,
		name: input.name,
		goals: input.goals,
		cadence: input.cadence,
		start_date: input.startDate,
		end_date: input.endDate,
		session_count: input.sessionCount,
		session_minutes: input.sessionMinutes,
		start_time: input.startTime,
		time_zone: input.timeZone,
		created_by: actor.userId,
		created_at: nowIso()
	};
	await db().insertInto('learning_programmes').values(programme).execute();
	await publishTeam(actor.orgId, input.teamId);
	return programme;
}

/**
 * A new programme from its form as typed: a team of another organisation is refused (NotFound) before the rest
 * of the form is read, so such a post learns nothing from field errors. Invalid fields come back as a failure.
 */
export async function startProgramme(actor: Actor, draft: Record<string, string>) {
	if (draft.teamId) await getTeam(actor, draft.teamId);
	const input = parseInput(draft, ProgrammeInput);
	return input.ok ? { ok: true as const, programme: await createProgramme(actor, input.value) } : input;
}

export async function updateProgramme(actor: Actor, programmeId: string, input: ProgrammeUpdate) {
	const p = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: p.team_id });
	await db()
		.updateTable('learning_programmes')
		.set({
			name: input.name,
			goals: input.goals,
			cadence: input.cadence,
			start_date: input.startDate,
			end_date: input.endDate,
			session_count: input.sessionCount,
			session_minutes: input.sessionMinutes,
			start_time: input.startTime,
			time_zone: input.timeZone
		})
		.where('id', '=', p.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishTeam(actor.orgId, p.team_id);
}

export async function deleteProgramme(actor: Actor, programmeId: string) {
	const p = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: p.team_id });
	await db().deleteFrom('learning_programmes').where('id', '=', p.id).where('org_id', '=', actor.orgId).execute();
	await publishTeam(actor.orgId, p.team_id);
}

export async function getProgramme(actor: Actor, programmeId: string): Promise<Programme> {
	const p = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId: p.team_id });
	return p;
}

/** The organisation's programmes (or one team's), with their team's name. */
export async function listProgrammes(actor: Actor, teamId?: string) {
	authorize(actor, 'learning.view', { orgId: actor.orgId, teamId });
	const teams = new Map((await listTeams(actor)).map((t) => [t.id, t.name]));
	let q = db().selectFrom('learning_programmes').selectAll().where('org_id', '=', actor.orgId);
	if (teamId) q = q.where('team_id', '=', teamId);
	const rows = await q.orderBy('created_at', 'desc').execute();
	return rows.map((p) => ({ ...p, team_name: teams.get(p.team_id) ?? '' }));
}

export async function listParticipants(actor: Actor, programmeId: string) {
	const p = await getProgramme(actor, programmeId);
	const names = await orgNames(actor);
	const rows = await db()
		.selectFrom('learning_participants')
		.select(['user_id', 'role'])
		.where('programme_id', '=', p.id)
		.where('org_id', '=', actor.orgId)
		.execute();
	return rows
		.filter((r) => names.has(r.user_id))
		.map((r) => ({ userId: r.user_id, name: names.get(r.user_id)!, role: r.role as ParticipantRole }))
		.sort((a, b) => a.name.localeCompare(b.name));
}

async function upsertParticipant(orgId: string, programme: Programme, userId: string, role: ParticipantRole) {
	if (!rolesFor(programme.kind).includes(role)) throw new Invalid('error_learning_role', 'role');
	const existing = await db()
		.selectFrom('learning_participants')
		.select('id')
		.where('programme_id', '=', programme.id)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (existing) await db().updateTable('learning_participants').set({ role }).where('id', '=', existing.id).execute();
	else
		await db()
			.insertInto('learning_participants')
			.values({ id: newId(), org_id: orgId, programme_id: programme.id, user_id: userId, role, created_at: nowIso() })
			.execute();
	await publishTeam(orgId, programme.team_id);
}

export async function joinProgramme(actor: Actor, programmeId: string, role: ParticipantRole) {
	const p = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.join', { orgId: actor.orgId, teamId: p.team_id });
	await upsertParticipant(actor.orgId, p, actor.userId, role);
}

export async function addParticipant(
	actor: Actor,
	programmeId: string,
	input: { userId: string; role: ParticipantRole }
) {
	const p = await loadProgramme(actor.orgId, programmeId);
	authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: p.team_id });
	if (!(await orgNames(actor)).has(input.userId)) throw new NotFound('member');
	await upsertParticipant(actor.orgId, p, input.userId, input.role);
}

/** Leaves (oneself) or removes (a manager) a participant; their pairs in the programme end. */
export async function removeParticipant(actor: Actor, programmeId: string, userId: string) {
	const p = await loadProgramme(actor.orgId, programmeId);
	if (userId !== actor.userId) authorize(actor, 'learning.manage', { orgId: actor.orgId, teamId: p.team_id });
	else authorize(actor, 'learning.join', { orgId: actor.orgId, teamId: p.team_id });
	await db()
		.transaction()
		.execute(async (tx) => {
			await tx
				.deleteFrom('learning_participants')
				.where('programme_id', '=', p.id)
				.where('user_id', '=', userId)
				.where('org_id', '=', actor.orgId)
				.execute();
			await tx
				.updateTable('learning_pairs')
				.set({ ended_at: nowIso() })
				.where('programme_id', '=', p.id)
				.where('org_id', '=', actor.orgId)
				.where('ended_at', 'is', null)
				.where((eb) => eb.or([eb('guide_id', '=', userId), eb('learner_id', '=', userId)]))
				.execute();
		});
	await publishTeam(actor.orgId, p.team_id);
}

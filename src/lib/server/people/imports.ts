// People import: an admin uploads a CSV, sees what it would do (a stored, pending import), and applies it in one
// transaction. The preview is a page of its own (works without JavaScript); applying re-plans against the
// organisation as it is inside the transaction, so a change made between preview and apply is respected and
// applying the same file twice does nothing the second time (no duplicate invitations: a pending one counts).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { record } from '../audit/index';
import { createInvitation } from '../auth/index';
import { deliverSoon, mailEnabled } from '../mail/index';
import { markSessionsForRotation } from '../auth/sessions';
import { addToTeam, applyMemberRole, createTeam } from '../orgs/index';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import type { OrgRole } from '../db/schema';
import { readPeopleFile, type ImportLine } from './csv';
import { countPlan, planImport, teamKey, type OrgState } from './plan';

/** Reads the upload and keeps it as a pending import; the caller shows its preview. */
export async function uploadImport(actor: Actor, file: File | null | undefined) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	if (!file || typeof file === 'string' || file.size === 0) throw new Invalid('error_import_no_file', 'file');
	const lines = readPeopleFile(new Uint8Array(await file.arrayBuffer()));
	const id = newId();
	await db()
		.insertInto('people_imports')
		.values({
			id,
			org_id: actor.orgId,
			created_by: actor.userId,
			created_at: nowIso(),
			file_name: (file.name || 'people.csv').slice(0, 200),
			lines: JSON.stringify(lines),
			applied_at: null
		})
		.execute();
	return { id };
}

/** The people page's list of imports not applied yet (newest first), each a link to its preview. */
export async function pendingImports(actor: Actor) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const rows = await db()
		.selectFrom('people_imports')
		.select(['id', 'file_name', 'created_at'])
		.where('org_id', '=', actor.orgId)
		.where('applied_at', 'is', null)
		.orderBy('created_at', 'desc')
		.limit(10)
		.execute();
	return rows.map((r) => ({ id: r.id, fileName: r.file_name, createdAt: r.created_at }));
}

async function pendingImport(actor: Actor, id: string, exec: DB = db()) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const row = await exec
		.selectFrom('people_imports')
		.selectAll()
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('import');
	return row;
}

/** The organisation as an import sees it, read with `exec` (inside the apply transaction). */
async function orgState(actor: Actor, exec: DB): Promise<OrgState> {
	const [members, invitations, teams, teamMembers] = await Promise.all([
		exec
			.selectFrom('memberships')
			.innerJoin('users', 'users.id', 'memberships.user_id')
			.select(['users.id', 'users.email', 'memberships.role', 'memberships.deactivated_at'])
			.where('memberships.org_id', '=', actor.orgId)
			.execute(),
		exec
			.selectFrom('invitations')
			.select('email')
			.where('org_id', '=', actor.orgId)
			.where('accepted_at', 'is', null)
			.where('expires_at', '>', nowIso())
			.execute(),
		exec.selectFrom('teams').select(['id', 'name']).where('org_id', '=', actor.orgId).execute(),
		exec.selectFrom('team_members').select(['team_id', 'user_id', 'role']).where('org_id', '=', actor.orgId).execute()
	]);
	return {
		actorEmail: actor.email ?? '',
		members: new Map(
			members.map((m) => [m.email, { userId: m.id, role: m.role as OrgRole, deactivated: !!m.deactivated_at }])
		),
		invited: new Set(invitations.map((i) => i.email)),
		teams: new Map(teams.map((t) => [teamKey(t.name), t.id])),
		teamRoles: new Map(teamMembers.map((t) => [`${t.team_id} ${t.user_id}`, t.role as 'manager' | 'member']))
	};
}

/** Who may see or apply an import (the preview page asks before reading a form): its organisation's admins. */
export async function importAccess(actor: Actor, id: string) {
	await pendingImport(actor, id);
}

/** The preview page: every line with what it would do, and the counts. */
export async function importPreview(actor: Actor, id: string) {
	const row = await pendingImport(actor, id);
	const lines = planImport(JSON.parse(row.lines) as ImportLine[], await orgState(actor, db()));
	return {
		import: { id: row.id, fileName: row.file_name, createdAt: row.created_at, applied: !!row.applied_at },
		counts: countPlan(lines),
		// unchanged lines are only counted: a re-import of 1,000 people should not list 1,000 "no change" rows
		lines: lines
			.filter((l) => l.status !== 'unchanged')
			.map((l) => ({
				line: l.line,
				name: l.name,
				email: l.email,
				team: l.team,
				role: l.role,
				manager: l.manager,
				status: l.status,
				reasons: l.reasons,
				changes: l.changes,
				newTeam: l.newTeam
			}))
	};
}

/** Applies a pending import, all or nothing; rejected lines are skipped (the preview said so). */
export async function applyImport(actor: Actor, id: string, origin: string) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const result = await db()
		.transaction()
		.execute(async (trx) => {
			const row = await pendingImport(actor, id, trx);
			if (row.applied_at) throw new Invalid('error_import_applied');
			const state = await orgState(actor, trx);
			const plan = planImport(JSON.parse(row.lines) as ImportLine[], state);
			const teamIds = new Map(state.teams);
			const rotate = new Set<string>();
			const teamOf = async (name: string) => {
				const key = teamKey(name);
				let teamId = teamIds.get(key);
				if (!teamId) {
					teamId = (await createTeam(actor, { name: name.trim().replace(/\s+/g, ' ') }, trx)).id;
					teamIds.set(key, teamId);
				}
				return teamId;
			};
			for (const l of plan) {
				if (l.status === 'reject' || l.status === 'unchanged') continue;
				const teamId = l.team ? await teamOf(l.team) : null;
				const member = state.members.get(l.email);
				if (l.status === 'create')
					await createInvitation(actor, { email: l.email, role: l.role, teamId, locale: l.locale }, origin, trx);
				if (member && l.changes.includes('role')) await applyMemberRole(trx, actor.orgId, member.userId, l.role);
				if (member && teamId && l.changes.includes('team')) {
					await addToTeam(actor.orgId, teamId, member.userId, 'member', trx);
					state.teamRoles.set(`${teamId} ${member.userId}`, 'member');
					rotate.add(member.userId);
				}
				const manager = l.manager ? state.members.get(l.manager.toLowerCase()) : undefined;
				if (manager && teamId && state.teamRoles.get(`${teamId} ${manager.userId}`) !== 'manager') {
					await addToTeam(actor.orgId, teamId, manager.userId, 'manager', trx);
					state.teamRoles.set(`${teamId} ${manager.userId}`, 'manager');
					rotate.add(manager.userId);
				}
			}
			for (const userId of rotate) await markSessionsForRotation(userId, trx);
			await trx.updateTable('people_imports').set({ applied_at: nowIso() }).where('id', '=', row.id).execute();
			const counts = countPlan(plan);
			await record({ orgId: actor.orgId, actor, action: 'people.import', target: row.id, detail: counts }, trx);
			return counts;
		});
	// The invitations' emails were queued with the import; they go now that it is committed.
	if (mailEnabled() && result.create > 0) deliverSoon();
	return result;
}

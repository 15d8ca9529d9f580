// Organisations and memberships (who belongs where, with which organisation role).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import type { OrgRole } from '../db/schema';
import { record } from '../audit/index';
import { markSessionsForRotation } from '../auth/sessions';
import { getRetention } from './retention';

export const ORG_ROLES: OrgRole[] = ['admin', 'facilitator', 'member'];

export async function createOrganisation(name: string) {
	const org = {
		id: newId(),
		name: name.trim(),
		min_group_size: 5,
		created_at: nowIso(),
		retain_board_archive_months: null,
		retain_survey_comment_months: null
	};
	await db().insertInto('orgs').values(org).execute();
	return org;
}

export async function addMembership(orgId: string, userId: string, role: OrgRole) {
	const existing = await db()
		.selectFrom('memberships')
		.select(['id', 'role'])
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (existing) return existing;
	const row = { id: newId(), org_id: orgId, user_id: userId, role, created_at: nowIso() };
	await db().insertInto('memberships').values(row).execute();
	return row;
}

/** The actor's organisation; `exec`: the caller's transaction, when it holds the connection (SQLite). */
export async function getOrganisation(actor: Actor, exec: DB = db()) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return exec.selectFrom('orgs').selectAll().where('id', '=', actor.orgId).executeTakeFirstOrThrow();
}

/** The organisations a person belongs to (a consultant may have several). */
export async function listUserOrganisations(userId: string) {
	return db()
		.selectFrom('memberships')
		.innerJoin('orgs', 'orgs.id', 'memberships.org_id')
		.select(['orgs.id', 'orgs.name', 'memberships.role'])
		.where('memberships.user_id', '=', userId)
		.where('memberships.deactivated_at', 'is', null)
		.orderBy('orgs.name')
		.execute();
}

/** The frame of every signed-in page: who is signed in, and the organisations they may switch to. */
export async function appNavigation(actor: Actor) {
	const orgs = await listUserOrganisations(actor.userId);
	return {
		me: { id: actor.userId, name: actor.name, role: actor.role, orgId: actor.orgId },
		orgs: orgs.map((o) => ({ id: o.id, name: o.name }))
	};
}

/** The settings page, for the organisation's admins: its name, minimum group size and retention. */
export async function organisationSettings(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const org = await getOrganisation(actor);
	return { org: { name: org.name, minGroupSize: org.min_group_size }, retention: await getRetention(actor) };
}

export async function isMember(userId: string, orgId: string) {
	const row = await db()
		.selectFrom('memberships')
		.select('id')
		.where('user_id', '=', userId)
		.where('org_id', '=', orgId)
		.where('deactivated_at', 'is', null)
		.executeTakeFirst();
	return !!row;
}

/** One active member of the actor's organisation (id and name), or undefined. */
export async function findActiveMember(actor: Actor, userId: string) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return db()
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.name'])
		.where('memberships.org_id', '=', actor.orgId)
		.where('memberships.user_id', '=', userId)
		.where('memberships.deactivated_at', 'is', null)
		.executeTakeFirst();
}

/** The organisation's members; `active`: only those not deactivated (what every picker offers). */
export async function listMembers(actor: Actor, options: { active?: boolean } = {}) {
	authorize(actor, 'org.view', { orgId: actor.orgId });
	return db()
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.name', 'users.email', 'memberships.role', 'memberships.deactivated_at'])
		.where('memberships.org_id', '=', actor.orgId)
		.$if(!!options.active, (q) => q.where('memberships.deactivated_at', 'is', null))
		.orderBy('users.name')
		.execute();
}

export async function setMemberRole(actor: Actor, userId: string, role: OrgRole) {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	if (userId === actor.userId && role !== 'admin') {
		const admins = await db()
			.selectFrom('memberships')
			.select('id')
			.where('org_id', '=', actor.orgId)
			.where('role', '=', 'admin')
			.execute();
		if (admins.length <= 1) throw new Invalid('error_last_admin', 'role');
	}
	const r = await db()
		.updateTable('memberships')
		.set({ role })
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', userId)
		.executeTakeFirst();
	if (Number(r.numUpdatedRows) === 0) throw new NotFound('member');
	await markSessionsForRotation(userId);
	await record({ orgId: actor.orgId, actor, action: 'member.role', target: userId, detail: { role } });
}

/** Internal: an import or the identity provider sets a member's role (callers have authorised; the caller's transaction). */
export async function applyMemberRole(exec: DB, orgId: string, userId: string, role: OrgRole) {
	await exec
		.updateTable('memberships')
		.set({ role })
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.execute();
	await markSessionsForRotation(userId, exec);
}

/** Internal (SCIM): the identity provider's id for a member of the organisation. */
export async function setMemberExternalId(orgId: string, userId: string, externalId: string | null) {
	await db()
		.updateTable('memberships')
		.set({ external_id: externalId })
		.where('org_id', '=', orgId)
		.where('user_id', '=', userId)
		.execute();
}

export async function updateOrganisation(actor: Actor, input: { name: string; minGroupSize: number }) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	// Anonymity floor: results are never shown for groups below three, whatever an admin sets.
	const min = Math.max(3, Math.round(input.minGroupSize));
	await db()
		.updateTable('orgs')
		.set({ name: input.name.trim(), min_group_size: min })
		.where('id', '=', actor.orgId)
		.execute();
	await record({
		orgId: actor.orgId,
		actor,
		action: 'org.settings',
		detail: { name: input.name.trim(), minGroupSize: min }
	});
}

/** Organisations' minimum group size settings, for background work that has no actor (sealing closed survey rounds). */
export async function minGroupSizeSettings(orgIds: string[]): Promise<Map<string, number>> {
	if (orgIds.length === 0) return new Map();
	const rows = await db().selectFrom('orgs').select(['id', 'min_group_size']).where('id', 'in', orgIds).execute();
	return new Map(rows.map((r) => [r.id, r.min_group_size]));
}

/** Internal: the organisation's active admins, for notices only they get (a webhook disabled). */
export async function activeAdminIds(orgId: string): Promise<string[]> {
	const rows = await db()
		.selectFrom('memberships')
		.select('user_id')
		.where('org_id', '=', orgId)
		.where('role', '=', 'admin')
		.where('deactivated_at', 'is', null)
		.execute();
	return rows.map((r) => r.user_id);
}

// Sessions: a random token in an HttpOnly cookie, stored only as its hash; sliding expiry.
import { db } from '../db/current';
import { hashToken, newToken, nowIso } from '../ids';
import { config } from '../config';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import type { OrgRole, TeamRole } from '../db/schema';

export const SESSION_COOKIE = 'samspil_session';
const DAY = 24 * 60 * 60 * 1000;

export function sessionLifetimeMs() {
	return config.sessionDays * DAY;
}

export async function createSession(userId: string, orgId: string | null): Promise<{ token: string; expiresAt: Date }> {
	const token = newToken();
	const expiresAt = new Date(Date.now() + sessionLifetimeMs());
	await db()
		.insertInto('sessions')
		.values({
			id: hashToken(token),
			user_id: userId,
			org_id: orgId,
			created_at: nowIso(),
			expires_at: expiresAt.toISOString()
		})
		.execute();
	return { token, expiresAt };
}

export async function deleteSession(token: string) {
	await db().deleteFrom('sessions').where('id', '=', hashToken(token)).execute();
}

export async function deleteUserSessions(userId: string, exceptToken?: string) {
	let q = db().deleteFrom('sessions').where('user_id', '=', userId);
	if (exceptToken) q = q.where('id', '!=', hashToken(exceptToken));
	await q.execute();
}

export interface SessionInfo {
	userId: string;
	orgId: string | null;
	expiresAt: Date;
	/** set when the expiry was pushed forward and the cookie must be re-sent */
	renewed: boolean;
	/** the holder's privileges changed: issue a new token (see rotateSession) */
	rotate: boolean;
	locale: string | null;
}

/** Validates a token; extends the session when less than half its lifetime remains. */
export async function validateSession(token: string | undefined): Promise<SessionInfo | null> {
	if (!token || token.length > 100) return null;
	const id = hashToken(token);
	const row = await db()
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select(['sessions.user_id', 'sessions.org_id', 'sessions.expires_at', 'sessions.rotate', 'users.locale'])
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	let expiresAt = new Date(row.expires_at);
	if (expiresAt.getTime() <= Date.now()) {
		await db().deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	let renewed = false;
	if (expiresAt.getTime() - Date.now() < sessionLifetimeMs() / 2) {
		expiresAt = new Date(Date.now() + sessionLifetimeMs());
		await db().updateTable('sessions').set({ expires_at: expiresAt.toISOString() }).where('id', '=', id).execute();
		renewed = true;
	}
	return { userId: row.user_id, orgId: row.org_id, expiresAt, renewed, rotate: row.rotate === 1, locale: row.locale };
}

/** Marks every session of a person for a new token on its next request (after a role change). */
export async function markSessionsForRotation(userId: string, exec: DB = db()) {
	await exec.updateTable('sessions').set({ rotate: 1 }).where('user_id', '=', userId).execute();
}

/** Replaces a session's token with a fresh one, keeping who and where; the old token stops working. */
export async function rotateSession(token: string, userId: string, orgId: string | null) {
	const fresh = await createSession(userId, orgId);
	await deleteSession(token);
	return fresh;
}

export async function setSessionOrg(token: string, orgId: string) {
	await db().updateTable('sessions').set({ org_id: orgId }).where('id', '=', hashToken(token)).execute();
}

/** The acting person in an organisation, or null when they are not (or no longer) a member. */
export async function loadActor(userId: string, orgId: string | null): Promise<Actor | null> {
	if (!orgId) return null;
	const row = await db()
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.name', 'users.email', 'memberships.role'])
		.where('memberships.user_id', '=', userId)
		.where('memberships.org_id', '=', orgId)
		.where('memberships.deactivated_at', 'is', null)
		.executeTakeFirst();
	if (!row) return null;
	const teams = await db()
		.selectFrom('team_members')
		.select(['team_id', 'role'])
		.where('user_id', '=', userId)
		.where('org_id', '=', orgId)
		.execute();
	return {
		userId: row.id,
		name: row.name,
		email: row.email,
		orgId,
		role: row.role as OrgRole,
		teams: Object.fromEntries(teams.map((t) => [t.team_id, t.role as TeamRole]))
	};
}

/** For the sync server: the actor behind a session cookie, without renewing it. */
export async function sessionActor(token: string): Promise<Actor | null> {
	const s = await validateSession(token);
	return s ? loadActor(s.userId, s.orgId) : null;
}

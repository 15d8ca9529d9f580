// Invitations: an admin creates a link with an expiry; the invitee signs up (or, with an account, joins).
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { OrgRole } from '../db/schema';
import { addMembership, getTeam, addToTeam } from '../orgs/index';
import { createUser, findUserByEmail, normaliseEmail } from './accounts';
import { createSession } from './sessions';
import { record } from '../audit/index';

const INVITE_DAYS = 14;

export async function createInvitation(
	actor: Actor,
	input: { email: string; role: OrgRole; teamId?: string | null },
	origin: string
) {
	authorize(actor, 'member.invite', { orgId: actor.orgId });
	if (input.teamId) await getTeam(actor, input.teamId);
	const token = newToken();
	await db()
		.insertInto('invitations')
		.values({
			id: newId(),
			org_id: actor.orgId,
			email: normaliseEmail(input.email),
			role: input.role,
			team_id: input.teamId || null,
			token_hash: hashToken(token),
			created_by: actor.userId,
			created_at: nowIso(),
			expires_at: nowIso(Date.now() + INVITE_DAYS * 86400_000),
			accepted_at: null
		})
		.execute();
	await record({ orgId: actor.orgId, actor, action: 'invitation.create', target: normaliseEmail(input.email), detail: { role: input.role, teamId: input.teamId || null } });
	return { link: `${origin}/invite/${token}` };
}

export async function listInvitations(actor: Actor) {
	authorize(actor, 'member.invite', { orgId: actor.orgId });
	return db()
		.selectFrom('invitations')
		.select(['id', 'email', 'role', 'expires_at', 'accepted_at'])
		.where('org_id', '=', actor.orgId)
		.orderBy('created_at', 'desc')
		.execute();
}

export async function revokeInvitation(actor: Actor, id: string) {
	authorize(actor, 'member.invite', { orgId: actor.orgId });
	const r = await db().deleteFrom('invitations').where('id', '=', id).where('org_id', '=', actor.orgId).executeTakeFirst();
	if (Number(r.numDeletedRows) > 0) await record({ orgId: actor.orgId, actor, action: 'invitation.revoke', target: id });
}

/**
 * What the invitation page shows; null when the link is unknown, used or expired. `forViewer`: the
 * invitation is addressed to the account of `viewerId` (the person signed in), who may accept it.
 */
export async function findInvitation(token: string, viewerId?: string | null) {
	const inv = await db()
		.selectFrom('invitations')
		.innerJoin('orgs', 'orgs.id', 'invitations.org_id')
		.select(['invitations.id', 'invitations.email', 'invitations.role', 'invitations.team_id', 'invitations.org_id', 'orgs.name as org_name'])
		.where('invitations.token_hash', '=', hashToken(token))
		.where('invitations.accepted_at', 'is', null)
		.where('invitations.expires_at', '>', nowIso())
		.executeTakeFirst();
	if (!inv) return null;
	const account = await findUserByEmail(inv.email);
	return { ...inv, hasAccount: !!account, forViewer: !!account && !!viewerId && account.id === viewerId };
}

/**
 * Accepts an invitation as a new person, who chooses a name and password. People who already have an
 * account accept by signing in (`acceptInvitationSignedIn`): a password typed here would be a second
 * way to guess it, outside sign-in's limits.
 */
export async function acceptInvitation(token: string, input: { name?: string; password: string; locale?: string | null }) {
	const inv = await findInvitation(token);
	if (!inv) throw new NotFound('invitation');
	if (inv.hasAccount) throw new Invalid('error_invite_sign_in');
	if (!input.name) throw new Invalid('error_required', 'name');
	const user = await createUser({ email: inv.email, name: input.name, password: input.password, locale: input.locale });
	return join(inv, user);
}

/** The signed-in person accepts an invitation to their own address (a consultant joining a second organisation). */
export async function acceptInvitationSignedIn(userId: string, token: string) {
	const inv = await findInvitation(token);
	if (!inv) throw new NotFound('invitation');
	const user = await db().selectFrom('users').select(['id', 'name', 'email', 'locale']).where('id', '=', userId).executeTakeFirstOrThrow();
	if (user.email !== inv.email) throw new Invalid('error_invite_other_account');
	return join(inv, user);
}

async function join(
	inv: NonNullable<Awaited<ReturnType<typeof findInvitation>>>,
	user: { id: string; name: string; locale: string | null }
) {
	const claimed = await db()
		.updateTable('invitations')
		.set({ accepted_at: nowIso() })
		.where('id', '=', inv.id)
		.where('accepted_at', 'is', null)
		.executeTakeFirst();
	if (Number(claimed.numUpdatedRows) !== 1) throw new NotFound('invitation');
	await addMembership(inv.org_id, user.id, inv.role as OrgRole);
	if (inv.team_id) await addToTeam(inv.org_id, inv.team_id, user.id, 'member');
	await record({ orgId: inv.org_id, actor: { userId: user.id, name: user.name }, action: 'invitation.accept', target: inv.email, detail: { role: inv.role } });
	const session = await createSession(user.id, inv.org_id);
	return { ...session, userId: user.id, orgId: inv.org_id, locale: user.locale };
}

// Invitations: an admin creates a link with an expiry; the invitee signs up (or, with an account, joins).
// With SMTP set, the link is also emailed to the address, queued in the same transaction (mail/outbox.ts).
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import type { DB } from '../db/index';
import type { OrgRole } from '../db/schema';
import { addMembership, getOrganisation, getTeam, addToTeam } from '../orgs/index';
import { createUser, findUserByEmail, normaliseEmail } from './accounts';
import { createSession, deleteSession } from './sessions';
import { record } from '../audit/index';
import { config } from '../config';
import { asLocale, translateIn } from '../i18n';
import { deliverSoon, mailEnabled, queueEmail, renderEmail } from '../mail/index';

const INVITE_DAYS = 14;

/**
 * `exec`: the caller's transaction when invitations are made in bulk (a people import: all or nothing); the team
 * is then one the caller has checked or created in it. `locale`: the new person's language when known.
 */
export async function createInvitation(
	actor: Actor,
	input: { email: string; role: OrgRole; teamId?: string | null; locale?: string | null },
	origin: string,
	exec?: DB
) {
	authorize(actor, 'member.invite', { orgId: actor.orgId });
	if (input.teamId && !exec) await getTeam(actor, input.teamId);
	const token = newToken();
	const email = normaliseEmail(input.email);
	const link = `${origin}/invite/${token}`;
	const emailed = mailEnabled();
	// Inside an import's transaction every read goes through it: on SQLite another read would wait for the
	// connection the transaction holds.
	const q = exec ?? db();
	const account = await q.selectFrom('users').select(['id', 'locale']).where('email', '=', email).executeTakeFirst();
	const inviter = await q.selectFrom('users').select('locale').where('id', '=', actor.userId).executeTakeFirst();
	const org = await getOrganisation(actor, q);
	const write = async (trx: DB) => {
		await trx
			.insertInto('invitations')
			.values({
				id: newId(),
				org_id: actor.orgId,
				email,
				role: input.role,
				team_id: input.teamId || null,
				token_hash: hashToken(token),
				created_by: actor.userId,
				created_at: nowIso(),
				expires_at: nowIso(Date.now() + INVITE_DAYS * 86400_000),
				accepted_at: null,
				locale: input.locale ?? null
			})
			.execute();
		if (!emailed) return;
		// In the invitee's own language: their account's, the import's, else the inviter's.
		const locale = asLocale(account?.locale ?? input.locale ?? inviter?.locale ?? null);
		const subject = translateIn(locale, 'mail_invite_subject', { org: org.name });
		await queueEmail(trx, {
			orgId: actor.orgId,
			userId: account?.id ?? null,
			to: email,
			kind: 'invitation',
			locale,
			subject,
			...renderEmail({
				subject,
				greeting: translateIn(locale, 'mail_hello'),
				paragraphs: [translateIn(locale, 'mail_invite_body', { name: actor.name, org: org.name })],
				action: {
					label: translateIn(locale, 'invite_join', { org: org.name }),
					url: `${config.publicOrigin}/invite/${token}`
				},
				notes: [translateIn(locale, 'mail_invite_not_you')]
			})
		});
	};
	if (exec) await write(exec);
	else await db().transaction().execute(write);
	// Sent once the rows are committed: an import's caller commits them (and its emails go at the next run).
	if (emailed && !exec) deliverSoon();
	await record(
		{
			orgId: actor.orgId,
			actor,
			action: 'invitation.create',
			target: email,
			detail: { role: input.role, teamId: input.teamId || null }
		},
		exec
	);
	return { link, emailed };
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
	const r = await db()
		.deleteFrom('invitations')
		.where('id', '=', id)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (Number(r.numDeletedRows) > 0)
		await record({ orgId: actor.orgId, actor, action: 'invitation.revoke', target: id });
}

/**
 * What the invitation page shows; null when the link is unknown, used or expired. `forViewer`: the
 * invitation is addressed to the account of `viewerId` (the person signed in), who may accept it.
 */
export async function findInvitation(token: string, viewerId?: string | null) {
	const inv = await db()
		.selectFrom('invitations')
		.innerJoin('orgs', 'orgs.id', 'invitations.org_id')
		.select([
			'invitations.id',
			'invitations.email',
			'invitations.role',
			'invitations.team_id',
			'invitations.org_id',
			'invitations.locale',
			'orgs.name as org_name'
		])
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
export async function acceptInvitation(
	token: string,
	input: { name?: string; password: string; locale?: string | null }
) {
	const inv = await findInvitation(token);
	if (!inv) throw new NotFound('invitation');
	if (inv.hasAccount) throw new Invalid('error_invite_sign_in');
	if (!input.name) throw new Invalid('error_required', 'name');
	const user = await createUser({
		email: inv.email,
		name: input.name,
		password: input.password,
		locale: input.locale ?? inv.locale ?? null
	});
	return join(inv, user);
}

/** The signed-in person accepts an invitation to their own address (a consultant joining a second organisation). */
export async function acceptInvitationSignedIn(userId: string, token: string) {
	const inv = await findInvitation(token);
	if (!inv) throw new NotFound('invitation');
	const user = await db()
		.selectFrom('users')
		.select(['id', 'name', 'email', 'locale'])
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
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
	await record({
		orgId: inv.org_id,
		actor: { userId: user.id, name: user.name },
		action: 'invitation.accept',
		target: inv.email,
		detail: { role: inv.role }
	});
	const session = await createSession(user.id, inv.org_id);
	return { ...session, userId: user.id, orgId: inv.org_id, locale: user.locale };
}

/** What the invitation page shows this viewer; null for an unknown, used or expired link. */
export async function invitationPage(token: string, viewerId?: string | null) {
	const inv = await findInvitation(token, viewerId);
	return inv ? { email: inv.email, orgName: inv.org_name, hasAccount: inv.hasAccount, forViewer: inv.forViewer } : null;
}

/**
 * The invitation page's one answer. Someone with an account joins signed in, as themselves, and their session
 * is replaced by one in the organisation they joined; a new person chooses a name and password.
 */
export async function answerInvitation(
	token: string,
	viewer: { userId?: string | null; sessionToken?: string | null },
	input: { name?: string; password?: string; locale?: string | null }
) {
	const inv = await findInvitation(token, viewer.userId);
	if (inv?.hasAccount) {
		if (!viewer.userId) throw new Invalid('error_invite_sign_in');
		const session = await acceptInvitationSignedIn(viewer.userId, token);
		if (viewer.sessionToken) await deleteSession(viewer.sessionToken);
		return session;
	}
	if (!input.password) throw new Invalid('error_required', 'password');
	return acceptInvitation(token, { name: input.name, password: input.password, locale: input.locale });
}

// Password resets. The link is mailed through the outbox (mail module, a leaf) rather than the notify
// module, which itself reads accounts: auth stays below notify, with no import cycle between them.
import type { Transaction } from 'kysely';
import { db } from '../db/current';
import type { DB } from '../db/index';
import type { Database } from '../db/schema';
import { deliverSoon, mailEnabled, queueEmail, renderEmail } from '../mail/index';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import { config } from '../config';
import { log } from '../log';
import { asLocale, translateIn } from '../i18n';
import type { Actor } from '../actor';
import { throttle } from '../throttle';
import { record, type AuditEvent } from '../audit/index';
import { authorize } from '../policy';
import { hashPassword } from './passwords';
import { deleteUserSessions } from './sessions';
import { findUserByEmail, normaliseEmail } from './accounts';

const RESET_HOURS = 2;

function requireMail() {
	if (!mailEnabled()) throw new Invalid('error_reset_no_mail');
}

/**
 * Password resets. A reset link is a credential, so it reaches only its owner: by email to the account's
 * own address (the person asks on /reset, or an admin presses "send a reset email"), or, on a server
 * without SMTP, printed on the operator's terminal by `npm run reset-password -- <email>`. No page shows
 * it to anyone else and no log line holds it. Asking and using are audit events in each of the person's
 * organisations.
 */
async function issueReset(userId: string, executor: DB | Transaction<Database> = db()): Promise<string> {
	const token = newToken();
	await executor
		.insertInto('password_resets')
		.values({
			id: newId(),
			user_id: userId,
			token_hash: hashToken(token),
			created_at: nowIso(),
			expires_at: nowIso(Date.now() + RESET_HOURS * 3600_000),
			used_at: null
		})
		.execute();
	return token;
}

/** An account event goes to the audit log of every organisation the person belongs to (accounts are global). */
async function recordForPerson(userId: string, event: Omit<AuditEvent, 'orgId'>) {
	const orgs = await db().selectFrom('memberships').select('org_id').where('user_id', '=', userId).execute();
	for (const { org_id } of orgs) await record({ ...event, orgId: org_id });
}

type ResetBy = 'self' | 'admin' | 'operator';

async function emailReset(
	user: { id: string; email: string; name: string; locale: string | null },
	by: ResetBy,
	actor: Actor | null
) {
	requireMail();
	const locale = asLocale(user.locale);
	// Dead letters are shown to an admin of one of the person's organisations (never the link: see mail/outbox.ts).
	const org = await db().selectFrom('memberships').select('org_id').where('user_id', '=', user.id).executeTakeFirst();
	await db()
		.transaction()
		.execute(async (trx) => {
			const token = await issueReset(user.id, trx);
			const subject = translateIn(locale, 'reset_email_subject');
			const body = renderEmail({
				subject,
				greeting: translateIn(locale, 'notify_email_greeting', { name: user.name }),
				paragraphs: [translateIn(locale, 'reset_email_body', { hours: RESET_HOURS })],
				action: { label: translateIn(locale, 'reset_new_title'), url: `${config.publicOrigin}/reset/${token}` },
				notes: [translateIn(locale, 'reset_email_not_you')]
			});
			await queueEmail(trx, {
				orgId: org?.org_id ?? null,
				userId: user.id,
				to: user.email,
				kind: 'password_reset',
				locale,
				subject,
				...body
			});
		});
	deliverSoon();
	log.info('password reset requested', { user: user.id, by });
	await recordForPerson(user.id, { actor, action: 'account.reset_requested', target: user.id, detail: { by } });
}

/**
 * "Forgot your password?": emails a link to the address if it has an account. The answer is the same
 * either way; asking is limited per client address and per account, so nobody floods a mailbox.
 */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
	requireMail();
	await throttle(`reset:ip:${ip}`, 10, 3600);
	await throttle(`reset:account:${normaliseEmail(email)}`, 5, 3600);
	const user = await findUserByEmail(email);
	if (!user) return;
	await emailReset(user, 'self', null);
}

/** An admin sends a member of their organisation a reset email; the link goes to the member, never to the admin. */
export async function sendPasswordReset(actor: Actor, userId: string): Promise<{ name: string }> {
	authorize(actor, 'member.manage', { orgId: actor.orgId });
	const member = await db()
		.selectFrom('memberships')
		.innerJoin('users', 'users.id', 'memberships.user_id')
		.select(['users.id', 'users.email', 'users.name', 'users.locale'])
		.where('memberships.org_id', '=', actor.orgId)
		.where('memberships.user_id', '=', userId)
		.executeTakeFirst();
	if (!member) throw new NotFound('member');
	requireMail();
	await throttle(`reset:account:${member.email}`, 5, 3600);
	await emailReset(member, 'admin', actor);
	return { name: member.name };
}

/** `npm run reset-password -- <email>`: the link for the operator's terminal, on a server without SMTP. */
export async function createOperatorResetLink(email: string): Promise<string | null> {
	const user = await findUserByEmail(email);
	if (!user) return null;
	const token = await issueReset(user.id);
	log.info('password reset requested', { user: user.id, by: 'operator' });
	await recordForPerson(user.id, {
		action: 'account.reset_requested',
		target: user.id,
		detail: { by: 'operator' satisfies ResetBy }
	});
	return `${config.publicOrigin}/reset/${token}`;
}

export async function findValidReset(token: string) {
	return db()
		.selectFrom('password_resets')
		.selectAll()
		.where('token_hash', '=', hashToken(token))
		.where('used_at', 'is', null)
		.where('expires_at', '>', nowIso())
		.executeTakeFirst();
}

export async function resetPassword(token: string, password: string) {
	const reset = await findValidReset(token);
	if (!reset) throw new Invalid('error_link_invalid');
	await db()
		.transaction()
		.execute(async (trx) => {
			const used = await trx
				.updateTable('password_resets')
				.set({ used_at: nowIso() })
				.where('id', '=', reset.id)
				.where('used_at', 'is', null)
				.executeTakeFirst();
			if (Number(used.numUpdatedRows) !== 1) throw new Invalid('error_link_invalid');
			await trx
				.updateTable('users')
				.set({ password_hash: await hashPassword(password) })
				.where('id', '=', reset.user_id)
				.execute();
		});
	await deleteUserSessions(reset.user_id);
	const user = await db()
		.selectFrom('users')
		.select(['id', 'name'])
		.where('id', '=', reset.user_id)
		.executeTakeFirstOrThrow();
	log.info('password reset used', { user: user.id });
	await recordForPerson(user.id, {
		actor: { userId: user.id, name: user.name },
		action: 'account.reset_used',
		target: user.id
	});
}

// First-run setup, sign-in, password changes and resets.
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { Invalid, NotFound } from '../errors';
import { config } from '../config';
import { log } from '../log';
import type { Actor } from '../actor';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
export { hashPassword } from './passwords';
import { createSession, deleteUserSessions } from './sessions';
import { countAttempt, rateLimitStore, throttle } from '../throttle';
import { record, type AuditEvent } from '../audit/index';
import { authorize } from '../policy';
import { asLocale, mailerConfigured, sendMail, translateIn } from '../notify/index';


const LOGIN_WINDOW_SECONDS = 15 * 60;
const RESET_HOURS = 2;

export function normaliseEmail(email: string) {
	return email.trim().toLowerCase();
}

export async function needsSetup(): Promise<boolean> {
	const row = await db().selectFrom('users').select('id').limit(1).executeTakeFirst();
	return !row;
}

export async function findUserByEmail(email: string) {
	return db().selectFrom('users').selectAll().where('email', '=', normaliseEmail(email)).executeTakeFirst();
}

/** `passwordHash` lets a bulk import (the demo) hash one shared password once instead of per person. */
export async function createUser(input: {
	email: string;
	name: string;
	password: string;
	passwordHash?: string;
	locale?: string | null;
}) {
	const email = normaliseEmail(input.email);
	if (await findUserByEmail(email)) throw new Invalid('error_email_taken', 'email');
	const user = {
		id: newId(),
		email,
		name: input.name.trim(),
		password_hash: input.passwordHash ?? (await hashPassword(input.password)),
		locale: input.locale ?? null,
		time_zone: 'Europe/Copenhagen',
		created_at: nowIso(),
		erased_at: null
	};
	await db().insertInto('users').values(user).execute();
	return user;
}

export interface SignInResult {
	token: string;
	expiresAt: Date;
	userId: string;
	orgId: string | null;
	locale: string | null;
}

/**
 * Failed attempts count per account and per address; past the limit even the right password
 * is refused until the window ends, so guessing cannot continue. Each attempt is counted before its
 * password is checked (and taken back when it was right), so many attempts at once cannot slip past.
 */
export async function signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const accountKey = `login:account:${email}`;
	const attempt = await countAttempt(
		[
			{ key: accountKey, max: config.loginLimitPerAccount },
			{ key: `login:ip:${input.ip}`, max: config.loginLimitPerIp }
		],
		LOGIN_WINDOW_SECONDS
	);
	const user = await findUserByEmail(email);
	const ok = user ? await verifyPassword(input.password, user.password_hash) : (await verifyPassword(input.password, await dummyHash()), false);
	if (!user || !ok) {
		log.info('sign-in failed', { ip: input.ip });
		throw new Invalid('error_sign_in_failed');
	}
	await attempt.release();
	await rateLimitStore().reset(accountKey);
	const membership = await db()
		.selectFrom('memberships')
		.select('org_id')
		.where('user_id', '=', user.id)
		.orderBy('created_at')
		.executeTakeFirst();
	const session = await createSession(user.id, membership?.org_id ?? null);
	if (membership) await record({ orgId: membership.org_id, actor: { userId: user.id, name: user.name }, action: 'session.sign_in', detail: { ip: input.ip } });
	return { ...session, userId: user.id, orgId: membership?.org_id ?? null, locale: user.locale };
}

/** A person confirms something irreversible (erasing their account) with their password. */
export async function confirmPassword(actor: Actor, password: string) {
	await checkOwnPassword(actor.userId, password, 'password');
}

/**
 * The signed-in person's own password, asked again before something that cannot be undone. Wrong guesses
 * are limited per account, so a session left open on a shared computer does not become a way to find it.
 */
const OWN_PASSWORD_TRIES = 10;

async function checkOwnPassword(userId: string, password: string, field: string) {
	// Counted before checking: over the limit even the right password is refused until the window ends.
	const attempt = await countAttempt([{ key: `own-password:${userId}`, max: OWN_PASSWORD_TRIES }], 15 * 60);
	const user = await db().selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
	if (!(await verifyPassword(password, user.password_hash))) throw new Invalid('error_current_password', field);
	await attempt.release();
}

/** Changing the password ends every other session of the person and rotates the current one. */
export async function changePassword(actor: Actor, input: { current: string; next: string }) {
	await checkOwnPassword(actor.userId, input.current, 'current');
	await db()
		.updateTable('users')
		.set({ password_hash: await hashPassword(input.next) })
		.where('id', '=', actor.userId)
		.execute();
	await deleteUserSessions(actor.userId);
	await record({ orgId: actor.orgId, actor, action: 'account.password_change' });
	return createSession(actor.userId, actor.orgId);
}

/**
 * Password resets. A reset link is a credential, so it reaches only its owner: by email to the account's
 * own address (the person asks on /reset, or an admin presses "send a reset email"), or, on a server
 * without SMTP, printed on the operator's terminal by `npm run reset-password -- <email>`. No page shows
 * it to anyone else and no log line holds it. Asking and using are audit events in each of the person's
 * organisations.
 */
async function issueReset(userId: string): Promise<string> {
	const token = newToken();
	await db()
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

async function emailReset(user: { id: string; email: string; name: string; locale: string | null }, by: ResetBy, actor: Actor | null) {
	const token = await issueReset(user.id);
	const locale = asLocale(user.locale);
	await sendMail({
		to: user.email,
		subject: translateIn(locale, 'reset_email_subject'),
		locale,
		text: [
			translateIn(locale, 'notify_email_greeting', { name: user.name }),
			'',
			translateIn(locale, 'reset_email_body', { hours: RESET_HOURS }),
			'',
			`${config.publicOrigin}/reset/${token}`,
			'',
			translateIn(locale, 'reset_email_not_you')
		].join('\n')
	});
	log.info('password reset requested', { user: user.id, by });
	await recordForPerson(user.id, { actor, action: 'account.reset_requested', target: user.id, detail: { by } });
}

/**
 * "Forgot your password?": emails a link to the address if it has an account. The answer is the same
 * either way; asking is limited per client address and per account, so nobody floods a mailbox.
 */
export async function requestPasswordReset(email: string, ip: string): Promise<void> {
	if (!mailerConfigured()) throw new Invalid('error_reset_no_mail');
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
	if (!mailerConfigured()) throw new Invalid('error_reset_no_mail');
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
	await recordForPerson(user.id, { action: 'account.reset_requested', target: user.id, detail: { by: 'operator' satisfies ResetBy } });
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
	await db().transaction().execute(async (trx) => {
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
	const user = await db().selectFrom('users').select(['id', 'name']).where('id', '=', reset.user_id).executeTakeFirstOrThrow();
	log.info('password reset used', { user: user.id });
	await recordForPerson(user.id, { actor: { userId: user.id, name: user.name }, action: 'account.reset_used', target: user.id });
}

export async function updateProfile(actor: Actor, input: { name: string; locale: string | null; timeZone: string }) {
	await db()
		.updateTable('users')
		.set({ name: input.name.trim(), locale: input.locale, time_zone: input.timeZone })
		.where('id', '=', actor.userId)
		.execute();
}

/** The language a person chose from the header's switcher; it wins over cookie and browser from then on. */
export async function setPreferredLocale(userId: string, locale: string) {
	await db().updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

export async function getProfile(actor: Actor) {
	return db()
		.selectFrom('users')
		.select(['id', 'name', 'email', 'locale', 'time_zone'])
		.where('id', '=', actor.userId)
		.executeTakeFirstOrThrow();
}

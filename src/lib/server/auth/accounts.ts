// First-run setup, sign-in, password changes and resets.
import { db } from '../db/current';
import { hashToken, newId, newToken, nowIso } from '../ids';
import { Invalid, RateLimited } from '../errors';
import { config } from '../config';
import { log } from '../log';
import type { Actor } from '../actor';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
export { hashPassword } from './passwords';
import { createSession, deleteUserSessions } from './sessions';
import { rateLimitStore, throttle } from '../throttle';
import { record } from '../audit/index';


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
 * is refused until the window ends, so guessing cannot continue.
 */
export async function signIn(input: { email: string; password: string; ip: string }): Promise<SignInResult> {
	const email = normaliseEmail(input.email);
	const accountKey = `login:account:${email}`;
	const ipKey = `login:ip:${input.ip}`;
	for (const [key, max] of [
		[accountKey, config.loginLimitPerAccount],
		[ipKey, config.loginLimitPerIp]
	] as const) {
		const seen = await rateLimitStore().peek(key);
		if (seen.count >= max) throw new RateLimited(seen.resetIn);
	}
	const user = await findUserByEmail(email);
	const ok = user ? await verifyPassword(input.password, user.password_hash) : (await verifyPassword(input.password, await dummyHash()), false);
	if (!user || !ok) {
		await rateLimitStore().hit(accountKey, LOGIN_WINDOW_SECONDS);
		await rateLimitStore().hit(ipKey, LOGIN_WINDOW_SECONDS);
		log.info('sign-in failed', { ip: input.ip });
		throw new Invalid('error_sign_in_failed');
	}
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
	const key = `own-password:${userId}`;
	// Over the limit even the right password is refused until the window ends (else guessing goes on).
	const tried = await rateLimitStore().peek(key);
	if (tried.count >= OWN_PASSWORD_TRIES) throw new RateLimited(tried.resetIn);
	const user = await db().selectFrom('users').select('password_hash').where('id', '=', userId).executeTakeFirstOrThrow();
	if (await verifyPassword(password, user.password_hash)) return;
	await rateLimitStore().hit(key, 15 * 60);
	throw new Invalid('error_current_password', field);
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
 * Makes a one-time reset link. Email delivery comes with the notify module; until then the link is
 * logged and shown to the admin who asked for it. Unknown addresses return null without a hint.
 */
export async function createPasswordReset(email: string, origin: string, ip?: string): Promise<string | null> {
	// Anyone can ask: limit per address and per account so nobody floods a mailbox or the log.
	if (ip) await throttle(`reset:ip:${ip}`, 10, 3600);
	await throttle(`reset:account:${normaliseEmail(email)}`, 5, 3600);
	const user = await findUserByEmail(email);
	if (!user) return null;
	const token = newToken();
	await db()
		.insertInto('password_resets')
		.values({
			id: newId(),
			user_id: user.id,
			token_hash: hashToken(token),
			created_at: nowIso(),
			expires_at: nowIso(Date.now() + RESET_HOURS * 3600_000),
			used_at: null
		})
		.execute();
	const link = `${origin}/reset/${token}`;
	log.info('password reset link', { user: user.id, link });
	return link;
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

// Signing in, and a person's own password: checked again before something irreversible, and changed.
// Failed attempts are counted up front in the rate-limit store (throttle.ts), so guessing cannot continue.
import { db } from '../db/current';
import { Invalid } from '../errors';
import { config } from '../config';
import { log } from '../log';
import type { Actor } from '../actor';
import { countAttempt, rateLimitStore } from '../throttle';
import { record } from '../audit/index';
import { dummyHash, hashPassword, verifyPassword } from './passwords';
import { createSession, deleteUserSessions } from './sessions';
import { findUserByEmail, normaliseEmail } from './accounts';
import { activeMembership, startSession, type SignInResult } from './session-start';
import { hasTwofactor } from './twofactor';
import { createChallenge } from './twofactor-challenge';

export type { SignInResult } from './session-start';
import { passwordSignInRefused } from '../sso/policy';

const LOGIN_WINDOW_SECONDS = 15 * 60;

/** The password was right and the account uses two-factor sign-in: no session yet, a challenge instead. */
export interface TwofactorChallenge {
	challenge: string;
	expiresAt: Date;
}

/**
 * Failed attempts count per account and per address; past the limit even the right password
 * is refused until the window ends, so guessing cannot continue. Each attempt is counted before its
 * password is checked (and taken back when it was right), so many attempts at once cannot slip past.
 * A new token at every sign-in: the session the browser carried before (`replacing`) ends.
 */
export async function signInWithPassword(input: {
	email: string;
	password: string;
	ip: string;
	replacing?: string | null;
}): Promise<SignInResult | TwofactorChallenge> {
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
	const ok = user
		? await verifyPassword(input.password, user.password_hash)
		: (await verifyPassword(input.password, await dummyHash()), false);
	if (!user || !ok) {
		log.info('sign-in failed', { ip: input.ip });
		throw new Invalid('error_sign_in_failed');
	}
	await attempt.release();
	await rateLimitStore().reset(accountKey);
	// "SSO only" organisations: their members sign in at the identity provider (admins keep the password).
	if (await passwordSignInRefused(user.id)) throw new Invalid('sso_error_password_refused');
	await activeMembership(user.id, input.ip); // deactivated everywhere: refused before any second step
	if (await hasTwofactor(user.id)) return createChallenge(user.id);
	return startSession(user, input);
}

/** A sign-in that must end in a session: refused for accounts that ask for a second factor. */
export async function signIn(input: {
	email: string;
	password: string;
	ip: string;
	replacing?: string | null;
}): Promise<SignInResult> {
	const s = await signInWithPassword(input);
	if ('challenge' in s) throw new Invalid('twofactor_challenge_expired');
	return s;
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
	const user = await db()
		.selectFrom('users')
		.select('password_hash')
		.where('id', '=', userId)
		.executeTakeFirstOrThrow();
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

// Between a correct password and the second factor: a challenge, not a session. The browser holds a random
// token signed with a key derived from SECRET_KEY (httpOnly cookie, five minutes); the database holds only
// its hash. It is taken (deleted) by the first attempt that succeeds, so it works once.
import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { db } from '../db/current';
import { derivedSecret } from '../bites/keys';
import { Invalid } from '../errors';
import { log } from '../log';
import { checkSecondFactor } from './twofactor';
import { startSession, type SignInResult } from './session-start';

export const TWOFACTOR_COOKIE = 'samspil_2fa';
export const CHALLENGE_SECONDS = 5 * 60;

const sign = (token: string) =>
	createHmac('sha256', derivedSecret('samspil-twofactor-challenge')).update(token).digest('base64url');
const hash = (token: string) => createHash('sha256').update(token).digest('hex');

export async function createChallenge(userId: string) {
	const token = randomBytes(32).toString('base64url');
	const expiresAt = new Date(Date.now() + CHALLENGE_SECONDS * 1000);
	// One open challenge per account: a new password sign-in replaces the old one.
	await db().deleteFrom('twofactor_challenges').where('user_id', '=', userId).execute();
	await db()
		.insertInto('twofactor_challenges')
		.values({ id: hash(token), user_id: userId, expires_at: expiresAt.toISOString() })
		.execute();
	return { challenge: `${token}.${sign(token)}`, expiresAt };
}

/** The unexpired challenge the cookie names, after checking its signature; null when there is none. */
export async function findChallenge(value: string | undefined | null): Promise<{ id: string; userId: string } | null> {
	if (!value) return null;
	const [token, mac] = value.split('.');
	if (!token || !mac) return null;
	const expected = Buffer.from(sign(token));
	const given = Buffer.from(mac);
	if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null;
	const row = await db()
		.selectFrom('twofactor_challenges')
		.selectAll()
		.where('id', '=', hash(token))
		.where('expires_at', '>', new Date().toISOString())
		.executeTakeFirst();
	return row ? { id: row.id, userId: row.user_id } : null;
}

/**
 * The second step: a current code or a recovery code completes the sign-in. The challenge is deleted before the
 * session is made, and only one request can delete it, so it is single-use even under concurrent attempts.
 */
export async function completeTwofactorSignIn(input: {
	challenge: string | undefined | null;
	code: string;
	ip: string;
	replacing?: string | null;
}): Promise<SignInResult & { usedRecovery: boolean }> {
	const found = await findChallenge(input.challenge);
	if (!found) throw new Invalid('twofactor_challenge_expired');
	const used = await checkSecondFactor(found.userId, { code: input.code, ip: input.ip });
	const taken = await db().deleteFrom('twofactor_challenges').where('id', '=', found.id).executeTakeFirst();
	if (Number(taken.numDeletedRows) !== 1) throw new Invalid('twofactor_challenge_expired');
	const user = await db()
		.selectFrom('users')
		.select(['id', 'name', 'locale'])
		.where('id', '=', found.userId)
		.executeTakeFirstOrThrow();
	if (used === 'recovery') log.info('sign-in with a recovery code', { ip: input.ip });
	return { ...(await startSession(user, input)), usedRecovery: used === 'recovery' };
}

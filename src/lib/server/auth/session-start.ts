// The session that ends a sign-in, once every factor the account asks for was given (password, then code).
import { db } from '../db/current';
import { record } from '../audit/index';
import { Invalid } from '../errors';
import { log } from '../log';
import { createSession, deleteSession } from './sessions';

export interface SignInResult {
	token: string;
	expiresAt: Date;
	userId: string;
	orgId: string | null;
	locale: string | null;
}

/**
 * The organisation a sign-in starts in: the first membership still active. Someone deactivated everywhere they
 * belong (an identity provider or an admin ended their access) gets no session, and no second-factor step either.
 */
export async function activeMembership(userId: string, ip: string) {
	const memberships = await db()
		.selectFrom('memberships')
		.select(['org_id', 'deactivated_at'])
		.where('user_id', '=', userId)
		.orderBy('created_at')
		.execute();
	const membership = memberships.find((m) => !m.deactivated_at);
	if (memberships.length > 0 && !membership) {
		log.info('sign-in refused: deactivated', { ip });
		throw new Invalid('error_account_deactivated');
	}
	return membership;
}

/** The session, after every factor the account asks for. */
export async function startSession(
	user: { id: string; name: string; locale: string | null },
	input: { ip: string; replacing?: string | null }
): Promise<SignInResult> {
	const membership = await activeMembership(user.id, input.ip);
	if (input.replacing) await deleteSession(input.replacing);
	const session = await createSession(user.id, membership?.org_id ?? null);
	if (membership)
		await record({
			orgId: membership.org_id,
			actor: { userId: user.id, name: user.name },
			action: 'session.sign_in',
			detail: { ip: input.ip }
		});
	return { ...session, userId: user.id, orgId: membership?.org_id ?? null, locale: user.locale };
}

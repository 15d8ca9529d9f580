// Accounts: who a person is (email, name, password hash, language, time zone) and first-run detection.
// Signing in lives in signin.ts, password resets in resets.ts.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { Invalid } from '../errors';
import type { Actor } from '../actor';
import { hashPassword } from './passwords';
import { LOCALES } from './schemas';
export { hashPassword } from './passwords';

export function normaliseEmail(email: string) {
	return email.trim().toLowerCase();
}

export async function needsSetup(): Promise<boolean> {
	const row = await db().selectFrom('users').select('id').limit(1).executeTakeFirst();
	return !row;
}

/**
 * Internal: where and how to write to the organisation's active members among `userIds` (address, name, language,
 * time zone). Someone deactivated there gets none of its emails.
 */
export async function emailContacts(orgId: string, userIds: string[]) {
	if (userIds.length === 0) return [];
	return db()
		.selectFrom('users')
		.innerJoin('memberships', 'memberships.user_id', 'users.id')
		.select(['users.id', 'users.name', 'users.email', 'users.locale', 'users.time_zone'])
		.where('memberships.org_id', '=', orgId)
		.where('memberships.deactivated_at', 'is', null)
		.where('users.id', 'in', userIds)
		.execute();
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

export async function updateProfile(actor: Actor, input: { name: string; locale: string | null; timeZone: string }) {
	await db()
		.updateTable('users')
		.set({ name: input.name.trim(), locale: input.locale, time_zone: input.timeZone })
		.where('id', '=', actor.userId)
		.execute();
}

/**
 * The header's language switcher: whether `locale` is one we speak, kept as the signed-in person's own choice
 * (it wins over cookie and browser from then on).
 */
export async function chooseLocale(userId: string | null | undefined, locale: string): Promise<boolean> {
	if (!(LOCALES as readonly string[]).includes(locale)) return false;
	if (userId) await setPreferredLocale(userId, locale);
	return true;
}

/** The language a person chose from the header's switcher; it wins over cookie and browser from then on. */
export async function setPreferredLocale(userId: string, locale: string) {
	await db().updateTable('users').set({ locale }).where('id', '=', userId).execute();
}

/** The profile page's form. */
export async function profileForm(actor: Actor) {
	const p = await getProfile(actor);
	return { name: p.name, email: p.email, locale: p.locale, timeZone: p.time_zone };
}

export async function getProfile(actor: Actor) {
	return db()
		.selectFrom('users')
		.select(['id', 'name', 'email', 'locale', 'time_zone'])
		.where('id', '=', actor.userId)
		.executeTakeFirstOrThrow();
}

/**
 * Internal (SCIM; callers have authorised and checked the account belongs to their organisation only): the identity
 * provider renames a person or changes their address. A taken address is refused.
 */
export async function setAccountIdentity(userId: string, input: { name?: string; email?: string }) {
	const set: { name?: string; email?: string } = {};
	if (input.name?.trim()) set.name = input.name.trim();
	if (input.email) {
		const email = normaliseEmail(input.email);
		const owner = await findUserByEmail(email);
		if (owner && owner.id !== userId) throw new Invalid('error_email_taken', 'email');
		set.email = email;
	}
	if (Object.keys(set).length) await db().updateTable('users').set(set).where('id', '=', userId).execute();
}

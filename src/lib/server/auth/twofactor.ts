// Two-factor sign-in with TOTP (RFC 6238) for password accounts. The secret is sealed with AES-256-GCM under a
// key derived from SECRET_KEY (the helper that protects the credential signing keys), so a database copy alone
// does not give codes. A code is accepted once per time step per account (replay guard); recovery codes are
// stored as keyed hashes and each works once. Nobody but the person sees their secret, not even an admin.
import { createCipheriv, createDecipheriv, createHmac, randomBytes, randomInt } from 'node:crypto';
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { db } from '../db/current';
import { derivedSecret } from '../bites/keys';
import { newId, nowIso } from '../ids';
import { Invalid } from '../errors';
import { authorize } from '../policy';
import { record } from '../audit/index';
import { countAttempt } from '../throttle';
import type { Actor } from '../actor';
import { verifyPassword } from './passwords';

export const RECOVERY_CODE_COUNT = 10;
/** one step either side: a phone clock a little off still works */
const TOLERANCE_SECONDS = 30;
const CODE_TRIES = 10;
const CODE_WINDOW_SECONDS = 15 * 60;

const key = (userId: string) => derivedSecret('samspil-twofactor-secrets', userId);

export function sealSecret(userId: string, plain: string): string {
	const iv = randomBytes(12);
	const cipher = createCipheriv('aes-256-gcm', key(userId), iv);
	const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
	return `v1.${Buffer.concat([iv, cipher.getAuthTag(), body]).toString('base64url')}`;
}

function openSecret(userId: string, sealed: string): string {
	const raw = Buffer.from(sealed.replace(/^v1\./, ''), 'base64url');
	const decipher = createDecipheriv('aes-256-gcm', key(userId), raw.subarray(0, 12));
	decipher.setAuthTag(raw.subarray(12, 28));
	return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
}

/** Keyed, so a copied table of hashes cannot be guessed offline without the secret key too. */
function hashRecoveryCode(userId: string, code: string): string {
	const normal = code.toLowerCase().replace(/[^a-z0-9]/g, '');
	return createHmac('sha256', derivedSecret('samspil-twofactor-recovery', userId)).update(normal).digest('hex');
}

const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';
function newRecoveryCode(): string {
	let s = '';
	for (let i = 0; i < 10; i++) s += ALPHABET[randomInt(ALPHABET.length)];
	return `${s.slice(0, 5)}-${s.slice(5)}`;
}

async function secretRow(userId: string) {
	return db().selectFrom('twofactor_secrets').selectAll().where('user_id', '=', userId).executeTakeFirst();
}

/** Which of these people have two-factor sign-in on. */
export async function twofactorOn(userIds: string[]): Promise<Set<string>> {
	if (userIds.length === 0) return new Set();
	const rows = await db()
		.selectFrom('twofactor_secrets')
		.select('user_id')
		.where('user_id', 'in', userIds)
		.where('enabled_at', 'is not', null)
		.execute();
	return new Set(rows.map((r) => r.user_id));
}

export async function hasTwofactor(userId: string): Promise<boolean> {
	return !!(await secretRow(userId))?.enabled_at;
}

/**
 * Checks a code against the secret and, when valid, records its time step: the same code (or an older
 * one) is refused afterwards. The update is conditional on the stored step, so two requests at once with the
 * same code cannot both pass.
 */
async function acceptCode(userId: string, code: string, epochMs = Date.now()): Promise<boolean> {
	const row = await secretRow(userId);
	if (!row || !/^\d{6}$/.test(code)) return false;
	const epoch = Math.floor(epochMs / 1000);
	const result = await verify({
		secret: openSecret(userId, row.secret_enc),
		token: code,
		epoch,
		epochTolerance: TOLERANCE_SECONDS
	});
	if (!result.valid) return false;
	// the step the code belongs to (30-second steps; delta is how many steps from now)
	const step = Math.floor(epoch / 30) + result.delta;
	const updated = await db()
		.updateTable('twofactor_secrets')
		.set({ last_step: step })
		.where('user_id', '=', userId)
		.where((eb) => eb.or([eb('last_step', 'is', null), eb('last_step', '<', step)]))
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) === 1;
}

async function useRecoveryCode(userId: string, code: string): Promise<boolean> {
	const updated = await db()
		.updateTable('twofactor_recovery_codes')
		.set({ used_at: nowIso() })
		.where('user_id', '=', userId)
		.where('code_hash', '=', hashRecoveryCode(userId, code))
		.where('used_at', 'is', null)
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) === 1;
}

/**
 * A second factor for `userId`: a current code, or (when allowed) an unused recovery code. Failed tries are
 * limited per account and per address, counted before checking, like passwords.
 */
export async function checkSecondFactor(
	userId: string,
	input: { code: string; ip?: string; recovery?: boolean },
	epochMs?: number
): Promise<'code' | 'recovery'> {
	const limits = [{ key: `twofactor:account:${userId}`, max: CODE_TRIES }];
	if (input.ip) limits.push({ key: `twofactor:ip:${input.ip}`, max: CODE_TRIES * 5 });
	const attempt = await countAttempt(limits, CODE_WINDOW_SECONDS);
	const code = input.code.trim().replace(/\s/g, '');
	let used: 'code' | 'recovery' | null = null;
	if (await acceptCode(userId, code, epochMs)) used = 'code';
	else if (input.recovery !== false && code.length >= 10 && (await useRecoveryCode(userId, code))) used = 'recovery';
	if (!used) throw new Invalid('twofactor_code_wrong', 'code');
	await attempt.release();
	return used;
}

async function replaceRecoveryCodes(userId: string): Promise<string[]> {
	const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
	await db().deleteFrom('twofactor_recovery_codes').where('user_id', '=', userId).execute();
	const now = nowIso();
	await db()
		.insertInto('twofactor_recovery_codes')
		.values(
			codes.map((c) => ({
				id: newId(),
				user_id: userId,
				code_hash: hashRecoveryCode(userId, c),
				created_at: now,
				used_at: null
			}))
		)
		.execute();
	return codes;
}

export interface TwofactorPage {
	enabled: boolean;
	recoveryLeft: number;
	/** only while enrolling, only to the person themselves */
	pending: { secret: string; qrSvg: string } | null;
}

/** The person's own two-factor state. The secret is shown only while enrolment waits for its first code. */
export async function twofactorPage(actor: Actor): Promise<TwofactorPage> {
	const row = await secretRow(actor.userId);
	const left = await db()
		.selectFrom('twofactor_recovery_codes')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('user_id', '=', actor.userId)
		.where('used_at', 'is', null)
		.executeTakeFirstOrThrow();
	if (!row || row.enabled_at) return { enabled: !!row?.enabled_at, recoveryLeft: Number(left.n), pending: null };
	const secret = openSecret(actor.userId, row.secret_enc);
	const uri = generateURI({ issuer: 'Samspil', label: actor.email, secret });
	const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
	return { enabled: false, recoveryLeft: 0, pending: { secret, qrSvg } };
}

/** Starts (or restarts) enrolment with a fresh secret; inactive until confirmed with a code. */
export async function startEnrolment(actor: Actor) {
	if (await hasTwofactor(actor.userId)) throw new Invalid('twofactor_already_on');
	const sealed = sealSecret(actor.userId, generateSecret());
	await db().deleteFrom('twofactor_secrets').where('user_id', '=', actor.userId).execute();
	await db()
		.insertInto('twofactor_secrets')
		.values({
			id: newId(),
			user_id: actor.userId,
			secret_enc: sealed,
			created_at: nowIso(),
			enabled_at: null,
			last_step: null
		})
		.execute();
}

/** The first code proves the app holds the secret; then it is active and the recovery codes are shown once. */
export async function confirmEnrolment(actor: Actor, input: { code: string }, epochMs?: number): Promise<string[]> {
	const row = await secretRow(actor.userId);
	if (!row || row.enabled_at) throw new Invalid('twofactor_not_pending');
	await checkSecondFactor(actor.userId, { code: input.code, recovery: false }, epochMs);
	await db()
		.updateTable('twofactor_secrets')
		.set({ enabled_at: nowIso() })
		.where('user_id', '=', actor.userId)
		.execute();
	const codes = await replaceRecoveryCodes(actor.userId);
	await record({ orgId: actor.orgId, actor, action: 'account.twofactor_on' });
	return codes;
}

/** New recovery codes (the old ones stop working), confirmed with a current code. */
export async function regenerateRecoveryCodes(actor: Actor, input: { code: string }): Promise<string[]> {
	if (!(await hasTwofactor(actor.userId))) throw new Invalid('twofactor_not_on');
	await checkSecondFactor(actor.userId, { code: input.code, recovery: false });
	return replaceRecoveryCodes(actor.userId);
}

/** Internal (and twofactor-reset.ts): the person's secret, recovery codes and pending sign-in steps go. */
export async function removeTwofactor(userId: string) {
	await db().deleteFrom('twofactor_recovery_codes').where('user_id', '=', userId).execute();
	await db().deleteFrom('twofactor_challenges').where('user_id', '=', userId).execute();
	await db().deleteFrom('twofactor_secrets').where('user_id', '=', userId).execute();
}

/** Turning it off asks for a current code (or a recovery code) or the password. */
export async function disableTwofactor(actor: Actor, input: { code?: string; password?: string }) {
	if (!(await secretRow(actor.userId))) throw new Invalid('twofactor_not_on');
	if (input.code) await checkSecondFactor(actor.userId, { code: input.code });
	else if (input.password) {
		const attempt = await countAttempt([{ key: `own-password:${actor.userId}`, max: 10 }], 15 * 60);
		const user = await db()
			.selectFrom('users')
			.select('password_hash')
			.where('id', '=', actor.userId)
			.executeTakeFirstOrThrow();
		if (!(await verifyPassword(input.password, user.password_hash)))
			throw new Invalid('error_current_password', 'password');
		await attempt.release();
	} else throw new Invalid('twofactor_code_wrong', 'code');
	await removeTwofactor(actor.userId);
	await record({ orgId: actor.orgId, actor, action: 'account.twofactor_off' });
}

/** Whether this admin must enrol before reaching anything else (the organisation requires it). */
export async function mustEnrolTwofactor(actor: Actor): Promise<boolean> {
	if (actor.role !== 'admin') return false;
	const org = await db()
		.selectFrom('orgs')
		.select('require_admin_twofactor')
		.where('id', '=', actor.orgId)
		.executeTakeFirst();
	return !!org?.require_admin_twofactor && !(await hasTwofactor(actor.userId));
}

export async function twofactorRequirement(actor: Actor) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	const org = await db()
		.selectFrom('orgs')
		.select('require_admin_twofactor')
		.where('id', '=', actor.orgId)
		.executeTakeFirstOrThrow();
	return { requireAdminTwofactor: !!org.require_admin_twofactor, ownTwofactor: await hasTwofactor(actor.userId) };
}

/** Only an admin who uses two-factor sign-in themselves can require it of admins (else they would be locked out). */
export async function setRequireAdminTwofactor(actor: Actor, input: { on: boolean }) {
	authorize(actor, 'org.manage', { orgId: actor.orgId });
	if (input.on && !(await hasTwofactor(actor.userId))) throw new Invalid('twofactor_enrol_first');
	await db()
		.updateTable('orgs')
		.set({ require_admin_twofactor: input.on ? 1 : 0 })
		.where('id', '=', actor.orgId)
		.execute();
	await record({ orgId: actor.orgId, actor, action: input.on ? 'org.twofactor_required' : 'org.twofactor_optional' });
}

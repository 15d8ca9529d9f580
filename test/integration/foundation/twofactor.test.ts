import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from 'otplib';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import {
	completeTwofactorSignIn,
	confirmEnrolment,
	disableTwofactor,
	findChallenge,
	mustEnrolTwofactor,
	setRequireAdminTwofactor,
	signInWithPassword as signIn,
	startEnrolment,
	twofactorPage,
	validateSession
} from '../../../src/lib/server/auth/index';
import { checkSecondFactor } from '../../../src/lib/server/auth/twofactor';
import { db } from '../../../src/lib/server/db/current';
import { Invalid, RateLimited } from '../../../src/lib/server/errors';
import type { Actor } from '../../../src/lib/server/actor';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

const ip = () => `10.9.0.${Math.floor(Math.random() * 250)}`;
/** a code for `offset` steps from now (one step either side is accepted) */
const codeAt = (secret: string, offset = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

/** Enrolled with the previous step's code, so the current and next steps are still unused. */
async function enrolled(actor: Actor) {
	await startEnrolment(actor);
	const page = await twofactorPage(actor);
	const secret = page.pending!.secret;
	const codes = await confirmEnrolment(actor, { code: await codeAt(secret, -1) });
	return { secret, codes };
}

describe('enrolment', () => {
	it('shows the secret only while pending, stores it encrypted, and activates with a current code', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		await startEnrolment(p);
		const page = await twofactorPage(p);
		expect(page.enabled).toBe(false);
		const secret = page.pending!.secret;
		expect(secret).toMatch(/^[A-Z2-7]{16,}$/);
		expect(page.pending!.qrSvg).toContain('<svg');
		const row = await db()
			.selectFrom('twofactor_secrets')
			.selectAll()
			.where('user_id', '=', p.userId)
			.executeTakeFirstOrThrow();
		expect(row.secret_enc).not.toContain(secret);
		expect(row.secret_enc).toMatch(/^v1\./);
		expect(row.enabled_at).toBeNull();
		// Not yet active: a password sign-in still makes a session straight away.
		expect('token' in (await signIn({ email: p.email, password: p.password, ip: ip() }))).toBe(true);

		await expect(confirmEnrolment(p, { code: '000000' })).rejects.toMatchObject({ key: 'twofactor_code_wrong' });
		const codes = await confirmEnrolment(p, { code: await codeAt(secret) });
		expect(codes).toHaveLength(10);
		expect(new Set(codes).size).toBe(10);
		const after = await twofactorPage(p);
		expect(after).toMatchObject({ enabled: true, recoveryLeft: 10, pending: null });
		const stored = await db()
			.selectFrom('twofactor_recovery_codes')
			.select('code_hash')
			.where('user_id', '=', p.userId)
			.execute();
		expect(stored.length).toBe(10);
		for (const s of stored) expect(codes.some((c) => s.code_hash.includes(c.replace('-', '')))).toBe(false);
	});
});

describe('second step of sign-in', () => {
	it('gives a challenge instead of a session, and a session only after the code', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const { secret } = await enrolled(p);
		const first = await signIn({ email: p.email, password: p.password, ip: ip() });
		expect('challenge' in first).toBe(true);
		expect('token' in first).toBe(false);
		expect(await db().selectFrom('sessions').select('id').where('user_id', '=', p.userId).execute()).toEqual([]);
		const challenge = (first as { challenge: string }).challenge;
		// A forged signature is no challenge.
		expect(await findChallenge(challenge.replace(/\.[^.]+$/, '.AAAA'))).toBeNull();

		const s = await completeTwofactorSignIn({ challenge, code: await codeAt(secret), ip: ip() });
		expect(await validateSession(s.token)).not.toBeNull();
		// The challenge worked once.
		await expect(completeTwofactorSignIn({ challenge, code: await codeAt(secret, 1), ip: ip() })).rejects.toMatchObject(
			{
				key: 'twofactor_challenge_expired'
			}
		);
	});

	it('refuses a code replayed in the same time step (and any older one)', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const { secret } = await enrolled(p);
		const code = await codeAt(secret);
		await checkSecondFactor(p.userId, { code });
		await expect(checkSecondFactor(p.userId, { code })).rejects.toMatchObject({ key: 'twofactor_code_wrong' });
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret, -1) })).rejects.toBeInstanceOf(Invalid);
		// The next step's code is still fine.
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret, 1) })).resolves.toBe('code');
	});

	it('accepts one step of clock drift either side, not more', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const { secret } = await enrolled(p);
		const now = Date.now();
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret, 3) }, now)).rejects.toBeInstanceOf(Invalid);
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret, -3) }, now)).rejects.toBeInstanceOf(Invalid);
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret, 1) }, now)).resolves.toBe('code');
	});

	it('takes each recovery code once', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const { codes } = await enrolled(p);
		const one = await signIn({ email: p.email, password: p.password, ip: ip() });
		const s = await completeTwofactorSignIn({
			challenge: (one as { challenge: string }).challenge,
			code: codes[0].toUpperCase(),
			ip: ip()
		});
		expect(s.usedRecovery).toBe(true);
		const two = await signIn({ email: p.email, password: p.password, ip: ip() });
		await expect(
			completeTwofactorSignIn({ challenge: (two as { challenge: string }).challenge, code: codes[0], ip: ip() })
		).rejects.toMatchObject({ key: 'twofactor_code_wrong' });
		expect((await twofactorPage(p)).recoveryLeft).toBe(9);
	});

	it('limits wrong codes per account: past the limit even the right code is refused', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const { secret } = await enrolled(p);
		for (let i = 0; i < 10; i++)
			await expect(checkSecondFactor(p.userId, { code: '123456', ip: ip() })).rejects.toBeInstanceOf(Invalid);
		await expect(checkSecondFactor(p.userId, { code: await codeAt(secret), ip: ip() })).rejects.toBeInstanceOf(
			RateLimited
		);
	});
});

describe('turning it off, and requiring it of admins', () => {
	it('turns off with the password, and then no challenge is asked', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		await enrolled(p);
		await expect(disableTwofactor(p, { password: 'wrong one here' })).rejects.toBeInstanceOf(Invalid);
		await disableTwofactor(p, { password: p.password });
		expect(
			await db().selectFrom('twofactor_recovery_codes').select('id').where('user_id', '=', p.userId).execute()
		).toEqual([]);
		expect('token' in (await signIn({ email: p.email, password: p.password, ip: ip() }))).toBe(true);
	});

	it('lets only an enrolled admin require it, then sends other admins (not members) to enrol', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const other = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		await expect(setRequireAdminTwofactor(admin, { on: true })).rejects.toMatchObject({ key: 'twofactor_enrol_first' });
		await expect(setRequireAdminTwofactor(member, { on: true })).rejects.toMatchObject({ status: 403 });
		await enrolled(admin);
		await setRequireAdminTwofactor(admin, { on: true });
		expect(await mustEnrolTwofactor(admin)).toBe(false);
		expect(await mustEnrolTwofactor(other)).toBe(true);
		expect(await mustEnrolTwofactor(member)).toBe(false);
		await enrolled(other);
		expect(await mustEnrolTwofactor(other)).toBe(false);
	});
});

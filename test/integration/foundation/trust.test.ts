// Attacks on accounts, performed against the real modules and a real database: guessing passwords with
// many requests at once (in process and through the shared Redis store), accepting an invitation by
// guessing the password of an account that sign-in has locked, and an admin obtaining someone else's
// reset link (resets arrive at a real SMTP server started here).
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeOrg, makePerson } from '../support/factories';
import {
	acceptInvitation,
	acceptInvitationSignedIn,
	confirmPassword,
	createInvitation,
	requestPasswordReset,
	resetPassword,
	sendPasswordReset,
	signIn
} from '../../../src/lib/server/auth/index';
import { smtpMailer } from '../../../src/lib/server/notify/index';
import { app } from '../../../src/lib/server/app/index';
import { db } from '../../../src/lib/server/db/current';
import { config } from '../../../src/lib/server/config';
import { Forbidden, Invalid, NotFound, RateLimited } from '../../../src/lib/server/errors';
import { memoryRateLimitStore, type RateLimitStore } from '../../../src/lib/server/auth/ratelimit';
import { connectRedis, type RedisLink } from '../../../src/lib/server/cluster/redis';
import { redisRateLimitStore } from '../../../src/lib/server/cluster/ratelimit';

let t: TestDatabase;
beforeAll(async () => {
	t = await createTestDatabase();
});
afterAll(async () => {
	await t?.close();
});

// A small per-address limit keeps the number of scrypt hashes (slow on purpose) in these tests down.
const PER_ADDRESS = 5;
const limitBefore = config.loginLimitPerIp;
beforeAll(() => {
	config.loginLimitPerIp = PER_ADDRESS;
});
afterAll(() => {
	config.loginLimitPerIp = limitBefore;
});

const ip = () => `10.1.${Math.floor(Math.random() * 250)}.${Math.floor(Math.random() * 250)}`;

/** What each of many simultaneous attempts came to: signed in, wrong, or refused by the limit. */
async function outcomes(attempts: Promise<unknown>[]) {
	const settled = await Promise.allSettled(attempts);
	const kind = (s: PromiseSettledResult<unknown>) =>
		s.status === 'fulfilled'
			? 'ok'
			: s.reason instanceof RateLimited
				? 'limited'
				: s.reason instanceof Invalid
					? 'wrong'
					: String(s.reason);
	return settled.map(kind);
}

function concurrentGuesses(store: () => unknown) {
	it('50 sign-ins at once (49 wrong, then the right one) check at most ten passwords and do not sign in', async () => {
		await store();
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const attempts = Array.from({ length: 49 }, (_, i) =>
			signIn({ email: p.email, password: `wrong guess ${i}`, ip: ip() })
		);
		attempts.push(signIn({ email: p.email, password: p.password, ip: ip() }));
		const result = await outcomes(attempts);
		expect(result.filter((r) => r === 'wrong').length).toBe(10);
		expect(result.filter((r) => r === 'limited').length).toBe(40);
		expect(result.at(-1)).toBe('limited');
	});

	it('50 wrong sign-ins at once from one address check no more passwords than the address may fail', async () => {
		await store();
		const from = ip();
		const attempts = Array.from({ length: 50 }, (_, i) =>
			signIn({ email: `someone${i}@example.test`, password: 'nope', ip: from })
		);
		const result = await outcomes(attempts);
		expect(result.filter((r) => r === 'wrong').length).toBe(PER_ADDRESS);
		expect(result.filter((r) => r === 'limited').length).toBe(50 - PER_ADDRESS);
	});

	it('right passwords are taken back from the address’s count, so more colleagues than its limit sign in from one office', async () => {
		await store();
		const org = await makeOrg();
		const from = ip();
		const people = await Promise.all(Array.from({ length: PER_ADDRESS + 3 }, () => makePerson(org.id)));
		// One after another: an attempt counts while its password is being checked, and stops counting once it was right.
		const result: string[] = [];
		for (const p of people)
			result.push(...(await outcomes([signIn({ email: p.email, password: p.password, ip: from })])));
		expect(result).toEqual(people.map(() => 'ok'));
	});

	it('asking for one’s own password again with 50 guesses at once checks at most ten of them', async () => {
		await store();
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const attempts = Array.from({ length: 49 }, (_, i) => confirmPassword(p, `guess ${i}`));
		attempts.push(confirmPassword(p, p.password));
		const result = await outcomes(attempts);
		expect(result.filter((r) => r === 'wrong').length).toBe(10);
		expect(result.at(-1)).toBe('limited');
	});
}

// Fifty scrypt checks at once take a while on a busy 2-core machine.
vi.setConfig({ testTimeout: 120_000 });

describe('password guessing with many requests at once, counted in process', () => {
	concurrentGuesses(() => swapAppPart('rateLimits', memoryRateLimitStore()));
});

describe('password guessing with many requests at once, counted in Redis', () => {
	const links: RedisLink[] = [];
	let restore: (() => void) | undefined;
	afterEach(() => restore?.());
	afterAll(async () => {
		for (const l of links) await l.close();
	});
	concurrentGuesses(async () => {
		// Two instances sharing one Redis: the attempts are spread over both, as a load balancer would.
		const prefix = `test-${randomBytes(4).toString('hex')}:`;
		const a = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
		const b = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
		links.push(a, b);
		await vi.waitFor(() => expect(a.up && b.up).toBe(true), { timeout: 15_000 });
		const stores = [redisRateLimitStore(a, failing()), redisRateLimitStore(b, failing())];
		let turn = 0;
		restore = swapAppPart(
			'rateLimits',
			new Proxy({} as RateLimitStore, {
				get:
					(_, method: keyof RateLimitStore) =>
					(...args: unknown[]) =>
						(stores[turn++ % 2][method] as (...a: unknown[]) => unknown)(...args)
			})
		);
	});
});

/** A fallback that fails loudly: these tests must count in Redis, not quietly in memory while it connects. */
function failing(): RateLimitStore {
	const no = async (): Promise<never> => {
		throw new Error('counted outside Redis');
	};
	// reset() clears the fallback's copy too (cluster/ratelimit.ts), which is fine.
	return { hit: no, peek: no, release: no, reset: async () => undefined };
}

describe('invitations to people who already have an account', () => {
	it('cannot be accepted by guessing the password of an account that sign-in has locked', async () => {
		const a = await makeOrg('Consultancy');
		const b = await makeOrg('Client');
		const consultant = await makePerson(a.id, { role: 'admin' });
		const adminB = await makePerson(b.id, { role: 'admin' });
		for (let i = 0; i < 10; i++)
			await expect(signIn({ email: consultant.email, password: `wrong ${i}`, ip: ip() })).rejects.toBeInstanceOf(
				Invalid
			);
		await expect(signIn({ email: consultant.email, password: consultant.password, ip: ip() })).rejects.toBeInstanceOf(
			RateLimited
		);
		const { link } = await createInvitation(adminB, { email: consultant.email, role: 'member' }, 'http://x');
		const token = link.split('/invite/')[1];
		for (let i = 0; i < 15; i++)
			await expect(acceptInvitation(token, { password: `guess ${i}` })).rejects.toBeInstanceOf(Invalid);
		await expect(acceptInvitation(token, { password: consultant.password })).rejects.toMatchObject({
			key: 'error_invite_sign_in'
		});
	});
});

describe('password resets go only to the person’s own address', () => {
	let smtp: SMTPServer;
	let restoreMailer: () => void;
	const inbox: { to: string; text: string }[] = [];
	// Reset emails only: an invitation to the same address is emailed too.
	const mailTo = (email: string) => inbox.filter((m) => m.to === email && m.text.includes('/reset/'));
	const tokenIn = (text: string) => text.match(/\/reset\/([A-Za-z0-9_-]{20,})/)?.[1];
	const audit = (orgId: string) =>
		db()
			.selectFrom('audit_events')
			.selectAll()
			.where('org_id', '=', orgId)
			.where('action', 'like', 'account.reset%')
			.execute();

	beforeAll(async () => {
		smtp = new SMTPServer({
			authOptional: true,
			disabledCommands: ['STARTTLS'],
			logger: false,
			onData(stream, session, callback) {
				const chunks: Buffer[] = [];
				stream.on('data', (c: Buffer) => chunks.push(c));
				stream.on('end', () => {
					// Quoted-printable soft line breaks would split the link.
					const text = Buffer.concat(chunks)
						.toString('utf8')
						.replace(/=\r?\n/g, '')
						.replace(/=3D/g, '=');
					inbox.push({ to: session.envelope.rcptTo.map((r) => r.address).join(','), text });
					callback();
				});
			}
		});
		await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
		restoreMailer = swapAppPart(
			'mailer',
			smtpMailer({
				url: `smtp://127.0.0.1:${(smtp.server.address() as AddressInfo).port}`,
				from: 'Samspil <accounts@samspil.test>'
			})
		);
	});
	afterAll(async () => {
		app().mailer?.close?.();
		restoreMailer();
		await new Promise<void>((resolve) => smtp.close(() => resolve()));
	});

	it('a person who asks gets a link by email that works once; an unknown address gets the same answer and no mail', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		const sent = inbox.length;
		await expect(requestPasswordReset('nobody.at.all@example.test', ip())).resolves.toBeUndefined();
		await expect(requestPasswordReset(p.email.toUpperCase(), ip())).resolves.toBeUndefined();
		await vi.waitFor(() => expect(mailTo(p.email)).toHaveLength(1));
		expect(inbox.slice(sent).map((m) => m.to)).toEqual([p.email]);
		const [mail] = mailTo(p.email);
		expect(mail.text).toContain(`${config.publicOrigin}/reset/`);
		const token = tokenIn(mail.text)!;
		await resetPassword(token, 'chosen from the email');
		await expect(resetPassword(token, 'and once more, no')).rejects.toBeInstanceOf(Invalid);
		await expect(signIn({ email: p.email, password: 'chosen from the email', ip: ip() })).resolves.toBeTruthy();
		expect((await audit(org.id)).map((e) => [e.action, e.actor_id, e.target, e.detail])).toEqual(
			expect.arrayContaining([
				['account.reset_requested', null, p.userId, JSON.stringify({ by: 'self' })],
				['account.reset_used', p.userId, p.userId, null]
			])
		);
	});

	it('an admin’s reset goes to the member’s own mailbox: the admin gets back a name, never a link, and every organisation of the member is told', async () => {
		const a = await makeOrg('Consultancy');
		const b = await makeOrg('Client');
		const consultant = await makePerson(a.id, { role: 'admin' });
		const adminB = await makePerson(b.id, { role: 'admin' });
		const { link } = await createInvitation(adminB, { email: consultant.email, role: 'member' }, 'http://x');
		await acceptInvitationSignedIn(consultant.userId, link.split('/invite/')[1]);

		const answer = await sendPasswordReset(adminB, consultant.userId);
		expect(answer).toEqual({ name: consultant.name });
		await vi.waitFor(() => expect(mailTo(consultant.email)).toHaveLength(1));
		expect(tokenIn(mailTo(consultant.email)[0].text)).toBeTruthy();
		for (const org of [a, b]) {
			const events = await audit(org.id);
			expect(events.map((e) => [e.action, e.actor_id, e.target])).toEqual([
				['account.reset_requested', adminB.userId, consultant.userId]
			]);
		}
	});

	it('an admin cannot send a reset to someone outside their organisation, and nobody else can send one at all', async () => {
		const org = await makeOrg();
		const other = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const member = await makePerson(org.id);
		const stranger = await makePerson(other.id);
		await expect(sendPasswordReset(admin, stranger.userId)).rejects.toBeInstanceOf(NotFound);
		await expect(sendPasswordReset(member, admin.userId)).rejects.toBeInstanceOf(Forbidden);
		expect(mailTo(stranger.email)).toEqual([]);
		expect(mailTo(admin.email)).toEqual([]);
	});

	it('asking is limited per account, so nobody can flood someone’s mailbox', async () => {
		const org = await makeOrg();
		const p = await makePerson(org.id);
		for (let i = 0; i < 5; i++) await requestPasswordReset(p.email, ip());
		await expect(requestPasswordReset(p.email, ip())).rejects.toBeInstanceOf(RateLimited);
		await vi.waitFor(() => expect(mailTo(p.email)).toHaveLength(5));
	});

	it('without SMTP nothing is sent: the person and the admin are told to ask the operator instead', async () => {
		const org = await makeOrg();
		const admin = await makePerson(org.id, { role: 'admin' });
		const p = await makePerson(org.id);
		const restore = swapAppPart('mailer', undefined);
		try {
			await expect(requestPasswordReset(p.email, ip())).rejects.toMatchObject({ key: 'error_reset_no_mail' });
			await expect(sendPasswordReset(admin, p.userId)).rejects.toMatchObject({ key: 'error_reset_no_mail' });
			expect(await db().selectFrom('password_resets').select('id').where('user_id', '=', p.userId).execute()).toEqual(
				[]
			);
		} finally {
			restore();
		}
	});
});

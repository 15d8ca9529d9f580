// Password guessing against the real modules and a real database: many sign-ins at once (counted in process
// and through the shared Redis store), and accepting an invitation by guessing the password of an account that
// sign-in has locked.
import { randomBytes } from 'node:crypto';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, randomIp } from '../support/factories';
import { acceptInvitation, confirmPassword, createInvitation, signIn } from '../../../src/lib/server/auth/index';
import { config } from '../../../src/lib/server/config';
import { Invalid, RateLimited } from '../../../src/lib/server/errors';
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
			signIn({ email: p.email, password: `wrong guess ${i}`, ip: randomIp() })
		);
		attempts.push(signIn({ email: p.email, password: p.password, ip: randomIp() }));
		const result = await outcomes(attempts);
		expect(result.filter((r) => r === 'wrong').length).toBe(10);
		expect(result.filter((r) => r === 'limited').length).toBe(40);
		expect(result.at(-1)).toBe('limited');
	});

	it('50 wrong sign-ins at once from one address check no more passwords than the address may fail', async () => {
		await store();
		const from = randomIp();
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
		const from = randomIp();
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
			await expect(signIn({ email: consultant.email, password: `wrong ${i}`, ip: randomIp() })).rejects.toBeInstanceOf(
				Invalid
			);
		await expect(
			signIn({ email: consultant.email, password: consultant.password, ip: randomIp() })
		).rejects.toBeInstanceOf(RateLimited);
		const { link } = await createInvitation(adminB, { email: consultant.email, role: 'member' }, 'http://x');
		const token = link.split('/invite/')[1];
		for (let i = 0; i < 15; i++)
			await expect(acceptInvitation(token, { password: `guess ${i}` })).rejects.toBeInstanceOf(Invalid);
		await expect(acceptInvitation(token, { password: consultant.password })).rejects.toMatchObject({
			key: 'error_invite_sign_in'
		});
	});
});

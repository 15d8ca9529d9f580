// The shared rate-limit store against a real Redis (REDIS_URL, default the local one): counts are global
// across instances, and sign-in keeps a limit (per instance) while Redis is away.
import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { connectRedis, type RedisLink } from '../../../src/lib/server/cluster/redis';
import { redisRateLimitStore } from '../../../src/lib/server/cluster/ratelimit';

const url = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';
const prefix = `test-${randomBytes(4).toString('hex')}:`;
const links: RedisLink[] = [];

function link(to = url) {
	const l = connectRedis(to, prefix);
	links.push(l);
	return l;
}

async function ready(l: RedisLink) {
	await vi.waitFor(() => expect(l.up).toBe(true), { timeout: 2000, interval: 20 });
	return l;
}

afterAll(async () => {
	for (const l of links) await l.close();
});

describe('rate limits in Redis', () => {
	it('counts hits from two instances in one window', async () => {
		const a = redisRateLimitStore(await ready(link()));
		const b = redisRateLimitStore(await ready(link()));
		await a.hit('login:account:x', 60);
		await b.hit('login:account:x', 60);
		const third = await a.hit('login:account:x', 60);
		expect(third.count).toBe(3);
		expect(third.resetIn).toBeGreaterThan(55);
		expect((await b.peek('login:account:x')).count).toBe(3);
		await b.reset('login:account:x');
		expect((await a.peek('login:account:x')).count).toBe(0);
	});

	it('falls back to counting in memory while Redis is unreachable', async () => {
		const store = redisRateLimitStore(link('redis://127.0.0.1:1'));
		await store.hit('login:ip:1.2.3.4', 60);
		const second = await store.hit('login:ip:1.2.3.4', 60);
		expect(second.count).toBe(2);
		expect((await store.peek('login:ip:1.2.3.4')).count).toBe(2);
	});
});

// Every endpoint anyone can reach without signing in is rate-limited per address: past the limit it answers
// 429 with Retry-After and a translated message. HTTP only (no browser); limits scaled down for speed.
import { test, expect } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	// A tenth of every public limit (src/lib/server/public-limits.ts) and three failed sign-ins per address.
	server = await startServer({ RATE_LIMIT_SCALE: '0.1', LOGIN_LIMIT_PER_IP: '3' });
});
test.afterAll(async () => {
	await server?.stop();
});

const BOGUS = 'AAAAAAAAAAAAAAAAAAAAAA';

function request(path: string, init: { method?: string; form?: Record<string, string>; language?: string } = {}) {
	return fetch(server.baseURL + path, {
		method: init.method ?? (init.form ? 'POST' : 'GET'),
		body: init.form ? new URLSearchParams(init.form) : undefined,
		headers: {
			accept: 'text/html',
			'accept-language': init.language ?? 'en',
			origin: server.baseURL,
			...(init.form ? { 'content-type': 'application/x-www-form-urlencoded' } : {})
		},
		redirect: 'manual'
	});
}

/** Sends until the first 429 and returns it with how many requests were answered before it. */
async function untilLimited(send: () => Promise<Response>, atMost: number) {
	for (let i = 0; i < atMost; i++) {
		const res = await send();
		if (res.status === 429) return { res, answered: i };
		await res.arrayBuffer();
	}
	throw new Error(`no 429 after ${atMost} requests`);
}

async function expectLimited(res: Response, message = 'Too many attempts') {
	expect(res.status).toBe(429);
	expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
	expect(await res.text()).toContain(message);
}

test('the first-run setup is limited before an organisation exists', async () => {
	// Limit 10 → 1 per 10 minutes: the second post is refused, whatever it carries.
	const { res, answered } = await untilLimited(() => request('/setup', { form: {} }), 5);
	expect(answered).toBe(1);
	await expectLimited(res);
	await createDemoOrganisation(server.dataDir);
});

for (const [kind, path, limit] of [
	['issuer profiles, keys and status lists', `/credentials/${BOGUS}/jwks.json`, 30],
	['credential share links', `/verify/${BOGUS}`, 6],
	['invitation links', `/invite/${BOGUS}`, 3],
	['reset links', `/reset/${BOGUS}`, 3],
	['unsubscribe links', `/unsubscribe/${BOGUS}`, 3],
	['published collections for external learners', `/public/bites/${BOGUS}`, 60]
] as const) {
	test(`${kind} answer 429 with Retry-After past ${limit} requests`, async () => {
		const { res, answered } = await untilLimited(() => request(path), limit + 5);
		expect(answered).toBe(limit);
		await expectLimited(res);
	});
}

test('pasting credentials to verify them is limited (the same counter as share links)', async () => {
	await expectLimited(await request('/verify', { form: { credential: 'x.y.z' } }));
});

test('calendar feeds count only unknown tokens, so guessing stops and the message is in the visitor’s language', async () => {
	const { res, answered } = await untilLimited(() => request(`/public/calendar/${BOGUS}.ics`, { language: 'da' }), 10);
	expect(answered).toBe(3);
	await expectLimited(res, 'For mange forsøg');
});

test('asking for a reset link is limited per address', async () => {
	// The reset page shares the "reset" counter with reset links, which the test above used up.
	const res = await request('/reset', { form: { email: 'someone@example.test' } });
	await expectLimited(res);
});

test('sign-in is limited per address after failed attempts, with Retry-After', async () => {
	const { res, answered } = await untilLimited(
		() => request('/signin', { form: { email: 'nobody@example.test', password: 'wrong password here' } }),
		10
	);
	expect(answered).toBe(3);
	expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
	expect(await res.text()).toContain('Too many attempts');
});

test('join by code is limited per address after wrong codes, with Retry-After', async () => {
	const { res, answered } = await untilLimited(
		() => request('/join', { form: { code: 'ZZZZZZ', name: 'Guesser' } }),
		40
	);
	expect(answered).toBe(30);
	expect(res.headers.get('retry-after')).toMatch(/^\d+$/);
	expect(await res.text()).toContain('Too many attempts');
});

// Attacks on accounts against the production server: an admin trying to obtain another person's reset
// link, password guessing with 50 requests at once (in one instance, and across two instances sharing
// Redis), and accepting an invitation with a guessed password (open redirects and response headers:
// boundary.spec.ts). Reset emails arrive at a real SMTP server inside this process.
import { test, expect } from './support/test';
import Database from 'better-sqlite3';
import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import path from 'node:path';
import { promisify } from 'node:util';
import { startServer, type TestServer } from './support/server';
import { createDemoOrganisation } from './support/demo';
import { expectAccessible } from './support/a11y';
import { http as request, newAddress, signInCookie as signIn, type HttpInit } from './support/http';
import { startSmtp, type CapturingSmtp } from '../integration/support/smtp';

const run = promisify(execFile);

let smtp: CapturingSmtp;
let server: TestServer;
/** a second instance on the same database, without SMTP, behind a "proxy" that says which protocol it spoke */
let noMail: TestServer;
let orgA: { email: string; password: string; orgName: string };
let orgB: { email: string; password: string; orgName: string };
const PER_ADDRESS = 20;

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	test.setTimeout(240_000);
	smtp = await startSmtp();
	const env = { ADDRESS_HEADER: 'x-client-address', LOGIN_LIMIT_PER_IP: String(PER_ADDRESS), RATE_LIMIT_SCALE: '10' };
	server = await startServer({
		...env,
		SMTP_URL: smtp.url,
		SMTP_FROM: 'Samspil <accounts@samspil.test>',
		// Everything the server logs, so the test can prove no reset link is among it.
		LOG_LEVEL: 'debug'
	});
	orgA = await createDemoOrganisation(server.dataDir);
	orgB = await createDemoOrganisation(server.dataDir);
	noMail = await startServer({
		...env,
		DATABASE_URL: `file:${path.join(server.dataDir, 'samspil.db')}`,
		PROTOCOL_HEADER: 'x-forwarded-proto'
	});
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-3000));
});
test.afterAll(async () => {
	await noMail?.stop();
	await server?.stop();
	await smtp?.close();
});

/** A made-up client address per test (the server reads it from ADDRESS_HEADER), so limits never collide. */
// The second instance speaks through a "proxy" that says which protocol it spoke.
const http = (target: TestServer, urlPath: string, init: HttpInit = {}) =>
	request(
		target,
		urlPath,
		target === noMail ? { ...init, headers: { 'x-forwarded-proto': 'http', ...init.headers } } : init
	);
const signInCookie = (target: TestServer, email: string, password: string) =>
	signIn(target, email, password, target === noMail ? { 'x-forwarded-proto': 'http' } : undefined);

function sqlite() {
	return new Database(path.join(server.dataDir, 'samspil.db'), { readonly: true, fileMustExist: true });
}

function one<T>(q: string, ...args: unknown[]): T {
	const db = sqlite();
	try {
		return db
			.prepare(q)
			.pluck()
			.get(...args) as T;
	} finally {
		db.close();
	}
}

const demoPerson = (org: { email: string }, local: string) => `${local}@${org.email.split('@')[1]}`;
const RESET_LINK = /https?:\/\/[^\s"<]+\/reset\/([A-Za-z0-9_-]{20,})/;

/**
 * The latest of at least `count` emails to `address` that carry a reset link. Other emails may reach the same
 * demo person meanwhile (the outbox also sends the demo's survey invitations and nudges), so they do not count.
 */
async function mailTo(address: string, count = 1) {
	const resets = () => smtp.inbox.filter((m) => m.to === address && RESET_LINK.test(m.text));
	await expect.poll(() => resets().length, { timeout: 20_000 }).toBeGreaterThanOrEqual(count);
	return resets().at(-1)!;
}

test.describe('password resets', () => {
	test('an admin’s reset button emails the link to the person’s own address; the admin never sees it and the log never holds it', async () => {
		const admin = await signInCookie(server, orgB.email, orgB.password);
		const member = demoPerson(orgB, 'jonas.vestergaard');
		const memberId = one<string>('select id from users where email = ?', member);
		const res = await http(server, '/members?/reset', { cookie: admin, form: { userId: memberId } });
		expect(res.status).toBe(200);
		const answer = await res.text();
		expect(answer).not.toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);
		expect(answer).toContain('A password reset email is on its way');
		expect(await (await http(server, '/members', { cookie: admin })).text()).toContain(
			'Send a password reset email to'
		);

		const mail = await mailTo(member);
		const [link, token] = mail.text.match(RESET_LINK)!;
		expect(link.startsWith(server.baseURL)).toBe(true);
		expect(server.logs()).not.toContain(token);
		expect(server.logs()).toContain('password reset requested');

		const done = await http(server, `/reset/${token}`, { form: { password: 'a brand new password' } });
		expect(done.status).toBe(303);
		await signInCookie(server, member, 'a brand new password');

		const audit = await (await http(server, '/audit', { cookie: admin })).text();
		expect(audit).toContain('Password reset requested');
		expect(audit).toContain('Password reset used');
	});

	test('a person who forgot their password gets the link by email; an unknown address gets the same answer and no mail', async ({
		browser
	}) => {
		const email = demoPerson(orgA, 'anne.marie.berg');
		const context = await browser.newContext({ extraHTTPHeaders: { 'x-client-address': newAddress() } });
		const page = await context.newPage();
		const before = smtp.inbox.length;
		await page.goto(`${server.baseURL}/signin`);
		await page.getByRole('link', { name: 'Forgot your password?' }).click();
		await expectAccessible(page);
		await page.getByLabel('Email').fill('nobody.here@example.test');
		await page.getByRole('button', { name: 'Send reset link' }).click();
		const unknownAnswer = await page.getByRole('status').textContent();
		expect(unknownAnswer).toContain('If the address has an account');

		await page.goto(`${server.baseURL}/reset`);
		await page.getByLabel('Email').fill(email);
		await page.getByRole('button', { name: 'Send reset link' }).click();
		await expect(page.getByRole('status')).toHaveText(unknownAnswer!);
		const mail = await mailTo(email);
		expect(smtp.inbox.slice(before).map((m) => m.to)).toEqual([email]);

		await page.goto(mail.text.match(RESET_LINK)![0]);
		await page.getByLabel('New password').fill('my fresh passphrase');
		await page.getByRole('button', { name: 'Save new password' }).click();
		await expect(page.getByRole('status')).toContainText('Your password is changed');
		await page.getByLabel('Email').fill(email);
		await page.getByLabel('Password').fill('my fresh passphrase');
		await page.getByRole('button', { name: 'Sign in' }).click();
		await expect(page).toHaveURL(/\/dashboard$/);
		await context.close();
	});

	test('without SMTP the admin is told to ask the operator, whose command prints a link that works', async () => {
		const admin = await signInCookie(noMail, orgB.email, orgB.password);
		const page = await (await http(noMail, '/members', { cookie: admin })).text();
		expect(page).toContain('npm run reset-password');
		expect(page).not.toContain('Send a password reset email to');
		const memberId = one<string>('select id from users where email = ?', demoPerson(orgB, 'mette.kjaergaard'));
		const refused = await http(noMail, '/members?/reset', { cookie: admin, form: { userId: memberId } });
		expect(await refused.text()).not.toMatch(/\/reset\/[A-Za-z0-9_-]{20,}/);

		const email = demoPerson(orgB, 'mette.kjaergaard');
		const env = {
			...process.env,
			DATABASE_URL: `file:${path.join(server.dataDir, 'samspil.db')}`,
			ORIGIN: noMail.baseURL,
			LOG_LEVEL: 'warn'
		};
		const { stdout } = await run(process.execPath, ['src/bin/cli.js', 'reset-password', email], { env });
		const [link, token] = stdout.match(RESET_LINK)!;
		expect(link.startsWith(noMail.baseURL)).toBe(true);
		expect((await http(noMail, `/reset/${token}`, { form: { password: 'operator made this one' } })).status).toBe(303);
		await signInCookie(noMail, email, 'operator made this one');

		const unknown = await run(process.execPath, ['src/bin/cli.js', 'reset-password', 'nobody@example.test'], {
			env
		}).catch((e) => e);
		expect(unknown.code).toBe(1);
		expect(unknown.stderr).toContain('No account');
	});
});

test.describe('password guessing with 50 requests at once', () => {
	/** 49 wrong passwords and then the right one, all sent at once, each from its own address. */
	async function guessAtOnce(targets: TestServer[], email: string, password: string) {
		const attempts = Array.from({ length: 49 }, (_, i) =>
			http(targets[i % targets.length], '/signin', { form: { email, password: `wrong guess ${i}` } })
		);
		attempts.push(http(targets[49 % targets.length], '/signin', { form: { email, password } }));
		return (await Promise.all(attempts)).map((r) => r.status);
	}

	test('check at most ten passwords of one account, and the right one is refused', async () => {
		const statuses = await guessAtOnce([server], demoPerson(orgA, 'hanne.broendum'), 'samspil-demo');
		expect(statuses.filter((s) => s === 400).length).toBe(10);
		expect(statuses.filter((s) => s === 429).length).toBe(40);
		expect(statuses.at(-1)).toBe(429);
	});

	test('from one address check no more passwords than the address may fail', async () => {
		const address = newAddress();
		const attempts = Array.from({ length: 50 }, (_, i) =>
			http(server, '/signin', { address, form: { email: `someone${i}@example.test`, password: 'nope nope' } })
		);
		const statuses = (await Promise.all(attempts)).map((r) => r.status);
		expect(statuses.filter((s) => s === 400).length).toBe(PER_ADDRESS);
		expect(statuses.filter((s) => s === 429).length).toBe(50 - PER_ADDRESS);
	});

	test('spread over two instances sharing Redis, still check at most ten passwords', async () => {
		test.setTimeout(120_000);
		const shared = {
			DATABASE_URL: `file:${path.join(server.dataDir, 'samspil.db')}`,
			REDIS_URL: process.env.REDIS_URL ?? 'redis://127.0.0.1:6379',
			REDIS_PREFIX: `e2e-${randomBytes(4).toString('hex')}:`,
			ADDRESS_HEADER: 'x-client-address'
		};
		const [one, two] = await Promise.all([startServer(shared), startServer(shared)]);
		try {
			for (const s of [one, two])
				await expect
					.poll(
						async () =>
							(await (await fetch(`${s.baseURL}/healthz`, { headers: { 'x-client-address': '127.0.0.1' } })).json())
								.redis
					)
					.toBe('up');
			const statuses = await guessAtOnce([one, two], demoPerson(orgA, 'mette.kjaergaard'), 'samspil-demo');
			expect(statuses.filter((s) => s === 400).length).toBe(10);
			expect(statuses.at(-1)).toBe(429);
		} finally {
			await Promise.all([one.stop(), two.stop()]);
		}
	});
});

test('a person with an account accepts an invitation by signing in, not with a password on the invitation page', async ({
	browser
}) => {
	const adminB = await signInCookie(server, orgB.email, orgB.password);
	const invited = await http(server, '/members?/invite', {
		cookie: adminB,
		form: { email: orgA.email, role: 'member', teamId: '' }
	});
	const link = (await invited.text()).match(/https?:\/\/[^\s"<]+\/invite\/[A-Za-z0-9_-]{20,}/)![0];
	const invitePath = new URL(link).pathname;

	// The attack: the right password typed into the invitation page gives no session.
	const guessed = await http(server, invitePath, { form: { password: orgA.password } });
	expect(guessed.status).toBe(400);
	expect(guessed.headers.getSetCookie().some((c) => c.startsWith('samspil_session='))).toBe(false);

	const context = await browser.newContext({ extraHTTPHeaders: { 'x-client-address': newAddress() } });
	const page = await context.newPage();
	await page.goto(server.baseURL + invitePath);
	await expect(page.getByLabel('Password')).toHaveCount(0);
	await expectAccessible(page);
	await page.getByRole('link', { name: 'Sign in to accept' }).click();
	await page.getByLabel('Email').fill(orgA.email);
	await page.getByLabel('Password').fill(orgA.password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(new RegExp(`${invitePath}$`));
	await page.getByRole('button', { name: `Join ${orgB.orgName}` }).click();
	await expect(page).toHaveURL(/\/dashboard$/);
	const orgBId = one<string>(
		'select org_id from memberships m join users u on u.id = m.user_id where u.email = ? and m.role = ?',
		orgB.email,
		'admin'
	);
	expect(
		one<number>(
			'select count(*) from memberships m join users u on u.id = m.user_id where u.email = ? and m.org_id = ?',
			orgA.email,
			orgBId
		)
	).toBe(1);
	await context.close();
});

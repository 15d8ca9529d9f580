// API tokens and webhooks as people use them, in Chromium against the production build: a member makes a
// personal token on their profile without JavaScript, reads the API with it and revokes it; an admin makes an
// organisation token with JavaScript and reads the organisation's people; an admin registers a webhook to a
// receiver in this test, which gets a signed message when an action is added to a plan, and the delivery log says so.
import http from 'node:http';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { Browser } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation, demoAddress } from './support/demo';
import { expectAccessible } from './support/a11y';
import { authzClient } from './support/authz-http';

let server: TestServer;
let demo: Awaited<ReturnType<typeof createDemoOrganisation>>;
let other: Awaited<ReturnType<typeof createDemoOrganisation>>;
// each test signs in two or three people and seeds nothing: generous for a loaded 2-core machine
test.describe.configure({ mode: 'serial', timeout: 240_000 });
test.beforeAll(async () => {
	// the webhook's receiver runs on this machine: the test allows private addresses (production refuses them)
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', WEBHOOKS_ALLOW_PRIVATE: '1' });
	demo = await createDemoOrganisation(server.dataDir);
	other = await createDemoOrganisation(server.dataDir);
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(({}, info) => {
	if (info.status !== info.expectedStatus) console.log(server.logs().slice(-4000));
});
test.afterAll(async () => {
	await server?.stop();
});

async function as(browser: Browser, email: string, password: string, javaScriptEnabled = true) {
	const page = await (await browser.newContext({ javaScriptEnabled })).newPage();
	await signIn(page, server.baseURL, email, password);
	return page;
}

async function api(token: string, path: string) {
	const res = await fetch(`${server.baseURL}/api/v1${path}`, { headers: { authorization: `Bearer ${token}` } });
	return { status: res.status, body: await res.json() };
}

test('a member makes a personal token without JavaScript, reads the API with it, and revokes it', async ({
	browser
}) => {
	const domain = demo.email.split('@')[1];
	const page = await as(browser, demoAddress('Jonas Vestergaard', domain), demo.password, false);
	await page.goto(server.baseURL + '/profile');
	await page.getByRole('link', { name: 'API tokens' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'API tokens' })).toBeVisible();
	await expect(page.getByRole('heading', { name: '0 active tokens' })).toBeVisible();
	// nothing ticked: refused with the reason, the name kept
	await page.getByLabel('Name').fill('Mit regneark');
	await page.getByRole('button', { name: 'Create token' }).click();
	await expect(page.getByText('Choose at least one thing the token may read.')).toBeVisible();
	await expect(page.getByLabel('Name')).toHaveValue('Mit regneark');
	await page.getByLabel('Teams and their members (teams:read)').check();
	await page.getByRole('button', { name: 'Create token' }).click();
	const token = (await page.getByTestId('new-token').textContent())!.trim();
	expect(token).toMatch(/^smp_[A-Za-z0-9_-]{43}$/);
	await expect(page.getByRole('heading', { name: '1 active token' })).toBeVisible();

	const teams = await api(token, '/teams');
	expect(teams.status).toBe(200);
	const team = teams.body.data.find((t: { name: string }) => t.name === 'Borgerservice');
	expect(team.memberCount).toBeGreaterThan(1);
	const members = await api(token, `/teams/${team.id}`);
	expect(members.body.members.map((m: { email: string }) => m.email)).toContain(
		demoAddress('Jonas Vestergaard', domain)
	);
	// a scope it was not given; another organisation's team; the page's own rules (people are for admins)
	expect((await api(token, '/programmes')).status).toBe(403);
	const theirs = await orgToken(other.email, 'teams:read');
	const theirTeam = (await api(theirs, '/teams')).body.data[0].id;
	expect((await api(token, `/teams/${theirTeam}`)).status).toBe(404);
	// a session cookie is no token
	const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	expect((await fetch(`${server.baseURL}/api/v1/teams`, { headers: { cookie } })).status).toBe(401);

	await page.goto(server.baseURL + '/profile/api');
	await expect(page.getByText('Last used')).toBeVisible();
	await page.getByRole('button', { name: 'Revoke “Mit regneark”' }).click();
	await expect(page.getByText('The token is revoked: it no longer works.')).toBeVisible();
	await expect(page.getByRole('heading', { name: '0 active tokens' })).toBeVisible();
	expect((await api(token, '/teams')).status).toBe(401);
	await page.context().close();
});

const http_ = authzClient(() => server.baseURL);

/** An organisation token for a test's own use, made over plain HTTP (the page itself is the next test's). */
async function orgToken(email: string, scope: string) {
	const res = await http_.post(
		'/settings/api?/create',
		[
			['name', 'Integration'],
			['scopes', scope]
		],
		await http_.signIn(email)
	);
	expect(res.status).toBe(200);
	const token = (await res.text()).match(/smp_[A-Za-z0-9_-]{43}/)?.[0];
	expect(token).toBeTruthy();
	return token!;
}

test('an admin makes an organisation token with JavaScript and revokes it; the demo shows a revoked one', async ({
	browser
}) => {
	const page = await as(browser, demo.email, demo.password);
	await page.goto(server.baseURL + '/settings/api');
	await page.waitForLoadState('networkidle');
	await expect(page.getByText('HR-system (test)')).toBeVisible();
	await expect(page.getByText(/^Revoked /)).toBeVisible();
	await page.getByLabel('Name').fill('Lønsystem');
	await page.getByLabel('People (people:read)').check();
	// what was typed and ticked is still there (hydration on a loaded machine could wipe it)
	await expect(page.getByLabel('Name')).toHaveValue('Lønsystem');
	await expect(page.getByLabel('People (people:read)')).toBeChecked();
	await page.getByRole('button', { name: 'Create token' }).click();
	const token = (await page.getByTestId('new-token').textContent())!.trim();
	const people = await api(token, '/people?limit=200');
	expect(people.status).toBe(200);
	expect(people.body.data.map((p: { email: string }) => p.email)).toContain(demo.email);
	expect(people.body.next).toBeNull();
	// an organisation has no learning of its own
	expect((await api(token, '/me/bites')).status).toBe(403);
	await expectAccessible(page);
	await page.getByRole('button', { name: 'Revoke “Lønsystem”' }).click();
	await expect(page.getByText('The token is revoked: it no longer works.')).toBeVisible();
	expect((await api(token, '/people')).status).toBe(401);
	// the description of it all is public
	const openapi = await (await fetch(`${server.baseURL}/api/openapi.json`)).json();
	expect(openapi.openapi).toBe('3.1.0');
	expect(Object.keys(openapi.paths)).toContain('/api/v1/teams/{team}');
	await page.context().close();
});

test('an admin registers a webhook; adding an action sends it a signed message, shown in the delivery log', async ({
	browser
}) => {
	const received: { headers: http.IncomingHttpHeaders; body: string }[] = [];
	const receiver = http.createServer((req, res) => {
		let body = '';
		req.on('data', (c) => (body += c));
		req.on('end', () => {
			received.push({ headers: req.headers, body });
			res.writeHead(204).end();
		});
	});
	await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
	const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/hooks/samspil`;

	const page = await as(browser, demo.email, demo.password);
	await page.goto(server.baseURL + '/settings/webhooks');
	await page.waitForLoadState('networkidle');
	await expect(page.getByText('No webhooks yet.')).toBeVisible();
	await page.getByLabel('Endpoint address (URL)').fill(url);
	await page.getByLabel('An action on a plan changed').check();
	await expect(page.getByLabel('Endpoint address (URL)')).toHaveValue(url);
	await expect(page.getByLabel('An action on a plan changed')).toBeChecked();
	await page.getByRole('button', { name: 'Add webhook' }).click();
	const secret = (await page.getByTestId('webhook-secret').textContent())!.trim();
	expect(secret).toMatch(/^whsec_/);
	await expectAccessible(page);

	// someone adds an action to Borgerservice's plan (its form, posted as the page does)
	const teams = await api(await orgToken(demo.email, 'actions:read'), '/actions');
	const team = teams.body.data.find((t: { name: string }) => t.name === 'Borgerservice');
	const added = await page.request.post(`${server.baseURL}/actions/teams/${team.id}?/own`, {
		form: { title: 'Makkerordning for nye kolleger' },
		headers: { origin: server.baseURL }
	});
	expect(added.status()).toBe(200);
	await expect.poll(() => received.length, { timeout: 30_000 }).toBe(1);

	const [got] = received;
	const id = String(got.headers['webhook-id']);
	const timestamp = String(got.headers['webhook-timestamp']);
	const key = Buffer.from(secret.slice('whsec_'.length), 'base64');
	const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${got.body}`).digest('base64');
	expect(String(got.headers['webhook-signature']).split(' ')).toContain(`v1,${expected}`);
	expect(JSON.parse(got.body)).toMatchObject({ type: 'action.changed', data: { teamId: team.id, change: 'created' } });

	await page.goto(server.baseURL + '/settings/webhooks');
	const log = page.getByRole('table');
	await expect(log.getByRole('row')).toHaveCount(2);
	await expect(log.getByText(/Delivered · 1 attempt/)).toBeVisible();
	await expect(log.getByText('HTTP 204')).toBeVisible();
	await page.getByRole('button', { name: `Remove the webhook for ${url}` }).click();
	await expect(page.getByText('The webhook is removed.')).toBeVisible();
	await page.context().close();
	await new Promise<void>((resolve) => receiver.close(() => resolve()));
});

// Single sign-on against a real OpenID provider (oidc-provider, dev interactions) running in this process, in
// Chromium: an admin configures it on the settings page; a newcomer is created just in time into the default team;
// an existing account is matched by its verified email; a tampered state, a replayed callback, a caught code replayed
// with a fresh state, an unverified email and a disabled account are refused with a message; "SSO only" refuses a member's password sign-in.
import { test, expect } from './support/test';
import type { Page } from '@playwright/test';
import Database from 'better-sqlite3';
import http from 'node:http';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import Provider from 'oidc-provider';
import { freePort, startServer, type TestServer } from './support/server';
import { ADMIN, attemptSignIn, setupOrganisation, signIn, signOut } from './support/people';
import { hashPassword } from '../../src/lib/server/auth/passwords';

let server: TestServer;
let idp: http.Server;
let issuer: string;
let orgId: string;
let teamId: string;
const CLIENT = { id: 'samspil-e2e', secret: randomBytes(24).toString('base64url') };
const MEMBER = { email: 'maja@fjordby.test', password: 'member password long' };

const newId = () => randomBytes(16).toString('base64url');
function database() {
	const db = new Database(path.join(server.dataDir, 'samspil.db'));
	db.pragma('busy_timeout = 5000');
	return db;
}

test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startServer({ SSO_ALLOW_HTTP: '1' });
	const port = await freePort();
	issuer = `http://127.0.0.1:${port}`;
	// Logins starting with "unverified" have an email the provider has not verified; everyone else's is verified.
	const provider = new Provider(issuer, {
		clients: [
			{
				client_id: CLIENT.id,
				client_secret: CLIENT.secret,
				redirect_uris: [`${server.baseURL}/sso/callback`],
				token_endpoint_auth_method: 'client_secret_post'
			}
		],
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
		features: { devInteractions: { enabled: true } },
		findAccount: (_ctx: unknown, sub: string) => ({
			accountId: sub,
			claims: () => ({
				sub,
				email: sub,
				email_verified: !sub.startsWith('unverified'),
				name: sub.split('@')[0]
			})
		})
	});
	idp = http.createServer(provider.callback());
	await new Promise<void>((resolve) => idp.listen(port, '127.0.0.1', resolve));

	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL);
	const db = database();
	orgId = db.prepare('select id from orgs').pluck().get() as string;
	teamId = newId();
	db.prepare('insert into teams (id, org_id, name, created_at) values (?, ?, ?, ?)').run(
		teamId,
		orgId,
		'Nye kolleger',
		new Date().toISOString()
	);
	// A member with a password, and a disabled (erased) account that still carries an address.
	const member = newId();
	const disabled = newId();
	const now = new Date().toISOString();
	const user = db.prepare(
		`insert into users (id, email, name, password_hash, locale, time_zone, created_at, erased_at) values (?, ?, ?, ?, null, 'Europe/Copenhagen', ?, ?)`
	);
	user.run(member, MEMBER.email, 'Maja Member', await hashPassword(MEMBER.password), now, null);
	user.run(disabled, 'gone@fjordby.test', 'Gone', 'x', now, now);
	const membership = db.prepare(
		`insert into memberships (id, org_id, user_id, role, created_at) values (?, ?, ?, 'member', ?)`
	);
	membership.run(newId(), orgId, member, now);
	membership.run(newId(), orgId, disabled, now);
	db.close();

	// The admin configures single sign-on on the settings page.
	await page.goto(`${server.baseURL}/settings`);
	await page.getByRole('link', { name: 'Single sign-on (OpenID Connect)' }).click();
	await expect(page.getByText(`${server.baseURL}/sso/callback`)).toBeVisible();
	await page.getByLabel('Issuer URL').fill(issuer);
	await page.getByLabel('Client ID').fill(CLIENT.id);
	await page.getByLabel('Client secret').fill(CLIENT.secret);
	await page.getByLabel('Team for people signing in the first time').selectOption(teamId);
	await page.getByLabel('Single sign-on is on').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	// The page never sends the secret back: reloaded, the field is empty and says a secret is set.
	await page.reload();
	await expect(page.getByText('A secret is set.')).toBeVisible();
	await expect(page.getByLabel('Client secret')).toHaveValue('');
	expect(await page.content()).not.toContain(CLIENT.secret);
	await page.close();
});

test.afterAll(async () => {
	await new Promise((resolve) => idp?.close(resolve));
	await server?.stop();
});

/** From the sign-in page to the provider, through its login (and consent), until the browser leaves it. */
async function ssoSignIn(page: Page, login: string) {
	await page.goto(`${server.baseURL}/signin`);
	await page.getByRole('link', { name: "Sign in with your organisation's SSO" }).click();
	await page.getByLabel('Organisation code or sign-in link').fill(`${server.baseURL}/sso/${orgId}`);
	await page.getByRole('button', { name: 'Continue to sign in' }).click();
	await page.waitForURL((u) => u.origin === issuer);
	await page.locator('input[name=login]').fill(login);
	await page.locator('input[name=password]').fill('anything');
	await page.getByRole('button', { name: 'Sign-in' }).click();
	const consent = page.getByRole('button', { name: 'Continue' });
	await expect(consent.or(page.locator('main#main'))).toBeVisible();
	if (await consent.isVisible()) await consent.click();
}

test('a newcomer is created just in time, as a member of the default team', async ({ page }) => {
	await ssoSignIn(page, 'nina@fjordby.test');
	await expect(page).toHaveURL(/\/dashboard$/);
	const db = database();
	const row = db
		.prepare(
			`select m.role, t.team_id from users u join memberships m on m.user_id = u.id left join team_members t on t.user_id = u.id where u.email = ?`
		)
		.get('nina@fjordby.test') as { role: string; team_id: string } | undefined;
	db.close();
	expect(row).toEqual({ role: 'member', team_id: teamId });
});

test('without JavaScript the organisation code on the SSO page leads to its provider and signs in', async ({
	browser
}) => {
	// A native form submission may not be redirected to another origin (CSP form-action 'self'): the page must
	// lead the browser on without one.
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await ssoSignIn(page, 'nils@fjordby.test');
	await expect(page).toHaveURL(/\/dashboard$/);
	await context.close();
});

test('an existing account is matched by its verified email', async ({ page }) => {
	await ssoSignIn(page, ADMIN.email.toUpperCase());
	await expect(page).toHaveURL(/\/dashboard$/);
	const db = database();
	expect(db.prepare('select count(*) from users where email = ?').pluck().get(ADMIN.email)).toBe(1);
	db.close();
	// Signing out ends the session.
	await signOut(page);
	await expect(page).toHaveURL(/\/signin$/);
	await page.goto(`${server.baseURL}/dashboard`);
	await expect(page).toHaveURL(/\/signin/);
});

// Playwright cannot hold back a request that follows a redirect, so the callback is used first and then replayed,
// once as it was and once with another state: both are refused.
test('a replayed callback is refused, with its own or a tampered state', async ({ page }) => {
	let callback = '';
	page.on('request', (r) => {
		if (r.url().includes('/sso/callback')) callback = r.url();
	});
	await ssoSignIn(page, MEMBER.email);
	await expect(page).toHaveURL(/\/dashboard$/);
	expect(callback).toContain('code=');
	await page.goto(callback);
	await expect(page).toHaveURL(/\/sso\?error=/);
	await expect(page.getByRole('alert')).toContainText('This sign-in link is no longer valid');
	const tampered = new URL(callback);
	tampered.searchParams.set('state', randomBytes(32).toString('base64url'));
	await page.goto(tampered.toString());
	await expect(page.getByRole('alert')).toContainText('This sign-in link is no longer valid');
});

// The code itself replayed past the state check: an attacker who caught someone's code starts a sign-in of their own
// (a valid state, bound to their browser) and brings the caught code back with it. The token exchange is reached
// and refused: the provider has spent that code, and it was issued for another PKCE verifier.
test('a caught code replayed with a fresh state of its own reaches the token exchange and is refused', async ({
	page,
	browser
}) => {
	let callback = '';
	page.on('request', (r) => {
		if (r.url().includes('/sso/callback')) callback = r.url();
	});
	await ssoSignIn(page, MEMBER.email);
	await expect(page).toHaveURL(/\/dashboard$/);
	const caught = new URL(callback);
	expect(caught.searchParams.get('code')).toBeTruthy();

	const attacker = await browser.newPage();
	let state: string | null = null;
	attacker.on('request', (r) => {
		const u = new URL(r.url());
		if (u.origin === issuer && u.searchParams.has('state')) state = u.searchParams.get('state');
	});
	await attacker.goto(`${server.baseURL}/sso/${orgId}`);
	await attacker.waitForURL((u) => u.origin === issuer);
	expect(state).toBeTruthy();
	caught.searchParams.set('state', state!);
	await attacker.goto(caught.toString());
	await expect(attacker).toHaveURL(/\/sso\?error=sso_error_exchange/);
	await expect(attacker.getByRole('alert')).toContainText('could not be confirmed with your identity provider');
	await attacker.goto(`${server.baseURL}/dashboard`);
	await expect(attacker).toHaveURL(/\/signin/);
	await attacker.close();
});

test('an email the provider has not verified is refused', async ({ page }) => {
	await ssoSignIn(page, 'unverified-ulla@fjordby.test');
	await expect(page.getByRole('alert')).toContainText('has not confirmed your email address');
	const db = database();
	expect(db.prepare('select count(*) from users where email = ?').pluck().get('unverified-ulla@fjordby.test')).toBe(0);
	db.close();
});

test('a disabled account is refused', async ({ page }) => {
	await ssoSignIn(page, 'gone@fjordby.test');
	await expect(page.getByRole('alert')).toContainText('You cannot sign in to this organisation with single sign-on');
	await page.goto(`${server.baseURL}/dashboard`);
	await expect(page).toHaveURL(/\/signin/);
});

test('"SSO only" refuses a member\'s password sign-in; the admin keeps theirs', async ({ page }) => {
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(`${server.baseURL}/settings/sso`);
	await page.getByLabel('SSO only: members cannot sign in with a password').check();
	await page.getByRole('button', { name: 'Save' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.context().clearCookies();

	await attemptSignIn(page, server.baseURL, MEMBER.email, MEMBER.password);
	await expect(page.getByText('Your organisation signs in with single sign-on.')).toBeVisible();
	await expect(page).toHaveURL(/\/signin/);
	await attemptSignIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/dashboard$/);
});

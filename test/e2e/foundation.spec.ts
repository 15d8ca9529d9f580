import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { holdAppScripts } from './support/scripts';
import { ADMIN, attemptSignIn, openHeaderMenu, setupOrganisation, signIn, signOut } from './support/people';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer();
});
test.afterAll(async () => {
	await server.stop();
});

test('a fresh install shows the first-run page, and setup lands the admin on the dashboard', async ({ page }) => {
	await page.goto(server.baseURL);
	await expect(page.getByRole('heading', { name: 'Welcome to Samspil' })).toBeVisible();
	await expectAccessible(page);
	await setupOrganisation(page, server.baseURL, { demo: true });
	await expect(page.getByRole('heading', { name: `Hello, ${ADMIN.name}` })).toBeVisible();
	await expectAccessible(page);
});

test('the setup form explains bad input in place and keeps what was typed', async ({ browser }) => {
	const fresh = await startServer();
	const page = await browser.newPage();
	try {
		await page.goto(fresh.baseURL + '/setup');
		await page.getByLabel('Organisation name').fill('Kattegat Care');
		await page.getByLabel('Your name').fill('Bo');
		await page.getByLabel('Email').fill('not-an-email');
		await page.getByLabel('Password').fill('short');
		// Submit without the browser's own checks, as a script or an old browser would.
		await page.locator('form[action="?/empty"]').evaluate((f: HTMLFormElement) => (f.noValidate = true));
		await page.getByRole('button', { name: 'Start empty' }).click();
		await expect(page.getByText('Enter a valid email address.')).toBeVisible();
		await expect(page.getByText('The password must be at least 10 characters.')).toBeVisible();
		await expect(page.getByLabel('Organisation name')).toHaveValue('Kattegat Care');
	} finally {
		await page.close();
		await fresh.stop();
	}
});

test('a restart keeps the organisation, its teams and the session', async ({ page }) => {
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/dashboard$/);
	await server.restart();
	await page.goto(server.baseURL + '/teams');
	await expect(page.getByRole('link', { name: 'Hjemmeplejen Nord' })).toBeVisible();
	await page.getByRole('link', { name: 'Borgerservice' }).click();
	await expect(page.getByRole('heading', { name: 'Borgerservice' })).toBeVisible();
	await expectAccessible(page);
});

test('an admin invites a member by link; the member signs up, signs out and signs in again', async ({ browser }) => {
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, server.baseURL, ADMIN.email, ADMIN.password);
	await admin.goto(server.baseURL + '/members');
	await admin.getByLabel('Email').fill('nina@fjordby.test');
	await admin.getByLabel('Team (optional)').selectOption({ label: 'Borgerservice' });
	await admin.getByRole('button', { name: 'Invite someone' }).click();
	const link = (await admin.locator('.notice code').textContent())!.trim();
	expect(link).toMatch(/\/invite\/[\w-]{20,}$/);

	const member = await (await browser.newContext()).newPage();
	await member.goto(link);
	await expect(member.getByText(`You are invited to join ${ADMIN.org}`)).toBeVisible();
	await expectAccessible(member);
	await member.getByLabel('Your name').fill('Nina Holt');
	await member.getByLabel('Password').fill('a long enough password');
	await member.getByRole('button', { name: 'Join' }).click();
	await expect(member.getByRole('heading', { name: 'Hello, Nina Holt' })).toBeVisible();
	await expect(member.getByRole('link', { name: 'Borgerservice' })).toBeVisible();
	// A member sees no admin pages.
	await expect(member.getByRole('link', { name: 'People' })).toHaveCount(0);
	const res = await member.goto(server.baseURL + '/members');
	expect(res!.status()).toBe(403);

	await member.goto(server.baseURL + '/dashboard');
	await signOut(member);
	await expect(member).toHaveURL(/\/signin$/);
	await signIn(member, server.baseURL, 'nina@fjordby.test', 'a long enough password');
	await expect(member.getByRole('heading', { name: 'Hello, Nina Holt' })).toBeVisible();
	// The used invitation link cannot be used again.
	await member.goto(link);
	await expect(member.getByRole('alert')).toHaveText('This link is invalid, used or expired.');
});

test('ten wrong passwords lock the account for a while with a clear message', async ({ page }) => {
	for (let i = 0; i < 10; i++) {
		await attemptSignIn(page, server.baseURL, 'nina@fjordby.test', 'wrong password ' + i);
		await expect(page.getByRole('alert')).toHaveText('The email address or password is wrong.');
	}
	await attemptSignIn(page, server.baseURL, 'nina@fjordby.test', 'a long enough password');
	await expect(page.getByRole('alert')).toContainText('Too many attempts. Wait 15 minutes');
	await expect(page).toHaveURL(/\/signin/);
	await expectAccessible(page);
});

test('the session cookie is HttpOnly and SameSite=Lax, and signing out ends it on the server', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/dashboard$/);
	const cookie = (await context.cookies()).find((c) => c.name === 'samspil_session')!;
	expect(cookie.httpOnly).toBe(true);
	expect(cookie.sameSite).toBe('Lax');
	expect(cookie.secure).toBe(false); // plain http on localhost; https sets Secure
	await signOut(page);
	// Signed out once the server has answered: the button first sends what the offline queue holds.
	await expect(page).toHaveURL(/\/signin$/);
	// Replaying the old token does not work: the session is gone server-side.
	const replay = await fetch(server.baseURL + '/dashboard', {
		headers: { cookie: `samspil_session=${cookie.value}` },
		redirect: 'manual'
	});
	expect(replay.status).toBe(303);
	expect(replay.headers.get('location')).toContain('/signin');
});

for (const [locale, heading, signin] of [
	['da-DK', 'Velkommen til Samspil', 'Log ind'],
	['nl-NL', 'Welkom bij Samspil', 'Aanmelden'],
	['sv-SE', 'Välkommen till Samspil', 'Logga in'],
	['en-GB', 'Welcome to Samspil', 'Sign in']
] as const) {
	test(`the browser language ${locale} picks the UI language`, async ({ browser }) => {
		const context = await browser.newContext({ locale });
		const page = await context.newPage();
		await page.goto(server.baseURL + '/signin');
		await expect(page.getByRole('heading', { name: signin })).toBeVisible();
		await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
		void heading;
		await context.close();
	});
}

test('a person’s own language choice wins over the browser’s', async ({ browser }) => {
	const context = await browser.newContext({ locale: 'en-GB' });
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(server.baseURL + '/profile');
	await page.getByRole('main').getByLabel('Language').selectOption('sv');
	await page.getByRole('button', { name: 'Save' }).first().click();
	await expect(page.getByRole('heading', { name: 'Profil' })).toBeVisible();
	await page.goto(server.baseURL + '/dashboard');
	await expect(page.getByRole('heading', { name: `Hej, ${ADMIN.name}` })).toBeVisible();
	await page.goto(server.baseURL + '/profile');
	await page.getByRole('main').getByLabel('Språk').selectOption('en');
	await page.getByRole('button', { name: 'Spara' }).first().click();
	await expect(page.getByRole('heading', { name: 'Profile' })).toBeVisible();
	await context.close();
});

test('on a 375 px phone the menu opens by keyboard and every page fits', async ({ browser }) => {
	const context = await browser.newContext({ viewport: { width: 375, height: 740 } });
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page.getByRole('link', { name: 'Teams' })).toBeHidden();
	await page.getByRole('button', { name: 'Menu' }).focus();
	await page.keyboard.press('Enter');
	await expect(page.getByRole('link', { name: 'Teams' })).toBeVisible();
	for (const path of ['/dashboard', '/teams', '/members', '/profile', '/settings']) {
		await page.goto(server.baseURL + path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
		await expectAccessible(page);
	}
	await context.close();
});

test('the dark theme keeps every page readable (axe contrast included)', async ({ browser }) => {
	const context = await browser.newContext({ colorScheme: 'dark' });
	const page = await context.newPage();
	await page.goto(server.baseURL + '/signin');
	await expectAccessible(page);
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	for (const path of ['/dashboard', '/teams', '/members', '/profile']) {
		await page.goto(server.baseURL + path);
		await expectAccessible(page);
	}
	await context.close();
});

test('an admin reads the audit log and exports it as CSV; signed-out visitors get nothing', async ({ browser }) => {
	const context = await browser.newContext();
	const page = await context.newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await openHeaderMenu(page, 'Administration');
	await page.getByRole('link', { name: 'Audit log' }).click();
	await expect(page.getByRole('heading', { name: 'Audit log' })).toBeVisible();
	await expect(page.getByRole('cell', { name: 'Invited someone' }).first()).toBeVisible();
	await expectAccessible(page);
	const download = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Export as CSV' }).click();
	const file = await (await download).path();
	const csv = (await import('node:fs')).readFileSync(file, 'utf8');
	expect(csv.split('\r\n')[0]).toBe('at,actor,action,target,detail');
	expect(csv).toContain('invitation.create');
	await context.close();

	const anonymous = await fetch(server.baseURL + '/audit/export', { redirect: 'manual' });
	expect(anonymous.status).toBe(303);
});

test('text typed before the page’s scripts have run is still there when they have, and is what the form sends', async ({
	browser
}) => {
	const page = await browser.newPage();
	// The app's scripts are held back until the visitor has pasted.
	const release = await holdAppScripts(page);
	await page.goto(server.baseURL + '/verify', { waitUntil: 'commit' });
	await page.getByLabel('Credential (VC-JWT)').fill('not.a.credential');
	release();
	await page.waitForLoadState('networkidle');
	await expect(page.getByLabel('Credential (VC-JWT)')).toHaveValue('not.a.credential');
	await page.getByRole('button', { name: 'Check' }).click();
	await expect(page.getByRole('heading', { name: 'This credential could not be verified' })).toBeVisible();
	await page.close();
});

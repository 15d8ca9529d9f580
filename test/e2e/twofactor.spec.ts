// Two-factor sign-in in Chromium against the production server: enrolment from the secret shown on the page
// (codes made with otplib, as an authenticator app would), the second sign-in step with a code and with a
// recovery code (which then stops working), a wrong code's message, the same step without JavaScript, and an
// organisation that requires it of admins: an admin without it reaches nothing but enrolment; and an admin resetting
// the two-factor sign-in of someone who lost their phone.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { generate } from 'otplib';
import { startServer, type TestServer } from './support/server';
import { ADMIN, attemptSignIn, setupOrganisation, signOut } from './support/people';

let server: TestServer;
let secret = '';
let recovery: string[] = [];

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer();
});
test.afterAll(async () => {
	await server.stop();
});

/** The code for `offset` steps from now (the server accepts one step either side, each step once). */
const codeAt = (offset = 0) => generate({ secret, epoch: Math.floor(Date.now() / 1000) + offset * 30 });

async function fresh(browser: Browser, javaScriptEnabled = true): Promise<Page> {
	return (await browser.newContext({ javaScriptEnabled })).newPage();
}

async function enrol(page: Page, step: number) {
	await page.goto(`${server.baseURL}/profile/twofactor`);
	await page.getByRole('button', { name: 'Set up two-factor sign-in' }).click();
	await expect(page.getByRole('img', { name: 'QR code for your authenticator app' })).toBeVisible();
	const shown = (await page.getByTestId('twofactor-secret').textContent())!.trim();
	expect(shown).toMatch(/^[A-Z2-7]{16,}$/);
	secret = shown;
	await page.getByLabel('Code', { exact: true }).fill(await codeAt(step));
	await page.getByRole('button', { name: 'Turn on' }).click();
	const codes = page.getByTestId('recovery-codes').locator('code');
	await expect(codes).toHaveCount(10);
	const list = (await codes.allTextContents()).map((c) => c.trim());
	return { secret: shown, codes: list };
}

test('an admin enrols, signs out, and signs in with password and code', async ({ page, browser }) => {
	await setupOrganisation(page, server.baseURL);
	const { codes } = await enrol(page, -1);
	recovery = codes;
	await expect(page.getByText('Save these 10 recovery codes now')).toBeVisible();
	await page.goto(`${server.baseURL}/profile/twofactor`);
	await expect(page.getByRole('heading', { name: 'Two-factor sign-in is on' })).toBeVisible();
	// The secret is not shown once active.
	await expect(page.getByTestId('twofactor-secret')).toHaveCount(0);
	await page.goto(`${server.baseURL}/dashboard`);
	await signOut(page);
	await expect(page).toHaveURL(/\/signin$/);

	const other = await fresh(browser);
	await attemptSignIn(other, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(other).toHaveURL(/\/signin\/code$/);
	// No session yet: the app is out of reach until the second step.
	await other.goto(`${server.baseURL}/dashboard`);
	await expect(other).toHaveURL(/\/signin/);
	await other.goto(`${server.baseURL}/signin/code`);
	await other.getByLabel('Code', { exact: true }).fill(await codeAt(0));
	await other.getByRole('button', { name: 'Sign in' }).click();
	await expect(other).toHaveURL(/\/dashboard$/);
});

test('a wrong code is refused with a clear message; a recovery code works once', async ({ browser }) => {
	const page = await fresh(browser);
	await attemptSignIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/signin\/code$/);
	await page.getByLabel('Code', { exact: true }).fill('000000');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('That code is not right, or it was already used. Try the current code.')).toBeVisible();
	await page.getByLabel('Code', { exact: true }).fill(recovery[0]);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/dashboard$/);

	const again = await fresh(browser);
	await attemptSignIn(again, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(again).toHaveURL(/\/signin\/code$/);
	await again.getByLabel('Code', { exact: true }).fill(recovery[0]);
	await again.getByRole('button', { name: 'Sign in' }).click();
	await expect(again.getByText('That code is not right, or it was already used.')).toBeVisible();
	await expect(again).toHaveURL(/\/signin\/code$/);
});

test('the second step works without JavaScript', async ({ browser }) => {
	const page = await fresh(browser, false);
	await attemptSignIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await expect(page).toHaveURL(/\/signin\/code$/);
	await page.getByLabel('Code', { exact: true }).fill('111111');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByText('That code is not right')).toBeVisible();
	await page.getByLabel('Code', { exact: true }).fill(await codeAt(1));
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/dashboard$/);
});

test('required for admins: an admin without it is held at enrolment until enrolled', async ({ browser }) => {
	const admin = await fresh(browser);
	await attemptSignIn(admin, server.baseURL, ADMIN.email, ADMIN.password);
	await admin.getByLabel('Code', { exact: true }).fill(recovery[1]);
	await admin.getByRole('button', { name: 'Sign in' }).click();
	await expect(admin).toHaveURL(/\/dashboard$/);
	await admin.goto(`${server.baseURL}/settings`);
	await admin.getByLabel('Require two-factor sign-in for admins').check();
	await admin.locator('form[action="?/twofactor"]').getByRole('button', { name: 'Save' }).click();
	await expect(admin.locator('form[action="?/twofactor"]').locator('..').getByRole('status')).toHaveText('Saved.');

	await admin.goto(`${server.baseURL}/members`);
	await admin.getByLabel('Email', { exact: true }).fill('bo@fjordby.test');
	await admin.getByLabel('Role', { exact: true }).selectOption({ label: 'Administrator' });
	await admin.getByRole('button', { name: 'Invite someone' }).click();
	const link = (await admin.locator('.notice code').textContent())!.trim();

	const bo = await fresh(browser);
	await bo.goto(link);
	await bo.getByLabel('Your name').fill('Bo Berg');
	await bo.getByLabel('Password').fill('a long enough password');
	await bo.getByRole('button', { name: 'Join' }).click();
	await expect(bo).toHaveURL(/\/profile\/twofactor$/);
	await expect(bo.getByText('Your organisation requires admins to use two-factor sign-in.')).toBeVisible();
	// A direct request for any other page is sent back too.
	await bo.goto(`${server.baseURL}/members`);
	await expect(bo).toHaveURL(/\/profile\/twofactor$/);
	const res = await bo.request.get(`${server.baseURL}/settings`, { maxRedirects: 0 });
	expect(res.status()).toBe(303);
	expect(res.headers()['location']).toBe('/profile/twofactor');

	await enrol(bo, 0);
	await bo.goto(`${server.baseURL}/members`);
	await expect(bo).toHaveURL(/\/members$/);
});

test('an admin resets the two-factor sign-in of an admin who lost their phone; they enrol again at their next sign-in', async ({
	browser
}) => {
	const admin = await fresh(browser);
	await attemptSignIn(admin, server.baseURL, ADMIN.email, ADMIN.password);
	await admin.getByLabel('Code', { exact: true }).fill(recovery[2]);
	await admin.getByRole('button', { name: 'Sign in' }).click();
	await expect(admin).toHaveURL(/\/dashboard$/);
	await admin.goto(`${server.baseURL}/members`);
	// Not offered for oneself: one's own goes off on the profile, with a code or the password.
	await expect(admin.getByRole('button', { name: /^Reset two-factor sign-in for Ada/ })).toHaveCount(0);
	await admin.getByRole('button', { name: 'Reset two-factor sign-in for Bo Berg' }).click();
	const dialog = admin.getByRole('dialog');
	await expect(dialog).toContainText('Reset two-factor sign-in for Bo Berg?');
	await dialog.getByRole('button', { name: 'Reset two-factor sign-in', exact: true }).click();
	await expect(
		admin.getByRole('status').filter({ hasText: 'Two-factor sign-in for Bo Berg was reset.' })
	).toBeVisible();
	await expect(admin.getByRole('button', { name: 'Reset two-factor sign-in for Bo Berg' })).toHaveCount(0);

	// Bo signs in with the password alone and, as an admin here, is held at enrolment.
	const bo = await fresh(browser);
	await attemptSignIn(bo, server.baseURL, 'bo@fjordby.test', 'a long enough password');
	await expect(bo).toHaveURL(/\/profile\/twofactor$/);
	await expect(bo.getByRole('button', { name: 'Set up two-factor sign-in' })).toBeVisible();
});

// Email as an admin and a member meet it in the browser: without SMTP_URL the settings page says email is off and
// what to set; the preferences page stores every choice; an unsubscribe link's confirm page works without
// JavaScript, a mail client's one-click POST (no Origin) works, and a cross-site form post elsewhere is refused.
import { createHmac, hkdfSync } from 'node:crypto';
import { expect } from '@playwright/test';
import { test } from './support/test';
import { startServer, type TestServer } from './support/server';
import { ADMIN, setupOrganisation, signIn } from './support/people';
import { openDatabase } from './support/authz-records';

const SECRET_KEY = 'e2e-secret-for-unsubscribe-links';
let server: TestServer;

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startServer({ SECRET_KEY });
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL);
	await page.close();
});
test.afterAll(async () => {
	await server?.stop();
});

/** An unsubscribe token as the server signs one (src/lib/server/mail/unsubscribe.ts). */
function unsubscribeToken(userId: string, orgId: string, kind: string) {
	const key = Buffer.from(
		hkdfSync('sha256', Buffer.from(SECRET_KEY), Buffer.from('samspil-unsubscribe'), Buffer.from(''), 32)
	);
	const payload = Buffer.from(JSON.stringify([userId, orgId, kind])).toString('base64url');
	return `${payload}.${createHmac('sha256', key).update(payload).digest('base64url')}`;
}

test('without SMTP_URL the admin is told email is off and what to set; the preferences page stores choices', async ({
	page
}) => {
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(`${server.baseURL}/settings`);
	const mail = page.getByRole('region', { name: 'Email' });
	await expect(mail).toContainText('Email is off');
	await expect(mail).toContainText('SMTP_URL');

	await page.goto(`${server.baseURL}/profile/notifications`);
	await expect(page.getByText('This server does not send email at the moment')).toBeVisible();
	const reminders = page.getByRole('checkbox', { name: 'Survey reminders by email' });
	await expect(reminders).toBeChecked();
	await reminders.uncheck();
	await page.getByRole('checkbox', { name: 'Action follow-ups in the app' }).uncheck();
	await page.getByRole('button', { name: 'Save choices' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Your choices are saved.' })).toBeVisible();
	await page.reload();
	await expect(page.getByRole('checkbox', { name: 'Survey reminders by email' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Action follow-ups in the app' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Survey invitations by email' })).toBeChecked();
});

test('an unsubscribe link asks first and works without JavaScript; a one-click POST works from a mail client', async ({
	browser,
	page
}) => {
	const db = openDatabase(server.dataDir);
	const { user_id: userId, org_id: orgId } = db
		.prepare(`select m.user_id, m.org_id from memberships m join users u on u.id = m.user_id where u.email = ?`)
		.get(ADMIN.email) as { user_id: string; org_id: string };
	db.close();

	const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await noJs.goto(`${server.baseURL}/unsubscribe/${unsubscribeToken(userId, orgId, 'survey_invitation')}`);
	await expect(noJs.getByText('Stop emails about: Survey invitations?')).toBeVisible();
	await noJs.getByRole('button', { name: 'Stop these emails' }).click();
	await expect(noJs.getByText('You will get no more emails about: Survey invitations.')).toBeVisible();
	await noJs.goto(`${server.baseURL}/unsubscribe/not-a-token.at-all`);
	await expect(noJs.getByRole('alert')).toHaveText('This unsubscribe link is not valid.');

	// RFC 8058: the mail provider posts from its own servers, without an Origin header.
	const oneClick = await fetch(`${server.baseURL}/unsubscribe/${unsubscribeToken(userId, orgId, 'bites_review')}`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded' },
		body: 'List-Unsubscribe=One-Click'
	});
	expect(oneClick.status).toBe(200);
	// Any other cross-site form post is still refused.
	const crossSite = await fetch(`${server.baseURL}/settings?/org`, {
		method: 'POST',
		headers: { 'content-type': 'application/x-www-form-urlencoded', origin: 'https://evil.example' },
		body: 'name=x'
	});
	expect(crossSite.status).toBe(403);

	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(`${server.baseURL}/profile/notifications`);
	await expect(page.getByRole('checkbox', { name: 'Survey invitations by email' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Daily learning-bite review by email' })).not.toBeChecked();
	await expect(page.getByRole('checkbox', { name: 'Upcoming learning sessions by email' })).toBeChecked();
});

// Privacy in the browser: a member downloads their data (file and readable page) and deletes their
// account, after which they cannot sign in; the only admin cannot; an admin sets retention and exports the
// organisation, which holds no survey answers and no private peer feedback but links each round's results;
// the public privacy page reads well on a phone. axe on every page.
import fs from 'node:fs';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, attemptSignIn, setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
	server = await startServer();
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL);
	await page.close();
});
test.afterAll(async () => {
	await server.stop();
});

const MEMBER = { name: 'Nina Holt', email: 'nina@fjordby.test', password: 'a long enough password' };

test('a member downloads their data and deletes their account; then sign-in no longer works', async ({ browser }) => {
	const admin = await (await browser.newContext()).newPage();
	await signIn(admin, server.baseURL, ADMIN.email, ADMIN.password);
	await admin.goto(server.baseURL + '/members');
	await admin.getByLabel('Email').fill(MEMBER.email);
	await admin.getByRole('button', { name: 'Invite someone' }).click();
	const link = (await admin.locator('.notice code').textContent())!.trim();

	const member = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
	await member.goto(link);
	await member.getByLabel('Your name').fill(MEMBER.name);
	await member.getByLabel('Password').fill(MEMBER.password);
	await member.getByRole('button', { name: 'Join' }).click();
	await expect(member.getByRole('heading', { name: `Hello, ${MEMBER.name}` })).toBeVisible();

	await member.goto(server.baseURL + '/profile');
	await member.getByRole('link', { name: 'Your data and privacy' }).click();
	await expect(member.getByRole('heading', { name: 'Your data and privacy', level: 1 })).toBeVisible();
	await expectAccessible(member);

	const [download] = await Promise.all([
		member.waitForEvent('download'),
		member.getByRole('button', { name: 'Download as JSON' }).click()
	]);
	expect(download.suggestedFilename()).toMatch(/^samspil-my-data-\d{4}-\d{2}-\d{2}\.json$/);
	const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
	expect(data.person.email).toBe(MEMBER.email);
	expect(data.tables.memberships).toHaveLength(1);
	expect(JSON.stringify(data)).not.toContain('password_hash');

	await member.getByRole('button', { name: 'Show as a readable page' }).click();
	await expect(member.getByRole('heading', { name: 'Your data', level: 1 })).toBeVisible();
	await expect(member.getByRole('heading', { name: 'Organisations and teams' })).toBeVisible();
	await expect(member.getByText(MEMBER.email).first()).toBeVisible();
	await expectAccessible(member);
	const wide = await member.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1);
	expect(wide, 'the readable page fits a 375 px screen').toBe(false);

	await member.getByRole('link', { name: 'Back to your data and privacy' }).click();
	// A wrong password is refused in place.
	await member.getByLabel('Your password, to confirm').fill('not my password at all');
	await member.getByLabel('I understand that my account is deleted for good.').check();
	await member.getByRole('button', { name: 'Delete my account' }).click();
	await expect(member.getByText('Your current password is wrong.')).toBeVisible();
	await member.getByLabel('Your password, to confirm').fill(MEMBER.password);
	await member.getByLabel('I understand that my account is deleted for good.').check();
	await member.getByRole('button', { name: 'Delete my account' }).click();
	await expect(member).toHaveURL(/\/signin\?erased/);
	await expect(member.getByRole('status')).toHaveText('Your account has been deleted.');
	await expectAccessible(member);

	await attemptSignIn(member, server.baseURL, MEMBER.email, MEMBER.password);
	await expect(member).toHaveURL(/\/signin/);
	await expect(member.getByRole('alert')).toBeVisible();

	// The admin's member list no longer has them; the audit log says an account was deleted, by nobody named.
	await admin.goto(server.baseURL + '/members');
	await expect(admin.getByText(MEMBER.email)).toHaveCount(0);
	await admin.goto(server.baseURL + '/audit');
	await expect(admin.getByText('A person deleted their account')).toBeVisible();
	await expect(admin.getByText(MEMBER.name)).toHaveCount(0);
});

test('the only admin is told to hand over before deleting their account', async ({ page }) => {
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(server.baseURL + '/profile/privacy');
	await expect(page.getByText(`You are the only admin of ${ADMIN.org}.`, { exact: false })).toBeVisible();
	await page.getByLabel('Your password, to confirm').fill(ADMIN.password);
	await page.getByLabel('I understand that my account is deleted for good.').check();
	await page.getByRole('button', { name: 'Delete my account' }).click();
	await expect(
		page.getByText('You are the only admin of an organisation: make someone else an admin first.')
	).toBeVisible();
	// Nothing happened: still signed in, still there.
	await page.goto(server.baseURL + '/dashboard');
	await expect(page.getByRole('heading', { name: `Hello, ${ADMIN.name}` })).toBeVisible();
});

test('an admin sets retention and exports the organisation', async ({ page }) => {
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(server.baseURL + '/settings');
	await expectAccessible(page);
	await page.getByLabel('Delete archived boards after (months)').fill('24');
	await page.getByLabel('Delete survey comments after (months)').fill('0');
	// Past the browser's own check, as a script or an old browser would.
	await page.locator('form[action="?/retention"]').evaluate((f: HTMLFormElement) => (f.noValidate = true));
	await page.getByRole('button', { name: 'Save retention' }).click();
	await expect(page.getByText('A number of months from 1 to 240, or empty to keep.')).toBeVisible();
	await page.getByLabel('Delete survey comments after (months)').fill('12');
	await page.getByRole('button', { name: 'Save retention' }).click();
	await expect(page.getByRole('status')).toHaveText('Saved.');
	await page.reload();
	await expect(page.getByLabel('Delete archived boards after (months)')).toHaveValue('24');
	await expect(page.getByLabel('Delete survey comments after (months)')).toHaveValue('12');

	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the organisation as JSON' }).click()
	]);
	const data = JSON.parse(fs.readFileSync((await download.path())!, 'utf8'));
	expect(data.organisation.name).toBe(ADMIN.org);
	expect(data.organisation.retain_board_archive_months).toBe(24);
	expect(JSON.stringify(data)).not.toContain('password_hash');

	// Deleting needs the exact name.
	await page.getByLabel(`Type “${ADMIN.org}” to confirm`).fill('Fjordby');
	await page.getByRole('button', { name: 'Delete the organisation for good' }).click();
	await expect(page.getByText("Type the organisation's name exactly as shown.")).toBeVisible();
});

test("an organisation's export links each round's results and holds no survey answers or private feedback, which stays in its people's own downloads", async ({
	browser
}) => {
	// The demo organisation has rounds with answers and comments, and peer feedback between colleagues.
	const demo = await createDemoOrganisation(server.dataDir);
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, demo.email, demo.password);
	await page.goto(server.baseURL + '/settings');
	await expect(
		page.getByText("it is only in the giver's and the receiver's own downloads", { exact: false })
	).toBeVisible();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download the organisation as JSON' }).click()
	]);
	const text = fs.readFileSync((await download.path())!, 'utf8');
	const data = JSON.parse(text);
	expect(data.organisation.name).toBe(demo.orgName);
	expect(data.tables.survey_questions.length).toBeGreaterThan(0);
	for (const table of [
		'learning_feedback',
		'learning_feedback_shares',
		'survey_responses',
		'survey_counts',
		'survey_dimension_counts',
		'survey_comments',
		'survey_participation',
		'survey_reminders'
	]) {
		expect(data.tables, table).not.toHaveProperty(table);
	}
	// A comment the demo's respondents wrote, and feedback between two colleagues (Sarah to Mads).
	expect(text).not.toContain('Sidemandsoplæringen, da jeg startede');
	expect(text).not.toContain('The on-call handover on Monday morning');
	expect(text).not.toContain('Personalemødet i tirsdags');

	// Each round is a link to its results, which apply the same rules as the page.
	expect(data.surveys.rounds.length).toBeGreaterThan(0);
	for (const r of data.surveys.rounds)
		expect(r.results.csv).toBe(`${server.baseURL}/surveys/rounds/${r.id}/results.csv`);
	const round = data.surveys.rounds[0];
	await page.goto(round.results.page);
	await expect(page.getByRole('heading', { level: 1 })).toContainText(round.name);

	// The feedback the admin received is in their own download, the colleagues' feedback is not.
	await page.goto(server.baseURL + '/profile/privacy');
	const [mine] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download as JSON' }).click()
	]);
	const own = fs.readFileSync((await mine.path())!, 'utf8');
	expect(own).toContain('Personalemødet i tirsdags');
	expect(own).not.toContain('The on-call handover on Monday morning');
});

test('the privacy page is public, in the chosen language, and fits a phone', async ({ browser }) => {
	const page = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
	await page.goto(server.baseURL + '/signin');
	await page.getByRole('link', { name: 'Privacy' }).click();
	await expect(page.getByRole('heading', { name: 'Privacy in Samspil', level: 1 })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Surveys are anonymous by design' })).toBeVisible();
	await expectAccessible(page);
	expect(await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth + 1)).toBe(false);
	const da = await (
		await browser.newContext({ locale: 'da-DK', extraHTTPHeaders: { 'accept-language': 'da' } })
	).newPage();
	await da.goto(server.baseURL + '/privacy');
	await expect(da.getByRole('heading', { name: 'Privatliv i Samspil', level: 1 })).toBeVisible();
	await expectAccessible(da);
});

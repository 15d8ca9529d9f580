// Learning in the browser: a buddy logs a session and a teammate's team view shows it live; a manager
// pairs mentees from a suggestion; feedback stays between giver and receiver; a calendar feed can be
// subscribed to and revoked; the pages hold at phone width and pass axe.
import fs from 'node:fs';
import type { Browser, Page } from '@playwright/test';
import { test, expect } from './support/test';
import { startServer, type TestServer } from './support/server';
import { setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation, demoAddress } from './support/demo';
import { expectAccessible } from './support/a11y';

const REQUIRED = JSON.parse(fs.readFileSync('messages/en.json', 'utf8')).error_required as string;
let server: TestServer;
let demo: { email: string; password: string; domain: string };
test.describe.configure({ mode: 'serial' });

test.beforeAll(async ({ browser }) => {
	test.setTimeout(120_000);
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000', NUDGE_INTERVAL_SECONDS: '0' });
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL);
	await page.close();
	const org = await createDemoOrganisation(server.dataDir);
	demo = { email: org.email, password: org.password, domain: org.email.split('@')[1] };
});

test.afterAll(async () => {
	await server.stop();
});

const emailOf = (name: string) => demoAddress(name, demo.domain);
const signInSettled = (page: Page, email: string, password: string) => signIn(page, server.baseURL, email, password);

async function as(browser: Browser, name: string, width = 1280): Promise<Page> {
	const context = await browser.newContext({ viewport: { width, height: 900 } });
	const page = await context.newPage();
	await signInSettled(page, emailOf(name), demo.password);
	return page;
}

async function fitsThePhone(page: Page) {
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
}

test('a log written by the buddy appears live in a teammate’s team view', async ({ browser }) => {
	const lars = await as(browser, 'Lars Thygesen', 375);
	await lars.goto(`${server.baseURL}/learning`);
	await lars.getByRole('link', { name: 'Borgerservice', exact: true }).click();
	await expect(lars.getByRole('heading', { name: 'Learning in Borgerservice' })).toBeVisible();
	await expect(lars.getByText('Live: updates appear as they happen.')).toBeVisible();
	await expect(lars.getByRole('region', { name: 'Still without a buddy or mentor' })).toContainText('Lars Thygesen');
	await fitsThePhone(lars);
	await expectAccessible(lars);

	const sofie = await as(browser, 'Sofie Lindholm');
	await sofie.goto(`${server.baseURL}/learning`);
	await sofie.getByRole('link', { name: 'with Ahmed Hassan' }).first().click();
	await expect(sofie.getByRole('heading', { name: 'Sofie Lindholm with Ahmed Hassan' })).toBeVisible();
	await expectAccessible(sofie);
	await sofie.getByLabel('Minutes').fill('50');
	await sofie
		.getByLabel('What did you practise or learn?')
		.fill('Lost passports and emergency passports at the counter');
	await sofie.getByLabel('Skills').fill('passports');
	await sofie.getByRole('button', { name: 'Save log' }).click();
	await expect(sofie.getByText('Session logged. Your partner can confirm it.')).toBeVisible();

	// No reload on Lars's side: the team document brings it.
	await expect(lars.getByRole('region', { name: 'Latest logs' })).toContainText(
		'Sofie Lindholm logged 50 minutes with Ahmed Hassan'
	);
	await lars.context().close();
	await sofie.context().close();
});

test('a manager pairs waiting mentees from the suggestion, never with themselves', async ({ browser }) => {
	const hanne = await as(browser, 'Hanne Brøndum', 375);
	await hanne.goto(`${server.baseURL}/learning`);
	await hanne.getByRole('link', { name: 'Mentorordning for nye social- og sundhedshjælpere' }).click();
	await hanne.getByRole('button', { name: 'Suggest pairs' }).click();
	const suggestion = hanne.getByRole('group', { name: 'Keep the pairs you want' });
	await expect(suggestion.getByRole('checkbox')).toHaveCount(2);
	await expect(suggestion).toContainText('Karen Mikkelsen with Oliver Bennett');
	await expect(suggestion).toContainText('Peter Holm with Ida Søndergaard');
	await expect(suggestion).not.toContainText('Hanne Brøndum');
	await fitsThePhone(hanne);
	await expectAccessible(hanne);
	await hanne.getByRole('button', { name: 'Make these pairs' }).click();
	await expect(hanne.getByText('The pairs are made.')).toBeVisible();
	await expect(hanne.getByRole('region', { name: 'Pairs' })).toContainText('Peter Holm with Ida Søndergaard');
	await hanne.context().close();
});

test('the programme’s checklist: a manager adds a task from its folded form and removes it; the buddy signs it off', async ({
	browser
}) => {
	const mette = await as(browser, 'Mette Kjærgaard', 375);
	await mette.goto(`${server.baseURL}/learning`);
	await mette.getByRole('link', { name: 'Sidemandsoplæring ved skranken' }).click();
	const checklist = mette.getByRole('region', { name: 'Checklist for new colleagues' });
	await expect(checklist.getByRole('listitem').first()).toBeVisible();
	await expect(checklist.getByLabel('New task')).toBeHidden();
	await checklist.locator('summary', { hasText: 'Add task' }).click();
	// Blank after trimming: refused, and the form stays open with the error.
	await checklist.getByLabel('New task').fill('   ');
	await checklist.getByRole('button', { name: 'Add task' }).click();
	await expect(checklist.getByLabel('New task')).toHaveAttribute('aria-invalid', 'true');
	await expect(checklist.getByText(REQUIRED)).toBeVisible();
	await checklist.getByLabel('New task').fill('Bestilling af tolk');
	await checklist.getByRole('button', { name: 'Add task' }).click();
	await expect(checklist.getByRole('listitem').filter({ hasText: 'Bestilling af tolk' })).toBeVisible();
	await fitsThePhone(mette);
	await expectAccessible(mette);

	const sofie = await as(browser, 'Sofie Lindholm');
	await sofie.goto(`${server.baseURL}/learning`);
	await sofie.getByRole('link', { name: 'with Ahmed Hassan' }).first().click();
	const own = sofie.getByRole('region', { name: 'Checklist for Ahmed Hassan' });
	await own.getByRole('button', { name: 'Sign off “Bestilling af tolk”' }).click();
	await expect(own.getByRole('button', { name: 'Undo sign-off of “Bestilling af tolk”' })).toBeVisible();
	await expect(own.getByRole('listitem').filter({ hasText: 'Bestilling af tolk' })).toContainText('Sofie Lindholm');
	await own.getByRole('button', { name: 'Undo sign-off of “Bestilling af tolk”' }).click();
	await expect(own.getByRole('button', { name: 'Sign off “Bestilling af tolk”' })).toBeVisible();

	await checklist.getByRole('button', { name: 'Remove “Bestilling af tolk”' }).click();
	await expect(checklist.getByText('Bestilling af tolk')).toHaveCount(0);
	await sofie.reload();
	await expect(own.getByText('Bestilling af tolk')).toHaveCount(0);
	await mette.context().close();
	await sofie.context().close();
});

test('feedback is read by its receiver, and refused to the manager and the admin until shared', async ({ browser }) => {
	const ahmed = await as(browser, 'Ahmed Hassan');
	await ahmed.goto(`${server.baseURL}/learning/feedback`);
	await expectAccessible(ahmed);
	await ahmed.getByLabel('To', { exact: true }).selectOption({ label: 'Sofie Lindholm' });
	await ahmed.getByLabel('Situation').fill('My first emergency passport');
	await ahmed.getByLabel('Behaviour').fill('You let me finish before you pointed out the missing signature');
	await ahmed.getByLabel('Impact').fill('I will remember the signature and I kept my confidence');
	await ahmed.getByLabel('Feed-forward').fill('Keep doing it this way with Emma');
	await ahmed.getByRole('button', { name: 'Send feedback' }).click();
	await expect(ahmed.getByText('Sent. Only Sofie Lindholm and you can see it.')).toBeVisible();
	const url = ahmed.url().split('?')[0];

	const sofie = await as(browser, 'Sofie Lindholm', 375);
	await sofie.goto(url);
	await expect(sofie.getByText('You let me finish before you pointed out the missing signature')).toBeVisible();
	await fitsThePhone(sofie);
	await expectAccessible(sofie);

	const mette = await as(browser, 'Mette Kjærgaard');
	const refused = await mette.goto(url);
	expect(refused?.status()).toBe(403);
	await expect(mette.getByText('You let me finish')).toHaveCount(0);
	const adminContext = await browser.newContext();
	const admin = await adminContext.newPage();
	await signInSettled(admin, demo.email, demo.password);
	expect((await admin.goto(url))?.status()).toBe(403);

	await sofie.getByLabel('Share with').selectOption({ label: 'Mette Kjærgaard' });
	await sofie.getByRole('button', { name: 'Share', exact: true }).click();
	await expect(sofie.getByRole('button', { name: 'Stop sharing with Mette Kjærgaard' })).toBeVisible();
	expect((await mette.goto(url))?.status()).toBe(200);
	await expect(mette.getByText('You let me finish before you pointed out the missing signature')).toBeVisible();
	expect((await admin.goto(url))?.status()).toBe(403);
	for (const p of [ahmed, sofie, mette, admin]) await p.context().close();
});

test('a private calendar feed serves the sessions until it is revoked; one pair downloads as .ics', async ({
	browser
}) => {
	const emma = await as(browser, 'Emma Clarke');
	await emma.goto(`${server.baseURL}/learning/profile`);
	await expectAccessible(emma);
	await emma.getByRole('button', { name: 'Make a feed address' }).click();
	const feedUrl = await emma.getByLabel('Feed address').inputValue();
	expect(feedUrl).toMatch(/\/public\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
	const feed = await fetch(feedUrl);
	expect(feed.status).toBe(200);
	expect(feed.headers.get('content-type')).toContain('text/calendar');
	const text = await feed.text();
	expect(text).toContain('RRULE:FREQ=WEEKLY;COUNT=10');
	expect(text).toContain('SUMMARY:Sidemandsoplæring ved skranken with Jonas Vestergaard');
	expect(text).toMatch(/EXDATE;TZID=Europe\/Copenhagen:\d{8}T100000/);

	await emma.getByRole('button', { name: 'Stop the feed' }).click();
	await expect(emma.getByText('The feed address no longer works.')).toBeVisible();
	expect((await fetch(feedUrl)).status).toBe(404);

	await emma.goto(`${server.baseURL}/learning/nudges`);
	await expectAccessible(emma);
	await emma.goto(`${server.baseURL}/learning`);
	await expectAccessible(emma);
	await emma.getByRole('link', { name: 'with Jonas Vestergaard' }).first().click();
	const [download] = await Promise.all([
		emma.waitForEvent('download'),
		emma.getByRole('button', { name: 'Download these sessions (.ics)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('samspil-session.ics');
	const body = await (await download.createReadStream()).toArray();
	expect(Buffer.concat(body).toString('utf8')).toContain('BEGIN:VEVENT');
	await emma.context().close();
});

test('nudge preferences are kept per person, and forms work without JavaScript', async ({ browser }) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const ida = await context.newPage();
	await signInSettled(ida, emailOf('Ida Søndergaard'), demo.password);
	await ida.goto(`${server.baseURL}/learning/nudges`);
	const email = ida.getByRole('checkbox', { name: 'A session you have not logged by email' });
	await expect(email).toBeChecked();
	await email.uncheck();
	await ida.getByRole('button', { name: 'Save' }).click();
	await expect(ida.getByText('Saved.')).toBeVisible();
	await ida.goto(`${server.baseURL}/learning/nudges`);
	await expect(ida.getByRole('checkbox', { name: 'A session you have not logged by email' })).not.toBeChecked();
	await expect(ida.getByRole('checkbox', { name: 'A session you have not logged in the app' })).toBeChecked();

	// Bad input keeps what was typed and says what is wrong.
	await ida.goto(`${server.baseURL}/learning/feedback`);
	await ida.getByLabel('Situation').fill('Morning round');
	// Blanks get past the browser's own check; the server says what is missing.
	for (const label of ['Behaviour', 'Impact', 'Feed-forward']) await ida.getByLabel(label).fill('   ');
	await ida.getByRole('button', { name: 'Send feedback' }).click();
	await expect(ida.getByLabel('Situation')).toHaveValue('Morning round');
	await expect(ida.getByLabel('Behaviour')).toHaveAttribute('aria-invalid', 'true');
	await expect(ida.locator('#fb-behaviour-error')).toHaveText(REQUIRED);
	await context.close();
});

// The product's own loop, end to end in Chromium, through the app's forms as people use them: a survey round
// for a team of five → "Discuss these results" makes a board whose zones stand for the round's dimensions → a
// note in a zone becomes a decision and an action item → the action carries the zone's dimension and the
// round's score as its "before" → the next round of the same survey closes → the action and the board's
// summary show before and after.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { addNote } from './support/boards';
import { answerEveryStatement } from './support/surveys';

let server: TestServer;
let demo: { email: string; password: string };
const domain = () => demo.email.split('@')[1];
// the demo's IT team: five people, enough for the minimum group size of five
const IT = ['thomas.riis', 'sarah.mitchell', 'mads.oestergaard', 'camilla.dahl', 'nikolaj.friis'];

test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	demo = await createDemoOrganisation(server.dataDir);
});
test.afterAll(async () => {
	await server.stop();
});

async function signedIn(browser: Browser, email: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, email, demo.password);
	return page;
}

/** The admin opens a round of the built-in survey for the IT team; returns its results page. */
async function openRound(admin: Page, name: string): Promise<string> {
	await admin.goto(server.baseURL + '/surveys');
	await admin.getByRole('link', { name: 'Learning environment', exact: true }).click();
	await admin.getByLabel('Name of the round').fill(name);
	await admin.getByRole('checkbox', { name: 'IT og Digitalisering' }).check();
	await admin.getByRole('button', { name: 'Open a round' }).click();
	await expect(
		admin.getByRole('heading', { name: new RegExp(`Results: Learning environment – ${name}`) })
	).toBeVisible();
	return admin.url();
}

/** All five answer every statement with `choice`, from their dashboards. */
async function everyoneAnswers(browser: Browser, round: string, choice: string) {
	for (const local of IT) {
		const page = await signedIn(browser, `${local}@${domain()}`);
		await page
			.getByRole('region', { name: 'Surveys to answer' })
			.getByRole('link', { name: new RegExp(round) })
			.click();
		await answerEveryStatement(page, choice);
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByText('Thank you for answering.')).toBeVisible();
		await page.context().close();
	}
}

async function closeRound(admin: Page, resultsUrl: string) {
	await admin.goto(resultsUrl);
	await admin.waitForLoadState('networkidle');
	await admin.getByRole('button', { name: 'Close the round now' }).click();
	await admin.getByRole('dialog').getByRole('button', { name: 'Yes, close the round' }).click();
	await expect(admin.getByText('The round is closed. No more answers are taken.')).toBeVisible();
}

test('round → board → decision → action → next round: before and after on the action and the board summary', async ({
	browser
}) => {
	test.setTimeout(300_000); // eleven sign-ins and ten surveys answered on a shared 2-core machine
	const admin = await signedIn(browser, demo.email);

	// Round one: the team answers, the round closes, its results become a dialogue board.
	const spring = await openRound(admin, 'Loop spring');
	await everyoneAnswers(browser, 'Loop spring', 'Disagree');
	await closeRound(admin, spring);
	await admin.goto(spring);
	await expect(admin.getByText('5 responses').first()).toBeVisible();
	await admin.getByRole('button', { name: 'Discuss these results' }).click();
	await expect(admin).toHaveURL(/\/boards\/[\w-]{22}$/);
	const boardUrl = admin.url();
	const canvas = admin.getByRole('region', { name: 'Board canvas' });
	const zone = ((await canvas.getByRole('heading', { level: 2 }).first().textContent()) ?? '')
		.replace(/\(\d+\)\s*$/, '')
		.trim();
	expect(zone.length).toBeGreaterThan(0);

	// A note in the first zone becomes a decision, the decision an action item on the team's plan.
	const text = 'A learning minute on Mondays'; // under 40 characters: labels quote a note's first 40
	await addNote(admin, zone, text);
	await admin.getByRole('button', { name: 'List view' }).click();
	const item = admin.getByRole('listitem').filter({ hasText: text }).first();
	await item.getByText(`Change note “${text}”`).click();
	await item.getByRole('button', { name: 'Make this a decision' }).click();
	await admin.getByRole('region', { name: 'Decisions' }).getByRole('checkbox', { name: text }).check();
	await admin.getByRole('button', { name: 'Make action items (1)' }).click();
	await expect(admin.getByText('Action items made: 1')).toBeVisible();
	await admin.getByRole('list', { name: 'Action items from this board' }).getByRole('link', { name: text }).click();
	await expect(admin.getByRole('heading', { level: 1, name: text })).toBeVisible();
	const actionUrl = admin.url();

	// The action took the zone's dimension and round one's score as its "before"; no after yet.
	const beforeAfter = admin.getByRole('region', { name: 'Before and after' });
	await expect(beforeAfter).toContainText(`${zone} in the survey rounds around this action.`);
	await expect(beforeAfter.getByText('Before (Loop spring)')).toBeVisible();
	await expect(beforeAfter.locator('dd').first()).toHaveText(/^\d/);
	await expect(beforeAfter).toContainText('After: the next survey round will show it.');

	// Round two of the same survey: the team answers differently, the round closes.
	const autumn = await openRound(admin, 'Loop autumn');
	await everyoneAnswers(browser, 'Loop autumn', 'Strongly agree');
	await closeRound(admin, autumn);

	await admin.goto(actionUrl);
	await expect(beforeAfter.getByText('Before (Loop spring)')).toBeVisible();
	await expect(beforeAfter.getByText('After (Loop autumn)')).toBeVisible();
	await expect(beforeAfter.locator('dd')).toHaveText([/^\d/, /^\d/]);
	await expect(beforeAfter.getByText(/^Change: [+−-]?\d/)).toBeVisible();

	// The board's summary shows the same before and after for its action.
	await admin.goto(boardUrl + '/summary');
	const summary = admin.getByRole('region', { name: 'Action items' });
	await expect(summary.getByRole('link', { name: text })).toBeVisible();
	await expect(summary).toContainText(zone);
	const ba = summary.getByTestId('before-after');
	await expect(ba).toContainText('Before (Loop spring)');
	await expect(ba).toContainText('After (Loop autumn)');
	await expect(ba.locator('dd')).toHaveText([/^\d/, /^\d/]);
	await admin.context().close();
});

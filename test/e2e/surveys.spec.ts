// Surveys end to end, as people use them: a manager opens a round for a team of five, the team answers
// from their dashboards, a live view on another screen stays empty until the fifth answer and then
// fills within a second; a closed round turns answers away without losing them; a survey is built and
// previewed in another language. Every page passes axe and fits a 375 px phone.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { answerEveryStatement } from './support/surveys';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { expectAccessible } from './support/a11y';

let server: TestServer;
let demo: { orgName: string; email: string; password: string };
const domain = () => demo.email.split('@')[1];
const IT = ['thomas.riis', 'sarah.mitchell', 'mads.oestergaard', 'camilla.dahl', 'nikolaj.friis'];

test.describe.configure({ mode: 'serial' });
test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	demo = await createDemoOrganisation(server.dataDir);
});
test.afterAll(async () => {
	await server.stop();
});

async function person(browser: Browser, local: string): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, `${local}@${domain()}`, demo.password);
	return page;
}

async function admin(browser: Browser): Promise<Page> {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, demo.email, demo.password);
	return page;
}

/** Answers every statement with `choice` (and a comment when given), by label, as a person would. */
async function fillAnswers(page: Page, choice: string, comment?: string) {
	await answerEveryStatement(page, choice);
	if (comment) await page.getByLabel('What helps you learn in your daily work?').fill(comment);
}

async function noHorizontalScroll(page: Page) {
	await page.setViewportSize({ width: 375, height: 740 });
	// Charts follow the new width on the next frames (ResizeObserver).
	await expect
		.poll(() => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth), {
			timeout: 3000
		})
		.toBeLessThanOrEqual(0)
		.catch(async (e) => {
			const wide = await page.evaluate(() =>
				[...document.querySelectorAll('body *')]
					.filter((el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1)
					.slice(0, 8)
					.map((el) => `${el.tagName}.${el.className} ${Math.round(el.getBoundingClientRect().right)}`)
			);
			throw new Error(`wider than 375 px: ${wide.join(', ')}\n${e}`);
		});
	await page.setViewportSize({ width: 1280, height: 720 });
}

test('a team of four shows no numbers anywhere; the fifth answer fills the live view in a second browser within a second', async ({
	browser
}) => {
	test.setTimeout(180_000); // six browsers, axe on five pages: a minute alone, more beside another spec file on 2 cores
	// The admin opens a round of the built-in survey for the IT team (five people).
	const lead = await admin(browser);
	await lead.goto(server.baseURL + '/surveys');
	await expectAccessible(lead);
	await lead.getByRole('link', { name: 'Learning environment', exact: true }).click();
	await lead.getByLabel('Name of the round').fill('Workshop');
	await lead.getByRole('checkbox', { name: 'IT og Digitalisering' }).check();
	await lead.getByRole('button', { name: 'Open a round' }).click();
	await expect(lead.getByRole('heading', { name: /Results: Learning environment – Workshop/ })).toBeVisible();
	const resultsUrl = lead.url();
	await expect(lead.getByText('Too few answers to show (at least 5 are needed).').first()).toBeVisible();

	// A second screen follows the round live (the workshop's projector).
	const screen = await admin(browser);
	await screen.goto(resultsUrl.replace(/\/results$/, '/live'));
	await expect(screen.getByText('Results appear when at least 5 people have answered.')).toBeVisible();
	await expect(screen.getByText('Live', { exact: true })).toBeVisible();
	// Results move in published steps of the minimum group per team, and the screen says so.
	await expect(screen.getByText('Updates every 5 answers per team.')).toBeVisible();

	// Four of the team answer from their dashboards.
	for (const [i, local] of IT.slice(0, 4).entries()) {
		const page = await person(browser, local);
		await page
			.getByRole('region', { name: 'Surveys to answer' })
			.getByRole('link', { name: /Workshop/ })
			.click();
		if (i === 0) {
			await expectAccessible(page);
			await noHorizontalScroll(page);
		}
		await fillAnswers(page, i % 2 ? 'Agree' : 'Strongly agree', i === 0 ? 'Pair programming on Fridays' : undefined);
		await page.getByRole('button', { name: 'Send my answers' }).click();
		await expect(page.getByText('Thank you for answering.')).toBeVisible();
		// They can see that they answered, and nothing else.
		await page.goto(server.baseURL + '/dashboard');
		await expect(
			page.getByRole('region', { name: 'Surveys to answer' }).getByRole('link', { name: /Workshop/ })
		).toHaveCount(0);
		await page.context().close();
	}

	// Four answers: no number on the page, in the CSV, in the JSON, or on the live screen.
	await lead.reload();
	await expect(lead.getByText('Too few answers to show (at least 5 are needed).').first()).toBeVisible();
	await expect(lead.getByText(/\d+ responses/)).toHaveCount(0);
	const csv = await (await lead.request.get(resultsUrl + '.csv')).text();
	expect(csv.split('\r\n').slice(1).join('\n')).not.toMatch(/,\d/);
	const api = await (await lead.request.get(resultsUrl + '.json')).json();
	expect(api.total).toMatchObject({ shown: false, numbers: null });
	expect(api.teams).toEqual([expect.objectContaining({ name: 'IT og Digitalisering', shown: false, numbers: null })]);
	expect(JSON.stringify({ total: api.total, teams: api.teams, trend: api.trend, comments: api.comments })).not.toMatch(
		/"responses":\d|"mean"/
	);
	await expect(screen.getByText('Results appear when at least 5 people have answered.')).toBeVisible();
	await expect(screen.getByTestId('live-count')).toHaveCount(0);

	// The fifth answer: the live screen shows the results within a second of the submission.
	const fifth = await person(browser, IT[4]);
	await fifth.goto(server.baseURL + '/dashboard');
	await fifth.getByRole('link', { name: /Workshop/ }).click();
	await fillAnswers(fifth, 'Disagree');
	const submitted = fifth.waitForResponse(
		(r) => r.request().method() === 'POST' && r.url().includes('/surveys/rounds/')
	);
	await fifth.getByRole('button', { name: 'Send my answers' }).click();
	await submitted;
	const t0 = Date.now();
	await expect(screen.getByTestId('live-count')).toHaveText('5 responses', { timeout: 1000 });
	expect(Date.now() - t0).toBeLessThan(1000);
	await expect(screen.getByRole('row', { name: /Psychological safety/ })).toBeVisible();
	await expectAccessible(screen);
	await noHorizontalScroll(screen);

	// The same person cannot answer again.
	await fifth.goto(resultsUrl.replace(/\/results$/, ''));
	await expect(fifth.getByText('You have answered this survey.')).toBeVisible();
	await expect(fifth.getByRole('button', { name: 'Send my answers' })).toHaveCount(0);

	// Now the numbers are there: page, CSV, JSON.
	await lead.reload();
	await expect(lead.getByText('5 responses').first()).toBeVisible();
	await expect(lead.getByRole('table', { name: /Dimension scores/ })).toBeVisible();
	expect(
		((await (await lead.request.get(resultsUrl + '.json')).json()) as { total: { numbers: { responses: number } } })
			.total.numbers.responses
	).toBe(5);
	expect(await (await lead.request.get(resultsUrl + '.csv')).text()).toMatch(/"IT og Digitalisering",5,/);
	await expectAccessible(lead);
	await noHorizontalScroll(lead);

	// From results to dialogue: a board for the team, the lowest dimensions as its zones.
	await lead.getByRole('button', { name: 'Discuss these results' }).click();
	await expect(lead).toHaveURL(/\/boards\/[\w-]{22}$/);
	await expect(lead.getByText('Dialogue on the results: Learning environment – Workshop').first()).toBeVisible();
	// Every dimension scored the same here, so the three first in the survey are the three "lowest".
	const canvas = lead.getByRole('region', { name: 'Board canvas' });
	for (const zone of ['Learning as a shared concern', 'Psychological safety', 'Openness to new ideas']) {
		await expect(canvas.getByRole('heading', { name: new RegExp(`^${zone}`) })).toBeVisible();
	}
	await lead.context().close();
	await screen.context().close();
	await fifth.context().close();
});

test('a closed round turns answers away with a clear message and keeps everything that was typed', async ({
	browser
}) => {
	// The demo's autumn round is open; Mads has not answered it yet.
	const mads = await person(browser, 'mads.oestergaard');
	await mads
		.getByRole('region', { name: 'Surveys to answer' })
		.getByRole('link', { name: /Efterår/ })
		.click();
	await fillAnswers(mads, 'Agree', 'Sparring with Camilla on the new platform');

	const lead = await admin(browser);
	await lead.goto(server.baseURL + '/surveys');
	await lead.getByRole('link', { name: 'Results of Efterår' }).click();
	await lead.waitForLoadState('networkidle');
	await lead.getByRole('button', { name: 'Close the round now' }).click();
	// Irreversible: a dialog asks first.
	await lead.getByRole('dialog').getByRole('button', { name: 'Yes, close the round' }).click();
	await expect(lead.getByText('The round is closed. No more answers are taken.')).toBeVisible();

	await mads.getByRole('button', { name: 'Send my answers' }).click();
	await expect(mads.getByRole('alert')).toHaveText(
		'This survey is closed, so your answers were not saved. They are still in the form below.'
	);
	await expect(mads.getByLabel('What helps you learn in your daily work?')).toHaveValue(
		'Sparring with Camilla on the new platform'
	);
	const first = mads.getByRole('group').filter({ hasText: 'In my team we see learning as something' });
	await expect(first.getByRole('radio', { name: 'Agree', exact: true })).toBeChecked();
	await expectAccessible(mads);
	await mads.context().close();
	await lead.context().close();
});

test('a survey is built from scratch, reordered, and previewed in Danish with the missing translation marked', async ({
	browser
}) => {
	const lead = await admin(browser);
	await lead.goto(server.baseURL + '/surveys');
	await lead.getByRole('group', { name: 'Title' }).getByLabel('English').fill('Onboarding check');
	await lead.getByRole('button', { name: 'Create a blank survey' }).click();
	await expect(lead.getByRole('heading', { name: 'Onboarding check' })).toBeVisible();
	const surveyPage = lead.url();

	// A question without text is refused with a message, and what was chosen stays.
	await lead.getByRole('link', { name: 'Add a question' }).click();
	await lead.getByLabel('Kind of question').selectOption({ label: 'Single choice' });
	await lead.getByRole('button', { name: 'Save' }).click();
	await expect(lead.getByText('Write the text in at least one language.')).toBeVisible();
	await expect(lead.getByLabel('Kind of question')).toHaveValue('single');

	await lead.getByRole('group', { name: 'Question' }).getByLabel('English').fill('Who showed you the ropes?');
	await lead
		.getByRole('group', { name: 'Question' })
		.getByLabel('Dansk')
		.fill('Hvem viste dig, hvordan tingene gøres?');
	await lead.getByRole('group', { name: 'Options' }).getByLabel('English').fill('A buddy\nMy manager\nNobody');
	await lead.getByRole('button', { name: 'Save' }).click();

	await lead.getByRole('link', { name: 'Add a question' }).click();
	await lead
		.getByRole('group', { name: 'Question' })
		.getByLabel('English')
		.fill('I knew whom to ask in my first week.');
	await lead.getByRole('button', { name: 'Save' }).click();
	await lead.getByRole('button', { name: 'Move question 2 up' }).click();
	await expect(lead.getByRole('listitem').filter({ hasText: 'Who showed you' })).toBeVisible();
	await expect(lead.locator('ol li').first()).toContainText('I knew whom to ask');
	await expectAccessible(lead);

	await lead.getByRole('link', { name: 'Preview' }).click();
	await lead.getByRole('link', { name: 'Dansk' }).click();
	const choice = lead.getByRole('group', { name: /Hvem viste dig/ });
	await expect(choice).toBeVisible();
	// The options exist in English only: shown, and marked as English.
	await expect(choice.getByRole('radio', { name: /A buddy/ })).toBeVisible();
	await expect(choice.locator('[lang="en"]').first()).toHaveText('A buddy');
	await expect(
		lead.getByRole('group', { name: /I knew whom to ask/ }).getByRole('radio', { name: 'Helt enig' })
	).toBeVisible();
	await expectAccessible(lead);
	await noHorizontalScroll(lead);

	// Without JavaScript the question's texts are in the form as stored (a page rendered on the server shows them),
	// so saving it unchanged keeps them.
	await lead.goto(surveyPage);
	const edit = (await lead.getByRole('link', { name: 'Edit question 2' }).getAttribute('href'))!;
	const noJs = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
	await signIn(noJs, server.baseURL, demo.email, demo.password);
	await noJs.goto(server.baseURL + edit);
	const question = noJs.getByRole('group', { name: 'Question' });
	await expect(question.getByLabel('English')).toHaveValue('Who showed you the ropes?');
	await expect(question.getByLabel('Dansk')).toHaveValue('Hvem viste dig, hvordan tingene gøres?');
	await expect(noJs.getByRole('group', { name: 'Options' }).getByLabel('English')).toHaveValue(
		'A buddy\nMy manager\nNobody'
	);
	await noJs.getByRole('button', { name: 'Save' }).click();
	await expect(noJs.locator('ol li').nth(1)).toContainText('Who showed you the ropes?');
	await noJs.context().close();

	await lead.goto(server.baseURL + '/surveys/about');
	await expect(lead.getByRole('heading', { name: 'Research this survey draws on' })).toBeVisible();
	await expect(lead.getByText(/Garvin, D\. A\., Edmondson/)).toBeVisible();
	await expectAccessible(lead);
	await lead.context().close();
});

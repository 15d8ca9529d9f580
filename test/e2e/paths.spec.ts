// Learning paths in the browser: a facilitator builds a path without JavaScript, a team's manager assigns it to
// the team, a learner on a phone sees "Next on your path" and completes the first step, and the manager sees the
// team's progress on a phone. axe at 375 px.
import { test, expect } from './support/test';
import { demoSuite } from './support/demo';
import { expectAccessible } from './support/a11y';

const { server, as, fitsThePhone } = demoSuite();
const PATH = 'Kundeservice for nye';
const FIRST = 'Welcome to self-service';
const SECOND = 'Giv feedback, der virker';

test('a facilitator builds a path without JavaScript', async ({ browser }) => {
	const author = await as(browser, 'Anne-Marie Berg', { javaScriptEnabled: false });
	await author.goto(`${server.baseURL}/bites`);
	await author.getByRole('link', { name: 'Learning paths' }).click();
	await expect(author.getByRole('heading', { level: 1, name: 'Learning paths' })).toBeVisible();
	await author.getByLabel('Title').fill(PATH);
	await author.getByRole('button', { name: 'New learning path' }).click();
	await expect(author.getByRole('heading', { level: 1, name: PATH })).toBeVisible();
	await expect(author.getByText('No steps yet.')).toBeVisible();
	for (const title of [FIRST, SECOND]) {
		await author.getByLabel('Module', { exact: true }).selectOption({ label: title });
		await author.getByRole('button', { name: 'Add as next step' }).click();
		await expect(author.getByRole('heading', { level: 3, name: new RegExp(title) })).toBeVisible();
	}
	await expect(author.getByRole('heading', { level: 3 })).toHaveText([`Step 1: ${FIRST}`, `Step 2: ${SECOND}`]);
	// The second step waits for the first by default.
	await expect(author.getByLabel(`${SECOND} waits for`)).toHaveValue(/.+/);
	await expect(author.getByText(`After ${FIRST}`)).toBeVisible();
	await author.context().close();
});

test('a manager assigns the path to the team', async ({ browser }) => {
	const manager = await as(browser, 'Thomas Riis');
	await manager.goto(`${server.baseURL}/bites/paths`);
	await manager.getByRole('link', { name: PATH }).click();
	await expect(manager.getByRole('heading', { level: 1, name: PATH })).toBeVisible();
	// Not theirs to change, theirs to assign.
	await expect(manager.getByText(/Only the path.s author/)).toBeVisible();
	await expect(manager.getByRole('button', { name: 'Add as next step' })).toHaveCount(0);
	await manager.getByLabel('Team or person').selectOption({ label: 'IT og Digitalisering' });
	await manager.getByRole('button', { name: 'Assign the path' }).click();
	await expect(manager.getByRole('button', { name: 'Remove the assignment for IT og Digitalisering' })).toBeVisible();
	const table = manager.getByRole('table');
	await expect(table.getByRole('row').filter({ hasText: 'Sarah Mitchell' })).toContainText('0 of 2');
	await manager.context().close();
});

test('a learner on a phone sees the next step of the path and completes it', async ({ browser }) => {
	const learner = await as(browser, 'Sarah Mitchell', { width: 375 });
	await learner.goto(`${server.baseURL}/dashboard`);
	await expect(learner.getByText(`Next on your path ${PATH}`)).toBeVisible();
	await learner.goto(`${server.baseURL}/bites`);
	await expect(learner.getByText(`Next on your path ${PATH}`)).toBeVisible();
	const paths = learner.getByRole('region', { name: 'Your learning paths' });
	// One path card, holding the path's two steps.
	await expect(paths.getByRole('heading', { level: 3 })).toHaveText([PATH]);
	const items = paths.locator('ol > li');
	await expect(items).toHaveCount(2);
	await expect(items.nth(0)).toContainText('Ready to take');
	await expect(items.nth(1)).toContainText(`Locked until ${FIRST} is done`);
	await expect(items.nth(1).getByRole('link')).toHaveCount(0);
	await fitsThePhone(learner);
	await expectAccessible(learner);

	await paths.getByRole('link', { name: FIRST }).click();
	await expect(learner.getByRole('heading', { level: 1, name: FIRST })).toBeVisible();
	await learner.getByRole('button', { name: 'Continue' }).click();
	await learner.getByRole('radio', { name: 'True' }).check();
	await learner.getByRole('button', { name: 'Check answer' }).click();
	await learner.getByRole('button', { name: 'Finish' }).click();
	await expect(learner.getByRole('heading', { name: 'Well done, module completed!' })).toBeVisible();

	await learner.goto(`${server.baseURL}/bites`);
	await expect(paths.getByText('1 of 2 steps done')).toBeVisible();
	await expect(items.nth(0)).toContainText('Done');
	await expect(items.nth(1)).toContainText('Ready to take');
	await expect(learner.getByRole('region', { name: "Today's bite" }).getByRole('link', { name: SECOND })).toBeVisible();
	await learner.context().close();
});

test('the manager sees the team’s progress on a phone', async ({ browser }) => {
	const manager = await as(browser, 'Thomas Riis', { width: 375 });
	await manager.goto(`${server.baseURL}/bites/paths`);
	await manager.getByRole('link', { name: PATH }).click();
	const progress = manager.getByRole('region', { name: 'Progress in IT og Digitalisering' });
	const rows = progress.getByRole('row').filter({ has: manager.getByRole('rowheader') });
	await expect(rows.first()).toBeVisible();
	expect(await rows.count()).toBeGreaterThan(0);
	await expect(rows.filter({ hasText: 'Sarah Mitchell' })).toContainText('1 of 2');
	await expect(rows.filter({ hasText: 'Sarah Mitchell' })).toContainText(SECOND);
	for (const text of await rows.allTextContents()) expect(text).toMatch(/\d of 2/);
	await fitsThePhone(manager);
	await expectAccessible(manager);
	await manager.context().close();
});

test('deleting a path asks first: without JavaScript the first submit only asks, and the path stays until confirmed', async ({
	browser
}) => {
	const author = await as(browser, 'Anne-Marie Berg', { javaScriptEnabled: false });
	await author.goto(`${server.baseURL}/bites/paths`);
	await author.getByRole('link', { name: PATH }).click();
	await author.getByRole('button', { name: 'Delete the path' }).click();
	await expect(
		author.getByText('Delete this path for everyone it is assigned to? Their finished modules stay finished.')
	).toBeVisible();
	await author.goto(`${server.baseURL}/bites/paths`);
	await expect(author.getByRole('link', { name: PATH })).toBeVisible();

	await author.getByRole('link', { name: PATH }).click();
	await author.getByRole('button', { name: 'Delete the path' }).click();
	await author.getByRole('button', { name: 'Yes, delete the path' }).click();
	await expect(author.getByRole('heading', { level: 1, name: 'Learning paths' })).toBeVisible();
	await expect(author.getByRole('link', { name: PATH })).toHaveCount(0);
	await author.context().close();
});

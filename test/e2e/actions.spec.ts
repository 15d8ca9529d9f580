// Learning-environment actions in real Chromium against the production build: the demo organisation's
// people pick actions, turn a board decision into one, follow the plan live in two browsers, move cards
// by mouse and by keyboard, answer the follow-up questions, and read the manager overview.
import { test, expect } from './support/test';
import type { Browser, Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { expectAccessible } from './support/a11y';

let server: TestServer;
let domain: string;
let password: string;
test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
	server = await startServer({ LOGIN_LIMIT_PER_IP: '1000' });
	const demo = await createDemoOrganisation(server.dataDir);
	domain = demo.email.split('@')[1];
	password = demo.password;
});
test.afterAll(async () => {
	await server.stop();
});

const email = (local: string) => `${local}@${domain}`;

async function as(
	browser: Browser,
	local: string,
	options: { locale?: string; javaScriptEnabled?: boolean; viewport?: { width: number; height: number } } = {}
) {
	const context = await browser.newContext(options);
	const page = await context.newPage();
	await signIn(page, server.baseURL, email(local), password);
	return page;
}

async function openPlan(page: Page, team: string) {
	await page.goto(server.baseURL + '/actions');
	await page.getByRole('link', { name: `Action plan for ${team}` }).click();
	await expect(page.getByRole('heading', { level: 1, name: `Action plan for ${team}` })).toBeVisible();
	return page.url().split('?')[0];
}

const column = (page: Page, status: string) => page.getByRole('region', { name: new RegExp(`^${status}`) });

test("a board decision made into an action item is on the team's plan, links back to the board, offers matching catalogue actions, and a colleague watching the plan sees it move at once", async ({
	browser
}) => {
	const manager = await as(browser, 'mette.kjaergaard');
	const planUrl = await openPlan(manager, 'Borgerservice');

	const colleague = await as(browser, 'jonas.vestergaard');
	await colleague.goto(planUrl);
	await expect(colleague.getByText('Live: changes by others appear here at once.')).toBeVisible();

	// The workshop on the team's board made its decision into an action item: it is on the plan already.
	const decision = 'Alle nye kolleger får en makker i de første seks uger';
	await column(manager, 'Planned').getByRole('link', { name: decision }).click();
	await expect(manager.getByRole('heading', { level: 1, name: decision })).toBeVisible();
	const boardLink = manager.getByRole('link', { name: 'From a board decision: Open the board' });
	const boardHref = (await boardLink.getAttribute('href'))!;
	expect(boardHref).toMatch(/^\/boards\/[\w-]{16,}$/);
	await expectAccessible(manager);

	// The hand-over page suggests catalogue actions that fit the decision, filtered by who drives them.
	await manager.getByRole('link', { name: 'Find matching catalogue actions' }).click();
	await expect(manager.getByRole('heading', { name: 'Catalogue actions that fit this decision' })).toBeVisible();
	await expect(manager.getByRole('heading', { name: 'A named buddy for every new colleague' })).toBeVisible();
	await manager.getByLabel('Who drives it').selectOption({ label: 'The team' });
	await manager.getByRole('button', { name: 'Filter' }).click();
	await expect(manager).toHaveURL(/driver=team/);
	await expect(manager.getByRole('heading', { name: 'A named buddy for every new colleague' })).toHaveCount(0);
	await expect(manager.getByRole('textbox', { name: 'Decision' })).toHaveValue(decision);
	await expectAccessible(manager);
	await manager.getByRole('button', { name: 'Create action' }).click();
	// Creating it again finds the item that is there: one plan item per decision.
	await expect(manager.getByRole('heading', { level: 1, name: decision })).toBeVisible();
	await expect(column(colleague, 'Planned').getByRole('link', { name: decision })).toHaveCount(1);

	// The manager drags it to Doing with the mouse; the colleague sees it move.
	await manager.goto(planUrl);
	await expect(manager.getByText('Live: changes by others appear here at once.')).toBeVisible();
	// Drag events sent to the card and the column: a mouse drag picks whatever card is under the pointer
	// when the button goes down, and the page above the board may still be settling then.
	const card = column(manager, 'Planned').getByRole('listitem').filter({ hasText: decision });
	const dataTransfer = await manager.evaluateHandle(() => new DataTransfer());
	await card.dispatchEvent('dragstart', { dataTransfer });
	await column(manager, 'Doing').dispatchEvent('dragover', { dataTransfer });
	await column(manager, 'Doing').dispatchEvent('drop', { dataTransfer });
	await expect(column(manager, 'Doing').getByRole('link', { name: decision })).toBeVisible();
	await expect(column(colleague, 'Doing').getByRole('link', { name: decision })).toBeVisible();
	await expect(column(colleague, 'Planned').getByRole('link', { name: decision })).toHaveCount(0);

	// The colleague moves it on by keyboard alone; the manager sees it in Done.
	const select = colleague.getByLabel(`Move "${decision}" to`);
	await select.focus();
	await select.selectOption('done');
	await colleague.keyboard.press('Tab');
	await expect(colleague.getByRole('button', { name: `Move: ${decision}` })).toBeFocused();
	await colleague.keyboard.press('Enter');
	await expect(column(manager, 'Done').getByRole('link', { name: decision })).toBeVisible();
	await expect(colleague.getByRole('status').filter({ hasText: `"${decision}" moved to Done.` })).toBeAttached();
	await expectAccessible(colleague);

	// The link leads back to the workshop's board.
	await manager.goto(server.baseURL + boardHref);
	await expect(manager.getByRole('heading', { level: 1, name: 'Vores læringsmiljø – workshop i marts' })).toBeVisible();
	await manager.context().close();
	await colleague.context().close();
});

test("a member cannot open or change another team's plan, nor the manager overview", async ({ browser }) => {
	const member = await as(browser, 'peter.holm');
	await member.goto(server.baseURL + '/actions');
	await expect(member.getByRole('link', { name: 'Action plan for Hjemmeplejen Nord' })).toBeVisible();
	await expect(member.getByRole('link', { name: 'Action plan for Borgerservice' })).toHaveCount(0);
	await expect(member.getByRole('link', { name: 'Overview of all plans' })).toHaveCount(0);

	const manager = await as(browser, 'mette.kjaergaard');
	const otherPlan = await openPlan(manager, 'Borgerservice');
	const firstItem = await column(manager, 'Doing').getByRole('link').first().getAttribute('href');
	const cookie = (await member.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
	expect((await member.goto(otherPlan))!.status()).toBe(403);
	expect((await member.goto(server.baseURL + firstItem))!.status()).toBe(404);
	expect((await member.goto(server.baseURL + '/actions/overview'))!.status()).toBe(403);
	const forged = await fetch(`${server.baseURL}${firstItem}?/save`, {
		method: 'POST',
		headers: { cookie, origin: server.baseURL, 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ title: 'Taken over', status: 'dropped' }),
		redirect: 'manual'
	});
	expect(forged.status).toBe(404);
	await member.context().close();
	await manager.context().close();
});

test('a manager filters the catalogue, puts an action on the plan, plans it (bad dates are explained, nothing typed is lost) and answers the follow-up', async ({
	browser
}) => {
	const manager = await as(browser, 'mette.kjaergaard');
	// Survey results link to the actions for a dimension, named in the survey's own terms.
	await manager.goto(server.baseURL + '/actions?dimension=learning_together');
	await expect(manager).toHaveURL(/\/actions\/catalogue\?dimension=learning_together$/);
	await expect(manager.getByLabel('Survey dimension')).toHaveValue('learning_together');
	await expect(manager.getByLabel('Survey dimension').locator('option:checked')).toHaveText('Learning from each other');
	await expect(manager.getByRole('heading', { name: 'A named buddy for every new colleague' })).toBeVisible();
	await manager.goto(server.baseURL + '/actions/catalogue');
	await manager.getByLabel('Effort').selectOption({ label: 'Small' });
	await manager.getByLabel('Who drives it').selectOption({ label: 'The leader' });
	await manager.getByRole('button', { name: 'Filter' }).click();
	await expect(manager).toHaveURL(/effort=S/);
	await expect(manager.getByRole('heading', { name: 'Leaders tell what they are learning' })).toBeVisible();
	await expect(manager.getByRole('heading', { name: 'Task rotation' })).toHaveCount(0);
	await expectAccessible(manager);
	await manager.getByRole('button', { name: 'Add to plan: Leaders tell what they are learning' }).click();
	await expect(manager.getByText('The action is on the plan.')).toBeVisible();

	await manager.getByLabel('Owner').selectOption({ label: 'Mette Kjærgaard' });
	await manager.getByLabel('Start date').fill('2025-03-10');
	await manager.getByLabel('Due date').fill('2025-03-01');
	await manager.getByLabel('Target', { exact: true }).fill('Every month at the team meeting');
	await manager.getByRole('button', { name: 'Save changes' }).click();
	await expect(manager.getByText('The due date cannot be before the start date.')).toBeVisible();
	await expect(manager.getByLabel('Target', { exact: true })).toHaveValue('Every month at the team meeting');
	await expect(manager.getByLabel('Start date')).toHaveValue('2025-03-10');
	await manager.getByLabel('Due date').fill('2025-06-30');
	await manager.getByRole('button', { name: 'Save changes' }).click();
	await expect(manager.getByText('Saved.')).toBeVisible();

	await manager.getByRole('group', { name: 'Did we do it?' }).getByLabel('Partly').check();
	await manager.getByRole('group', { name: 'Did it help?' }).getByLabel('Yes').check();
	await manager.getByLabel('What did we notice?').fill('Two of three months so far.');
	await manager.getByRole('button', { name: 'Save the answers' }).click();
	await expect(manager.getByText('The answers are saved and shown on the plan.')).toBeVisible();
	await expectAccessible(manager);

	await manager.getByRole('link', { name: 'Action plan for Borgerservice' }).click();
	await manager.getByRole('link', { name: 'List' }).click();
	const row = manager.getByRole('row').filter({ hasText: 'Leaders tell what they are learning' });
	await expect(row).toContainText('Did we do it: Partly. Did it help: Yes.');
	await expect(row).toContainText('Mette Kjærgaard');
	await expectAccessible(manager);
	await manager.context().close();
});

test("an owner finds a colleague's nudge waiting for them, and answering the follow-up settles it", async ({
	browser
}) => {
	const owner = await as(browser, 'lars.thygesen');
	await owner.goto(server.baseURL + '/actions');
	const waiting = owner.getByRole('region', { name: 'Waiting for you' });
	await expect(waiting.getByRole('link', { name: 'Fælles vejledning til det nye sagssystem' })).toBeVisible();
	await expect(waiting).toContainText('Mette Kjærgaard asked you to follow up');
	await expectAccessible(owner);

	// Answering the follow-up settles the nudge.
	await waiting.getByRole('link', { name: 'Fælles vejledning til det nye sagssystem' }).click();
	await owner.getByRole('group', { name: 'Did we do it?' }).getByLabel('Partly').check();
	await owner.getByRole('group', { name: 'Did it help?' }).getByLabel('Not sure yet').check();
	await owner.getByRole('button', { name: 'Save the answers' }).click();
	await expect(owner.getByText('The answers are saved and shown on the plan.')).toBeVisible();
	await owner.goto(server.baseURL + '/actions');
	await expect(owner.getByRole('region', { name: 'Waiting for you' })).toHaveCount(0);
	await owner.context().close();
});

test('the manager overview lists overdue actions and shows actions per factor as a chart with a table', async ({
	browser
}) => {
	const manager = await as(browser, 'mette.kjaergaard');
	await manager.goto(server.baseURL + '/actions');
	await manager.getByRole('link', { name: 'Overview of all plans' }).click();
	await expect(manager.getByRole('row', { name: /Fælles vejledning til det nye sagssystem/ })).toBeVisible();
	await expect(manager.getByRole('img', { name: /Bar chart: actions per factor/ })).toBeVisible();
	const table = manager.getByRole('table', { name: 'Actions per factor and status' });
	await expect(table.getByRole('row', { name: /Learning is a shared concern/ })).toBeVisible();
	// A manager sees the teams they lead, not the others.
	await expect(manager.getByRole('link', { name: 'Hjemmeplejen Nord' })).toHaveCount(0);
	await expectAccessible(manager);
	// The dark theme keeps its contrast on the overview and on the plan's board.
	await manager.emulateMedia({ colorScheme: 'dark' });
	await expectAccessible(manager);
	await openPlan(manager, 'Borgerservice');
	await expectAccessible(manager);
	await manager.context().close();
});

test('without JavaScript a card moves with the form; on a phone in Danish the plan fits the screen and passes axe', async ({
	browser
}) => {
	const page = await as(browser, 'jonas.vestergaard', {
		javaScriptEnabled: false,
		viewport: { width: 375, height: 800 }
	});
	await page.context().addCookies([{ name: 'samspil_locale', value: 'da', url: server.baseURL }]);
	await page.goto(server.baseURL + '/actions');
	await page.getByRole('link', { name: 'Indsatsplan for Borgerservice' }).click();
	await expect(page.getByRole('heading', { level: 1, name: 'Indsatsplan for Borgerservice' })).toBeVisible();
	const title = 'En kort evaluering efter hvert projekt';
	await expect(column(page, 'Planlagt').getByRole('link', { name: title })).toBeVisible();
	await page.getByLabel(`Flyt "${title}" til`).selectOption({ label: 'I gang' });
	await page.getByRole('button', { name: `Flyt: ${title}` }).click();
	await expect(column(page, 'I gang').getByRole('link', { name: title })).toBeVisible();
	await page.context().close();

	// The same person with JavaScript on a phone, in Danish: nothing sticks out sideways, axe is clean.
	const phone = await as(browser, 'jonas.vestergaard', { viewport: { width: 375, height: 800 } });
	await phone.context().addCookies([{ name: 'samspil_locale', value: 'da', url: server.baseURL }]);
	await phone.goto(server.baseURL + '/actions');
	await phone.getByRole('link', { name: 'Indsatsplan for Borgerservice' }).click();
	await expect(phone.getByText('Live: andres ændringer vises her med det samme.')).toBeVisible();
	await expect(column(phone, 'I gang').getByRole('link', { name: title })).toBeVisible();
	for (const path of ['', '?view=list']) {
		if (path) await phone.getByRole('link', { name: 'Liste' }).click();
		const overflow = await phone.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, `sideways overflow on the plan${path}`).toBeLessThanOrEqual(0);
		await expectAccessible(phone);
	}
	await phone.goto(server.baseURL + '/actions/catalogue?dimension=learning_together');
	await expect(phone.getByRole('heading', { name: 'En navngiven buddy til hver ny kollega' })).toBeVisible();
	await expectAccessible(phone);
	await phone.context().close();
});

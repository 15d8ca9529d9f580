import { test, expect, type Browser, type Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, setupOrganisation, signIn } from './support/people';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
	server = await startServer();
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.close();
});
test.afterAll(async () => {
	await server.stop();
});

async function facilitator(browser: Browser) {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	return page;
}

async function createBoard(page: Page, title: string, template: string) {
	await page.goto(server.baseURL + '/boards');
	await page.getByLabel('Title', { exact: true }).fill(title);
	await page.getByLabel('For', { exact: true }).selectOption({ label: 'Borgerservice' });
	await page.getByRole('radio', { name: new RegExp('^' + template.replace(/[/*]/g, (c) => '\\' + c)) }).check();
	await page.getByRole('button', { name: 'Create board' }).click();
	await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	return page.url().split('/').pop()!;
}

async function openSession(page: Page) {
	await page.getByRole('button', { name: 'Open a workshop session for guests' }).click();
	const code = (await page.getByTestId('join-code').textContent())!.trim();
	expect(code).toMatch(/^[A-Z2-9]{6}$/);
	return code;
}

async function joinAsGuest(browser: Browser, code: string, name: string) {
	const page = await (await browser.newContext()).newPage();
	await page.goto(server.baseURL + '/join');
	await page.getByLabel('Workshop code').fill(code.toLowerCase());
	await page.getByLabel('Your name on the board').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(/\/workshop\//);
	await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	return page;
}

async function setPhase(page: Page, phase: string) {
	await page.getByLabel('Phase', { exact: true }).selectOption({ label: phase });
	await page.getByRole('button', { name: 'Change phase' }).click();
	await expect(page.getByRole('heading', { name: `Phase: ${phase}` })).toBeVisible();
}

async function addNote(page: Page, zone: string, text: string) {
	await page.getByLabel(`New note in ${zone}`).fill(text);
	await page.getByLabel(`New note in ${zone}`).press('Enter');
}

const note = (page: Page, text: string) => page.getByRole('article', { name: new RegExp(`^Note: ${text}`) });

test('a facilitator and two guests run silent writing, reveal, hidden voting and turn a decision into an action', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Læringsværksted', 'Start / stop / continue');
	const code = await openSession(fac);
	const ann = await joinAsGuest(browser, code, 'Ann');
	const bo = await joinAsGuest(browser, code, 'Bo');
	await expect(ann.getByRole('list', { name: 'Here now' }).getByText('Bo')).toBeVisible();

	await setPhase(fac, 'Silent writing');
	await expect(ann.getByRole('heading', { name: 'Phase: Silent writing' })).toBeVisible();
	await expect(bo.getByRole('heading', { name: 'Phase: Silent writing' })).toBeVisible();
	await addNote(ann, 'Start', 'Pair every newcomer with a buddy');
	await addNote(bo, 'Stop', 'Stop skipping the handover');
	await expect(note(ann, 'Pair every newcomer')).toContainText('Only you see this');
	await expect(note(bo, 'Stop skipping')).toBeVisible();
	// Silent writing: nobody sees anyone else's notes, not even the facilitator.
	await bo.waitForTimeout(500);
	await expect(note(bo, 'Pair every newcomer')).toHaveCount(0);
	await expect(note(ann, 'Stop skipping')).toHaveCount(0);
	await expect(note(fac, 'Pair every newcomer')).toHaveCount(0);

	await fac.getByRole('button', { name: 'Reveal all notes' }).click();
	for (const page of [fac, ann, bo]) {
		await expect(note(page, 'Pair every newcomer with a buddy, by Ann')).toBeVisible();
		await expect(note(page, 'Stop skipping the handover, by Bo')).toBeVisible();
	}
	await expect(note(ann, 'Pair every newcomer')).not.toContainText('Only you see this');

	await setPhase(fac, 'Vote');
	await expect(ann.getByText('You have 5 of 5 dots left')).toBeVisible();
	await ann.getByRole('button', { name: 'Give a dot to “Pair every newcomer with a buddy”' }).click();
	await bo.getByRole('button', { name: 'Give a dot to “Pair every newcomer with a buddy”' }).click();
	await bo.getByRole('button', { name: 'Give a dot to “Pair every newcomer with a buddy”' }).click();
	await fac.getByRole('button', { name: 'Give a dot to “Stop skipping the handover”' }).click();
	await expect(bo.getByText('You have 3 of 5 dots left')).toBeVisible();
	// Votes stay hidden until the facilitator closes voting.
	await fac.getByText('Who is done').click();
	await expect(fac.getByText('Bo: voted (2 dots)')).toBeVisible();
	for (const page of [fac, ann, bo]) await expect(page.getByText(/^votes: \d/)).toHaveCount(0);

	await fac.getByRole('button', { name: 'Close voting and show results' }).click();
	for (const page of [fac, ann, bo]) {
		await expect(note(page, 'Pair every newcomer')).toContainText('votes: 3');
		await expect(note(page, 'Stop skipping')).toContainText('votes: 1');
	}

	await setPhase(fac, 'Decide');
	await fac.getByLabel('New decision').fill('Every newcomer gets a buddy for the first month');
	await fac.getByRole('button', { name: 'Add decision' }).click();
	await expect(bo.getByText('Every newcomer gets a buddy for the first month')).toBeVisible();
	await fac.getByRole('checkbox', { name: 'Every newcomer gets a buddy for the first month' }).check();
	await fac.getByRole('button', { name: 'Make action items (1)' }).click();
	await expect(fac.getByText('Action items made: 1')).toBeVisible();
	await expect(fac.getByRole('list', { name: 'Action items from this board' })).toContainText('Every newcomer gets a buddy');
	for (const page of [ann, bo]) {
		await expect(page.getByRole('region', { name: 'Decisions' }).or(page.locator('section[aria-labelledby="decisions-h"]')).getByText('Action', { exact: true })).toBeVisible();
	}
	await expectAccessible(fac);
	await expectAccessible(ann);
	await fac.context().close();
	await ann.context().close();
	await bo.context().close();
});

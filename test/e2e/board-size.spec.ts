// A board that reached the server's size cap (SYNC_MAX_DOC_KB) says so, in the board, and loses nothing
// it already held.
import { test, expect } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { ADMIN, setupOrganisation, signIn } from './support/people';

let server: TestServer;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
	server = await startServer({ SYNC_MAX_DOC_KB: '8' });
	const page = await browser.newPage();
	await setupOrganisation(page, server.baseURL, { demo: true });
	await page.close();
});
test.afterAll(async () => {
	await server.stop();
});
// eslint-disable-next-line no-empty-pattern -- Playwright reads the fixtures a hook needs from this pattern: none here
test.afterEach(async ({}, info) => {
	if (info.status !== info.expectedStatus)
		await info.attach('server log', { body: server.logs(), contentType: 'text/plain' });
});

test('a board at its size cap tells the writer their change was not saved, and keeps what it had', async ({
	browser
}) => {
	const page = await (await browser.newContext()).newPage();
	await signIn(page, server.baseURL, ADMIN.email, ADMIN.password);
	await page.goto(server.baseURL + '/boards');
	await page.getByLabel('Title', { exact: true }).fill('Big retro');
	await page.getByLabel('For', { exact: true }).selectOption({ label: 'Borgerservice' });
	await page.getByRole('radio', { name: /^Start \/ stop \/ continue/i }).check();
	await page.getByRole('button', { name: 'Create board' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	const boardUrl = page.url();
	await page
		.getByRole('navigation', { name: 'Phases' })
		.getByRole('button', { name: 'Open board', exact: true })
		.click();
	await expect(page.getByRole('heading', { name: 'Phase: Open board' })).toBeVisible();

	const full = page.getByRole('alert').filter({ hasText: 'This board has reached its size limit' });
	const input = page.getByLabel('New note in Start');
	// Right after the phase change the page may still be re-rendering: try again until the note is there.
	await expect(async () => {
		await input.fill('The first note stays');
		await input.press('Enter');
		await expect(page.getByText('The first note stays').first()).toBeVisible({ timeout: 3000 });
	}).toPass();
	// Long notes until the server refuses one (8 KB hold a dozen or so).
	// The refusal may arrive while the next note is being typed: the page then takes the field away, so a write
	// that finds no field ends the loop, and the alert below must be there.
	for (let i = 0; i < 40 && !(await full.isVisible()); i++) {
		const written = await input
			.fill(`Note ${i} `.padEnd(500, 'x'), { timeout: 5000 })
			.then(() => input.press('Enter', { timeout: 5000 }))
			.then(
				() => true,
				() => false
			);
		if (!written) break;
		await expect(page.getByText(`Note ${i} `, { exact: false }).first()).toBeVisible();
	}
	await expect(full).toBeVisible();
	await expect(page.getByRole('status').filter({ hasText: 'Board full' })).toBeVisible();

	// Someone opening the board now gets what the server kept: the first note among it.
	const other = await (await browser.newContext()).newPage();
	await signIn(other, server.baseURL, ADMIN.email, ADMIN.password);
	await other.goto(boardUrl);
	await expect(other.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(other.getByText('The first note stays').first()).toBeVisible();
});

import { test, expect, type Browser, type Locator, type Page } from '@playwright/test';
import { startServer, type TestServer } from './support/server';
import { expectAccessible } from './support/a11y';
import { ADMIN, setupOrganisation, signIn } from './support/people';
import { createDemoOrganisation } from './support/demo';
import { gzipSync } from 'node:zlib';
import { WebSocket } from 'ws';

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
test.afterEach(async ({}, info) => {
	if (info.status !== info.expectedStatus) await info.attach('server log', { body: server.logs(), contentType: 'text/plain' });
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

async function joinAsGuest(browser: Browser, code: string, name: string, options: { viewport?: { width: number; height: number } } = {}) {
	const page = await (await browser.newContext(options)).newPage();
	await page.goto(server.baseURL + '/join');
	await page.getByLabel('Workshop code').fill(code.toLowerCase());
	await page.getByLabel('Your name on the board').fill(name);
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page).toHaveURL(/\/join\/[\w-]{16,}$/);
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

/** The status the sync server answers a WebSocket upgrade with (101 = accepted). */
function upgradeStatus(path: string, cookie: string): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(server.baseURL.replace(/^http/, 'ws') + path, { headers: { cookie } });
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', reject);
	});
}

/** Opens a note's editor by keyboard (Enter on the focused note), replaces its text and saves (Enter). */
async function editNote(page: Page, text: string, next: string) {
	await note(page, text).focus();
	await page.keyboard.press('Enter');
	const field = page.getByRole('textbox', { name: 'Note text' });
	await field.fill(next);
	await field.press('Enter');
	await expect(field).toHaveCount(0);
}

const note = (page: Page, text: string) => page.getByRole('article', { name: new RegExp(`^Note: ${text}`) });

test('a facilitator and two guests run silent writing, reveal, hidden voting and turn a decision into an action', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Læringsværksted', 'Start / stop / continue');
	const code = await openSession(fac);
	const ann = await joinAsGuest(browser, code, 'Ann');
	const bo = await joinAsGuest(browser, code, 'Bo');
	await expect(ann.getByRole('list', { name: 'Here now' }).getByText('Bo')).toBeVisible();

	await fac.getByRole('button', { name: 'Reveal the next question' }).click();
	await expect(ann.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
	await expect(bo.getByText('What should we start doing to learn more from each other?')).toBeVisible();

	// A shared timer: every view counts down to the same end and says when time is up.
	await fac.getByLabel('Timer (minutes)').fill('0.05');
	await fac.getByRole('button', { name: 'Start timer' }).click();
	await expect(bo.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();
	await expect(ann.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();

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
	await fac.getByText('Who has voted').click();
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
		await expect(page.getByRole('region', { name: 'Decisions' }).getByText('Action', { exact: true })).toBeVisible();
	}
	await expectAccessible(fac);
	await expectAccessible(ann);
	// The made action item is on the team's plan at once, and each links to the other.
	await fac.getByRole('list', { name: 'Action items from this board' }).getByRole('link', { name: 'Every newcomer gets a buddy for the first month' }).click();
	await expect(fac.getByRole('heading', { level: 1, name: 'Every newcomer gets a buddy for the first month' })).toBeVisible();
	await fac.getByRole('link', { name: /From a board decision/ }).click();
	await expect(fac.getByRole('heading', { level: 1, name: 'Læringsværksted' })).toBeVisible();
	await fac.goto(server.baseURL + '/actions');
	await fac.getByRole('link', { name: /Borgerservice/ }).first().click();
	await expect(fac.getByRole('link', { name: 'Every newcomer gets a buddy for the first month' })).toBeVisible();
	await fac.context().close();
	await ann.context().close();
	await bo.context().close();
});

test('an edit made offline merges after reconnecting, and undo reverts only one’s own change', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Offline board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Cai');

	await guest.context().setOffline(true);
	await expect(guest.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await addNote(guest, 'Start', 'Written on the train');
	await addNote(fac, 'Stop', 'Written in the office');
	await expect(note(guest, 'Written on the train')).toBeVisible();
	await fac.waitForTimeout(300);
	await expect(note(fac, 'Written on the train')).toHaveCount(0);
	await expect(note(guest, 'Written in the office')).toHaveCount(0);
	await guest.context().setOffline(false);
	await expect(guest.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	for (const page of [fac, guest]) {
		await expect(note(page, 'Written on the train')).toBeVisible();
		await expect(note(page, 'Written in the office')).toBeVisible();
	}

	await addNote(fac, 'Continue', 'Facilitator’s second thought');
	await expect(note(guest, 'Facilitator’s second thought')).toBeVisible();
	await addNote(guest, 'Continue', 'Cai’s later note');
	await expect(note(fac, 'Cai’s later note')).toBeVisible();
	await fac.getByRole('button', { name: 'Undo' }).click();
	for (const page of [fac, guest]) {
		await expect(note(page, 'Facilitator’s second thought')).toHaveCount(0);
		await expect(note(page, 'Cai’s later note')).toBeVisible();
		await expect(note(page, 'Written on the train')).toBeVisible();
	}
	await fac.getByRole('button', { name: 'Redo' }).click();
	await expect(note(guest, 'Facilitator’s second thought')).toBeVisible();

	// Both change the same note, one of them offline: each one's words survive.
	await guest.context().setOffline(true);
	await expect(guest.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await editNote(guest, 'Written on the train', 'Written on the early train');
	await editNote(fac, 'Written on the train', 'Written on the train home');
	await expect(note(guest, 'Written on the early train,')).toBeVisible();
	await expect(note(fac, 'Written on the train home')).toBeVisible();
	await guest.context().setOffline(false);
	await expect(guest.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	for (const page of [fac, guest]) await expect(note(page, 'Written on the early train home')).toBeVisible();
	await fac.context().close();
	await guest.context().close();
});

test('a guest deletes only their own note, after confirming by keyboard, and the facilitator restores it from the trash', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Trash board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Dan');
	await addNote(fac, 'Start', 'The facilitator’s note');
	await addNote(guest, 'Stop', 'Dan’s own note');
	await expect(note(guest, 'The facilitator’s note')).toBeVisible();
	await expect(note(fac, 'Dan’s own note')).toBeVisible();

	// Someone else's note offers no Delete, by button or by key.
	await note(guest, 'The facilitator’s note').focus();
	await expect(guest.getByRole('button', { name: 'Edit “The facilitator’s note”' })).toBeVisible();
	await expect(guest.getByRole('button', { name: 'Delete “The facilitator’s note”' })).toHaveCount(0);
	await guest.keyboard.press('Delete');
	await expect(guest.getByRole('button', { name: /^Yes, delete/ })).toHaveCount(0);

	// Their own: Delete asks first; Escape keeps the note, Enter on the focused "Yes" deletes it.
	await note(guest, 'Dan’s own note').focus();
	await guest.keyboard.press('Delete');
	const yes = guest.getByRole('button', { name: 'Yes, delete “Dan’s own note”' });
	await expect(yes).toBeFocused();
	await guest.keyboard.press('Escape');
	await expect(note(guest, 'Dan’s own note')).toBeFocused();
	await guest.keyboard.press('Delete');
	await expect(yes).toBeFocused();
	await guest.keyboard.press('Enter');
	for (const page of [fac, guest]) await expect(note(page, 'Dan’s own note')).toHaveCount(0);
	await expect(guest.getByRole('region', { name: 'Trash' })).toHaveCount(0);

	const trash = fac.getByRole('region', { name: 'Trash' });
	await expect(trash).toContainText('Dan’s own note');
	await trash.getByRole('button', { name: 'Restore “Dan’s own note”' }).click();
	for (const page of [fac, guest]) await expect(note(page, 'Dan’s own note')).toBeVisible();
	await expect(trash).toContainText('No deleted notes.');
	await expectAccessible(fac);
	await fac.context().close();
	await guest.context().close();
});

test('a removed guest is disconnected and cannot return with the old token; a guest reaches no other board or page', async ({ browser }) => {
	const fac = await facilitator(browser);
	const otherBoard = await createBoard(fac, 'Someone else’s board', 'Impact × effort');
	const boardId = await createBoard(fac, 'Guest rules', 'Start / stop / continue');
	const code = await openSession(fac);
	const dan = await joinAsGuest(browser, code, 'Dan');
	const eva = await joinAsGuest(browser, code, 'Eva');
	const danCookie = (await dan.context().cookies()).find((c) => c.name === 'samspil_guest')!;
	expect(danCookie.httpOnly).toBe(true);

	await fac.reload();
	await fac.getByRole('button', { name: 'Remove Dan' }).click();
	await expect(dan.getByRole('alert')).toContainText('Your access to this board has ended');
	await expect(dan.getByRole('status').filter({ hasText: 'Disconnected' })).toBeVisible();
	await expect(fac.getByRole('button', { name: 'Remove Dan' })).toHaveCount(0);
	// The old token opens nothing: the page sends Dan back to the join page, the sync server refuses it.
	await dan.reload();
	await expect(dan).toHaveURL(/\/join$/);
	expect(await upgradeStatus(`/sync/board/${boardId}`, `samspil_guest=${danCookie.value}`)).toBe(401);
	const evaCookie = (await eva.context().cookies()).find((c) => c.name === 'samspil_guest')!;
	expect(await upgradeStatus(`/sync/board/${boardId}`, `samspil_guest=${evaCookie.value}`)).toBe(101);
	expect(await upgradeStatus(`/sync/board/${otherBoard}`, `samspil_guest=${evaCookie.value}`)).toBe(403);

	// Eva is still in, but only on this board.
	await expect(eva.getByRole('heading', { name: 'Phase: Open board' })).toBeVisible();
	expect((await eva.goto(`${server.baseURL}/join/${otherBoard}`))!.status()).toBe(403);
	await eva.goto(`${server.baseURL}/boards/${otherBoard}`);
	await expect(eva).toHaveURL(/\/signin/);
	await eva.goto(`${server.baseURL}/boards/${boardId}/export/csv`).catch(() => {});
	await expect(eva).toHaveURL(/\/signin/);
	await eva.goto(`${server.baseURL}/dashboard`);
	await expect(eva).toHaveURL(/\/signin/);
	// Nor can a guest facilitate by posting the facilitator's forms: the phase stays where it was.
	for (const action of ['phase', 'reveal', 'closeVoting', 'timer', 'lock', 'follow']) {
		const res = await eva.request.post(`${server.baseURL}/boards/${boardId}?/${action}`, {
			form: { phase: 'vote', minutes: '5', locked: '1', focus: 'x' },
			headers: { origin: server.baseURL, 'x-sveltekit-action': 'true' },
			maxRedirects: 0
		});
		expect(res.status() === 303 || (await res.json()).type === 'redirect', `${action} refused`).toBe(true);
	}
	await expect(fac.getByRole('heading', { name: 'Phase: Open board' })).toBeVisible();
	await fac.context().close();
	await dan.context().close();
	await eva.context().close();
});

/**
 * Presses Tab until `target` has focus: it is reached in the page's own tab order,
 * as a keyboard user would, never focused by script.
 */
async function tabTo(page: Page, target: Locator, max = 150) {
	for (let i = 0; i < max; i++) {
		if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
		await page.keyboard.press('Tab');
	}
	throw new Error(`${target} was not reached with ${max} presses of Tab`);
}

test('the list view works by keyboard alone, the canvas moves notes with arrow keys, and board pages pass axe at phone width', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Keyboard board', 'Start / stop / continue');
	const kb = fac.keyboard;
	await tabTo(fac, fac.getByRole('button', { name: 'List view' }));
	await kb.press('Enter');
	await expect(fac.getByRole('button', { name: 'List view' })).toHaveAttribute('aria-pressed', 'true');
	await tabTo(fac, fac.getByLabel('New note in Start'));
	await kb.type('Shadow a colleague for a day');
	await kb.press('Tab');
	await kb.press('Enter');
	const item = fac.getByRole('listitem').filter({ hasText: 'Shadow a colleague for a day' });
	await expect(item).toBeVisible();
	await tabTo(fac, item.getByText('Change note'));
	await kb.press('Enter');
	await tabTo(fac, item.getByLabel('Note text'));
	await kb.press('End');
	await kb.type(' every quarter');
	await kb.press('Tab');
	await kb.press('Enter');
	await expect(fac.getByText('Shadow a colleague for a day every quarter', { exact: true })).toBeVisible();
	await tabTo(fac, item.getByLabel('Zone', { exact: true }));
	await kb.press('ArrowDown');
	await kb.press('Tab');
	await kb.press('Enter');
	await expect(fac.getByRole('region', { name: /^Stop/ }).getByText('Shadow a colleague for a day every quarter', { exact: true })).toBeVisible();
	await tabTo(fac, item.getByText(/^Comments/));
	await kb.press('Enter');
	await tabTo(fac, item.getByLabel(/^Comment on/));
	await kb.type('Good for onboarding too');
	await kb.press('Enter');
	await expect(item.getByText('Good for onboarding too')).toBeVisible();
	await expectAccessible(fac);

	await tabTo(fac, fac.getByRole('button', { name: 'Canvas' }));
	await kb.press('Enter');
	const card = note(fac, 'Shadow a colleague');
	await tabTo(fac, card);
	await kb.press('ArrowRight');
	await expect(fac.locator('section[data-zone]').nth(2).getByRole('article', { name: /^Note: Shadow/ })).toBeVisible();
	await expect(fac.getByText('Moved to Continue.')).toBeAttached();
	await expect(card).toBeFocused();
	await kb.press('ArrowLeft');
	await expect(fac.locator('section[data-zone]').nth(1).getByRole('article', { name: /^Note: Shadow/ })).toBeVisible();
	await expectAccessible(fac);

	await fac.setViewportSize({ width: 375, height: 800 });
	await fac.reload();
	await expect(card).toBeVisible();
	expect(await fac.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
	await expectAccessible(fac);
	await fac.goto(server.baseURL + '/boards');
	await expectAccessible(fac);
	const guestPage = await (await browser.newContext({ viewport: { width: 375, height: 800 } })).newPage();
	await guestPage.goto(server.baseURL + '/join');
	await expectAccessible(guestPage);
	await guestPage.getByLabel('Workshop code').fill('NOPE22');
	await guestPage.getByLabel('Your name on the board').fill('Fie');
	await guestPage.getByRole('button', { name: 'Join' }).click();
	await expect(guestPage.getByText('There is no open workshop with this code')).toBeVisible();
	await expect(guestPage.getByLabel('Your name on the board')).toHaveValue('Fie');
	await fac.context().close();
	await guestPage.context().close();
});

test('exports hold every note and vote, and HTML in a note is shown as text everywhere', async ({ browser }) => {
	const fac = await facilitator(browser);
	const id = await createBoard(fac, 'Export board', 'Start / stop / continue');
	const evil = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
	await addNote(fac, 'Start', evil);
	await addNote(fac, 'Stop', 'Stop long meetings');
	await addNote(fac, 'Continue', 'Continue buddy lunches');
	await expect(note(fac, 'Continue buddy lunches')).toBeVisible();
	await setPhase(fac, 'Vote');
	await fac.getByRole('button', { name: 'Give a dot to “Continue buddy lunches”' }).click();
	await fac.getByRole('button', { name: 'Give a dot to “Continue buddy lunches”' }).click();
	await fac.getByRole('button', { name: `Give a dot to “${evil}”` }).click();
	await expect(fac.getByText('You have 2 of 5 dots left')).toBeVisible();
	await fac.getByRole('button', { name: 'Close voting and show results' }).click();
	await expect(note(fac, 'Continue buddy lunches')).toContainText('votes: 2');

	await expect(fac.getByText(evil, { exact: true }).first()).toBeVisible();
	await fac.getByRole('button', { name: 'List view' }).click();
	await expect(fac.getByText(evil, { exact: true }).first()).toBeVisible();
	await fac.goto(`${server.baseURL}/boards/${id}/summary`);
	await expect(fac.getByText(evil, { exact: true })).toBeVisible();
	await expect(fac.getByRole('button', { name: 'Print or save as PDF' })).toBeVisible();
	expect(await fac.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
	await expectAccessible(fac);

	const md = await (await fac.request.get(`${server.baseURL}/boards/${id}/export/markdown`)).text();
	const csvResponse = await fac.request.get(`${server.baseURL}/boards/${id}/export/csv`);
	expect(csvResponse.headers()['content-disposition']).toContain('export-board.csv');
	const csv = await csvResponse.text();
	expect(md).toContain('Continue buddy lunches (Author: Ada Admin, Votes: 2)');
	expect(md).toContain('Stop long meetings (Author: Ada Admin, Votes: 0)');
	expect(md).toContain('&lt;img src=x onerror="window.\\_\\_xss=1"&gt;');
	expect(md).not.toContain('<img');
	expect(csv).toContain('"Note","Continue","","Continue buddy lunches","Ada Admin","2"');
	expect(csv).toContain('"Note","Stop","","Stop long meetings","Ada Admin","0"');
	expect(csv).toContain('"Note","Start","",' + JSON.stringify(evil).replace(/\\"/g, '""') + ',"Ada Admin","1"');
	await fac.context().close();
});

test('the boards list searches, renames, duplicates, archives and deletes only after confirmation', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Kvartalsmøde om læring', 'Impact × effort');
	await addNote(fac, 'High impact, low effort', 'Fredagsdemo af noget nyt');
	await expect(note(fac, 'Fredagsdemo')).toBeVisible();
	// Leaving the board asks the server to mirror its counts from the doc into the list.
	await fac.getByRole('link', { name: '← Boards' }).click();
	await fac.getByLabel('Search boards by title').fill('kvartal');
	await fac.getByRole('button', { name: 'Search', exact: true }).click();
	// The card is on the unfiltered list too: wait for the search itself before reloading below.
	await fac.waitForURL(/[?&]q=kvartal/);
	const card = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring' }) });
	await expect(card).toHaveCount(1);
	await expect(async () => {
		await fac.reload();
		await expect(card).toContainText('notes: 1', { timeout: 500 });
	}).toPass({ timeout: 10_000 });
	await expect(fac.getByRole('heading', { name: 'Læringsværksted' })).toHaveCount(0);

	await card.getByText('Manage “Kvartalsmøde om læring”').click();
	await card.getByLabel('New title').fill('Kvartalsmøde om læring – Q3');
	await card.getByRole('button', { name: 'Rename' }).click();
	await fac.goto(server.baseURL + '/boards?q=Q3');
	const renamed = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3' }) });
	await renamed.getByText(/^Manage/).click();
	await renamed.getByRole('button', { name: 'Duplicate' }).click();
	await expect(fac.getByRole('heading', { level: 1, name: 'Copy of Kvartalsmøde om læring – Q3' })).toBeVisible();
	await expect(note(fac, 'Fredagsdemo af noget nyt')).toBeVisible();

	await fac.goto(server.baseURL + '/boards?q=Q3');
	const original = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3', exact: true }) });
	await original.getByText(/^Manage/).click();
	await original.getByRole('button', { name: 'Archive' }).click();
	await expect(original).toHaveCount(0);
	await fac.goto(server.baseURL + '/boards?archived=1&q=Q3');
	const archived = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: 'Kvartalsmøde om læring – Q3', exact: true }) });
	await expect(archived).toContainText('Archived');

	await fac.goto(server.baseURL + '/boards?q=Copy');
	const copy = fac.getByRole('listitem').filter({ has: fac.getByRole('heading', { name: /^Copy of Kvartalsmøde/ }) });
	await copy.getByText(/^Manage/).click();
	await copy.getByRole('button', { name: 'Delete board' }).evaluate((b: HTMLButtonElement) => (b.form!.noValidate = true));
	await copy.getByRole('button', { name: 'Delete board' }).click();
	await expect(fac.getByText('Tick the box to confirm that the board should be deleted.')).toBeVisible();
	await fac.goto(server.baseURL + '/boards?q=Copy');
	await copy.getByText(/^Manage/).click();
	await copy.getByRole('checkbox', { name: /Yes, delete/ }).check();
	await copy.getByRole('button', { name: 'Delete board' }).click();
	await expect(fac.getByText('The board is deleted.')).toBeVisible();
	await expect(fac.getByRole('heading', { name: /^Copy of Kvartalsmøde/ })).toHaveCount(0);
	await expectAccessible(fac);
	await fac.context().close();
});

test('a locked board is read-only for guests, and “follow me” brings the facilitator’s focus into view', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Follow board', 'Start / stop / continue');
	for (let i = 0; i < 14; i++) await addNote(fac, 'Continue', `Keep doing thing ${i}`);
	await expect(note(fac, 'Keep doing thing 13')).toBeVisible();
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry');
	await guest.setViewportSize({ width: 375, height: 600 });
	await expect(note(guest, 'Keep doing thing 13')).not.toBeInViewport();
	await fac.getByLabel('Everyone follows me').check();
	await note(fac, 'Keep doing thing 13').focus();
	await expect(note(guest, 'Keep doing thing 13')).toBeInViewport();

	await fac.getByRole('button', { name: 'Lock the board' }).click();
	await expect(guest.getByText('The facilitator has locked the board.')).toBeVisible();
	await expect(guest.getByLabel('New note in Start')).toHaveCount(0);
	await addNote(fac, 'Start', 'Only the facilitator writes now');
	await expect(note(guest, 'Only the facilitator writes now')).toBeVisible();
	await fac.getByRole('button', { name: 'Unlock the board' }).click();
	await expect(guest.getByLabel('New note in Start')).toBeVisible();
	await fac.context().close();
	await guest.context().close();
});

test('on an anonymous board nobody sees who is typing in or looking at a note, and presence carries no note', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Anonymous retro', 'Start / stop / continue');
	const code = await openSession(fac);
	const ann = await joinAsGuest(browser, code, 'Ann');
	const bo = await joinAsGuest(browser, code, 'Bo');
	await addNote(ann, 'Start', 'Shorter meetings');
	const first = note(bo, 'Shorter meetings');
	// With names, Bo sees Ann look at the note and type in it.
	await note(ann, 'Shorter meetings').focus();
	await note(ann, 'Shorter meetings').press('Enter');
	await ann.getByLabel('Note text').pressSequentially(' please');
	await expect(first).toContainText('Ann is typing…');
	await expect(first).toContainText('Looking at this: Ann');

	await fac.getByRole('button', { name: 'Anonymous mode' }).click();
	await expect(first).not.toContainText('is typing');
	await expect(first).not.toContainText('Looking at this');
	await ann.getByLabel('Note text').press('Enter');
	await expect(note(bo, 'Shorter meetings please')).toBeVisible();

	// Bo comes back; from now on his browser keeps every presence message of the board's socket.
	const presence: Buffer[] = [];
	bo.on('websocket', (ws) => {
		if (!/\/sync\/board\/[^/]+$/.test(ws.url())) return;
		ws.on('framereceived', ({ payload }) => {
			if (typeof payload !== 'string' && payload[0] === 1) presence.push(payload);
		});
	});
	await bo.reload();
	await expect(bo.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(bo.getByRole('list', { name: 'Here now' }).getByText('Ann')).toBeVisible();
	// Ann looks at her note, then writes another: that one reaches Bo after anything her focus sent.
	await note(ann, 'Shorter meetings please').focus();
	await addNote(ann, 'Stop', 'Fewer meetings');
	await expect(note(bo, 'Fewer meetings, by Anonymous')).toBeVisible();
	await expect(note(bo, 'Shorter meetings please')).not.toContainText('Looking at this');
	await expect(note(bo, 'Shorter meetings please')).not.toHaveAttribute('style', /outline/);
	await expect(bo.getByText(/is typing/)).toHaveCount(0);

	const ids = [await note(bo, 'Shorter meetings please').getAttribute('data-note'), await note(bo, 'Fewer meetings').getAttribute('data-note')];
	expect(ids.every((id) => id && id.length > 8)).toBe(true);
	expect(presence.length).toBeGreaterThan(0);
	expect(presence.some((frame) => frame.includes(Buffer.from('Ann')))).toBe(true);
	for (const frame of presence) for (const id of ids) expect(frame.includes(Buffer.from(id!))).toBe(false);
	await fac.context().close();
	await ann.context().close();
	await bo.context().close();
});

test('the board page loads at most 200 KB of JavaScript (gzip)', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Bundle board', 'Start / stop / continue');
	// A fresh load of the board page: exactly the scripts it needs.
	await fac.reload();
	await expect(fac.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	const scripts = await fac.evaluate(() =>
		performance
			.getEntriesByType('resource')
			.map((e) => e.name)
			.filter((n) => n.endsWith('.js'))
	);
	let total = 0;
	for (const url of new Set(scripts)) total += gzipSync(Buffer.from(await (await fac.request.get(url)).body())).length;
	const kb = total / 1024;
	const summary = `board page JS ${kb.toFixed(1)} KB gzip in ${scripts.length} files`;
	console.log(`[boards] ${summary}`);
	test.info().annotations.push({ type: 'benchmark', description: summary });
	expect(scripts.some((s) => /\/_app\/immutable\/nodes\//.test(s))).toBe(true);
	expect(kb).toBeLessThanOrEqual(200);
	await fac.context().close();
});

// Last in this file: it leaves this address throttled on the join page.
async function signedIn(browser: Browser, email: string, password: string, options: { viewport?: { width: number; height: number } } = {}) {
	const page = await (await browser.newContext(options)).newPage();
	await signIn(page, server.baseURL, email, password);
	return page;
}

async function giveDot(page: Page, text: string, times = 1) {
	for (let i = 0; i < times; i++) await page.getByRole('button', { name: `Give a dot to “${text}”` }).click();
}

test('a facilitator, a member and a guest on a phone run two vote rounds, and every round’s results stay in Discuss, the summary and the exports', async ({ browser }) => {
	const demo = await createDemoOrganisation(server.dataDir);
	const domain = demo.email.split('@')[1];
	const fac = await signedIn(browser, `anne.marie.berg@${domain}`, demo.password);
	const boardId = await createBoard(fac, 'Two rounds', 'Start / stop / continue');
	const code = await openSession(fac);
	const jonas = await signedIn(browser, `jonas.vestergaard@${domain}`, demo.password);
	await jonas.goto(`${server.baseURL}/boards/${boardId}`);
	await expect(jonas.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	const pia = await joinAsGuest(browser, code, 'Pia', { viewport: { width: 375, height: 667 } });
	const everyone = [fac, jonas, pia];

	// Round 1: the first question, silent writing, reveal, vote, discuss.
	await fac.getByRole('button', { name: 'Reveal the next question' }).click();
	await setPhase(fac, 'Silent writing');
	await expect(pia.getByRole('heading', { name: 'Phase: Silent writing' })).toBeVisible();
	await addNote(jonas, 'Start', 'Buddy for newcomers');
	await addNote(pia, 'Stop', 'Stop long meetings');
	await expect(note(pia, 'Stop long meetings')).toContainText('Only you see this');
	await fac.getByRole('button', { name: 'Reveal all notes' }).click();
	for (const page of everyone) await expect(note(page, 'Stop long meetings, by Pia')).toBeVisible();

	await setPhase(fac, 'Vote');
	await expect(pia.getByText('You have 5 of 5 dots left')).toBeVisible();
	await giveDot(jonas, 'Buddy for newcomers', 2);
	await giveDot(fac, 'Stop long meetings');
	await expect(jonas.getByText('You have 3 of 5 dots left')).toBeVisible();
	// On the phone the dots left stay in view while the guest scrolls down the board.
	await pia.getByRole('heading', { name: 'Decisions' }).scrollIntoViewIfNeeded();
	await expect(pia.getByRole('heading', { name: 'Decisions' })).toBeInViewport();
	await expect(pia.getByText('You have 5 of 5 dots left')).toBeInViewport();
	await giveDot(pia, 'Buddy for newcomers');
	await expect(pia.getByText('You have 4 of 5 dots left')).toBeInViewport();
	// Who has voted: the participants who gave a dot (not only who spent every dot), never the facilitator.
	await fac.getByText('Who has voted').click();
	const progress = fac.getByRole('list', { name: 'Participants' });
	await expect(progress.getByRole('listitem')).toHaveCount(2);
	await expect(progress).toContainText('Jonas Vestergaard: voted (2 dots)');
	await expect(progress).toContainText('Pia: voted (1 dot)');
	await expect(fac.getByText('Who has voted (2 of 2)')).toBeVisible();
	await expect(progress).not.toContainText('Anne-Marie Berg');

	await fac.getByRole('button', { name: 'Close voting and show results' }).click();
	for (const page of everyone) {
		await expect(note(page, 'Buddy for newcomers')).toContainText('votes: 3');
		await expect(note(page, 'Stop long meetings')).toContainText('votes: 1');
	}
	// In Discuss nobody is "still writing".
	await expect(fac.getByText('Participants (2)')).toBeVisible();
	await expect(fac.getByText('still writing')).toHaveCount(0);

	// Round 2: the next question, more notes, a second vote.
	await fac.getByRole('button', { name: 'Reveal the next question' }).click();
	await expect(pia.getByRole('heading', { name: 'Question 2 of 3' })).toBeVisible();
	await setPhase(fac, 'Silent writing');
	await addNote(pia, 'Continue', 'Share notes after meetings');
	await fac.getByRole('button', { name: 'Reveal all notes' }).click();
	for (const page of everyone) await expect(note(page, 'Share notes after meetings, by Pia')).toBeVisible();
	await setPhase(fac, 'Vote');
	await expect(pia.getByText('You have 5 of 5 dots left')).toBeVisible();
	await giveDot(pia, 'Share notes after meetings', 2);
	await giveDot(jonas, 'Stop long meetings');
	await expect(jonas.getByText('You have 4 of 5 dots left')).toBeVisible();
	await fac.getByRole('button', { name: 'Close voting and show results' }).click();
	for (const page of everyone) {
		await expect(note(page, 'Buddy for newcomers')).toContainText('round 1: 3 votes');
		await expect(note(page, 'Stop long meetings')).toContainText('round 1: 1 vote');
		await expect(note(page, 'Stop long meetings')).toContainText('round 2: 1 vote');
		await expect(note(page, 'Share notes after meetings')).toContainText('round 2: 2 votes');
	}
	await setPhase(fac, 'Decide');
	await expect(note(jonas, 'Buddy for newcomers')).toContainText('round 1: 3 votes');

	// The summary and both exports list each round.
	await fac.goto(`${server.baseURL}/boards/${boardId}/summary`);
	const summaryNote = fac.getByRole('listitem').filter({ hasText: 'Buddy for newcomers' });
	await expect(summaryNote).toContainText('round 1: 3 votes');
	await expect(summaryNote).toContainText('round 2: 0 votes');
	await expect(fac.getByRole('region', { name: 'Vote rounds' })).toContainText('Round 2: What gets in the way and should stop?');
	const md = await (await fac.request.get(`${server.baseURL}/boards/${boardId}/export/markdown`)).text();
	expect(md).toContain('Buddy for newcomers (Author: Jonas Vestergaard, Votes, round 1: 3, Votes, round 2: 0)');
	expect(md).toContain('Share notes after meetings (Author: Pia, Votes, round 1: 0, Votes, round 2: 2)');
	const csv = await (await fac.request.get(`${server.baseURL}/boards/${boardId}/export/csv`)).text();
	expect(csv).toContain('"Votes, round 1","Votes, round 2"');
	expect(csv).toContain('"Stop long meetings","Pia","1","1"');

	// A timer runs out, then the workshop ends: the guest gets a thank-you (no error), the archive shows no
	// phase and no "Time is up!".
	await fac.goto(`${server.baseURL}/boards/${boardId}`);
	await fac.getByLabel('Timer (minutes)').fill('0.02');
	await fac.getByRole('button', { name: 'Start timer' }).click();
	await expect(pia.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();
	await fac.getByText('End the workshop…').click();
	await fac.getByRole('button', { name: 'End the workshop' }).click();
	await expect(pia.getByText('The workshop has ended. Thank you for taking part!')).toBeVisible();
	await expect(pia.getByRole('alert')).toHaveCount(0);
	for (const page of [fac, jonas]) {
		await expect(page.getByRole('heading', { name: 'The workshop has ended' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /^Phase:/ })).toHaveCount(0);
		await expect(page.getByText('Time is up!')).toHaveCount(0);
	}
	await jonas.reload();
	await expect(jonas.getByRole('heading', { name: 'The workshop has ended' })).toBeVisible();
	await expect(note(jonas, 'Buddy for newcomers')).toContainText('round 1: 3 votes');
	for (const page of everyone) await page.context().close();
});

test('focus follows the action in the list view: the zone select moves a note only on “Move”, then focus is on the note in its new zone', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Focus board', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Rotate the chair');
	await fac.getByRole('button', { name: 'List view' }).click();
	const item = fac.getByRole('listitem').filter({ hasText: 'Rotate the chair' });
	await item.getByText('Change note').click();
	await item.getByLabel('Zone', { exact: true }).focus();
	await fac.keyboard.press('ArrowDown');
	// Choosing in the select moves nothing yet, and focus stays where the person is.
	await expect(fac.getByRole('region', { name: /^Start/ }).getByText('Rotate the chair', { exact: true })).toBeVisible();
	await expect(item.getByLabel('Zone', { exact: true })).toBeFocused();
	await fac.keyboard.press('Tab');
	await expect(item.getByRole('button', { name: 'Move “Rotate the chair” to this zone' })).toBeFocused();
	await fac.keyboard.press('Enter');
	const moved = fac.getByRole('region', { name: /^Stop/ }).getByRole('listitem').filter({ hasText: 'Rotate the chair' });
	await expect(moved).toBeVisible();
	await expect(moved).toBeFocused();
	expect(await fac.evaluate(() => document.activeElement === document.body)).toBe(false);
	await fac.context().close();
});

test('Enter on a canvas note focuses its editor, and saving or leaving the editor focuses the note again', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Editor focus board', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Rotate the chair');
	const card = note(fac, 'Rotate the chair');
	await card.focus();
	await fac.keyboard.press('Enter');
	await expect(card.getByRole('textbox', { name: 'Note text' })).toBeFocused();
	await fac.keyboard.press('End');
	await fac.keyboard.type(' monthly');
	await fac.keyboard.press('Enter');
	await expect(note(fac, 'Rotate the chair monthly')).toBeFocused();
	await fac.keyboard.press('Enter');
	await fac.keyboard.press('Escape');
	await expect(note(fac, 'Rotate the chair monthly')).toBeFocused();
	await fac.context().close();
});

test('a person with two tabs is listed once in presence', async ({ browser }) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Presence board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry', { viewport: { width: 375, height: 600 } });

	// A second tab of the same person: once it is on the board (its note reached the guest), the guest
	// still lists that person once.
	const secondTab = await fac.context().newPage();
	await secondTab.goto(`${server.baseURL}/boards/${boardId}`);
	await expect(secondTab.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await addNote(secondTab, 'Start', 'From the second tab');
	await expect(note(guest, 'From the second tab')).toBeVisible();
	const here = guest.getByRole('list', { name: 'Here now' });
	await expect(here.getByRole('listitem')).toHaveCount(2);
	await expect(here.getByText('Ada Admin')).toHaveCount(1);
	await expect(secondTab.getByRole('list', { name: 'Here now' }).getByText(/^Ada Admin/)).toHaveCount(1);
	await secondTab.close();
	await fac.context().close();
	await guest.context().close();
});

test('“follow me” never moves a guest who is typing', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Typing board', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Early note');
	for (let i = 0; i < 14; i++) await addNote(fac, 'Continue', `Later thing ${i}`);
	await expect(note(fac, 'Later thing 13')).toBeVisible();
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry', { viewport: { width: 375, height: 600 } });

	// Gry edits a note near the top while the facilitator leads everyone to a note far below.
	await note(guest, 'Early note').focus();
	await guest.keyboard.press('Enter');
	const editor = note(guest, 'Early note').getByRole('textbox', { name: 'Note text' });
	await editor.click();
	await guest.keyboard.type(' and more');
	await fac.getByLabel('Everyone follows me').check();
	await note(fac, 'Later thing 13').focus();
	await expect(note(guest, 'Later thing 13')).toHaveClass(/following/);
	await expect(editor).toBeFocused();
	await expect(editor).toBeInViewport();
	await expect(note(guest, 'Later thing 13')).not.toBeInViewport();
	await fac.context().close();
	await guest.context().close();
});

test('when a workshop ends, a guest is thanked (no error), and nobody sees the last phase or “Time is up!”', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Ending board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry', { viewport: { width: 375, height: 667 } });
	await setPhase(fac, 'Discuss');
	await fac.getByLabel('Timer (minutes)').fill('0.02');
	await fac.getByRole('button', { name: 'Start timer' }).click();
	await expect(guest.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();
	await fac.getByText('End the workshop…').click();
	await fac.getByRole('button', { name: 'End the workshop' }).click();
	await expect(guest.getByText('The workshop has ended. Thank you for taking part!')).toBeVisible();
	await expect(guest.getByRole('alert')).toHaveCount(0);
	for (const page of [fac, guest]) {
		await expect(page.getByRole('heading', { name: 'The workshop has ended' })).toBeVisible();
		await expect(page.getByRole('heading', { name: /^Phase:/ })).toHaveCount(0);
		await expect(page.getByText('Time is up!')).toHaveCount(0);
	}
	await fac.reload();
	await expect(fac.getByRole('heading', { name: 'The workshop has ended' })).toBeVisible();
	await fac.context().close();
	await guest.context().close();
});

// Last: after it, this address may not try workshop codes for a while.
test('guessing workshop codes is slowed down after 30 wrong codes, with a translated message', async ({ page }) => {
	const post = (code: string) =>
		fetch(server.baseURL + '/join', {
			method: 'POST',
			body: new URLSearchParams({ code, name: 'Guesser' }),
			headers: { origin: server.baseURL, 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json', 'x-sveltekit-action': 'true' }
		}).then((r) => r.json() as Promise<{ status: number }>);
	// Earlier tests on this server joined about a dozen times (guests) and typed a wrong code once; the limit is
	// 30 join attempts per address.
	const statuses: number[] = [];
	for (let i = 0; i < 31 && statuses.at(-1) !== 429; i++) statuses.push((await post(`WRONG${'ABCDEFGHJKMNPQRSTUVWXYZ2345678'[i]}`)).status);
	const first429 = statuses.indexOf(429);
	expect(first429).toBeGreaterThanOrEqual(15);
	expect(statuses.slice(0, first429)).toEqual(Array(first429).fill(400));
	expect((await post('ABCDEF')).status).toBe(429);
	await page.goto(server.baseURL + '/join');
	await page.getByLabel('Workshop code').fill('ABCDEF');
	await page.getByLabel('Your name on the board').fill('Guesser');
	await page.getByRole('button', { name: 'Join' }).click();
	await expect(page.getByRole('alert')).toContainText('Too many attempts');
});

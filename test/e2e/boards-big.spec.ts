// A big board (issue 22, point 2) renders only the notes near the screen: each zone its first notes, more as
// the person scrolls or presses "Show N more"; counts stay whole, the note with focus stays rendered wherever
// a key moves it, and the list view does the same.
import { test, expect, type Browser } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note } from './support/boards';
import { seedNotes } from './support/seed-notes';
import { storedRecords } from './support/indexeddb';

const { facilitator, createBoard, server } = boardsSuite();
const NOTES = 200;
// Start / stop / continue has three zones; the seed deals the notes to them in turn.
const PER_ZONE = [67, 67, 66];
const FIRST = 30;

/** The facilitator on a new start / stop / continue board seeded with `notes` notes, and its address. */
async function bigBoard(browser: Browser, title: string, notes: number) {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, title, 'Start / stop / continue');
	const cookies = await fac.context().cookies();
	const cookie = cookies.map((c) => `${c.name}=${c.value}`).join('; ');
	await seedNotes(server.baseURL, boardId, cookie, notes);
	return { fac, boardId, cookies, cookie, url: server.baseURL + `/boards/${boardId}` };
}

test('a 200-note board renders each zone’s first notes, then more as the person scrolls or asks', async ({
	browser
}) => {
	const { fac } = await bigBoard(browser, 'Big retro', NOTES);
	await fac.setViewportSize({ width: 1280, height: 800 });
	await fac.reload();
	const notes = fac.locator('[data-note]');
	await expect(notes).toHaveCount(3 * FIRST);
	// every zone still counts all of its notes, and says how many more there are
	for (const [i, zone] of ['Start', 'Stop', 'Continue'].entries()) {
		await expect(fac.getByRole('heading', { level: 2, name: `${zone} (${PER_ZONE[i]})` })).toBeVisible();
		await expect(fac.getByRole('button', { name: `Show ${PER_ZONE[i] - FIRST} more notes in ${zone}` })).toBeVisible();
	}
	await expectAccessible(fac);

	// By keyboard: reaching the button (it scrolls into view) shows the zone's next notes, and focus goes on to
	// the first of them (the Stop zone's 31st note is note 91), not back to the top of the page.
	await fac.getByRole('button', { name: `Show ${PER_ZONE[1] - FIRST} more notes in Stop` }).focus();
	await expect(note(fac, 'Idea number 91:')).toBeFocused();
	await expect(fac.locator('section[data-zone]').nth(1).locator('[data-note]')).toHaveCount(PER_ZONE[1]);

	// The note with focus stays rendered when a key moves it past the zone's rendered notes.
	const last = note(fac, 'Idea number 87:'); // the first zone's 30th note
	await last.focus();
	await fac.keyboard.press('ArrowDown');
	await expect(last).toBeFocused();
	await fac.keyboard.press('ArrowRight');
	await expect(note(fac, 'Idea number 87:')).toBeFocused();

	// Scrolling towards a zone's end brings the rest, with no button pressed.
	await expect(async () => {
		await fac.mouse.wheel(0, 4000);
		expect(await notes.count()).toBe(NOTES);
	}).toPass({ timeout: 30_000 });
	await expect(fac.locator('[data-more-notes]')).toHaveCount(0);

	// The list view renders its zones the same way.
	await fac.getByRole('button', { name: 'List view' }).click();
	await expect(fac.locator('li.item')).toHaveCount(3 * FIRST);
	// pressed where it is (far below the screen, so scrolling did not bring the notes first)
	await fac.getByRole('button', { name: `Show ${PER_ZONE[2] - FIRST} more notes in Continue` }).dispatchEvent('click');
	await expect(fac.locator('li.item')).toHaveCount(2 * FIRST + PER_ZONE[2]);
	await fac.getByRole('button', { name: 'Canvas' }).click();
	await fac.context().close();
});

test('a board too big to send whole arrives as its first screen, read-only until its socket brings the rest', async ({
	browser
}) => {
	const { fac, cookies, cookie, url } = await bigBoard(browser, 'Huge retro', 1000);

	// The server's HTML holds each zone's first notes and whole counts, but not the doc's copy (~0.4 MB alone).
	const html = await (await fetch(url, { headers: { cookie } })).text();
	expect((html.match(/<article[^>]*data-note/g) ?? []).length).toBe(3 * FIRST);
	expect(html).toContain('Idea number 0: learn');
	expect(html).not.toContain('Idea number 999: learn');
	expect(html.length).toBeLessThan(250_000);

	// With its socket held back (a fresh browser, no copy of its own), the board shows that first screen, counts
	// whole, and offers no writing.
	const context = await browser.newContext();
	await context.addCookies(cookies);
	const held = await context.newPage();
	await held.routeWebSocket(/\/sync/, () => {});
	await held.goto(url);
	await held.waitForFunction(() => performance.getEntriesByName('samspil:board-open').length > 0);
	await expect(held.locator('[data-note]')).toHaveCount(3 * FIRST);
	await expect(held.getByRole('heading', { level: 2, name: 'Start (334)' })).toBeVisible();
	await expect(held.getByRole('button', { name: 'Show 304 more notes in Start' })).toBeVisible();
	await expect(held.getByRole('button', { name: 'Add a note in Start' })).toHaveCount(0);
	await expect(held.getByLabel('New note in Start')).toHaveCount(0);
	await context.close();

	// Connected, the whole board arrives (the browser kept the server's markup of the first screen): the zone shows
	// its next notes, and a note can be written.
	await fac.goto(url, { waitUntil: 'commit' });
	const first = await note(fac, 'Idea number 0:').elementHandle();
	await expect(fac.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	expect(await first!.evaluate((el) => el.isConnected)).toBe(true);
	await fac.getByRole('button', { name: 'Show 304 more notes in Start' }).dispatchEvent('click');
	await expect(fac.locator('section[data-zone]').first().locator('[data-note]')).toHaveCount(FIRST + 60);
	await expect(note(fac, 'Idea number 177:')).toBeVisible();
	await expect(fac.getByRole('heading', { level: 2, name: 'Start (334)' })).toBeVisible();
	await addNote(fac, 'Start', 'Walking meetings');
	await expect(fac.getByRole('heading', { level: 2, name: 'Start (335)' })).toBeVisible();
	await fac.context().close();
});

test('a big board whose socket cannot get through opens whole from this browser’s copy; a note written then reaches the server later', async ({
	browser
}) => {
	// 400 notes: over the size a page carries whole, so the page brings only the first screen.
	const { fac, boardId, cookies, url } = await bigBoard(browser, 'Retro on the road', 400);
	const start = (count: number) => ({ level: 2 as const, name: `Start (${count})` });

	// Online, the board goes live and this browser keeps its own copy (y-indexeddb).
	await fac.goto(url);
	await expect(fac.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(fac.getByRole('heading', start(134))).toBeVisible();
	await expect
		.poll(async () => (await storedRecords(fac, `samspil-board/${boardId}`, 'updates')).length)
		.toBeGreaterThan(0);

	// Now its socket cannot get through (a network that lets pages through but not WebSockets): the page brings the
	// first screen, and this browser's copy the rest; the board may be written to.
	await fac.routeWebSocket(/\/sync/, () => {});
	await fac.reload();
	await expect(fac.getByRole('heading', start(134))).toBeVisible();
	await expect(fac.getByRole('status').filter({ hasText: 'Live' })).toHaveCount(0);
	await addNote(fac, 'Start', 'Written with no connection');
	await expect(fac.getByRole('heading', start(135))).toBeVisible();

	// The server does not have it yet: another browser (without a copy of its own) counts 134.
	const other = await (await browser.newContext()).newPage();
	await other.context().addCookies(cookies);
	await other.goto(url);
	await expect(other.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(other.getByRole('heading', start(134))).toBeVisible();

	// The first browser opens the board again with its socket free: the note reaches the server and the other browser.
	await fac.close();
	const again = await fac.context().newPage();
	await again.goto(url);
	await expect(again.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();
	await expect(again.getByRole('heading', start(135))).toBeVisible();
	await expect(other.getByRole('heading', start(135))).toBeVisible();
	await other.context().close();
	await again.context().close();
});

// Drag to group on the canvas (issue 21, point 4): a note dropped on another makes a group that a second browser
// sees at once; the same by keyboard alone (Space, arrows, Space) and by touch on a phone; the group is renamed in
// place; a note dragged to another zone's empty space moves there and leaves its group.
import { test, expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { addNote, boardsSuite, note, openSession } from './support/boards';

const { facilitator, createBoard, joinAsGuest } = boardsSuite();

/** Presses on a note's upper part (its text, clear of its buttons) and lets go over a point of `to`. */
async function mouseDrag(page: Page, from: Locator, to: Locator, at: 'middle' | 'empty' = 'middle') {
	const a = (await from.boundingBox())!;
	await page.mouse.move(a.x + 12, a.y + 12);
	await page.mouse.down();
	await page.mouse.move(a.x + 30, a.y + 30, { steps: 3 });
	const b = (await to.boundingBox())!;
	const y = at === 'middle' ? b.y + b.height / 2 : b.y + b.height - 8;
	await page.mouse.move(b.x + b.width / 2, y, { steps: 8 });
	await page.mouse.up();
}

/** A finger on the phone: real touch events through the browser (which makes touch pointer events of them). */
async function touchDrag(page: Page, from: Locator, to: Locator) {
	const cdp = await page.context().newCDPSession(page);
	const [a, b] = [(await from.boundingBox())!, (await to.boundingBox())!];
	const start = { x: a.x + 12, y: a.y + 12 };
	const end = { x: b.x + b.width / 2, y: b.y + b.height / 2 };
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchStart', touchPoints: [start] });
	for (let i = 1; i <= 10; i++) {
		const p = { x: start.x + ((end.x - start.x) * i) / 10, y: start.y + ((end.y - start.y) * i) / 10 };
		await cdp.send('Input.dispatchTouchEvent', { type: 'touchMove', touchPoints: [p] });
	}
	await cdp.send('Input.dispatchTouchEvent', { type: 'touchEnd', touchPoints: [] });
	await cdp.detach();
}

const group = (page: Page, title: string) => page.getByRole('group', { name: `Group: ${title}` });

test('a note dropped on another by mouse makes a group a second browser sees; it is renamed in place', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Drag board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Dan');
	await addNote(fac, 'Start', 'Pair up new colleagues');
	await addNote(fac, 'Start', 'Buddy for every newcomer');
	await addNote(fac, 'Stop', 'Onboarding by e-mail only');
	await expect(note(guest, 'Onboarding by e-mail only')).toBeVisible();

	await mouseDrag(fac, note(fac, 'Onboarding by e-mail only'), note(fac, 'Pair up new colleagues'));
	await expect(group(fac, 'New group').getByRole('article')).toHaveCount(2);
	await expect(note(fac, 'Onboarding by e-mail only')).toBeFocused();
	const seen = group(guest, 'New group');
	await expect(seen.getByRole('article', { name: /^Note: Pair up new colleagues/ })).toBeVisible();
	await expect(seen.getByRole('article', { name: /^Note: Onboarding by e-mail only/ })).toBeVisible();
	// a third note dropped on the group's box joins it
	await mouseDrag(fac, note(fac, 'Buddy for every newcomer'), group(fac, 'New group').getByRole('heading'));
	await expect(group(guest, 'New group').getByRole('article')).toHaveCount(3);

	// renamed in place, and the other browser reads the new name
	await fac.getByRole('button', { name: 'Rename group “New group”' }).click();
	const field = fac.getByRole('textbox', { name: 'Name of the group' });
	await expect(field).toBeFocused();
	await field.fill('Welcoming newcomers');
	await field.press('Enter');
	await expect(fac.getByRole('button', { name: 'Rename group “Welcoming newcomers”' })).toBeFocused();
	await expect(group(guest, 'Welcoming newcomers').getByRole('article')).toHaveCount(3);

	// dragged out to another zone's empty space, a note moves there and leaves the group
	await mouseDrag(fac, note(fac, 'Buddy for every newcomer'), fac.getByRole('region', { name: /^Continue/ }), 'empty');
	await expect(
		guest.getByRole('region', { name: /^Continue/ }).getByRole('article', { name: /^Note: Buddy for every newcomer/ })
	).toBeVisible();
	await expect(group(guest, 'Welcoming newcomers').getByRole('article')).toHaveCount(2);
	// one undo takes back the move
	await fac.getByRole('button', { name: 'Undo' }).click();
	await expect(group(guest, 'Welcoming newcomers').getByRole('article')).toHaveCount(3);
	await fac.context().close();
	await guest.context().close();
});

test('the same by keyboard alone: Space picks a note up, the arrows choose, Space groups; Escape puts it back', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Keyboard groups', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Eva');
	await addNote(fac, 'Continue', 'Morning huddles');
	await addNote(fac, 'Continue', 'Friday demos');
	await addNote(fac, 'Stop', 'Long status meetings');
	const status = fac.locator('.workspace [aria-live="polite"].visually-hidden');

	await note(fac, 'Friday demos').focus();
	await fac.keyboard.press('Space');
	await expect(status).toContainText('Picked up “Friday demos”');
	await fac.keyboard.press('Escape');
	await expect(status).toContainText('Put back, nothing moved.');
	await expect(note(fac, 'Friday demos')).toBeFocused();

	await fac.keyboard.press('Space');
	await fac.keyboard.press('ArrowUp');
	await expect(status).toContainText('On “Morning huddles”: Space groups them.');
	await fac.keyboard.press('Space');
	await expect(status).toContainText('Grouped with “Morning huddles”.');
	await expect(note(fac, 'Friday demos')).toBeFocused();
	await expect(group(guest, 'New group').getByRole('article')).toHaveCount(2);

	// to another zone: Left onto "Stop", Space moves it to the end of that zone
	await fac.keyboard.press('Space');
	await fac.keyboard.press('ArrowLeft');
	await expect(status).toContainText('At the end of Stop: Space moves it there.');
	await fac.keyboard.press('Space');
	await expect(
		guest.getByRole('region', { name: /^Stop/ }).getByRole('article', { name: /^Note: Friday demos/ })
	).toBeVisible();
	await expect(note(fac, 'Friday demos')).toBeFocused();
	await fac.context().close();
	await guest.context().close();
});

test('on a phone a finger drags one note onto another to group them', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Touch groups', 'Start / stop / continue');
	const code = await openSession(fac);
	await addNote(fac, 'Start', 'Shadow a colleague');
	await addNote(fac, 'Start', 'Job rotation');
	const context = await browser.newContext({ viewport: { width: 375, height: 800 }, hasTouch: true, isMobile: true });
	const guest = await context.newPage();
	await guest.goto(fac.url().replace(/\/boards\/.*/, '/join'));
	await guest.getByLabel('Workshop code').fill(code);
	await guest.getByLabel('Your name on the board').fill('Gry');
	await guest.getByRole('button', { name: 'Join' }).click();
	await expect(note(guest, 'Job rotation')).toBeVisible();
	// live: synced, and the board's mode known (until then nothing is written, see live/board-state)
	await expect(guest.getByRole('status').filter({ hasText: 'Live' })).toBeVisible();

	await touchDrag(guest, note(guest, 'Job rotation'), note(guest, 'Shadow a colleague'));
	await expect(group(fac, 'New group').getByRole('article')).toHaveCount(2);
	await expect(group(guest, 'New group').getByRole('article')).toHaveCount(2);
	await fac.context().close();
	await context.close();
});

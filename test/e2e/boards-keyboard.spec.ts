// Boards by keyboard alone, and the board pages pass axe (also at phone width).
import { test, expect } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, tabTo } from './support/boards';

const { server, facilitator, createBoard } = boardsSuite();

test('the list view works by keyboard alone: write, change, move and comment on a note', async ({ browser }) => {
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
	await expect(
		fac.getByRole('region', { name: /^Stop/ }).getByText('Shadow a colleague for a day every quarter', { exact: true })
	).toBeVisible();
	await tabTo(fac, item.getByText(/^Comments/));
	await kb.press('Enter');
	await tabTo(fac, item.getByLabel(/^Comment on/));
	await kb.type('Good for onboarding too');
	await kb.press('Enter');
	await expect(item.getByText('Good for onboarding too')).toBeVisible();
	await expectAccessible(fac);
	await fac.context().close();
});

test('the canvas moves a focused note between zones with the arrow keys', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Arrow keys board', 'Start / stop / continue');
	await addNote(fac, 'Stop', 'Shadow a colleague for a day');
	const card = note(fac, 'Shadow a colleague');
	await expect(card).toBeVisible();
	await tabTo(fac, card);
	await fac.keyboard.press('ArrowRight');
	await expect(
		fac
			.locator('section[data-zone]')
			.nth(2)
			.getByRole('article', { name: /^Note: Shadow/ })
	).toBeVisible();
	await expect(fac.getByText('Moved to Continue.')).toBeAttached();
	await expect(card).toBeFocused();
	await fac.keyboard.press('ArrowLeft');
	await expect(
		fac
			.locator('section[data-zone]')
			.nth(1)
			.getByRole('article', { name: /^Note: Shadow/ })
	).toBeVisible();
	await expectAccessible(fac);
	await fac.context().close();
});

test('the board, the boards list and the join page pass axe at phone width, and a wrong code keeps the name typed', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Phone board', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Shadow a colleague for a day');
	const card = note(fac, 'Shadow a colleague');
	await expect(card).toBeVisible();
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

test('focus follows the action in the list view: the zone select moves a note only on “Move”, then focus is on the note in its new zone', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Focus board', 'Start / stop / continue');
	await addNote(fac, 'Start', 'Rotate the chair');
	await fac.getByRole('button', { name: 'List view' }).click();
	const item = fac.getByRole('listitem').filter({ hasText: 'Rotate the chair' });
	await item.getByText('Change note').click();
	await item.getByLabel('Zone', { exact: true }).focus();
	await fac.keyboard.press('ArrowDown');
	// Choosing in the select moves nothing yet, and focus stays where the person is.
	await expect(
		fac.getByRole('region', { name: /^Start/ }).getByText('Rotate the chair', { exact: true })
	).toBeVisible();
	await expect(item.getByLabel('Zone', { exact: true })).toBeFocused();
	await fac.keyboard.press('Tab');
	await expect(item.getByRole('button', { name: 'Move “Rotate the chair” to this zone' })).toBeFocused();
	await fac.keyboard.press('Enter');
	const moved = fac
		.getByRole('region', { name: /^Stop/ })
		.getByRole('listitem')
		.filter({ hasText: 'Rotate the chair' });
	await expect(moved).toBeVisible();
	await expect(moved).toBeFocused();
	expect(await fac.evaluate(() => document.activeElement === document.body)).toBe(false);
	await fac.context().close();
});

test('Enter on a canvas note focuses its editor, and saving or leaving the editor focuses the note again', async ({
	browser
}) => {
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

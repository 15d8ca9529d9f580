// What a facilitator relies on in a workshop (issue 20, point 9): groups made in one browser appear in the others
// live; the done-check names who has not voted yet; and the QR code on the screen leads a phone to the join page
// with the code already filled in.
import { test, expect } from '@playwright/test';
import { addNote, boardsSuite, giveDot, note, openPopover, openSession, readJoinQr, setPhase } from './support/boards';

const { server, facilitator, createBoard, joinAsGuest } = boardsSuite();

test('a group made in the list view, with a note put in it, appears in a guest’s canvas live and after a reload', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Grouping board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Dan');
	await addNote(fac, 'Start', 'Pair up new colleagues');
	await addNote(fac, 'Start', 'Lunch-and-learn on Fridays');
	await expect(note(guest, 'Lunch-and-learn on Fridays')).toBeVisible();

	await fac.getByRole('button', { name: 'List view' }).click();
	await fac.getByLabel('New group in Start').fill('Quick wins');
	await fac.getByRole('button', { name: 'Add group' }).first().click();
	const item = fac.getByRole('listitem').filter({ hasText: 'Pair up new colleagues' });
	await item.getByText('Change note “Pair up new colleagues”').click();
	await item.getByLabel('Group', { exact: true }).selectOption({ label: 'Quick wins' });
	await expect(item).toContainText('in Quick wins');

	const group = guest.getByRole('group', { name: 'Group: Quick wins' });
	await expect(group.getByRole('article', { name: /^Note: Pair up new colleagues/ })).toBeVisible();
	await expect(group.getByRole('article')).toHaveCount(1);
	await expect(note(guest, 'Lunch-and-learn on Fridays')).toBeVisible();
	await guest.reload();
	await expect(
		guest.getByRole('group', { name: 'Group: Quick wins' }).getByRole('article', { name: /^Note: Pair up/ })
	).toBeVisible();
	await fac.context().close();
	await guest.context().close();
});

test('while voting, the facilitator sees who has voted and who has not, and the count follows each dot', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Done-check board', 'Start / stop / continue');
	const code = await openSession(fac);
	const dan = await joinAsGuest(browser, code, 'Dan');
	const eva = await joinAsGuest(browser, code, 'Eva');
	await addNote(fac, 'Continue', 'Morning huddles');
	await expect(note(eva, 'Morning huddles')).toBeVisible();
	await setPhase(fac, 'Vote');

	await fac.getByText('Who has voted (0 of 2)').click();
	const people = fac.getByRole('list', { name: 'Participants' });
	await expect(people.getByRole('listitem')).toHaveCount(2);
	await expect(people).toContainText('Dan: has not voted');
	await expect(people).toContainText('Eva: has not voted');

	await giveDot(dan, 'Morning huddles');
	await expect(fac.getByText('Who has voted (1 of 2)')).toBeVisible();
	await expect(people).toContainText('Dan: voted (1 dot)');
	await expect(people).toContainText('Eva: has not voted');

	await giveDot(eva, 'Morning huddles', 2);
	await expect(fac.getByText('Who has voted (2 of 2)')).toBeVisible();
	await expect(people).toContainText('Eva: voted (2 dots)');
	await expect(people).not.toContainText('has not voted');
	for (const page of [fac, dan, eva]) await page.context().close();
});

test('the QR code on the facilitator’s screen decodes to the join page, which opens with the code filled in, with or without JavaScript', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'QR board', 'Start / stop / continue');
	const code = await openSession(fac);
	const decoded = await readJoinQr(fac, code);
	expect(decoded, 'the QR code decodes').not.toBeNull();
	const url = new URL(decoded!);
	expect(url.pathname).toBe('/join');
	expect(url.searchParams.get('code')).toBe(code);

	for (const javaScriptEnabled of [false, true]) {
		const phone = await (
			await browser.newContext({ javaScriptEnabled, viewport: { width: 375, height: 740 } })
		).newPage();
		await phone.goto(server.baseURL + url.pathname + url.search);
		await expect(phone.getByLabel('Workshop code')).toHaveValue(code);
		const name = javaScriptEnabled ? 'Fie' : 'Gus';
		await phone.getByLabel('Your name on the board').fill(name);
		await phone.getByRole('button', { name: 'Join' }).click();
		await expect(phone).toHaveURL(/\/join\/[\w-]{16,}$/);
		// Joined either way; the live board itself needs JavaScript.
		await expect(phone.getByRole('banner')).toContainText(`You take part as ${name}`);
		if (javaScriptEnabled) await expect(phone.getByRole('heading', { level: 1, name: 'QR board' })).toBeVisible();
		await phone.context().close();
	}
	// Both are the facilitator's guests now: each can be removed from the session.
	await fac.reload();
	await openPopover(fac, 'Invite guests');
	for (const name of ['Fie', 'Gus']) await expect(fac.getByRole('button', { name: `Remove ${name}` })).toBeVisible();
	await fac.context().close();
});

test('a facilitation control leaves the keyboard where the facilitator is, so what they type next is kept', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Focus board', 'Start / stop / continue');
	// The question's answer is held until the facilitator has moved on to the timer field, as a busy network would.
	let release = () => {};
	const held = new Promise<void>((r) => (release = r));
	await fac.route(
		(url) => url.search === '?/question',
		async (route) => {
			await held;
			await route.continue();
		}
	);
	await fac.getByRole('button', { name: 'Next question' }).click();
	const timer = fac.getByLabel('Timer (minutes)');
	await timer.click();
	const refreshed = fac.waitForResponse((r) => r.url().includes('__data.json'));
	release();
	await refreshed;
	await expect(fac.getByRole('heading', { name: 'Question 1 of 3' })).toBeVisible();
	// The page has drawn twice since its data came back: anything the answer does to focus has been done.
	await fac.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
	await expect(timer).toBeFocused();
	await fac.keyboard.press('Control+A');
	await fac.keyboard.type('0.05');
	await expect(timer).toHaveValue('0.05');
	await fac.context().close();
});

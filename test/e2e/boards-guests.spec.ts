// What a guest may do on a board and nothing more: delete only their own notes, lose access when removed,
// reach no other board or page, and not guess workshop codes.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, openPopover, openSession } from './support/boards';

const { server, facilitator, createBoard, joinAsGuest, upgradeStatus } = boardsSuite();

test('a guest deletes only their own note, after confirming by keyboard, and the facilitator restores it from the trash', async ({
	browser
}) => {
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

test('a removed guest is disconnected and cannot return with the old token; a guest reaches no other board or page', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const otherBoard = await createBoard(fac, 'Someone else’s board', 'Impact × effort');
	const boardId = await createBoard(fac, 'Guest rules', 'Start / stop / continue');
	const code = await openSession(fac);
	const dan = await joinAsGuest(browser, code, 'Dan');
	const eva = await joinAsGuest(browser, code, 'Eva');
	const danCookie = (await dan.context().cookies()).find((c) => c.name === 'samspil_guest')!;
	expect(danCookie.httpOnly).toBe(true);

	await fac.reload();
	await openPopover(fac, 'Invite guests');
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
			headers: { origin: server.baseURL, accept: 'application/json' },
			maxRedirects: 0
		});
		expect(res.status() === 303 || (await res.json()).type === 'redirect', `${action} refused`).toBe(true);
	}
	await expect(fac.getByRole('heading', { name: 'Phase: Open board' })).toBeVisible();
	await fac.context().close();
	await dan.context().close();
	await eva.context().close();
});

// Last: after it, this address may not try workshop codes for a while.
test('guessing workshop codes is slowed down after 30 wrong codes, with a translated message', async ({ page }) => {
	const post = (code: string) =>
		fetch(server.baseURL + '/join', {
			method: 'POST',
			body: new URLSearchParams({ code, name: 'Guesser' }),
			headers: {
				origin: server.baseURL,
				'content-type': 'application/x-www-form-urlencoded',
				accept: 'application/json'
			}
		}).then((r) => r.json() as Promise<{ status: number }>);
	// Earlier tests in this file joined three times (guests); the limit is 30 join attempts per address.
	const statuses: number[] = [];
	for (let i = 0; i < 40 && statuses.at(-1) !== 429; i++)
		statuses.push((await post(`WRONG${'ABCDEFGHJKMNPQRSTUVWXYZ2345678'[i % 30]}`)).status);
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

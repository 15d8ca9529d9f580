// Boards stay in step between browsers: offline edits merge, undo is per person, presence shows each person
// once and carries nothing an anonymous board hides.
import { test, expect } from '@playwright/test';
import { addNote, boardsSuite, editNote, note, openPopover, openSession } from './support/boards';

const { server, facilitator, createBoard, joinAsGuest } = boardsSuite();

test('an edit made offline merges after reconnecting, and undo reverts only one’s own change', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Offline board', 'Start / stop / continue');
	const code = await openSession(fac);
	const guest = await joinAsGuest(browser, code, 'Cai');
	// Dee stays online: what reaches her has been through the server.
	const dee = await joinAsGuest(browser, code, 'Dee');

	await guest.context().setOffline(true);
	await expect(guest.getByRole('status').filter({ hasText: 'Offline' })).toBeVisible();
	await addNote(guest, 'Start', 'Written on the train');
	await addNote(fac, 'Stop', 'Written in the office');
	await expect(note(guest, 'Written on the train')).toBeVisible();
	// Both notes were written before Dee's, and Dee's and the office note have made the round through the
	// server: an online guest would have had the office note by now, and the facilitator the train note.
	await addNote(dee, 'Continue', 'Written at the desk');
	await expect(note(fac, 'Written at the desk')).toBeVisible();
	await expect(note(dee, 'Written in the office')).toBeVisible();
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
	await dee.context().close();
});

test('on an anonymous board nobody sees who is typing in or looking at a note, and presence carries no note', async ({
	browser
}) => {
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

	await openPopover(fac, 'More');
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

	const ids = [
		await note(bo, 'Shorter meetings please').getAttribute('data-note'),
		await note(bo, 'Fewer meetings').getAttribute('data-note')
	];
	for (const id of ids) expect(id?.length ?? 0).toBeGreaterThan(8);
	expect(presence.length).toBeGreaterThan(0);
	expect(presence.some((frame) => frame.includes(Buffer.from('Ann')))).toBe(true);
	for (const frame of presence) for (const id of ids) expect(frame.includes(Buffer.from(id!))).toBe(false);
	await fac.context().close();
	await ann.context().close();
	await bo.context().close();
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

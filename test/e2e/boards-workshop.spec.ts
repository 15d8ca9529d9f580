// Boards in a workshop: a facilitator leads guests and members through phases, questions, votes and timers,
// and ends the session; "follow me" and locking steer what guests see and may do.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, endWorkshop, giveDot, note, openPopover, openSession, setPhase } from './support/boards';
import { createDemoOrganisation } from './support/demo';

const { server, facilitator, signedIn, createBoard, joinAsGuest } = boardsSuite();

test('a facilitator and two guests run silent writing, reveal, hidden voting and turn a decision into an action', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Læringsværksted', 'Start / stop / continue');
	const code = await openSession(fac);
	const ann = await joinAsGuest(browser, code, 'Ann');
	const bo = await joinAsGuest(browser, code, 'Bo');
	await expect(ann.getByRole('list', { name: 'Here now' }).getByText('Bo')).toBeVisible();

	await fac.getByRole('button', { name: 'Next question' }).click();
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
	// Silent writing: nobody sees anyone else's notes, not even the facilitator. Both say they are done
	// after writing; once the facilitator sees that, anything their notes would have sent has been sent.
	for (const guest of [ann, bo]) await guest.getByRole('button', { name: 'I am done writing' }).click();
	await fac.getByText('Who is done (2 of 2)').click();
	await expect(fac.getByRole('list', { name: 'Participants' })).toContainText('Ann: done');
	await expect(fac.getByRole('list', { name: 'Participants' })).toContainText('Bo: done');
	await fac.getByText('Who is done (2 of 2)').click();
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
	await expect(fac.getByRole('checkbox', { name: 'Every newcomer gets a buddy for the first month' })).toBeVisible();
	await expect(bo.getByText('Every newcomer gets a buddy for the first month')).toBeVisible();
	await fac.getByRole('checkbox', { name: 'Every newcomer gets a buddy for the first month' }).check();
	await fac.getByRole('button', { name: 'Make action items (1)' }).click();
	await expect(fac.getByText('Action items made: 1')).toBeVisible();
	await expect(fac.getByRole('list', { name: 'Action items from this board' })).toContainText(
		'Every newcomer gets a buddy'
	);
	for (const page of [ann, bo]) {
		await expect(page.getByRole('region', { name: 'Decisions' }).getByText('Action', { exact: true })).toBeVisible();
	}
	await expectAccessible(fac);
	await expectAccessible(ann);
	// The made action item is on the team's plan at once, and each links to the other.
	await fac
		.getByRole('list', { name: 'Action items from this board' })
		.getByRole('link', { name: 'Every newcomer gets a buddy for the first month' })
		.click();
	await expect(
		fac.getByRole('heading', { level: 1, name: 'Every newcomer gets a buddy for the first month' })
	).toBeVisible();
	await fac.getByRole('link', { name: /From a board decision/ }).click();
	await expect(fac.getByRole('heading', { level: 1, name: 'Læringsværksted' })).toBeVisible();
	await fac.goto(server.baseURL + '/actions');
	await fac
		.getByRole('link', { name: /Borgerservice/ })
		.first()
		.click();
	await expect(fac.getByRole('link', { name: 'Every newcomer gets a buddy for the first month' })).toBeVisible();
	await fac.context().close();
	await ann.context().close();
	await bo.context().close();
});

test('a locked board is read-only for guests, and “follow me” brings the facilitator’s focus into view', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Follow board', 'Start / stop / continue');
	for (let i = 0; i < 14; i++) await addNote(fac, 'Continue', `Keep doing thing ${i}`);
	await expect(note(fac, 'Keep doing thing 13')).toBeVisible();
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry');
	await guest.setViewportSize({ width: 375, height: 600 });
	await expect(note(guest, 'Keep doing thing 13')).not.toBeInViewport();
	await openPopover(fac, 'More');
	await fac.getByLabel('Everyone follows me').check();
	await note(fac, 'Keep doing thing 13').focus();
	await expect(note(guest, 'Keep doing thing 13')).toBeInViewport();

	await openPopover(fac, 'More');
	await fac.getByRole('button', { name: 'Lock the board' }).click();
	// The facilitator's own page has taken the lock in (and re-rendered) before anyone writes.
	await expect(fac.getByRole('button', { name: 'Unlock the board' })).toBeVisible();
	await expect(guest.getByText('The facilitator has locked the board.')).toBeVisible();
	await expect(guest.getByLabel('New note in Start')).toHaveCount(0);
	await addNote(fac, 'Start', 'Only the facilitator writes now');
	await expect(note(fac, 'Only the facilitator writes now')).toBeVisible();
	await expect(note(guest, 'Only the facilitator writes now')).toBeVisible();
	await openPopover(fac, 'More');
	await fac.getByRole('button', { name: 'Unlock the board' }).click();
	await expect(guest.getByLabel('New note in Start')).toBeVisible();
	await fac.context().close();
	await guest.context().close();
});

test('a facilitator, a member and a guest on a phone run two vote rounds, and every round’s results stay in Discuss, the summary and the exports', async ({
	browser
}) => {
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
	await fac.getByRole('button', { name: 'Next question' }).click();
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
	await fac.getByRole('button', { name: 'Next question' }).click();
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
	await expect(fac.getByRole('region', { name: 'Vote rounds' })).toContainText(
		'Round 2: What gets in the way and should stop?'
	);
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
	await endWorkshop(fac);
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
	await openPopover(fac, 'More');
	await fac.getByLabel('Everyone follows me').check();
	await note(fac, 'Later thing 13').focus();
	await expect(note(guest, 'Later thing 13')).toHaveClass(/following/);
	await expect(editor).toBeFocused();
	await expect(editor).toBeInViewport();
	await expect(note(guest, 'Later thing 13')).not.toBeInViewport();
	await fac.context().close();
	await guest.context().close();
});

test('when a workshop ends, a guest is thanked (no error), and nobody sees the last phase or “Time is up!”', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Ending board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Gry', { viewport: { width: 375, height: 667 } });
	await setPhase(fac, 'Discuss');
	await fac.getByLabel('Timer (minutes)').fill('0.02');
	await fac.getByRole('button', { name: 'Start timer' }).click();
	await expect(guest.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();
	await endWorkshop(fac);
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

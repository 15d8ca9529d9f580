// Reactions and note details on the canvas (issue 21, point 5): a quick reaction reaches the other browser at once
// and is not a vote; each person takes back only their own; a comment thread opens on the note itself; the author's
// own colour marks their notes, and an anonymous board shows none of it.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, openPopover, openSession } from './support/boards';

const { facilitator, createBoard, joinAsGuest } = boardsSuite();

test('a reaction and a comment on a canvas note reach the other browser live, and only one’s own reaction is taken back', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Reaction board', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Dan', { viewport: { width: 375, height: 800 } });
	await addNote(fac, 'Start', 'Pair up new colleagues');
	const onGuest = note(guest, 'Pair up new colleagues');
	await expect(onGuest).toBeVisible();

	// The author's own colour sits by their name.
	await expect(note(fac, 'Pair up new colleagues').locator('.own')).toHaveCount(1);

	await onGuest.focus();
	await onGuest.getByRole('button', { name: 'Agree: 0 people' }).click();
	const onFac = note(fac, 'Pair up new colleagues');
	await expect(onFac.getByRole('button', { name: 'Agree: 1 person' })).toHaveAttribute('aria-pressed', 'false');
	await onFac.getByRole('button', { name: 'Agree: 1 person' }).click();
	await expect(onGuest.getByRole('button', { name: 'Agree: 2 people' })).toHaveAttribute('aria-pressed', 'true');
	// The guest takes back theirs; the facilitator's stays, marked as the facilitator's own.
	await onGuest.getByRole('button', { name: 'Agree: 2 people' }).click();
	await expect(onFac.getByRole('button', { name: 'Agree: 1 person' })).toHaveAttribute('aria-pressed', 'true');
	await expect(onGuest.getByRole('button', { name: 'Agree: 1 person' })).toHaveAttribute('aria-pressed', 'false');

	// A comment thread on the note itself.
	await onGuest.focus();
	await onGuest.getByText('Comments (0)').click();
	await onGuest.getByLabel('Comment on “Pair up new colleagues”').fill('Start with the new nurses');
	await onGuest.getByRole('button', { name: 'Comment', exact: true }).click();
	await expect(onFac.getByText('Comments (1)')).toBeVisible();
	await onFac.getByText('Comments (1)').click();
	await expect(onFac.getByText('Start with the new nurses')).toBeVisible();
	await expectAccessible(guest);
	await fac.context().close();
	await guest.context().close();
});

test('on an anonymous board notes carry no author colour, and reactions show counts only', async ({ browser }) => {
	const fac = await facilitator(browser);
	await createBoard(fac, 'Anonymous reactions', 'Start / stop / continue');
	await openPopover(fac, 'More');
	await fac.getByRole('button', { name: 'Anonymous mode' }).click();
	await expect(fac.getByText('Anonymous mode: new notes do not show who wrote them.')).toBeVisible();
	const guest = await joinAsGuest(browser, await openSession(fac), 'Eva');
	await addNote(guest, 'Stop', 'Meetings without an agenda');
	const onFac = note(fac, 'Meetings without an agenda');
	await expect(onFac).toBeVisible();
	await expect(onFac.locator('.own')).toHaveCount(0);
	await onFac.focus();
	await onFac.getByRole('button', { name: 'Great idea: 0 people' }).click();
	await expect(
		note(guest, 'Meetings without an agenda').getByRole('button', { name: 'Great idea: 1 person' })
	).toBeVisible();
	await expect(note(guest, 'Meetings without an agenda')).not.toContainText('Ada');
	await fac.context().close();
	await guest.context().close();
});

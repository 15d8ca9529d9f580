// The projector view (issue 21, point 3): the join code and QR code while guests arrive, then the board in large
// type following the facilitator's phase, question card, timer and "follow me" live, with no controls, and never
// the facilitator's notes that silent writing still hides.
import { test, expect } from '@playwright/test';
import { expectAccessible } from './support/a11y';
import { addNote, boardsSuite, note, openPopover, openSession, readJoinQr, setPhase } from './support/boards';

const { server, facilitator, createBoard, joinAsGuest } = boardsSuite();

test('the projector view shows the code while guests join, then follows the phase, question, timer and focus live', async ({
	browser
}) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Projected workshop', 'Start / stop / continue');
	await expect(fac.getByRole('link', { name: 'Projector view' })).toHaveAttribute('href', `/boards/${boardId}/present`);

	// Put on the wall before the session is open: it picks up the code by itself once it is.
	const wall = await (await browser.newContext({ storageState: await fac.context().storageState() })).newPage();
	await wall.setViewportSize({ width: 1920, height: 1080 });
	const sockets: string[] = [];
	wall.on('websocket', (ws) => sockets.push(new URL(ws.url()).pathname));
	await wall.goto(`${server.baseURL}/boards/${boardId}/present`);
	await expect(wall.getByRole('heading', { level: 1, name: 'Projected workshop' })).toBeVisible();
	await expect(wall.getByText('Open board', { exact: true })).toBeVisible();
	await expect(wall.getByRole('button')).toHaveCount(0);
	const code = await openSession(fac);
	await expect(wall.getByTestId('present-code')).toHaveText(code);
	await expect(wall.getByRole('heading', { name: 'Join on your phone' })).toBeVisible();
	await expect(wall.getByText('0 people are here')).toBeVisible();
	// The QR code on the wall leads a phone to the join page with this code.
	expect(await readJoinQr(wall, code)).toMatch(new RegExp(`/join\\?code=${code}$`));

	const guest = await joinAsGuest(browser, code, 'Gry');
	await expect(wall.getByText('1 person is here')).toBeVisible();
	await expectAccessible(wall);
	await wall.screenshot({ path: test.info().outputPath('projector-join-1920x1080.png') });

	// Silent writing: the facilitator's own note stays off the wall (the wall never loads their private doc).
	await setPhase(fac, 'Silent writing');
	await expect(wall.getByText('Silent writing', { exact: true })).toBeVisible();
	await expect(wall.getByRole('heading', { name: 'Join on your phone' })).toHaveCount(0);
	await expect(wall.getByTestId('present-code')).toHaveText(code);
	await addNote(fac, 'Start', 'A buddy for every newcomer');
	await expect(note(fac, 'A buddy for every newcomer')).toContainText('Only you see this');
	await addNote(guest, 'Stop', 'Skipping the handover');
	await fac.getByRole('button', { name: 'Next question' }).click();
	const question = wall.getByRole('region', { name: 'Question 1 of 3' });
	await expect(question).toContainText('What should we start doing to learn more from each other?');
	// The wall has taken in an update made after the note: the note would be there by now if it could be.
	await expect(wall.getByText('A buddy for every newcomer')).toHaveCount(0);
	await expect(wall.getByText('Skipping the handover')).toHaveCount(0);
	// Not only not shown: the wall never opened the facilitator's private doc, only the board and its control doc.
	expect(sockets.sort()).toEqual([`/sync/board/${boardId}`, `/sync/board/${boardId}/control`]);

	await fac.getByRole('button', { name: 'Reveal all notes' }).click();
	await expect(wall.getByText('A buddy for every newcomer')).toBeVisible();
	await expect(wall.getByText('Skipping the handover')).toBeVisible();
	await expect(wall.getByRole('region', { name: 'Start' })).toContainText('1 note');

	// The timer counts down on the wall too, and says when time is up.
	await fac.getByLabel('Timer (minutes)').fill('0.05');
	await fac.getByRole('button', { name: 'Start timer' }).click();
	await expect(wall.getByRole('alert').filter({ hasText: 'Time is up!' })).toBeVisible();
	await expect(wall.getByLabel('Sound at the end')).toHaveCount(0);

	// "Everyone follows me": what the facilitator points at stands out on the wall.
	await setPhase(fac, 'Group');
	await expect(wall.getByText('Group', { exact: true })).toBeVisible();
	await openPopover(fac, 'More');
	await fac.getByLabel('Everyone follows me').check();
	await note(fac, 'Skipping the handover').focus();
	await expect(wall.locator('li.followed')).toHaveText('Skipping the handover');
	await expectAccessible(wall);
	await wall.screenshot({ path: test.info().outputPath('projector-board-1920x1080.png') });

	await fac.context().close();
	await wall.context().close();
	await guest.context().close();
});

test('a guest’s join code opens their board, not its projector view', async ({ browser }) => {
	const fac = await facilitator(browser);
	const boardId = await createBoard(fac, 'Not for the wall', 'Start / stop / continue');
	const guest = await joinAsGuest(browser, await openSession(fac), 'Ida');
	// A guest's cookie opens their board, not its projector view (that is for signed-in facilitators).
	const response = await guest.goto(`${server.baseURL}/boards/${boardId}/present`);
	expect(response?.url()).toMatch(/\/signin/);
	await fac.context().close();
	await guest.context().close();
});

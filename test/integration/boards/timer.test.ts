// The shared timer from the facilitator's toolbar: a minute more on a running, paused or finished timer; a pause
// keeps what is left and a resume counts down from it; a member who does not facilitate changes nothing.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { readMeta } from '../../../src/lib/boards/doc';
import { readControl } from '../../../src/lib/server/boards/control';
import { makeOrg, makePerson, makeTeam, startSync, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamId: string;
let facilitator: Person;
let member: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
	member = await makePerson(orgId, 'member', [[teamId, 'member']]);
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

const timer = (boardId: string) => readControl(boardId, readMeta);
const board = () => boards.createBoard(facilitator.actor, { title: 'Timer', teamId, template: 'start-stop-continue' });

it('a minute more lengthens a running timer, and starts one when none runs', async () => {
	const { id } = await board();
	await boards.addTimerMinute(facilitator.actor, id);
	const started = (await timer(id)).timerEndsAt - Date.now();
	expect(started).toBeGreaterThan(55_000);
	expect(started).toBeLessThanOrEqual(60_000);
	await boards.setTimer(facilitator.actor, id, 2);
	const before = (await timer(id)).timerEndsAt;
	await boards.addTimerMinute(facilitator.actor, id);
	expect((await timer(id)).timerEndsAt).toBe(before + 60_000);
});

it('a pause keeps what is left, a minute more adds to it, and a resume counts down from there', async () => {
	const { id } = await board();
	await boards.setTimer(facilitator.actor, id, 3);
	await boards.pauseTimer(facilitator.actor, id, true);
	const paused = await timer(id);
	expect(paused.timerEndsAt).toBe(0);
	expect(paused.timerPausedLeft).toBeGreaterThan(170_000);
	expect(paused.timerPausedLeft).toBeLessThanOrEqual(180_000);
	await boards.addTimerMinute(facilitator.actor, id);
	expect((await timer(id)).timerPausedLeft).toBe(paused.timerPausedLeft + 60_000);
	// Pausing twice changes nothing.
	await boards.pauseTimer(facilitator.actor, id, true);
	expect((await timer(id)).timerPausedLeft).toBe(paused.timerPausedLeft + 60_000);

	const now = Date.now();
	await boards.pauseTimer(facilitator.actor, id, false);
	const resumed = await timer(id);
	expect(resumed.timerPausedLeft).toBe(0);
	expect(resumed.timerEndsAt - now).toBeGreaterThanOrEqual(paused.timerPausedLeft + 60_000);
	expect(resumed.timerEndsAt - now).toBeLessThan(paused.timerPausedLeft + 61_000);
	// Starting a new timer forgets a pause.
	await boards.pauseTimer(facilitator.actor, id, true);
	await boards.setTimer(facilitator.actor, id, 1);
	expect((await timer(id)).timerPausedLeft).toBe(0);
});

it('a member who does not facilitate cannot add a minute or pause', async () => {
	const { id } = await board();
	await boards.setTimer(facilitator.actor, id, 2);
	const before = await timer(id);
	await expect(boards.addTimerMinute(member.actor, id)).rejects.toThrow();
	await expect(boards.pauseTimer(member.actor, id, true)).rejects.toThrow();
	expect(await timer(id)).toEqual(before);
});

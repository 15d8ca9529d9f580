// "Who is done" counts the participants, not whoever runs the workshop.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { readProgress } from '../../../src/lib/boards/doc';
import { readControl } from '../../../src/lib/server/boards/control';
import { makeOrg, makePerson, makeTeam, startSync, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let facilitator: Person;
let member: Person;
let teamId: string;

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

const progressOf = (boardId: string) =>
	readControl(boardId, (c) => {
		const out: Record<string, ReturnType<typeof readProgress>> = {};
		c.progress.forEach((p, id) => (out[id] = readProgress(p)));
		return out;
	});

describe('progress', () => {
	it('records members and guests, and never the facilitator, even one who votes or says they are done', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Progress',
			teamId,
			template: 'start-stop-continue'
		});
		const session = await boards.openSession(facilitator.actor, board.id);
		const ann = await boards.joinSession({ code: session.code, name: 'Ann' });
		await boards.setPhase(facilitator.actor, board.id, 'write');
		await boards.reportMemberProgress(facilitator.actor, board.id, { done: true });
		await boards.reportMemberProgress(member.actor, board.id, { done: true });
		await boards.reportProgress({ boardId: board.id, participantId: ann.guest.guestId, name: 'Ann' }, {});
		const progress = await progressOf(board.id);
		expect(Object.keys(progress).sort()).toEqual([ann.guest.guestId, member.actor.userId].sort());
		expect(progress[member.actor.userId].done).toBe(true);
		expect(progress[facilitator.actor.userId]).toBeUndefined();
	});
});

// The projector view's page: only the board's facilitators get it; it carries the open session's code and QR code
// (and nothing about the guests), and the board's control doc says when a session opens or closes, so a projector
// already on the wall loads the code without anyone touching it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { readControl } from '../../../src/lib/server/boards/control';
import { readMeta } from '../../../src/lib/boards/doc';
import { db } from '../../../src/lib/server/db/current';
import { makeTwoTeamOrg, startSync, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamA: string;
let manager: Person;
let member: Person;
let otherTeamMember: Person;
let outsider: Person;

const ORIGIN = 'https://samspil.test';
const sessionOpen = (boardId: string) => readControl(boardId, (c) => readMeta(c).sessionOpen);
const participants = async (boardId: string) =>
	(await db().selectFrom('board_participants').select('participant_id').where('board_id', '=', boardId).execute())
		.length;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	({ teamA, manager, member, otherTeamMember, outsider } = await makeTwoTeamOrg());
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('the projector view', () => {
	it('gives the facilitator the board and, once a session is open, its code and QR code; the control doc says so', async () => {
		const board = await boards.createBoard(manager.actor, { title: 'On the wall', teamId: teamA });
		const before = await boards.presentPage(manager.actor, board.id, { origin: ORIGIN, full: true });
		expect(before.board).toEqual({ id: board.id, title: 'On the wall' });
		expect(before.initialControl).toBeTruthy();
		expect(before.session).toBeNull();
		expect(await sessionOpen(board.id)).toBe(false);

		const { code } = await boards.openSession(manager.actor, board.id);
		expect(await sessionOpen(board.id)).toBe(true);
		const open = await boards.presentPage(manager.actor, board.id, { origin: ORIGIN, full: true });
		expect(open.session).toMatchObject({ code, joinUrl: `${ORIGIN}/join?code=${code}` });
		expect(open.session!.qr).toMatch(/^<svg/);
		// Nothing about who joined reaches the wall.
		expect(Object.keys(open.session!).sort()).toEqual(['code', 'joinUrl', 'qr']);

		await boards.closeSession(manager.actor, board.id);
		expect(await sessionOpen(board.id)).toBe(false);
		expect((await boards.presentPage(manager.actor, board.id, { origin: ORIGIN, full: true })).session).toBeNull();
	});

	it('is refused to a member who does not facilitate the board, to another team and to another organisation', async () => {
		const board = await boards.createBoard(manager.actor, { title: 'Not yours', teamId: teamA });
		await boards.openSession(manager.actor, board.id);
		await expect(boards.presentPage(member.actor, board.id, { origin: ORIGIN, full: true })).rejects.toMatchObject({
			status: 403
		});
		await expect(
			boards.presentPage(otherTeamMember.actor, board.id, { origin: ORIGIN, full: true })
		).rejects.toMatchObject({
			status: 403
		});
		await expect(boards.presentPage(outsider.actor, board.id, { origin: ORIGIN, full: true })).rejects.toMatchObject({
			status: 404
		});
	});

	it('only watches: opening it records nobody as a participant of the board', async () => {
		const board = await boards.createBoard(manager.actor, { title: 'Watched', teamId: teamA });
		const count = await participants(board.id);
		await boards.presentPage(manager.actor, board.id, { origin: ORIGIN, full: true });
		expect(await participants(board.id)).toBe(count);
		// The board page, by contrast, does record its viewer: the count above could have moved.
		await boards.boardPage(member.actor, board.id, { origin: ORIGIN, full: false });
		expect(await participants(board.id)).toBe(count + 1);
	});
});

// Board decisions become actions: real boards (the boards module, its documents written through the
// app's sync server), decisions marked for action in a workshop, then taken onto the team's plan.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import { createAppSync, type AppSync } from '../../../src/lib/server/sync-wiring';
import * as boards from '../../../src/lib/server/boards/index';
import { changeDoc } from '../../../src/lib/server/boards/live';
import { addDecision, boardDoc, boardDocName } from '../../../src/lib/boards/doc';
import {
	createActionFromBoard,
	getItem,
	listBoardActionItems,
	makeActionItems,
	getPlan,
	pendingBoardDecisions,
	recommendForDecisions
} from '../../../src/lib/server/actions/index';
import { Forbidden, NotFound } from '../../../src/lib/server/errors';
import { app } from '../../../src/lib/server/app/index';

let database: TestDatabase;
let sync: AppSync;
let w: World;
let boardId: string;
let decisionId: string;
const decision = 'Every newcomer gets a buddy from day one';

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
	sync = await createAppSync({ unloadDelayMs: 0, revalidateIntervalMs: 0 });
	app().sync = sync;
	const board = await boards.createBoard(w.manager, { title: 'Spring workshop', teamId: w.teamA });
	boardId = board.id;
	await changeDoc(boardDocName(boardId), (doc) => {
		addDecision(boardDoc(doc), { text: decision });
	});
	decisionId = (await boards.boardSnapshot(w.manager, boardId)).decisions[0].id;
	await boards.makeActions(w.manager, boardId, [decisionId]);
}, 60_000);

afterAll(async () => {
	app().sync = undefined;
	await sync.close();
	await database.close();
});

describe('board decisions become actions', () => {
	it("lists the team's board decisions that wait to go on the plan", async () => {
		expect(await pendingBoardDecisions(w.member, w.teamA)).toEqual([
			{ boardId, boardTitle: 'Spring workshop', noteId: decisionId, title: decision, createdAt: expect.any(String) }
		]);
		expect(await pendingBoardDecisions(w.otherMember, w.teamB)).toEqual([]);
	});

	it('suggests the catalogue actions the decision points to', async () => {
		const [suggested] = await recommendForDecisions(w.member, [decision], 'en');
		expect(suggested.actions[0].id).toBe('buddy-for-newcomers');
	});

	it("creates an action on the team's plan that links back to the board, once per decision", async () => {
		const made = await createActionFromBoard(w.member, {
			teamId: w.teamA,
			boardId,
			noteId: decisionId,
			title: decision
		});
		expect(made.boardLink).toBe(`/boards/${boardId}`);
		expect(await getItem(w.manager, made.id, 'en')).toMatchObject({
			source: 'board',
			title: decision,
			boardId,
			noteId: decisionId,
			boardLink: `/boards/${boardId}`
		});
		const again = await createActionFromBoard(w.manager, {
			teamId: w.teamA,
			boardId,
			noteId: decisionId,
			title: decision
		});
		expect(again.id).toBe(made.id);
		expect((await getPlan(w.manager, w.teamA, 'en')).filter((i) => i.boardId === boardId)).toHaveLength(1);
		expect(await pendingBoardDecisions(w.member, w.teamA)).toEqual([]);
	});

	it('can take a catalogue action for the decision, still linked to the board', async () => {
		const other = await boards.createBoard(w.manager, { title: 'Follow-up workshop', teamId: w.teamA });
		const made = await createActionFromBoard(w.manager, {
			teamId: w.teamA,
			boardId: other.id,
			noteId: 'n-1',
			title: decision,
			catalogueId: 'buddy-for-newcomers'
		});
		expect(await getItem(w.manager, made.id, 'en')).toMatchObject({
			source: 'catalogue',
			catalogueId: 'buddy-for-newcomers',
			title: 'A named buddy for every new colleague',
			notes: decision,
			boardLink: `/boards/${other.id}`,
			dimension: 'learning_together'
		});
	});

	it("puts a team's board decisions on that team's plan only, and knows no board it cannot see", async () => {
		await expect(
			createActionFromBoard(w.admin, { teamId: w.teamB, boardId, noteId: decisionId, title: decision })
		).rejects.toMatchObject({
			key: 'error_actions_board_other_team',
			field: 'teamId'
		});
		await expect(
			createActionFromBoard(w.manager, { teamId: w.teamA, boardId: 'no-such-board', noteId: 'x', title: 'x' })
		).rejects.toBeInstanceOf(NotFound);
		await expect(
			createActionFromBoard(w.outsider, { teamId: w.outsiderTeam, boardId, noteId: 'x', title: 'x' })
		).rejects.toBeInstanceOf(NotFound);
		await expect(
			createActionFromBoard(w.otherMember, { teamId: w.teamA, boardId, noteId: 'y', title: 'Not your team' })
		).rejects.toBeInstanceOf(Forbidden);
	});

	it("puts action items made on a team's board on that team's plan at once, linked both ways", async () => {
		const board = await boards.createBoard(w.manager, { title: 'Autumn workshop', teamId: w.teamA });
		await changeDoc(boardDocName(board.id), (doc) => {
			addDecision(boardDoc(doc), { text: 'A learning minute in every Monday meeting' });
		});
		const [made] = (await boards.boardSnapshot(w.manager, board.id)).decisions;
		expect(await makeActionItems(w.manager, board.id, [made.id])).toEqual({ made: 1 });

		const onPlan = (await getPlan(w.member, w.teamA, 'en')).filter((i) => i.boardId === board.id);
		expect(onPlan).toHaveLength(1);
		expect(onPlan[0]).toMatchObject({
			source: 'board',
			title: 'A learning minute in every Monday meeting',
			noteId: made.id,
			boardLink: `/boards/${board.id}`
		});
		expect(await listBoardActionItems(w.member, board.id)).toEqual([
			{
				id: expect.any(String),
				title: 'A learning minute in every Monday meeting',
				sourceId: made.id,
				itemId: onPlan[0].id,
				dimension: null,
				beforeAfter: null
			}
		]);
		expect((await pendingBoardDecisions(w.member, w.teamA)).map((d) => d.boardId)).not.toContain(board.id);

		// A catalogue action picked for it afterwards becomes that same item, the decision kept in its notes.
		const picked = await createActionFromBoard(w.member, {
			teamId: w.teamA,
			boardId: board.id,
			noteId: made.id,
			title: made.text,
			catalogueId: 'weekly-learning-minutes'
		});
		expect(picked.id).toBe(onPlan[0].id);
		expect(await getItem(w.member, picked.id, 'en')).toMatchObject({
			source: 'catalogue',
			catalogueId: 'weekly-learning-minutes',
			notes: 'A learning minute in every Monday meeting',
			boardLink: `/boards/${board.id}`
		});
		expect((await getPlan(w.member, w.teamA, 'en')).filter((i) => i.boardId === board.id)).toHaveLength(1);
	});

	it('keeps action items of a board without a team on the board, with nothing to put them on', async () => {
		const board = await boards.createBoard(w.admin, { title: 'Organisation day' });
		await changeDoc(boardDocName(board.id), (doc) => {
			addDecision(boardDoc(doc), { text: 'Open the learning café to every team' });
		});
		const [made] = (await boards.boardSnapshot(w.admin, board.id)).decisions;
		expect(await makeActionItems(w.admin, board.id, [made.id])).toEqual({ made: 1 });
		expect(await listBoardActionItems(w.admin, board.id)).toEqual([
			{
				id: expect.any(String),
				title: 'Open the learning café to every team',
				sourceId: made.id,
				itemId: null,
				dimension: null,
				beforeAfter: null
			}
		]);
	});
});

// Who may see, create, facilitate and write which board: team members, the rest of the organisation, other
// organisations, the organisation's facilitators; and a locked board.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { makeTwoTeamOrg, startSync, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamA: string;
let manager: Person;
let member: Person;
let otherTeamMember: Person;
let outsider: Person;
let facilitatorRole: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	({ teamA, manager, member, otherTeamMember, facilitatorRole, outsider } = await makeTwoTeamOrg());
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('who may do what', () => {
	it('team members see and write their team’s boards; others in the organisation and other organisations do not', async () => {
		const board = await boards.createBoard(member.actor, { title: 'Team retro', teamId: teamA });
		expect((await boards.getBoard(manager.actor, board.id)).canFacilitate).toBe(true);
		expect((await boards.getBoard(member.actor, board.id)).canFacilitate).toBe(true); // the creator
		await expect(boards.getBoard(otherTeamMember.actor, board.id)).rejects.toMatchObject({ status: 403 });
		await expect(boards.getBoard(outsider.actor, board.id)).rejects.toMatchObject({ status: 404 });
		expect((await boards.listBoards(otherTeamMember.actor)).map((b) => b.id)).not.toContain(board.id);
		expect((await boards.listBoards(outsider.actor)).map((b) => b.id)).not.toContain(board.id);

		expect(await boards.boardPermission({ kind: 'user', actor: member.actor }, board.id)).toBe('write');
		expect(await boards.boardPermission({ kind: 'user', actor: otherTeamMember.actor }, board.id)).toBe('none');
		expect(await boards.boardPermission({ kind: 'user', actor: outsider.actor }, board.id)).toBe('none');
		expect(
			await boards.boardPermission({ kind: 'user', actor: member.actor }, `${board.id}/mine/${member.actor.userId}`)
		).toBe('write');
		expect(
			await boards.boardPermission({ kind: 'user', actor: manager.actor }, `${board.id}/mine/${member.actor.userId}`)
		).toBe('none');
		expect(
			await boards.boardPermission({ kind: 'user', actor: member.actor }, `${board.id}/other/${member.actor.userId}`)
		).toBe('none');
	});

	it('a plain member of the team cannot facilitate someone else’s board', async () => {
		const board = await boards.createBoard(manager.actor, { title: 'Managed', teamId: teamA });
		await expect(boards.setPhase(member.actor, board.id, 'write')).rejects.toMatchObject({ status: 403 });
		await expect(boards.openSession(member.actor, board.id)).rejects.toMatchObject({ status: 403 });
		await expect(boards.deleteBoard(member.actor, board.id)).rejects.toMatchObject({ status: 403 });
		await expect(boards.makeActions(member.actor, board.id, ['x'])).rejects.toMatchObject({ status: 403 });
		await expect(boards.createBoard(otherTeamMember.actor, { title: 'Sneaky', teamId: teamA })).rejects.toMatchObject({
			status: 403
		});
		await expect(boards.createBoard(member.actor, { title: 'Org wide' })).rejects.toMatchObject({ status: 403 });
		expect((await boards.createBoard(facilitatorRole.actor, { title: 'Org wide' })).team_id).toBeNull();
	});

	it('locking makes the board read-only for participants and leaves the facilitator writing', async () => {
		const board = await boards.createBoard(manager.actor, { title: 'Lockable', teamId: teamA });
		await boards.setLocked(manager.actor, board.id, true);
		expect(await boards.boardPermission({ kind: 'user', actor: member.actor }, board.id)).toBe('read');
		expect(await boards.boardPermission({ kind: 'user', actor: manager.actor }, board.id)).toBe('write');
		await boards.setLocked(manager.actor, board.id, false);
		expect(await boards.boardPermission({ kind: 'user', actor: member.actor }, board.id)).toBe('write');
	});
});

// Deleting a board closes its connections and removes every stored update and snapshot of its documents; erasing
// a person forgets their private drafts through the sync server.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { addNote, boardDocName, controlDocName, listZones, mineDoc, mineDocName } from '../../../src/lib/boards/doc';
import { db } from '../../../src/lib/server/db/current';
import { erasePerson } from '../../../src/lib/server/privacy/index';
import {
	connect,
	makePerson,
	makeTwoTeamOrg,
	startSync,
	syncMetric,
	waitFor,
	writeBoard,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let orgId: string;
let teamA: string;
let manager: Person;
let member: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	({ orgId, teamA, manager, member } = await makeTwoTeamOrg());
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('deleting a board', () => {
	it('closes its connections and removes every stored update and snapshot of its documents', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Doomed',
			teamId: teamA,
			template: 'start-stop-continue'
		});
		const keep = await boards.createBoard(manager.actor, {
			title: 'Kept',
			teamId: teamA,
			template: 'start-stop-continue'
		});
		await writeBoard(harness.sync, board.id, (b) => addNote(b, { text: 'Soon gone', zoneId: listZones(b)[0].id }));
		await harness.sync.writeDoc(mineDocName(board.id, member.actor.userId), (doc) =>
			addNote(mineDoc(doc), { text: 'Hidden draft', zoneId: 'z' })
		);
		// A document whose name only starts like the board's is another document and stays.
		await harness.sync.writeDoc(`board/${board.id}x`, (doc) => doc.getMap('m').set('k', 1));
		const stored = async (prefix: string) => {
			const updates = await db().selectFrom('doc_updates').select('doc').where('doc', 'like', `${prefix}%`).execute();
			const snapshots = await db()
				.selectFrom('doc_snapshots')
				.select('doc')
				.where('doc', 'like', `${prefix}%`)
				.execute();
			return [...updates, ...snapshots].map((r) => r.doc);
		};
		const shared = connect(harness.url, boardDocName(board.id), member.cookie);
		const control = connect(harness.url, controlDocName(board.id), member.cookie);
		const mine = connect(harness.url, mineDocName(board.id, member.actor.userId), member.cookie);
		await Promise.all([shared.synced, control.synced, mine.synced]);
		expect(await stored(`board/${board.id}`)).toEqual(
			expect.arrayContaining([
				boardDocName(board.id),
				controlDocName(board.id),
				mineDocName(board.id, member.actor.userId)
			])
		);

		const loaded = syncMetric(harness.sync, 'samspil_sync_docs_loaded');
		await boards.deleteBoard(manager.actor, board.id);
		for (const closed of [shared.closed, control.closed, mine.closed]) expect([4401, 4403]).toContain(await closed);
		// Nothing comes back later either (a room unloading, a late batch): checked once the rooms are gone.
		await waitFor(() => syncMetric(harness.sync, 'samspil_sync_docs_loaded') <= loaded - 3, 'the rooms to unload');
		expect((await stored(`board/${board.id}`)).filter((d) => d !== `board/${board.id}x`)).toEqual([]);
		expect(await stored(`board/${board.id}x`)).toContain(`board/${board.id}x`);
		expect(await stored(`board/${keep.id}`)).toContain(boardDocName(keep.id));
		expect(await boards.boardPermission({ kind: 'user', actor: member.actor }, `${board.id}/control`)).toBe('none');
		for (const c of [shared, control, mine]) c.destroy();
	});

	it('forgets an erased person’s private drafts through the sync server, even while their draft is open', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Silent writing',
			teamId: teamA,
			template: 'start-stop-continue'
		});
		const leaver = await makePerson(orgId, 'member', [[teamA, 'member']]);
		await boards.recordParticipant({ id: board.id, org_id: orgId }, leaver.actor.userId, 'Leaver', 'user');
		const name = mineDocName(board.id, leaver.actor.userId);
		const stored = async () =>
			(await db().selectFrom('doc_updates').select('doc').where('doc', '=', name).execute()).length +
			(await db().selectFrom('doc_snapshots').select('doc').where('doc', '=', name).execute()).length;
		const mine = connect(harness.url, name, leaver.cookie);
		await mine.synced;
		addNote(mineDoc(mine.doc), { text: 'A draft nobody saw', zoneId: 'z' });
		await vi.waitFor(async () => expect(await stored()).toBeGreaterThan(0), { timeout: 5000, interval: 20 });

		const loaded = syncMetric(harness.sync, 'samspil_sync_docs_loaded');
		await erasePerson(leaver.actor.userId);
		// The open draft is closed at once (not at the next permission sweep), and its room is dropped unsaved.
		expect([4401, 4403]).toContain(await mine.closed);
		await waitFor(() => syncMetric(harness.sync, 'samspil_sync_docs_loaded') < loaded, 'the draft’s room to unload');
		expect(await stored()).toBe(0);
		mine.destroy();
	});
});

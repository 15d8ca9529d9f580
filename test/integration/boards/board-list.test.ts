// The boards list and templates: search, archive and restore, duplicate without hidden notes, delete; the
// built-in templates in every language and an organisation's own.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { addNote, listZones, mineDoc, mineDocName } from '../../../src/lib/boards/doc';
import { makeTwoTeamOrg, startSync, writeBoard, type Person, type SyncHarness } from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamA: string;
let manager: Person;
let member: Person;
let outsider: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	({ teamA, manager, member, outsider } = await makeTwoTeamOrg());
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

describe('the boards list', () => {
	it('searches by title, archives and restores, duplicates without hidden notes, deletes', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Onboarding ideas',
			teamId: teamA,
			template: 'two-challenges'
		});
		await writeBoard(harness.sync, board.id, (b) => addNote(b, { text: 'Shared note', zoneId: listZones(b)[0].id }));
		await harness.sync.writeDoc(mineDocName(board.id, member.actor.userId), (doc) =>
			addNote(mineDoc(doc), { text: 'Hidden draft', zoneId: 'z' })
		);
		expect((await boards.listBoards(member.actor, { q: 'onboarding' })).map((b) => b.title)).toEqual([
			'Onboarding ideas'
		]);
		expect(await boards.listBoards(member.actor, { q: 'nothing like this' })).toEqual([]);

		await boards.renameBoard(manager.actor, board.id, { title: 'Onboarding ideas 2026' });
		await boards.setBoardStatus(manager.actor, board.id, 'archived');
		expect((await boards.listBoards(member.actor, { status: 'active' })).map((b) => b.id)).not.toContain(board.id);
		expect((await boards.listBoards(member.actor, { status: 'archived' })).map((b) => b.id)).toContain(board.id);
		expect(await boards.boardPermission({ kind: 'user', actor: manager.actor }, board.id)).toBe('read');
		await boards.setBoardStatus(manager.actor, board.id, 'active');

		const copy = await boards.duplicateBoard(manager.actor, board.id, 'Copy');
		const copied = await boards.boardSnapshot(manager.actor, copy.id);
		expect(copied.notes.map((n) => n.text)).toEqual(['Shared note']);
		expect(copied.zones).toHaveLength(3);
		const mirrored = (await boards.listBoards(manager.actor)).find((b) => b.id === board.id)!;
		await boards.touchBoard(member.actor, board.id);
		expect((await boards.listBoards(manager.actor)).find((b) => b.id === board.id)!.note_count).toBe(1);
		expect(mirrored.title).toBe('Onboarding ideas 2026');

		await boards.deleteBoard(manager.actor, copy.id);
		await expect(boards.getBoard(manager.actor, copy.id)).rejects.toMatchObject({ status: 404 });
		expect(await boards.boardPermission({ kind: 'user', actor: manager.actor }, copy.id)).toBe('none');
	});
});

describe('templates', () => {
	it('offers the five built-in templates in all four languages', async () => {
		for (const locale of ['en', 'da', 'nl', 'sv']) {
			const list = await boards.listTemplates(manager.actor, locale);
			expect(list.filter((t) => t.builtIn)).toHaveLength(5);
			for (const id of boards.BUILT_IN_IDS) {
				const content = boards.builtInContent(id, locale);
				expect(content.zones.length).toBeGreaterThan(1);
				expect(content.questions.length).toBeGreaterThan(1);
			}
		}
		expect(boards.builtInContent('learning-environment', 'da').zones.map((z) => z.title)).toContain('Læring i samspil');
		expect(boards.builtInContent('learning-environment', 'en').zones).toHaveLength(4);
	});

	it('saves a board as an organisation template that only that organisation sees', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Ours',
			teamId: teamA,
			template: 'learning-environment'
		});
		const saved = await boards.saveAsTemplate(manager.actor, board.id, { title: 'Our own format' });
		const fromIt = await boards.createBoard(member.actor, { title: 'From ours', teamId: teamA, template: saved.id });
		const snap = await boards.boardSnapshot(member.actor, fromIt.id);
		expect(snap.zones.map((z) => z.title)).toEqual(
			boards.builtInContent('learning-environment', 'en').zones.map((z) => z.title)
		);
		expect((await boards.listTemplates(outsider.actor, 'en')).map((t) => t.title)).not.toContain('Our own format');
		await expect(boards.createBoard(outsider.actor, { title: 'x', template: saved.id })).rejects.toMatchObject({
			status: 404
		});
		await expect(boards.saveAsTemplate(member.actor, board.id, { title: 'Mine' })).rejects.toMatchObject({
			status: 403
		});
	});
});

describe('an empty boards list', () => {
	it('counts the archived boards the viewer may open when no active one is left, and none in another team or organisation', async () => {
		const org = await makeTwoTeamOrg();
		const overview = (who: Person, search = '') => boards.boardsOverview(who.actor, new URLSearchParams(search));
		expect(await overview(org.member)).toMatchObject({ boards: [], archivedCount: 0 });

		const board = await boards.createBoard(org.manager.actor, {
			title: 'Spring retro',
			teamId: org.teamA,
			template: 'start-stop-continue'
		});
		expect(await overview(org.member)).toMatchObject({ archivedCount: 0 });
		expect((await overview(org.member)).boards.map((b) => b.id)).toEqual([board.id]);

		await boards.setBoardStatus(org.manager.actor, board.id, 'archived');
		expect(await overview(org.member)).toMatchObject({ boards: [], archivedCount: 1 });
		// The archive itself, and a search that finds nothing, are not "only archived boards left".
		expect((await overview(org.member, 'archived=1')).boards.map((b) => b.id)).toEqual([board.id]);
		expect(await overview(org.member, 'q=nothing')).toMatchObject({ boards: [], archivedCount: 0 });
		// Boards nobody may open are not counted: another team's member, another organisation's admin.
		expect(await overview(org.otherTeamMember)).toMatchObject({ boards: [], archivedCount: 0 });
		expect(await overview(org.outsider)).toMatchObject({ boards: [], archivedCount: 0 });
	});
});

// Boards as records: who may see, create, facilitate and open what; list, search, archive, duplicate,
// delete; templates; notes to actions; exports with every note and vote.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import {
	addDecision,
	addNote,
	boardDoc,
	boardDocName,
	controlDoc,
	controlDocName,
	listZones,
	mineDoc,
	mineDocName
} from '../../../src/lib/boards/doc';
import { toCsv, toMarkdown, type ExportLabels } from '../../../src/lib/boards/export';
import { db } from '../../../src/lib/server/db/current';
import { erasePerson } from '../../../src/lib/server/privacy/index';
import {
	connect,
	makeOrg,
	makePerson,
	makeTeam,
	startSync,
	syncMetric,
	waitFor,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let orgId: string;
let teamA: string;
let teamB: string;
let manager: Person;
let member: Person;
let otherTeamMember: Person;
let outsider: Person;
let facilitatorRole: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	orgId = await makeOrg('Fjordby');
	teamA = await makeTeam(orgId, 'Borgerservice');
	teamB = await makeTeam(orgId, 'Hjemmeplejen');
	manager = await makePerson(orgId, 'member', [[teamA, 'manager']]);
	member = await makePerson(orgId, 'member', [[teamA, 'member']]);
	otherTeamMember = await makePerson(orgId, 'member', [[teamB, 'member']]);
	facilitatorRole = await makePerson(orgId, 'facilitator');
	const otherOrg = await makeOrg('Elsewhere');
	outsider = await makePerson(otherOrg, 'admin');
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

const labels: ExportLabels = {
	zone: 'Zone',
	note: 'Note',
	author: 'Author',
	votes: 'Votes',
	group: 'Group',
	comments: 'Comments',
	decisions: 'Decisions',
	kind: 'Type',
	decision: 'Decision',
	comment: 'Comment',
	anonymous: 'Anonymous',
	noZone: 'Without zone',
	action: 'Action',
	votesInRound: (round: number) => `Votes, round ${round}`
};

const write = (id: string, fn: (b: ReturnType<typeof boardDoc>) => void) =>
	harness.sync.writeDoc(boardDocName(id), (doc) => fn(boardDoc(doc)));

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

describe('the boards list', () => {
	it('searches by title, archives and restores, duplicates without hidden notes, deletes', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Onboarding ideas',
			teamId: teamA,
			template: 'two-challenges'
		});
		await write(board.id, (b) => addNote(b, { text: 'Shared note', zoneId: listZones(b)[0].id }));
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

describe('notes to actions and export', () => {
	it('makes action items linked to their notes and decisions, once', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Actions',
			teamId: teamA,
			template: 'start-stop-continue'
		});
		let noteId = '';
		let decisionId = '';
		await write(board.id, (b) => {
			noteId = addNote(b, { text: 'Weekly buddy hour', zoneId: listZones(b)[0].id });
			decisionId = addDecision(b, { text: 'Try peer feedback in May' });
		});
		const made = await boards.makeActions(manager.actor, board.id, [noteId, decisionId, 'not-there']);
		expect(made.map((a) => a.title).sort()).toEqual(['Try peer feedback in May', 'Weekly buddy hour']);
		const snap = await boards.boardSnapshot(member.actor, board.id);
		expect(snap.notes.find((n) => n.id === noteId)!.actionId).toBe(made.find((a) => a.source_id === noteId)!.id);
		expect(await boards.listBoardActions(member.actor, board.id)).toHaveLength(2);
		await expect(boards.makeActions(manager.actor, board.id, [noteId])).rejects.toMatchObject({
			key: 'error_boards_select'
		});
		await expect(boards.listBoardActions(outsider.actor, board.id)).rejects.toMatchObject({ status: 404 });
	});

	it('exports every note with its votes, and HTML in a note stays text', async () => {
		const board = await boards.createBoard(manager.actor, {
			title: 'Export',
			teamId: teamA,
			template: 'impact-effort'
		});
		const ids: string[] = [];
		await write(board.id, (b) => {
			const zones = listZones(b);
			for (let i = 0; i < 12; i++)
				ids.push(addNote(b, { text: `Idea ${i}`, zoneId: zones[i % zones.length].id, authorName: 'Ann' }));
			ids.push(addNote(b, { text: '<script>alert(1)</script> & <b>bold</b>', zoneId: zones[0].id }));
			ids.push(addNote(b, { text: '=HYPERLINK("http://evil")', zoneId: zones[1].id }));
			addDecision(b, { text: 'Pick the quick wins' });
		});
		await harness.sync.writeDoc(controlDocName(board.id), (doc) => {
			controlDoc(doc).votes.set(ids[0], 4);
			controlDoc(doc).votes.set(ids[12], 2);
		});
		const snap = await boards.boardSnapshot(member.actor, board.id);
		const md = toMarkdown(snap, labels);
		const csv = toCsv(snap, labels);
		for (let i = 0; i < 12; i++) {
			expect(md).toContain(`Idea ${i} (`);
			expect(csv).toContain(`"Idea ${i}"`);
		}
		expect(md).toContain('Idea 0 (Author: Ann, Votes: 4)');
		expect(csv).toContain('"Note","High impact, low effort","","Idea 0","Ann","4"');
		expect(md).not.toContain('<script>');
		expect(md).toContain('&lt;script&gt;alert\\(1\\)&lt;/script&gt; &amp; &lt;b&gt;bold&lt;/b&gt;');
		expect(csv).toContain('"<script>alert(1)</script> & <b>bold</b>","Anonymous","2"');
		expect(csv).toContain(`"'=HYPERLINK(""http://evil"")"`);
		expect(md).toContain('Pick the quick wins');
		expect(csv).toContain('"Decision","","","Pick the quick wins"');
	});
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
		await write(board.id, (b) => addNote(b, { text: 'Soon gone', zoneId: listZones(b)[0].id }));
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

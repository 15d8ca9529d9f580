// Deleting a note: a participant deletes only their own notes, whatever their client writes; a deleted note
// goes to the board's trash, from which the facilitator restores it. Real y-websocket clients against the
// app's sync wiring; the participants' own binding is the app's (BoardLive).
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { boardDoc, boardDocName, listNotes } from '../../../src/lib/boards/doc';
import type { BoardLive } from '../../../src/lib/boards/live.svelte';
import {
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	openBoardLive,
	startSync,
	whenLive,
	type Person,
	type SyncHarness
} from './support';

let database: TestDatabase;
let harness: SyncHarness;
let teamId: string;
let facilitator: Person;
const open: BoardLive[] = [];
const eventually = { timeout: 10_000 };

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
});
afterAll(async () => {
	for (const live of open) live.destroy();
	await harness.stop();
	await database.close();
});

function openLive(
	boardId: string,
	cookie: string,
	me: { id: string; name: string; facilitator: boolean; ownerKey: string }
) {
	const live = openBoardLive(harness.url, boardId, cookie, me);
	open.push(live);
	return live;
}

async function workshop(anonymous = false) {
	const board = await boards.createBoard(facilitator.actor, {
		title: 'Retro',
		teamId,
		template: 'start-stop-continue'
	});
	if (anonymous) await boards.setAnonymous(facilitator.actor, board.id, true);
	const session = await boards.openSession(facilitator.actor, board.id);
	const ann = await boards.joinSession({ code: session.code, name: 'Ann' });
	const bo = await boards.joinSession({ code: session.code, name: 'Bo' });
	const annLive = openLive(board.id, guestCookie(ann.token), {
		id: ann.guest.guestId,
		name: 'Ann',
		facilitator: false,
		ownerKey: boards.noteOwnerKey(board.id, ann.guest.guestId)
	});
	const facLive = openLive(board.id, facilitator.cookie, {
		id: facilitator.actor.userId,
		name: facilitator.actor.name,
		facilitator: true,
		ownerKey: boards.noteOwnerKey(board.id, facilitator.actor.userId)
	});
	await whenLive(annLive, facLive);
	expect(annLive.meta.anonymous).toBe(anonymous);
	return { board, ann, bo, annLive, facLive };
}

const serverNotes = async (boardId: string) => {
	let notes: ReturnType<typeof listNotes> = [];
	await harness.sync.writeDoc(boardDocName(boardId), (doc) => (notes = listNotes(boardDoc(doc))));
	return notes;
};
const forbiddenCount = () =>
	Number(
		/samspil_sync_rejected_messages_total\{reason="forbidden-update"\} (\d+)/.exec(harness.sync.metrics())?.[1] ?? 0
	);

describe('who may delete a note', () => {
	it('refuses a guest’s update that deletes, trashes or takes over another participant’s note', async () => {
		const { board, bo, annLive } = await workshop();
		const noteId = annLive.addNote('Stand-ups run long', annLive.zones[0].id)!;
		const boBoard = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await boBoard.synced;
		await vi.waitFor(() => expect(boardDoc(boBoard.doc).notes.has(noteId)).toBe(true), eventually);

		// Bo's modified client tries each way of getting rid of Ann's note, each in its own update.
		const attempts: ((b: ReturnType<typeof boardDoc>) => void)[] = [
			(b) => b.notes.delete(noteId),
			(b) => b.notes.get(noteId)!.set('deletedAt', new Date().toISOString()),
			(b) => b.notes.get(noteId)!.set('ownerTag', 'bo-now-owns-this'),
			(b) => b.notes.set(noteId, new Y.Map())
		];
		for (const attempt of attempts) {
			const before = forbiddenCount();
			// A fresh client per attempt: a dropped update would otherwise hold back the next one.
			const tamper = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
			await tamper.synced;
			tamper.doc.transact(() => attempt(boardDoc(tamper.doc)));
			await vi.waitFor(() => expect(forbiddenCount()).toBe(before + 1), eventually);
			tamper.destroy();
		}

		const kept = (await serverNotes(board.id)).find((n) => n.id === noteId);
		expect(kept).toMatchObject({ text: 'Stand-ups run long', deletedAt: '' });
		expect(annLive.notes.map((n) => n.id)).toContain(noteId);
		boBoard.destroy();
	});

	it('lets a guest delete their own note, which goes to the trash the facilitator restores it from', async () => {
		const { board, annLive, facLive } = await workshop();
		const mine = annLive.addNote('Buddy scheme', annLive.zones[0].id)!;
		const theirs = facLive.addNote('Written by the facilitator', facLive.zones[0].id)!;
		await vi.waitFor(() => expect(annLive.notes.map((n) => n.id)).toContain(theirs), eventually);
		expect(annLive.canDelete(mine)).toBe(true);
		expect(annLive.canDelete(theirs)).toBe(false);
		expect(facLive.canDelete(mine)).toBe(true);

		annLive.deleteNote(mine);
		await vi.waitFor(() => expect(facLive.trash.map((n) => n.id)).toEqual([mine]), eventually);
		expect(facLive.notes.map((n) => n.id)).not.toContain(mine);
		expect((await serverNotes(board.id)).map((n) => n.id)).not.toContain(mine);
		// Ann's client refuses to delete someone else's note before the server has to.
		annLive.deleteNote(theirs);
		expect(annLive.notes.map((n) => n.id)).toContain(theirs);

		facLive.restoreNote(mine);
		await vi.waitFor(() => expect(annLive.notes.find((n) => n.id === mine)?.text).toBe('Buddy scheme'), eventually);
		expect(facLive.trash).toEqual([]);
	});

	it('accepts undoing one’s own new note, and the facilitator’s undo too', async () => {
		const { board, annLive, facLive } = await workshop();
		const before = forbiddenCount();
		const annNote = annLive.addNote('Ann changes her mind', annLive.zones[0].id)!;
		await vi.waitFor(async () => expect((await serverNotes(board.id)).map((n) => n.id)).toContain(annNote), eventually);
		annLive.undo();
		const facNote = facLive.addNote('So does the facilitator', facLive.zones[0].id)!;
		await vi.waitFor(async () => expect((await serverNotes(board.id)).map((n) => n.id)).toContain(facNote), eventually);
		facLive.undo();
		await vi.waitFor(
			async () => expect((await serverNotes(board.id)).map((n) => n.id)).not.toContain(annNote),
			eventually
		);
		await vi.waitFor(
			async () => expect((await serverNotes(board.id)).map((n) => n.id)).not.toContain(facNote),
			eventually
		);
		expect(forbiddenCount()).toBe(before);
	});

	it('recognises one’s own notes on an anonymous board without anything others can read linking them', async () => {
		const { board, bo, annLive } = await workshop(true);
		const first = annLive.addNote('First thought', annLive.zones[0].id)!;
		const second = annLive.addNote('Second thought', annLive.zones[0].id)!;
		expect(annLive.canDelete(first) && annLive.canDelete(second)).toBe(true);
		const boBoard = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await boBoard.synced;
		await vi.waitFor(() => expect(boardDoc(boBoard.doc).notes.has(second)).toBe(true), eventually);
		const seen = [first, second].map((id) => boardDoc(boBoard.doc).notes.get(id)!.toJSON());
		// Each carries a tag only Ann's key (and the server) can tie to her: different for each note, no name.
		expect(seen[0].ownerTag).toMatch(/^[0-9a-f]{32,}$/);
		expect(seen[1].ownerTag).toMatch(/^[0-9a-f]{32,}$/);
		expect(seen[0].ownerTag).not.toBe(seen[1].ownerTag);
		for (const note of seen) {
			expect(JSON.stringify(note)).not.toContain('Ann');
			expect(JSON.stringify(note)).not.toContain(annLive.me.id);
		}
		boBoard.destroy();
	});
});

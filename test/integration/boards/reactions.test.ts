// Reactions on a live board (issue 21, point 5): another participant sees a reaction at once; a person takes back
// only their own; the server refuses a forged, inflated or someone else's reaction; on an anonymous board nothing on
// the wire names who reacted. Real y-websocket clients against the app's sync wiring; participants use BoardLive.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { boardDoc, boardDocName } from '../../../src/lib/boards/doc';
import { reactionKey, reactionTag, readReactions } from '../../../src/lib/boards/reactions';
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

function openLive(boardId: string, cookie: string, me: { id: string; name: string; facilitator: boolean }) {
	const live = openBoardLive(harness.url, boardId, cookie, { ...me, ownerKey: boards.noteOwnerKey(boardId, me.id) });
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
		facilitator: false
	});
	const boLive = openLive(board.id, guestCookie(bo.token), { id: bo.guest.guestId, name: 'Bo', facilitator: false });
	await whenLive(annLive, boLive);
	expect(annLive.meta.anonymous).toBe(anonymous);
	const noteId = annLive.addNote('Pair up new colleagues', annLive.zones[0].id)!;
	await vi.waitFor(() => expect(boLive.notes.map((n) => n.id)).toContain(noteId), eventually);
	return { board, ann, bo, annLive, boLive, noteId };
}

const serverReactions = async (boardId: string) => {
	let read = new Map() as ReturnType<typeof readReactions>;
	await harness.sync.writeDoc(boardDocName(boardId), (doc) => (read = readReactions(boardDoc(doc).reactions)));
	return read;
};
const forbiddenCount = () =>
	Number(
		/samspil_sync_rejected_messages_total\{reason="forbidden-update"\} (\d+)/.exec(harness.sync.metrics())?.[1] ?? 0
	);

describe('reactions on notes', () => {
	it('reach the others live, count per person, and are taken back by their own author only', async () => {
		const { annLive, boLive, noteId, board } = await workshop();
		boLive.toggleReaction(noteId, '+1');
		annLive.toggleReaction(noteId, '+1');
		await vi.waitFor(() => expect(annLive.reactions.get(noteId)?.get('+1')).toHaveLength(2), eventually);
		expect(annLive.reacted(noteId, '+1')).toBe(true);
		// Not votes: the tally stays empty.
		expect(annLive.votes.size).toBe(0);

		boLive.toggleReaction(noteId, '+1');
		await vi.waitFor(() => expect(annLive.reactions.get(noteId)?.get('+1')).toHaveLength(1), eventually);
		expect(boLive.reacted(noteId, '+1')).toBe(false);
		expect(annLive.reacted(noteId, '+1')).toBe(true);
		expect((await serverReactions(board.id)).get(noteId)?.get('+1')).toEqual([
			reactionTag(boards.noteOwnerKey(board.id, annLive.me.id), noteId, '+1')
		]);
	});

	it('refuses a forged tag, a reaction for someone else, and taking back another person’s reaction', async () => {
		const { annLive, bo, noteId, board } = await workshop();
		annLive.toggleReaction(noteId, 'heart');
		await vi.waitFor(async () => expect((await serverReactions(board.id)).get(noteId)?.get('heart')).toHaveLength(1));
		const annTag = reactionTag(boards.noteOwnerKey(board.id, annLive.me.id), noteId, 'heart');
		const attempts = [
			// another person's reaction taken back
			(r: ReturnType<typeof boardDoc>['reactions']) => r.delete(reactionKey(noteId, 'heart', annTag)),
			// inflating the count with made-up tags
			(r: ReturnType<typeof boardDoc>['reactions']) => r.set(reactionKey(noteId, 'heart', 'f'.repeat(32)), 1),
			// reacting in someone else's name (their tag for another reaction)
			(r: ReturnType<typeof boardDoc>['reactions']) =>
				r.set(
					reactionKey(noteId, 'idea', reactionTag(boards.noteOwnerKey(board.id, annLive.me.id), noteId, 'idea')),
					1
				),
			// a malformed key
			(r: ReturnType<typeof boardDoc>['reactions']) => r.set('anything goes', 1)
		];
		for (const attempt of attempts) {
			const before = forbiddenCount();
			const tamper = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
			await tamper.synced;
			tamper.doc.transact(() => attempt(boardDoc(tamper.doc).reactions));
			await vi.waitFor(() => expect(forbiddenCount()).toBe(before + 1), eventually);
			tamper.destroy();
		}
		const kept = (await serverReactions(board.id)).get(noteId)!;
		expect([...kept.entries()]).toEqual([['heart', [annTag]]]);
	});

	it('on an anonymous board, a reaction on the wire names nobody and two of one person’s are not linked', async () => {
		const { annLive, board, bo, noteId } = await workshop(true);
		const second = annLive.addNote('Second thought', annLive.zones[0].id)!;
		const watcher = connect(harness.url, boardDocName(board.id), guestCookie(bo.token));
		await watcher.synced;
		const wire: Uint8Array[] = [];
		watcher.doc.on('update', (update: Uint8Array) => wire.push(update));
		await vi.waitFor(() => expect(boardDoc(watcher.doc).notes.has(second)).toBe(true), eventually);
		annLive.toggleReaction(noteId, 'idea');
		annLive.toggleReaction(second, 'idea');
		await vi.waitFor(() => expect(boardDoc(watcher.doc).reactions.size).toBe(2), eventually);
		const keys = [...boardDoc(watcher.doc).reactions.keys()];
		const tags = keys.map((k) => k.split(' ')[2]);
		expect(tags[0]).not.toBe(tags[1]);
		const bytes = Buffer.concat(wire).toString('latin1');
		for (const secret of ['Ann', annLive.me.id]) {
			expect(keys.join(' ')).not.toContain(secret);
			expect(bytes).not.toContain(secret);
		}
		watcher.destroy();
	});
});

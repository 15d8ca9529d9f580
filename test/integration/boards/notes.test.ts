// Two people working on one note: a note's text merges character by character, like the rest of the board,
// also when one of them typed offline. The app's own board binding (BoardLive) over real y-websocket sockets.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import { addNote, boardDoc, boardDocName, listNotes, listZones } from '../../../src/lib/boards/doc';
import type { BoardLive } from '../../../src/lib/boards/live.svelte';
import {
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
let member: Person;
const open: BoardLive[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	const orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
	member = await makePerson(orgId, 'member', [[teamId, 'member']]);
});
afterAll(async () => {
	for (const live of open) live.destroy();
	await harness.stop();
	await database.close();
});

function openAs(boardId: string, person: Person, isFacilitator = false) {
	const me = { id: person.actor.userId, name: person.actor.name, facilitator: isFacilitator };
	const live = openBoardLive(harness.url, boardId, person.cookie, me);
	open.push(live);
	return live;
}

/** The binding's sockets (the board, its control doc, the private doc): a person's laptop losing its network. */
const sockets = (live: BoardLive) => (live as unknown as { providers: WebsocketProvider[] }).providers;
/** Sockets under load (two cores, many test runs) take their time; the waits end as soon as the condition holds. */
const eventually = { timeout: 10_000 };
const textOf = (live: BoardLive, id: string) => live.notes.find((n) => n.id === id)?.text;

describe('one note edited by two people', () => {
	it('keeps both edits when one of them typed offline', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Retro',
			teamId,
			template: 'start-stop-continue'
		});
		const fac = openAs(board.id, facilitator, true);
		const ann = openAs(board.id, member);
		await whenLive(fac, ann);
		const noteId = fac.addNote('Stand-ups run long', fac.zones[0].id)!;
		await vi.waitFor(() => expect(textOf(ann, noteId)).toBe('Stand-ups run long'), eventually);

		for (const p of sockets(ann)) p.disconnect();
		await vi.waitFor(() => expect(ann.state).not.toBe('connected'), eventually);
		ann.editNote(noteId, { text: 'Our stand-ups run long' });
		fac.editNote(noteId, { text: 'Stand-ups run long on Mondays' });
		expect(textOf(ann, noteId)).toBe('Our stand-ups run long');
		expect(textOf(fac, noteId)).toBe('Stand-ups run long on Mondays');

		for (const p of sockets(ann)) p.connect();
		for (const live of [fac, ann])
			await vi.waitFor(() => expect(textOf(live, noteId)).toBe('Our stand-ups run long on Mondays'), eventually);
		// The server's copy agrees.
		const snapshot = await boards.boardSnapshot(facilitator.actor, board.id);
		expect(snapshot.notes.find((n) => n.id === noteId)?.text).toBe('Our stand-ups run long on Mondays');
	});

	it('merges an edit typed into a note opened before someone else changed it', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Retro',
			teamId,
			template: 'start-stop-continue'
		});
		const fac = openAs(board.id, facilitator, true);
		const ann = openAs(board.id, member);
		await whenLive(fac, ann);
		const noteId = ann.addNote('Buddy scheme', ann.zones[0].id)!;
		await vi.waitFor(() => expect(textOf(fac, noteId)).toBe('Buddy scheme'), eventually);

		// Ann opens the editor; while she types, the facilitator's edit arrives; then Ann saves her draft.
		const draft = ann.startTextEdit(noteId);
		fac.editNote(noteId, { text: 'Buddy scheme for newcomers' });
		await vi.waitFor(() => expect(textOf(ann, noteId)).toBe('Buddy scheme for newcomers'), eventually);
		ann.editNote(noteId, { text: 'A buddy scheme' }, draft);
		for (const live of [fac, ann])
			await vi.waitFor(() => expect(textOf(live, noteId)).toBe('A buddy scheme for newcomers'), eventually);
	});

	it('still reads and edits notes whose text was stored as a plain string', async () => {
		const board = await boards.createBoard(facilitator.actor, {
			title: 'Old board',
			teamId,
			template: 'start-stop-continue'
		});
		let noteId = '';
		await harness.sync.writeDoc(boardDocName(board.id), (doc) => {
			const b = boardDoc(doc);
			noteId = addNote(b, { text: 'x', zoneId: listZones(b)[0].id });
			b.notes.get(noteId)!.set('text', 'Written before notes merged');
		});
		const fac = openAs(board.id, facilitator, true);
		await whenLive(fac);
		expect(textOf(fac, noteId)).toBe('Written before notes merged');
		fac.editNote(noteId, { text: 'Written before notes merged by letter' });
		const ann = openAs(board.id, member);
		await vi.waitFor(() => expect(textOf(ann, noteId)).toBe('Written before notes merged by letter'), eventually);
		let stored = '';
		await harness.sync.writeDoc(
			boardDocName(board.id),
			(doc) => (stored = listNotes(boardDoc(doc)).find((n) => n.id === noteId)!.text)
		);
		expect(stored).toBe('Written before notes merged by letter');
	});
});

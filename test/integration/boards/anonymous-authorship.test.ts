// Anonymous mode holds on the wire for notes: nothing another participant receives — document updates (whose
// every item carries the Yjs client id that wrote it) or presence — links a note to the person who wrote it,
// before the reveal, after it, and while its author edits it; nor does the order or the time of revealed notes.
// Participant A is the app's own board binding (BoardLive); participant B is a stock y-websocket client that
// keeps every raw message the server sends it.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as boards from '../../../src/lib/server/boards/index';
import {
	addNote,
	boardDoc,
	boardDocName,
	controlDocName,
	listNotes,
	mineDoc,
	mineDocName
} from '../../../src/lib/boards/doc';
import {
	anonymousWorkshop,
	connect,
	guestCookie,
	makeOrg,
	makePerson,
	makeTeam,
	openBoardLive,
	startSync,
	whenLive,
	type Client,
	type Person,
	type SyncHarness
} from './support';
import { noteWriters, readWire, writers } from './wire';

let database: TestDatabase;
let harness: SyncHarness;
let orgId: string;
let teamId: string;
let facilitator: Person;

beforeAll(async () => {
	database = await createTestDatabase();
	harness = await startSync();
	orgId = await makeOrg('Fjordby');
	teamId = await makeTeam(orgId, 'Borgerservice');
	facilitator = await makePerson(orgId, 'member', [[teamId, 'manager']]);
});
afterAll(async () => {
	await harness.stop();
	await database.close();
});

/** The app's board binding for a signed-in member, over a socket that carries their session cookie. */
const openAsMember = (boardId: string, person: Person) =>
	openBoardLive(harness.url, boardId, person.cookie, {
		id: person.actor.userId,
		name: person.actor.name,
		facilitator: false
	});

async function inPrivateDoc(boardId: string, participantId: string, noteId: string) {
	let found = false;
	await harness.sync.writeDoc(mineDocName(boardId, participantId), (doc) => (found = mineDoc(doc).notes.has(noteId)));
	return found;
}

describe('anonymous boards on the wire', () => {
	it('never lets another participant link a note to its author, before the reveal, after it, or while the author edits it', async () => {
		const { board, bo } = await anonymousWorkshop(facilitator, teamId);
		const ann = await makePerson(orgId, 'member', [[teamId, 'member']]);
		await boards.recordParticipant(board, ann.actor.userId, ann.actor.name, 'user');
		const watcher: Client[] = [
			connect(harness.url, boardDocName(board.id), guestCookie(bo.token)),
			connect(harness.url, controlDocName(board.id), guestCookie(bo.token))
		];
		const annLive = openAsMember(board.id, ann);
		await Promise.all(watcher.map((c) => c.synced));
		await whenLive(annLive);
		expect(annLive.meta.anonymous).toBe(true);
		const zoneId = annLive.zones[0].id;

		// Silent writing: Ann writes a hidden note, looks at it and types in it.
		await boards.setPhase(facilitator.actor, board.id, 'write');
		await vi.waitFor(() => expect(annLive.meta.phase).toBe('write'));
		const hidden = annLive.addNote('Our stand-ups run too long', zoneId)!;
		annLive.setFocus(hidden);
		annLive.setTyping(hidden);
		annLive.editNote(hidden, { text: 'Our stand-ups run far too long' });
		annLive.setTyping(null);
		await vi.waitFor(async () => expect(await inPrivateDoc(board.id, ann.actor.userId, hidden)).toBe(true));

		// The reveal; then Ann edits her note in the open and writes a second one live.
		await boards.reveal(facilitator.actor, board.id);
		await vi.waitFor(() => expect(annLive.notes.find((n) => n.id === hidden)?.hidden).toBe(false));
		annLive.setFocus(hidden);
		annLive.setTyping(hidden);
		annLive.editNote(hidden, { text: 'Our stand-ups run far too long, every day' });
		annLive.setTyping(null);
		const live = annLive.addNote('Nobody reads the minutes', zoneId)!;
		annLive.setFocus(live);
		annLive.setTyping(live);
		annLive.editNote(live, { text: 'Nobody reads the meeting minutes' });
		annLive.moveNote(hidden, 'down');
		annLive.setTyping(null);

		const boView = boardDoc(watcher[0].doc);
		await vi.waitFor(() => {
			const texts = listNotes(boView).map((n) => n.text);
			expect(texts).toContain('Our stand-ups run far too long, every day');
			expect(texts).toContain('Nobody reads the meeting minutes');
		});
		// Ann's presence reached Bo (so there is something to link with).
		await vi.waitFor(() =>
			expect(readWire(watcher[0].wire).presence.some((p) => p.json.includes(ann.actor.name))).toBe(true)
		);

		const main = readWire(watcher[0].wire);
		const control = readWire(watcher[1].wire);
		const presence = [...main.presence, ...control.presence];
		const annIdentity = [ann.actor.name, ann.actor.userId];
		const annPresenceIds = new Set(
			presence.filter((p) => annIdentity.some((s) => p.json.includes(s))).map((p) => p.clientId)
		);
		const everyPresenceId = new Set(presence.map((p) => p.clientId));
		expect(annPresenceIds.size).toBeGreaterThan(0);

		// No client id that announced Ann wrote anything Bo received.
		const written = writers(main.updates);
		expect(written.size).toBeGreaterThan(0);
		expect([...annPresenceIds].filter((id) => written.has(id))).toEqual([]);

		// Ann's notes were written by ids that never appear in anyone's presence, and by different ids each.
		const byNote = [hidden, live].map((id) => noteWriters(main.updates, id));
		for (const ids of byNote) {
			expect(ids.size).toBeGreaterThan(0);
			expect([...ids].filter((id) => everyPresenceId.has(id))).toEqual([]);
		}
		expect([...byNote[0]].filter((id) => byNote[1].has(id))).toEqual([]);

		// Presence never names a note (focus, typing or anything else).
		expect(presence.length).toBeGreaterThan(0);
		for (const p of presence) {
			expect(p.json).not.toContain(hidden);
			expect(p.json).not.toContain(live);
		}

		// The shared document carries neither Ann's name nor her id.
		const bytes = Buffer.concat(main.updates.map((u) => Buffer.from(u)));
		expect(bytes.length).toBeGreaterThan(0);
		for (const s of annIdentity) expect(bytes.includes(Buffer.from(s))).toBe(false);
		for (const n of listNotes(boView)) expect([n.authorId, n.authorName]).toEqual(['', '']);

		annLive.destroy();
		for (const c of watcher) c.destroy();
	});
	it('writes nothing before it knows whether the board is anonymous (a page without the control doc’s copy)', async () => {
		const { board } = await anonymousWorkshop(facilitator, teamId);
		const cy = await makePerson(orgId, 'member', [[teamId, 'member']]);
		await boards.recordParticipant(board, cy.actor.userId, cy.actor.name, 'user');
		// A client-side navigation brings no copy of the docs; here the control doc's socket is also slow to open,
		// so the board doc syncs first: the network's timing, held back by the test until it waits for Live.
		const cyLive = openAsMember(board.id, cy);
		await vi.waitFor(() => expect(cyLive.synced).toBe(true));
		const zoneId = cyLive.zones[0].id;
		expect(cyLive.meta.anonymous, 'the control doc is still on its way').toBe(false);
		expect(cyLive.readOnly, 'nothing is written before the board’s mode is known').toBe(true);
		expect(cyLive.addNote('Too early to say who I am', zoneId)).toBeNull();

		await whenLive(cyLive);
		expect(cyLive.meta.anonymous).toBe(true);
		expect(cyLive.readOnly).toBe(false);
		const id = cyLive.addNote('Written once the mode is known', zoneId)!;
		expect(id).toBeTruthy();
		const watcher = connect(harness.url, boardDocName(board.id), cy.cookie);
		await watcher.synced;
		await vi.waitFor(() =>
			expect(listNotes(boardDoc(watcher.doc)).map((n) => n.text)).toContain('Written once the mode is known')
		);
		const notes = listNotes(boardDoc(watcher.doc));
		expect(notes.length).toBeGreaterThan(0);
		for (const n of notes) expect([n.authorId, n.authorName]).toEqual(['', '']);
		cyLive.destroy();
		watcher.destroy();
	});
	it('reveals anonymous notes in an order, and with times, that say nothing about who wrote which', async () => {
		const { board, session } = await anonymousWorkshop(facilitator, teamId);
		const writers = await Promise.all(['Ann', 'Dag'].map((name) => boards.joinSession({ code: session.code, name })));
		const cy = await boards.joinSession({ code: session.code, name: 'Cy' });
		const watcher = connect(harness.url, boardDocName(board.id), guestCookie(cy.token));
		await watcher.synced;
		await boards.setPhase(facilitator.actor, board.id, 'write');
		// Each writer's notes carry their own clock's times (Dag's runs an hour fast).
		for (const [w, writer] of writers.entries()) {
			await harness.sync.writeDoc(mineDocName(board.id, writer.guest.guestId), (doc) => {
				for (let i = 0; i < 10; i++) {
					const at = Date.UTC(2026, 0, 1, 9 + w, 0, i);
					addNote(mineDoc(doc), {
						text: `${writer.guest.name} ${i}`,
						zoneId: '',
						createdAt: new Date(at).toISOString(),
						order: at
					});
				}
			});
		}
		await boards.reveal(facilitator.actor, board.id);
		await vi.waitFor(() => expect(listNotes(boardDoc(watcher.doc))).toHaveLength(20));

		// The reveal's items, in the order the server wrote them, do not come author by author.
		const shadow = new Y.Doc({ gc: false });
		for (const update of readWire(watcher.wire).updates) Y.applyUpdate(shadow, update);
		const written = [...boardDoc(shadow).notes.entries()]
			.sort(([, a], [, b]) => a._item!.id.clock - b._item!.id.clock)
			.map(
				([id]) =>
					listNotes(boardDoc(watcher.doc))
						.find((n) => n.id === id)!
						.text.split(' ')[0]
			);
		expect(written).toHaveLength(20);
		const switches = written.filter((author, i) => i > 0 && author !== written[i - 1]).length;
		expect(switches).toBeGreaterThan(1);
		// Nor do their times or places carry a writer's clock.
		const notes = listNotes(boardDoc(watcher.doc));
		expect(new Set(notes.map((n) => n.createdAt)).size).toBe(1);
		for (const n of notes) expect(n.createdAt.startsWith('2026-01-01')).toBe(false);
		for (const n of notes) expect(n.order).toBeGreaterThan(Date.UTC(2026, 0, 2));
		watcher.destroy();
	});
});

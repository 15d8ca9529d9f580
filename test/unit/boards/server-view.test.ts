// The server renders a board page from the lists its load read from the doc (server-view.ts), the browser from its
// copy of the doc: both must show the same board, or hydration would rebuild what the server sent.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addComment,
	addDecision,
	addGroup,
	addNote,
	addZone,
	boardDoc,
	trashNote,
	updateEntity
} from '../../../src/lib/boards/doc';
import { toggleReaction } from '../../../src/lib/boards/reactions';
import { BoardState } from '../../../src/lib/boards/live/board-state.svelte';
import { firstScreen, leaveBoardView, readBoardView, takeBoardView } from '../../../src/lib/boards/live/server-view';
import { canvasOrder, FIRST_NOTES, listOrder, notesByZone } from '../../../src/lib/boards/note-order';

function aBoard() {
	const doc = new Y.Doc();
	const b = boardDoc(doc);
	const start = addZone(b, { title: 'Start', color: 'green' });
	const stop = addZone(b, { title: 'Stop', color: 'pink' });
	const notes = Array.from({ length: 12 }, (_, i) =>
		addNote(b, { text: `Idea ${i}`, zoneId: i % 2 ? stop : start, authorName: i % 3 ? '' : 'Ann', order: i })
	);
	const group = addGroup(b, { title: 'Meetings', zoneId: start });
	updateEntity(b.notes, notes[0], { groupId: group });
	addComment(b, { noteId: notes[1], text: 'Yes', authorName: '' });
	addDecision(b, { text: 'Walk and talk', noteId: notes[2] });
	toggleReaction(b.reactions, 'owner-key-of-bo', notes[3], 'idea');
	trashNote(b, notes[4], 'author');
	return { doc, initial: Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64') };
}

const facilitator = { id: 'u1', name: 'Fac', facilitator: true, ownerKey: 'k1' };
const shown = (s: BoardState) => ({
	zones: s.zones,
	notes: s.notes,
	groups: s.groups,
	comments: s.comments,
	commented: [...s.commented],
	reactions: s.reactions,
	decisions: s.decisions,
	trash: s.trash
});

describe("the server's render of a board", () => {
	it('shows from the load’s lists exactly what the browser reads from its copy of the doc', () => {
		const { doc, initial } = aBoard();
		const fromCopy = new BoardState('b1', facilitator, { initial, snapshot: true });
		leaveBoardView(initial, readBoardView(boardDoc(doc)));
		const fromLists = new BoardState('b1', facilitator, { initial, snapshot: true });
		expect(fromCopy.notes.length).toBe(11);
		expect(fromCopy.trash.length).toBe(1);
		expect(fromCopy.reactions.size).toBe(1);
		expect(shown(fromLists)).toEqual(shown(fromCopy));
		// the lists were taken once: a second render reads the copy itself
		expect(takeBoardView(initial)).toBeUndefined();
		fromCopy.destroy();
		fromLists.destroy();
	});

	it('keeps only a few lists waiting, and gives them only for the same copy', () => {
		const boards = Array.from({ length: 10 }, aBoard);
		for (const { doc, initial } of boards) leaveBoardView(initial, readBoardView(boardDoc(doc)));
		expect(takeBoardView(boards[0].initial)).toBeUndefined();
		expect(takeBoardView(boards[9].initial + 'A')).toBeUndefined();
		expect(takeBoardView(boards[9].initial)?.notes.length).toBe(11);
	});
});

/** A big board with what makes a first screen hard to pick: groups, ties in order, a note whose zone is gone. */
function aBigBoard() {
	const doc = new Y.Doc();
	const b = boardDoc(doc);
	const zones = ['Start', 'Stop', 'Continue'].map((title) => addZone(b, { title, color: 'green' }));
	const notes = Array.from({ length: 300 }, (_, i) =>
		addNote(b, { text: `Idea ${i}`, zoneId: zones[i % 3], authorName: '', order: i % 7 === 0 ? 5 : 300 - i })
	);
	const group = addGroup(b, { title: 'Late but grouped', zoneId: zones[0] });
	for (const id of notes.slice(250).filter((_, i) => i % 3 === 0)) updateEntity(b.notes, id, { groupId: group });
	addNote(b, { text: 'Of a deleted zone', zoneId: 'gone', authorName: '', order: 10_000 });
	addComment(b, { noteId: notes[0], text: 'On a first note', authorName: '' });
	addComment(b, { noteId: notes[150], text: 'On a note further down', authorName: '' });
	toggleReaction(b.reactions, 'k', notes[0], 'idea');
	toggleReaction(b.reactions, 'k', notes[150], 'idea');
	return b;
}

describe("a big board's first screen", () => {
	const whole = readBoardView(aBigBoard());
	const first = firstScreen(whole);
	const ids = (notes: { id: string }[]) => notes.map((n) => n.id);

	it('holds the notes the canvas and the list view show first, in each zone, and counts the rest', () => {
		const all = notesByZone(whole.zones, whole.notes);
		const some = notesByZone(first.zones, first.notes);
		expect(whole.zones).toHaveLength(3);
		for (const zone of whole.zones) {
			const groups = whole.groups.filter((g) => g.zoneId === zone.id);
			const canvasAll = canvasOrder(all.get(zone.id)!, groups).ordered;
			const canvasSome = canvasOrder(some.get(zone.id)!, groups).ordered;
			expect(canvasAll.length).toBeGreaterThan(FIRST_NOTES);
			expect(ids(canvasSome.slice(0, FIRST_NOTES))).toEqual(ids(canvasAll.slice(0, FIRST_NOTES)));
			expect(canvasSome.length + first.omitted![zone.id]).toBe(canvasAll.length);
			const listAll = listOrder(zone.id, whole.notes);
			const listSome = listOrder(zone.id, first.notes);
			expect(ids(listSome.slice(0, FIRST_NOTES))).toEqual(ids(listAll.slice(0, FIRST_NOTES)));
			expect(listSome.length + first.omitted![zone.id]).toBe(listAll.length);
		}
		expect(first.notes.length).toBeLessThan(whole.notes.length / 2);
		expect(first.notes.map((n) => n.text)).toContain('Of a deleted zone');
	});

	it('carries the comments and reactions of the notes it holds, and only those', () => {
		expect(first.comments.map((c) => c.text)).toEqual(['On a first note']);
		expect(first.reactions.size).toBe(1);
		const shown = new Set(ids(first.notes));
		expect([...first.reactions.keys()].every((id) => shown.has(id))).toBe(true);
		expect(first.groups).toEqual(whole.groups);
	});

	it('is shown read-only, and as the whole board once the doc holds it', () => {
		const state = new BoardState('b1', facilitator, { firstScreen: first, snapshot: true });
		expect(ids(state.notes)).toEqual(ids(first.notes));
		expect(state.omitted).toEqual(first.omitted);
		expect(state.readOnly).toBe(true);
		// what arrives before the doc holds the board (another person's edit) does not replace the first screen
		const b = boardDoc(new Y.Doc());
		addNote(b, { text: 'An edit that came early', zoneId: whole.zones[0].id, authorName: '', order: 0 });
		Y.applyUpdate(state.board.doc, Y.encodeStateAsUpdate(b.doc));
		expect(ids(state.notes)).toEqual(ids(first.notes));
		state.onBoardLoaded();
		expect(state.notes.map((n) => n.text)).toEqual(['An edit that came early']);
		expect(state.omitted).toEqual({});
		state.destroy();
	});
});

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
import { leaveBoardView, readBoardView, takeBoardView } from '../../../src/lib/boards/live/server-view';

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

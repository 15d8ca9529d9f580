// Undo takes back one of my steps at a time: two separate actions made in quick succession (rename a group, then
// move a note out of it) are two undo steps, not one. Others' changes are never undone.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addGroup,
	addNote,
	addZone,
	boardDoc,
	dropNote,
	listNotes,
	mineDoc,
	updateEntity
} from '../../../src/lib/boards/doc';
import { LOCAL, OwnUndo } from '../../../src/lib/boards/live/undo';

function setup() {
	const b = boardDoc(new Y.Doc());
	const m = mineDoc(new Y.Doc());
	const a = addZone(b, { title: 'A', color: 'yellow' });
	const z = addZone(b, { title: 'B', color: 'blue' });
	const groupId = addGroup(b, { title: 'New group', zoneId: a });
	const note = addNote(b, { text: 'one', zoneId: a, order: 1, groupId });
	const history = new OwnUndo(b, m, () => {});
	const title = () => b.groups.get(groupId)?.get('title');
	const zoneOf = () => listNotes(b).find((n) => n.id === note)?.zoneId;
	return { b, a, z, groupId, note, history, title, zoneOf };
}

describe('undo of my own steps', () => {
	it('takes back two quick actions one at a time', () => {
		const { b, a, z, groupId, note, history, title, zoneOf } = setup();
		b.doc.transact(() => updateEntity(b.groups, groupId, { title: 'Welcoming newcomers' }), LOCAL);
		b.doc.transact(() => dropNote(b, note, z, listNotes(b), {}), LOCAL);
		expect(zoneOf()).toBe(z);

		history.undo();
		expect(zoneOf()).toBe(a);
		expect(title()).toBe('Welcoming newcomers');
		history.undo();
		expect(title()).toBe('New group');
		history.redo();
		expect(title()).toBe('Welcoming newcomers');
		expect(zoneOf()).toBe(a);
	});

	it('never takes back a change someone else made', () => {
		const { b, z, groupId, note, history, title, zoneOf } = setup();
		b.doc.transact(() => updateEntity(b.groups, groupId, { title: 'Mine' }), LOCAL);
		b.doc.transact(() => dropNote(b, note, z, listNotes(b), {}), 'remote');
		history.undo();
		expect(title()).toBe('New group');
		expect(zoneOf()).toBe(z);
		expect(history.canUndo).toBe(false);
	});
});

// Dropping a note by pointer or keyboard: where on another note it lands decides between placing and grouping,
// and a drop places it before or after a note, into a group or out of one.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addGroup,
	addNote,
	addZone,
	boardDoc,
	dropNote,
	dropPlaceOn,
	listNotes,
	notesInZone
} from '../../../src/lib/boards/doc';

describe('dropping a note', () => {
	it('on the middle of a note groups, near its top or bottom edge places before or after it', () => {
		expect(dropPlaceOn(5, 100)).toBe('before');
		expect(dropPlaceOn(24, 100)).toBe('before');
		expect(dropPlaceOn(25, 100)).toBe('group');
		expect(dropPlaceOn(50, 100)).toBe('group');
		expect(dropPlaceOn(75, 100)).toBe('group');
		expect(dropPlaceOn(76, 100)).toBe('after');
		expect(dropPlaceOn(10, 0)).toBe('group');
	});

	it('places a note before or after another, and into or out of a group', () => {
		const b = boardDoc(new Y.Doc());
		const a = addZone(b, { title: 'A', color: 'yellow' });
		const z = addZone(b, { title: 'B', color: 'blue' });
		const one = addNote(b, { text: 'one', zoneId: a, order: 1 });
		const two = addNote(b, { text: 'two', zoneId: a, order: 2 });
		const three = addNote(b, { text: 'three', zoneId: z, order: 1 });
		const texts = (zone: string) => notesInZone(listNotes(b), zone).map((n) => n.text);

		dropNote(b, three, a, listNotes(b), { afterId: one });
		expect(texts(a)).toEqual(['one', 'three', 'two']);
		dropNote(b, three, a, listNotes(b), { beforeId: one });
		expect(texts(a)).toEqual(['three', 'one', 'two']);
		dropNote(b, one, a, listNotes(b), { afterId: two });
		expect(texts(a)).toEqual(['three', 'two', 'one']);

		const g = addGroup(b, { title: 'Quick wins', zoneId: z });
		dropNote(b, two, z, listNotes(b), { groupId: g });
		expect(listNotes(b).find((n) => n.id === two)).toMatchObject({ zoneId: z, groupId: g });
		// Without a group named, the note keeps the one it has; '' takes it out.
		dropNote(b, two, z, listNotes(b));
		expect(listNotes(b).find((n) => n.id === two)?.groupId).toBe(g);
		dropNote(b, two, a, listNotes(b), { groupId: '' });
		expect(listNotes(b).find((n) => n.id === two)).toMatchObject({ zoneId: a, groupId: '' });
	});
});

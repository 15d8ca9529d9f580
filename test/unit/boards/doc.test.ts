import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
	addNote,
	addZone,
	boardDoc,
	listNotes,
	listZones,
	moveZone,
	notesInZone,
	readNote,
	reorderNote,
	tallyVotes
} from '../../../src/lib/boards/doc';
import { csvCell, markdownText } from '../../../src/lib/boards/export';

describe('the board doc', () => {
	it('reads whatever a participant wrote defensively', () => {
		const m = new Y.Map<unknown>();
		new Y.Doc().getMap('x').set('n', m);
		m.set('text', 42);
		m.set('color', 'javascript:alert(1)');
		expect(readNote('n', m)).toMatchObject({ text: '', color: 'yellow', order: 0 });
	});

	it('moves a note between zones and within a zone by keyboard directions', () => {
		const b = boardDoc(new Y.Doc());
		const a = addZone(b, { title: 'A', color: 'yellow' });
		const z = addZone(b, { title: 'B', color: 'blue' });
		const n1 = addNote(b, { text: 'one', zoneId: a, order: 1 });
		const n2 = addNote(b, { text: 'two', zoneId: a, order: 2 });
		const zones = listZones(b);
		reorderNote(b, n2, zones, listNotes(b), 'up');
		expect(notesInZone(listNotes(b), a).map((n) => n.text)).toEqual(['two', 'one']);
		reorderNote(b, n1, zones, listNotes(b), 'right');
		expect(notesInZone(listNotes(b), z).map((n) => n.text)).toEqual(['one']);
		reorderNote(b, n1, zones, listNotes(b), 'right');
		expect(notesInZone(listNotes(b), z).map((n) => n.text)).toEqual(['one']);
	});

	it('reorders zones', () => {
		const b = boardDoc(new Y.Doc());
		const a = addZone(b, { title: 'A', color: 'yellow' });
		addZone(b, { title: 'B', color: 'blue' });
		moveZone(b, a, 1);
		expect(listZones(b).map((z) => z.title)).toEqual(['B', 'A']);
	});

	it('tallies ballots, each clamped to the budget and to notes that exist', () => {
		const totals = tallyVotes(
			[
				new Map([
					['a', 2],
					['b', 1]
				]),
				new Map([['a', 9]]),
				new Map([
					['gone', 3],
					['b', -4]
				])
			],
			3,
			new Set(['a', 'b'])
		);
		expect(Object.fromEntries(totals)).toEqual({ a: 5, b: 1 });
	});
});

describe('export escaping', () => {
	it('writes HTML and Markdown syntax in notes as literal text', () => {
		expect(markdownText('<img src=x onerror=alert(1)> **bold** [link](http://x)')).toBe(
			'&lt;img src=x onerror=alert\\(1\\)&gt; \\*\\*bold\\*\\* \\[link\\]\\(http://x\\)'
		);
		expect(markdownText('# not a heading')).toBe('\\# not a heading');
	});

	it('quotes CSV cells and defuses formulas', () => {
		expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
		expect(csvCell('=1+1')).toBe(`"'=1+1"`);
		expect(csvCell('@SUM(A1)')).toBe(`"'@SUM(A1)"`);
		expect(csvCell(3)).toBe('"3"');
	});
});

// The server's render of a board page shows the board as the page's load read it. A board too big to send whole in the
// page (SERVER_RENDER_MAX) sends only its first screen (`firstScreen`): the browser shows those notes at once, read-only,
// and the rest arrives on the socket.
//
// A board sent whole: reading the page's copy of the doc (base64) into a new Y.Doc again would cost the server a second
// decode per page, so the load reads the lists from the doc it already holds, in the same step as it encodes the copy,
// and leaves them here under that copy for the render to take. The browser never finds anything here: it reads its
// own copy of the doc (the same state, so the same lists).
import { readReactions, type NoteReactions } from '../reactions';
import {
	listComments,
	listDecisions,
	listGroups,
	listNotes,
	listTrash,
	listZones,
	type BoardDoc,
	type Comment,
	type Decision,
	type Group,
	type Note,
	type Zone
} from '../doc';
import { canvasOrder, FIRST_NOTES, listOrder, notesByZone } from '../note-order';

/**
 * The largest page copy of the shared doc (base64 characters) the page carries whole: about 250 short notes. A bigger
 * board's page carries its first screen instead (`firstScreen`): a 500-note board's copy is ~0.2 MB, and its page
 * showed the first screen about a fifth sooner without it (test/bench/RESULTS-boards.md, 2026-12-06 21:20).
 */
export const SERVER_RENDER_MAX = 100_000;

/** What the board page shows of the shared doc (the lists BoardState reads from it). */
export interface BoardView {
	zones: Zone[];
	groups: Group[];
	comments: Comment[];
	reactions: NoteReactions;
	decisions: Decision[];
	trash: Note[];
	notes: Note[];
	/** zone id → how many of its notes this view leaves out (a big board's first screen); absent: none */
	omitted?: Record<string, number>;
}

export function readBoardView(b: BoardDoc): BoardView {
	return {
		zones: listZones(b),
		groups: listGroups(b),
		comments: listComments(b),
		reactions: readReactions(b.reactions),
		decisions: listDecisions(b),
		trash: listTrash(b),
		notes: listNotes(b)
	};
}

/**
 * A big board's first screen: every zone's first notes as the canvas and as the list view show them (so either view
 * renders the same notes from this as from the whole board), the comments and reactions on those notes, and how many
 * notes each zone leaves out. Zones, groups, decisions and the trash come whole. A note of a zone that no longer
 * exists is kept (the canvas shows it in the first zone).
 */
export function firstScreen(view: BoardView): BoardView {
	const keep = new Set<string>();
	const byZone = notesByZone(view.zones, view.notes);
	for (const zone of view.zones) {
		const groups = view.groups.filter((g) => g.zoneId === zone.id);
		const { ordered } = canvasOrder(byZone.get(zone.id) ?? [], groups);
		for (const n of ordered.slice(0, FIRST_NOTES)) keep.add(n.id);
		for (const n of listOrder(zone.id, view.notes).slice(0, FIRST_NOTES)) keep.add(n.id);
	}
	const zones = new Set(view.zones.map((z) => z.id));
	const omitted: Record<string, number> = {};
	const notes = view.notes.filter((n) => {
		if (keep.has(n.id) || (!zones.has(n.zoneId) && zones.size > 0)) return true;
		omitted[n.zoneId] = (omitted[n.zoneId] ?? 0) + 1;
		return false;
	});
	const shown = new Set(notes.map((n) => n.id));
	return {
		...view,
		notes,
		omitted,
		comments: view.comments.filter((c) => shown.has(c.noteId)),
		reactions: new Map([...view.reactions].filter(([id]) => shown.has(id)))
	};
}

/** copy of the doc (base64) → its lists; a few at most (a render that never comes leaves its entry until pushed out) */
const views = new Map<string, BoardView>();
const KEEP = 8;

/** For the page's load: the lists of the doc whose copy is `initial`, for this request's render. */
export function leaveBoardView(initial: string, view: BoardView) {
	views.delete(initial);
	views.set(initial, view);
	while (views.size > KEEP) views.delete(views.keys().next().value!);
}

/** For the render: the lists left for this copy of the doc, once (undefined: read the copy itself). */
export function takeBoardView(initial: string): BoardView | undefined {
	const view = views.get(initial);
	views.delete(initial);
	return view;
}

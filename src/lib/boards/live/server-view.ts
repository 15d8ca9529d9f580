// The server's render of a board page shows the board as the page's load read it. Reading the page's copy of the doc
// (base64) into a new Y.Doc again costs the server a second decode per page (~0.1–0.35 s for a 2,000-note board on a
// busy 2-core machine, measured 2026-12-06); the load reads the lists from the doc it already holds instead, in the
// same step as it encodes the copy, and leaves them here under that copy for the render to take. The browser never
// finds anything here: it reads its own copy of the doc (the same state, so the same lists).
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

/**
 * The largest page copy of the shared doc (base64 characters) whose board the server renders: a 500-note board's is
 * ~0.2 MB. A 2,000-note board's (~0.8 MB) is built in the browser only: rendered on the server, even from these
 * lists, its HTML came ~0.5 s later and the board went live later (this / reference 1.29, 2026-12-06, load 11–14).
 */
export const SERVER_RENDER_MAX = 320_000;

/** What the board page shows of the shared doc (the lists BoardState reads from it). */
export interface BoardView {
	zones: Zone[];
	groups: Group[];
	comments: Comment[];
	reactions: NoteReactions;
	decisions: Decision[];
	trash: Note[];
	notes: Note[];
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

// The notes as the page shows them: the shared board's, then this person's still-hidden ones from their
// private doc. An unchanged note keeps its object from the last read, so Svelte skips re-rendering it.
import { listNotes, type BoardDoc, type MineDoc, type Note } from '../doc';

/** A note as the page shows it: shared, or still hidden in the participant's own doc. */
export interface ViewNote extends Note {
	hidden: boolean;
}

export class ViewNotes {
	private cache = new Map<string, ViewNote>();

	/** Notes already shown (a big board's first screen): unchanged, they keep their objects on the next read. */
	seed(notes: ViewNote[]) {
		for (const n of notes) this.cache.set(n.id, n);
	}

	read(board: BoardDoc, mine: MineDoc): ViewNote[] {
		const next = new Map<string, ViewNote>();
		const out: ViewNote[] = [];
		const keep = (n: Note, hidden: boolean) => {
			const prev = this.cache.get(n.id);
			const view = prev && prev.hidden === hidden && sameNote(prev, n) ? prev : { ...n, hidden };
			next.set(n.id, view);
			out.push(view);
		};
		for (const n of listNotes(board)) keep(n, false);
		for (const n of listNotes(mine)) if (!next.has(n.id)) keep(n, true);
		this.cache = next;
		return out;
	}
}

function sameNote(a: Note, b: Note) {
	return (
		a.text === b.text &&
		a.color === b.color &&
		a.zoneId === b.zoneId &&
		a.order === b.order &&
		a.groupId === b.groupId &&
		a.authorName === b.authorName &&
		a.authorId === b.authorId &&
		a.actionId === b.actionId
	);
}

// Undo and redo of this person's own changes only, across the shared board and their private doc: one
// Y.UndoManager per doc, tracking only edits made with the LOCAL origin, and the order in which the two
// received steps, so undo takes back the latest step whichever doc it went to.
import * as Y from 'yjs';
import type { BoardDoc, MineDoc } from '../doc';

/** Origin of this person's own edits: the undo managers track only these, so undo never touches others' work. */
export const LOCAL = { local: true };

type Which = 'board' | 'mine';

export class OwnUndo {
	private readonly managers: Record<Which, Y.UndoManager>;
	/** which doc each of my undoable steps belongs to, newest last */
	private undoOrder: Which[] = [];
	private redoOrder: Which[] = [];
	private undoing = false;

	constructor(board: BoardDoc, mine: MineDoc, onChange: () => void) {
		// Every LOCAL transaction is one whole action (typing is saved as one edit), so none are merged: two quick
		// actions — a rename, then a move — are two undo steps.
		const options = { trackedOrigins: new Set([LOCAL]), captureTimeout: 0 };
		this.managers = {
			board: new Y.UndoManager(
				[board.zones, board.notes, board.groups, board.comments, board.decisions, board.reactions],
				options
			),
			mine: new Y.UndoManager([mine.notes, mine.votes], options)
		};
		for (const name of ['board', 'mine'] as const) {
			const manager = this.managers[name];
			manager.on('stack-item-added', ({ type }: { type: 'undo' | 'redo' }) => {
				if (type === 'undo') {
					if (!this.undoing) this.redoOrder = [];
					this.undoOrder.push(name);
				} else this.redoOrder.push(name);
				onChange();
			});
			manager.on('stack-item-popped', onChange);
		}
	}

	get canUndo() {
		return this.managers.board.canUndo() || this.managers.mine.canUndo();
	}
	get canRedo() {
		return this.managers.board.canRedo() || this.managers.mine.canRedo();
	}

	undo() {
		this.step(this.undoOrder.pop(), 'undo');
	}
	redo() {
		this.step(this.redoOrder.pop(), 'redo');
	}

	private step(which: Which | undefined, direction: 'undo' | 'redo') {
		if (!which) return;
		this.undoing = true;
		this.managers[which][direction]();
		this.undoing = false;
	}

	destroy() {
		this.managers.board.destroy();
		this.managers.mine.destroy();
	}
}

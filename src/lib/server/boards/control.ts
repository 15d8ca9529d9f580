// The board's control document `board/<id>/control`: phase, timer, lock, anonymous mode, question deck,
// vote totals, progress and the follow-me focus. Only the server writes it (facilitation form actions,
// reveal, tally); every participant's connection to it is read-only (access.ts), so a modified client
// can neither change the phase nor touch the tally, and a participant's "done"/dots count comes from the
// server, not from the client's own claim.
import * as Y from 'yjs';
import { boardDocName, controlDoc, controlDocName, legacyControl, type ControlDoc } from '$lib/boards/doc';
import { changeDoc, readDoc } from './live';
import { mirrorAnonymity } from './presence';

/** Boards whose control doc this process has seen initialised (cleared when a board is deleted). */
const ready = new Set<string>();

/**
 * Boards created before the control doc kept its maps in the shared doc. The first time the server
 * touches such a board it copies them over once; from then on the shared doc's copies are never read.
 */
async function ensureControl(boardId: string) {
	if (ready.has(boardId)) return;
	const initialised = await readDoc(controlDocName(boardId), (doc) => controlDoc(doc).meta.has('phase'));
	if (!initialised) {
		const legacy = await readDoc(boardDocName(boardId), (doc) => {
			const l = legacyControl(doc);
			const progress: Record<string, Record<string, unknown>> = {};
			l.progress.forEach((p, id) => {
				if (p instanceof Y.Map) progress[id] = p.toJSON();
			});
			return { meta: l.meta.toJSON(), questions: l.questions.toArray(), votes: l.votes.toJSON(), progress };
		});
		await changeDoc(controlDocName(boardId), (doc) => {
			const c = controlDoc(doc);
			if (c.meta.has('phase')) return;
			for (const [k, v] of Object.entries(legacy.meta)) c.meta.set(k, v);
			if (legacy.questions.length) c.questions.push(legacy.questions.filter((q) => typeof q === 'string'));
			for (const [k, v] of Object.entries(legacy.votes)) if (typeof v === 'number') c.votes.set(k, v);
			for (const [id, p] of Object.entries(legacy.progress)) {
				const y = new Y.Map<unknown>();
				for (const [k, v] of Object.entries(p)) y.set(k, v);
				c.progress.set(id, y);
			}
			if (!c.meta.has('phase')) c.meta.set('phase', 'open');
		});
	}
	// Boards made anonymous before SQL mirrored it (migration 0015_board_anonymous).
	if (await readDoc(controlDocName(boardId), (doc) => controlDoc(doc).meta.get('anonymous') === true))
		await mirrorAnonymity(boardId, true);
	ready.add(boardId);
}

/** Changes the control doc (persisted, then broadcast to every viewer). */
export async function changeControl(boardId: string, change: (c: ControlDoc) => void): Promise<void> {
	await ensureControl(boardId);
	await changeDoc(controlDocName(boardId), (doc) => change(controlDoc(doc)));
}

/** Reads the control doc; `read` must not change it. */
export async function readControl<T>(boardId: string, read: (c: ControlDoc) => T): Promise<T> {
	await ensureControl(boardId);
	return readDoc(controlDocName(boardId), (doc) => read(controlDoc(doc)));
}

/** The control doc's state for a page to render before its WebSocket syncs (base64 Yjs update). */
export async function initialControlState(boardId: string): Promise<string> {
	const update = await readControl(boardId, (c) => Y.encodeStateAsUpdate(c.doc));
	return Buffer.from(update).toString('base64');
}

/** A new board's control doc is initialised when it is written (no migration needed). */
export function markControlReady(boardId: string) {
	ready.add(boardId);
}

export function forgetControl(boardId: string) {
	ready.delete(boardId);
}

// The boards module's handle on the sync server: server-authored changes to board documents
// (reveal, vote tally, templates, lock state) and re-authorisation of open connections.
// Production uses the runtime's sync server; tests hand in their own with `useBoardSync`.
import * as Y from 'yjs';
import type { OpenConnection } from '../sync/index';

export interface BoardSync {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	revalidate(predicate?: (connection: OpenConnection) => boolean): Promise<void>;
}

let current: BoardSync | undefined;

export function useBoardSync(sync: BoardSync | undefined) {
	current = sync;
}

const RUNTIME = Symbol.for('samspil.runtime');

/** True when board documents can be written (the app's runtime is up, or a test handed in a sync server). */
export function boardSyncAvailable(): boolean {
	return !!current || !!(globalThis as Record<symbol, unknown>)[RUNTIME];
}

async function sync(): Promise<BoardSync> {
	if (current) return current;
	// Never start a runtime from here: in a test that would open the default database behind its back.
	if (!boardSyncAvailable()) throw new Error('boards: no sync server is running');
	// Imported lazily: the runtime imports the sync wiring, which imports this module's access rules.
	const { getRuntime } = await import('../runtime');
	return (await getRuntime()).sync;
}

/** Runs `change` on the live document (loaded from the database if nobody has it open). */
export async function changeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void> {
	await (await sync()).writeDoc(docName, change);
}

/** Reads the live document; `read` must not change it. */
export async function readDoc<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
	let out: T | undefined;
	await (await sync()).writeDoc(docName, (doc) => {
		out = read(doc);
	});
	return out as T;
}

/** Re-checks open connections on a board's documents (after lock, end, a guest's removal, deletion). */
export async function revalidateBoard(boardId: string): Promise<void> {
	const prefix = `board/${boardId}`;
	await (await sync()).revalidate((c) => c.docName === prefix || c.docName.startsWith(prefix + '/'));
}

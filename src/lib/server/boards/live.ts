// The boards module's handle on the sync server: server-authored changes to board documents
// (reveal, vote tally, templates, lock state) and re-authorisation of open connections.
// It is the app's sync server (app/context.ts): the runtime's in production, a test's own in tests.
import * as Y from 'yjs';
import type { OpenConnection } from '../sync/index';
import { db } from '../db/current';
import { forgetDocuments, liveWriter } from '../live';

export interface BoardSync {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	revalidate(predicate?: (connection: OpenConnection) => boolean): Promise<void>;
	dropDocs?(prefix: string): Promise<void>;
}

/** True when board documents can be written: the app runs a sync server. */
export function boardSyncAvailable(): boolean {
	return !!liveWriter();
}

async function sync(): Promise<BoardSync> {
	// A board cannot exist without the app's sync server (its content is the doc), so unlike live views these
	// writes are never skipped.
	const writer = liveWriter() as Partial<BoardSync> | undefined;
	if (!writer?.writeDoc) throw new Error('boards: no sync server is running');
	return {
		writeDoc: (name, change) => writer.writeDoc!(name, change),
		revalidate: (predicate) => (writer.revalidate ? writer.revalidate(predicate) : Promise.resolve()),
		dropDocs: writer.dropDocs ? (prefix) => writer.dropDocs!(prefix) : undefined
	};
}

/** Runs `change` on the live document (loaded from the database if nobody has it open). */
export async function changeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void> {
	await (await sync()).writeDoc(docName, change);
}

/** Reads the live document; `read` must not change it. */
export async function readDoc<T>(docName: string, read: (doc: Y.Doc) => T): Promise<T> {
	let out: T | undefined;
	await (
		await sync()
	).writeDoc(docName, (doc) => {
		out = read(doc);
	});
	return out as T;
}

/** Re-checks open connections on a board's documents (after lock, end, a guest's removal, deletion). */
export async function revalidateBoard(boardId: string): Promise<void> {
	const prefix = `board/${boardId}`;
	await (await sync()).revalidate((c) => c.docName === prefix || c.docName.startsWith(prefix + '/'));
}

/**
 * Forgets board documents for good (`board/<id>` and everything under it, or one person's private doc):
 * through the sync server when one runs, so connections close and loaded rooms are dropped unsaved after
 * any write still queued for them; directly from storage otherwise. The one way boards delete documents.
 */
export async function dropDocs(prefixes: string[]): Promise<void> {
	await forgetDocuments(db(), prefixes);
}

/** Deletes every document of a deleted board (shared, control, private) with its stored data and connections. */
export async function dropBoardDocs(boardId: string): Promise<void> {
	await dropDocs([`board/${boardId}`]);
}

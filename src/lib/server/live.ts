// Where modules write server-authored live documents (`live/...`, boards). The runtime registers its
// sync server here at start; without one (a test that doesn't need live views, a script) writes are
// skipped: SQL stays the source of truth and a live view rebuilds from it on its next write.
// Modules never start a runtime themselves: that would open a second database behind the caller's back.
import type * as Y from 'yjs';
import type { Kysely } from 'kysely';
import type { Database } from './db/schema';
import { deleteDocuments } from './sync/erase';

export interface LiveWriter {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	/** forgets a document and those under it: closes their connections, drops loaded rooms unsaved, deletes storage */
	dropDocs?(prefix: string): Promise<void>;
}

let writer: LiveWriter | undefined;

export function useLiveWriter(next: LiveWriter | undefined) {
	writer = next;
}

export function liveWriter(): LiveWriter | undefined {
	return writer;
}

/** Applies `change` to a live document when a sync server is running; returns whether it was written. */
export async function writeLive(docName: string, change: (doc: Y.Doc) => void): Promise<boolean> {
	if (!writer) return false;
	await writer.writeDoc(docName, change);
	return true;
}

/**
 * Forgets documents for good (`prefix` and everything below it): a deleted board, an erased person's private
 * drafts, a deleted organisation. With a sync server running this goes through it, so open connections close
 * and a loaded room is dropped without saving after any write still queued for it; without one (a script, a
 * test without live views) the stored rows are deleted directly.
 */
export async function forgetDocuments(db: Kysely<Database>, prefixes: string[]): Promise<void> {
	if (writer?.dropDocs) {
		for (const prefix of prefixes) await writer.dropDocs(prefix);
	} else await deleteDocuments(db, prefixes);
}

// Where modules write server-authored live documents (`live/...`, boards): the app's sync server
// (app/context.ts). Without one (a test that doesn't need live views, a script) writes are skipped: SQL stays
// the source of truth and a live view rebuilds from it on its next write.
// Modules never start a sync server themselves: that would open a second database behind the caller's back.
import type * as Y from 'yjs';
import { app, type LiveSync } from './app/context';
import { deleteDocuments } from './sync/erase';

export type LiveWriter = LiveSync;

/** The app's sync server, if it runs one. */
export function liveWriter(): LiveWriter | undefined {
	return app().sync;
}

/** Applies `change` to a live document when a sync server is running; returns whether it was written. */
export async function writeLive(docName: string, change: (doc: Y.Doc) => void): Promise<boolean> {
	const writer = liveWriter();
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
export async function forgetDocuments(db: Parameters<typeof deleteDocuments>[0], prefixes: string[]): Promise<void> {
	const writer = liveWriter();
	if (writer?.dropDocs) {
		for (const prefix of prefixes) await writer.dropDocs(prefix);
	} else await deleteDocuments(db, prefixes);
}

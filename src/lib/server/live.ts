// Where modules write server-authored live documents (`live/...`, boards). The runtime registers its
// sync server here at start; without one (a test that doesn't need live views, a script) writes are
// skipped: SQL stays the source of truth and a live view rebuilds from it on its next write.
// Modules never start a runtime themselves: that would open a second database behind the caller's back.
import type * as Y from 'yjs';

export interface LiveWriter {
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
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

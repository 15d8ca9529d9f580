// Anonymous mode against Yjs' own bookkeeping. Every item of a Yjs update carries the client id that wrote
// it, and y-websocket announces presence (name included) under the document's client id; a note written
// under that id would name its author to anyone who reads the update. So while a board is anonymous, each
// local change is written under a fresh, random client id used for that change alone, and the document
// goes back to its resting id — the one its presence uses, which then never writes — right after.
// Nothing anyone receives links a note to its author, nor two of one author's changes to each other.
import type * as Y from 'yjs';

function freshClientId(): number {
	return crypto.getRandomValues(new Uint32Array(1))[0];
}

/**
 * While `anonymous()` holds, every local transaction on `doc` (edits, undo, redo) is written under a
 * throwaway client id. Returns the function that stops it.
 */
export function writeUnderThrowawayIds(doc: Y.Doc, anonymous: () => boolean): () => void {
	let resting: number | null = null;
	const before = (transaction: Y.Transaction) => {
		// Remote updates (the server, IndexedDB) write nothing under our id; only our own changes need one.
		if (!transaction.local || !anonymous()) return;
		resting ??= doc.clientID;
		doc.clientID = freshClientId();
	};
	const after = () => {
		if (resting === null) return;
		doc.clientID = resting;
		resting = null;
	};
	doc.on('beforeTransaction', before);
	doc.on('afterAllTransactions', after);
	return () => {
		doc.off('beforeTransaction', before);
		doc.off('afterAllTransactions', after);
		after();
	};
}

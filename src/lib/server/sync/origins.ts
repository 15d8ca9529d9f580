// Who a change to a room came from, as Yjs' and the awareness' `origin`: a connection (the Peer itself),
// the server, or another instance. It decides where the change goes next (room.ts, room-awareness.ts).

/** What a room needs from a connection. */
export interface Peer {
	/** writes an already framed message (see frame.ts) */
	sendFrame(frame: Buffer): void;
	/** awareness client ids this peer announced; removed for everyone when it leaves */
	readonly awarenessIds: Set<number>;
}

/** Origin of changes made by `writeDoc`: broadcast to every connection. */
export const serverOrigin = Symbol('sync server');
/** Origin of changes another instance stored (fan-out, resync): broadcast here, never logged again. */
export const remoteOrigin = Symbol('other instance');

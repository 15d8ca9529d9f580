// The extension point for running several instances: a bus over which each instance passes on what its
// own clients changed in a document, so clients of other instances see it live. The sync server knows
// only this interface; the Redis implementation lives in `../cluster/`.
//
// The database stays the source of truth. An update is published only after it is committed, so an
// instance that subscribes to a document before it reads it from the database misses nothing: what was
// published earlier is already stored. When the bus comes back after a gap, every instance re-reads its
// documents from the database (`resync`) and asks the others to do the same.

export type FanoutKind = 'update' | 'awareness' | 'query-awareness' | 'resync';

export interface FanoutHandlers {
	/** a message another instance published about `doc` (never our own) */
	message(doc: string, kind: FanoutKind, payload: Uint8Array): void;
	/** the bus is back after a gap in which messages may have been lost both ways */
	reconnected(): void;
	/** another instance deleted `prefix` and the documents below it: drop them here too */
	dropped(prefix: string): void;
}

export interface Fanout {
	/** Called once by the sync server before anything else. */
	start(handlers: FanoutHandlers): void;
	/** Receive messages about `doc` from now on; rejects (and the room works on alone) when the bus is down. */
	subscribe(doc: string): Promise<void>;
	unsubscribe(doc: string): void;
	/** Best effort: a message that cannot be sent is covered by the resync after the gap. */
	publish(doc: string, kind: FanoutKind, payload?: Uint8Array): void;
	/**
	 * Tells every other instance that `prefix` and the documents below it were deleted, whichever of them
	 * they hold (a private draft under a board, say); best effort: an instance that misses it closes the
	 * connections at its next permission check, as the rows behind them are gone.
	 */
	publishDrop(prefix: string): void;
	/** true while messages flow both ways */
	readonly connected: boolean;
	close(): Promise<void>;
}

// One loaded document and the connections on it (the reference server's WSSharedDoc, Hocuspocus'
// Document). Every change to the doc — from a client or from the server — leaves through one path:
// the doc's `update` event appends it to the log, and only the commit broadcasts it.
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { encodeAwareness, encodeUpdate } from './protocol';
import { binaryFrame } from './frame';
import type { DocStore } from './persistence';
import type { SyncMetrics } from './metrics';
import { errorFields, type SyncLogger } from './logger';

/** What a room needs from a connection. */
export interface Peer {
	/** writes an already framed message (see frame.ts) */
	sendFrame(frame: Buffer): void;
	/** awareness client ids this peer announced; removed for everyone when it leaves */
	readonly awarenessIds: Set<number>;
}

export interface RoomContext {
	store: DocStore;
	metrics: SyncMetrics;
	logger: SyncLogger;
	/** log length after which the room compacts the log into a snapshot */
	compactEvery: number;
}

/** Origin of changes made by `writeDoc`: broadcast to every connection. */
export const serverOrigin = Symbol('sync server');

export class Room {
	readonly doc = new Y.Doc();
	readonly awareness = new Awareness(this.doc);
	readonly peers = new Set<Peer>();
	/** upgrades in progress and server writes holding the room in memory */
	pins = 0;
	unloadTimer: ReturnType<typeof setTimeout> | undefined;
	unloading: Promise<void> | undefined;
	private logLength = 0;
	private compacting: Promise<void> | undefined;
	/** updates committed in the current batch, broadcast together once the batch is done */
	private outbox: Array<{ update: Uint8Array; origin: unknown }> = [];

	constructor(
		readonly name: string,
		private readonly ctx: RoomContext
	) {
		// The server is no participant: its own awareness state would show up as a ghost user.
		this.awareness.setLocalState(null);
	}

	async load() {
		const { updates, logLength } = await this.ctx.store.load(this.name);
		this.doc.transact(() => {
			for (const update of updates) {
				try {
					Y.applyUpdate(this.doc, update);
				} catch (error) {
					this.ctx.logger.error('sync stored update unreadable, skipped', { doc: this.name, ...errorFields(error) });
				}
			}
		});
		this.logLength = logLength;
		this.doc.on('update', this.onUpdate);
		this.awareness.on('update', this.onAwarenessUpdate);
	}

	/**
	 * Applies an update a client sent (already decoded once by the protocol layer, so malformed bytes never
	 * get here). Throws when Yjs rejects it; the caller closes that connection.
	 */
	applyClientUpdate(update: Uint8Array, from: Peer) {
		const store = this.doc.store;
		const pendingStructs = store.pendingStructs?.update;
		const pendingDs = store.pendingDs;
		Y.applyUpdate(this.doc, update, from);
		if (store.pendingStructs?.update !== pendingStructs || store.pendingDs !== pendingDs) {
			// Yjs parked parts whose dependencies it has not seen; they are in no update event yet, but
			// sync step 2 hands them to newcomers. Log the raw update so they are durable too.
			this.append(update);
		}
	}

	/** A change authored by the server (live documents); persisted and broadcast like any other. */
	writeFromServer(change: (doc: Y.Doc) => void) {
		this.doc.transact(() => change(this.doc), serverOrigin);
	}

	applyAwareness(update: Uint8Array, from: Peer) {
		applyAwarenessUpdate(this.awareness, update, from);
	}

	/** Everyone's awareness state in one message, or null when nobody has any. */
	awarenessMessage(): Uint8Array | null {
		const states = this.awareness.getStates();
		if (states.size === 0) return null;
		return encodeAwareness(encodeAwarenessUpdate(this.awareness, [...states.keys()]));
	}

	add(peer: Peer) {
		this.peers.add(peer);
	}

	remove(peer: Peer) {
		if (!this.peers.delete(peer)) return;
		if (peer.awarenessIds.size) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
	}

	/** Merges the log into the snapshot; at most one compaction per room at a time. */
	compact(): Promise<void> {
		this.compacting ??= this.ctx.store
			.compact(this.name, () => {
				this.logLength = 0;
				return Y.encodeStateAsUpdate(this.doc);
			})
			.then(
				() => undefined,
				(error) => this.ctx.logger.error('sync compaction failed', { doc: this.name, ...errorFields(error) })
			)
			.finally(() => (this.compacting = undefined));
		return this.compacting;
	}

	/** True when the log holds updates the snapshot does not. */
	get behind(): boolean {
		return this.logLength > 0;
	}

	destroy() {
		this.doc.off('update', this.onUpdate);
		this.awareness.destroy();
		this.doc.destroy();
	}

	private onUpdate = (update: Uint8Array, origin: unknown) => {
		this.append(update, () => {
			// The store commits a batch and runs its callbacks in one go: collect this room's share, send after.
			if (this.outbox.push({ update, origin }) === 1) queueMicrotask(this.sendOutbox);
		});
	};

	private sendOutbox = () => {
		const outbox = this.outbox;
		this.outbox = [];
		try {
			if (outbox.length === 1) this.broadcast(outbox[0].update, outbox[0].origin, 1);
			else {
				// Several updates in one turn: one merged message per peer instead of several. An author may
				// get its own update back inside it, which Yjs ignores.
				const origins = new Set(outbox.map((o) => o.origin));
				const soleAuthor = origins.size === 1 ? outbox[0].origin : undefined;
				this.broadcast(Y.mergeUpdates(outbox.map((o) => o.update)), soleAuthor, outbox.length);
			}
		} catch (error) {
			this.ctx.logger.error('sync broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};

	private append(update: Uint8Array, onCommit?: () => void) {
		this.ctx.store.append(this.name, update, onCommit);
		if (++this.logLength >= this.ctx.compactEvery) void this.compact();
	}

	/** Encodes and frames once, sends to every peer but the author (who has it already). */
	private broadcast(update: Uint8Array, origin: unknown, updates: number) {
		if (this.peers.size === 0 || (this.peers.size === 1 && this.peers.has(origin as Peer))) return;
		const frame = binaryFrame(encodeUpdate(update));
		let delivered = 0;
		for (const peer of this.peers) {
			if (peer === origin) continue;
			peer.sendFrame(frame);
			delivered++;
		}
		this.ctx.metrics.updatesOut += delivered * updates;
	}

	private onAwarenessUpdate = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	) => {
		// Also runs from the Awareness' own timer (expiring silent clients), outside any connection's try.
		try {
			const author = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
			if (author) {
				for (const id of added) author.awarenessIds.add(id);
				for (const id of removed) author.awarenessIds.delete(id);
			}
			if (this.peers.size === 0 || (this.peers.size === 1 && author)) return;
			const frame = binaryFrame(encodeAwareness(encodeAwarenessUpdate(this.awareness, added.concat(updated, removed))));
			for (const peer of this.peers) if (peer !== author) peer.sendFrame(frame);
		} catch (error) {
			this.ctx.logger.error('sync awareness broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};
}

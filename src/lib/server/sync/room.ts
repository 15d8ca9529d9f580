// One loaded document and the connections on it (the reference server's WSSharedDoc, Hocuspocus'
// Document). Every change to the doc — from a client or from the server — leaves through one path:
// the doc's `update` event appends it to the log, and only the commit broadcasts it.
//
// The Y.Doc is built from the stored bytes only when something needs it (stored-doc.ts); presence lives in
// room-awareness.ts.
import * as Y from 'yjs';
import { encodeSyncStep2, encodeUpdate } from './protocol';
import { binaryFrame } from './frame';
import type { Fanout, FanoutKind } from './fanout';
import type { DocStore } from './persistence';
import type { SyncMetrics } from './metrics';
import { errorFields, type SyncLogger } from './logger';
import { remoteOrigin, serverOrigin, type Peer } from './origins';
import { RoomAwareness } from './room-awareness';
import { StoredDoc } from './stored-doc';

export interface RoomContext {
	store: DocStore;
	metrics: SyncMetrics;
	logger: SyncLogger;
	/** log length after which the room compacts the log into a snapshot */
	compactEvery: number;
	/** other instances (scale-out); absent on a single instance */
	fanout?: Fanout;
}

export class Room {
	readonly doc = new Y.Doc();
	readonly peers = new Set<Peer>();
	readonly presence: RoomAwareness;
	/** upgrades in progress and server writes holding the room in memory */
	pins = 0;
	unloadTimer: ReturnType<typeof setTimeout> | undefined;
	unloading: Promise<void> | undefined;
	private readonly stored: StoredDoc;
	private logLength = 0;
	private compacting: Promise<void> | undefined;
	/** updates committed in the current batch, broadcast together once the batch is done */
	private outbox: Array<{ update: Uint8Array; origin: unknown }> = [];
	/** other instances' updates that arrived while the room was still loading */
	private early: Uint8Array[] | null = [];
	/** the document's encoded size as last measured, plus every update's length since (see `fits`) */
	private bytes = 0;
	private measuredAt: number | undefined;

	constructor(
		readonly name: string,
		private readonly ctx: RoomContext
	) {
		this.presence = new RoomAwareness(this.doc, name, this.peers, ctx);
		// Attached once the stored state is in: only new changes are logged and broadcast.
		this.stored = new StoredDoc(this.doc, name, ctx, () => this.doc.on('update', this.onUpdate));
	}

	async load() {
		const fanout = this.ctx.fanout;
		// Subscribe first, read second: whatever another instance publishes from now on arrives here, and
		// whatever it published before is in the database already (it publishes only after committing).
		if (fanout) await fanout.subscribe(this.name).catch(() => undefined);
		const { snapshot, log } = await this.ctx.store.load(this.name);
		const all = this.early?.length ? [...log, ...this.early] : log;
		this.stored.hold(snapshot, all);
		this.early = null;
		this.logLength = log.length;
		this.bytes = all.reduce((n, u) => n + u.length, snapshot?.length ?? 0);
		this.presence.start();
		// Who is here already, on other instances?
		fanout?.publish(this.name, 'query-awareness');
	}

	/** A message from another instance about this document. */
	receive(kind: FanoutKind, payload: Uint8Array) {
		switch (kind) {
			case 'update':
				return this.applyRemoteUpdate(payload);
			case 'awareness':
				if (!this.early) this.presence.applyRemote(payload);
				return;
			case 'query-awareness':
				return this.presence.answerQuery();
			case 'resync':
				void this.resync();
				return;
		}
	}

	/**
	 * Catches up with the database after a fan-out gap: everything any instance stored is applied, and
	 * only what this room lacked reaches its clients. Clients' own edits that never reached any server come
	 * back through the sync handshake when they reconnect.
	 */
	async resync() {
		if (this.early) return; // still loading: the load reads the database anyway
		try {
			const merged = await this.ctx.store.loadMerged(this.name);
			// Built first, so clients get only the difference, not the whole stored document.
			this.ensureDoc();
			if (merged) this.applyRemoteUpdate(merged);
			this.ctx.metrics.resyncs++;
		} catch (error) {
			this.ctx.logger.warn('sync resync failed', { doc: this.name, ...errorFields(error) });
		}
	}

	private applyRemoteUpdate(update: Uint8Array) {
		this.ctx.metrics.remoteUpdatesIn++;
		this.bytes += update.length;
		if (this.early) {
			this.early.push(update);
			return;
		}
		if (this.stored.keep(update)) {
			// Not built yet: kept with the stored bytes, and passed on as it is.
			this.broadcast(update, undefined, 1);
			return;
		}
		try {
			Y.applyUpdate(this.doc, update, remoteOrigin);
		} catch (error) {
			this.ctx.logger.warn('sync remote update unreadable, skipped', { doc: this.name, ...errorFields(error) });
		}
	}

	/** The document, built from the stored bytes the first time it is needed. */
	ensureDoc(): Y.Doc {
		return this.stored.build();
	}

	/** Runs `fn` with the built document: now, or soon (a newcomer's sync step 1 is served first). */
	withDoc(fn: (doc: Y.Doc) => void) {
		this.stored.whenBuilt(fn);
	}

	/** The answer to a client's sync step 1 (one or two messages). */
	syncStep2(stateVector: Uint8Array): Uint8Array[] {
		return this.stored.storedAnswer(stateVector) ?? [encodeSyncStep2(this.ensureDoc(), stateVector)];
	}

	/**
	 * Applies an update a client sent (already decoded once by the protocol layer, so malformed bytes never
	 * get here). Throws when Yjs rejects it; the caller closes that connection. Should an update that decodes
	 * cleanly still fail halfway through integration, the part Yjs did integrate leaves through the update
	 * event like any change — logged, then broadcast — so the doc, the log and every client stay identical.
	 */
	applyClientUpdate(update: Uint8Array, from: Peer) {
		const store = this.ensureDoc().store;
		const pendingStructs = store.pendingStructs?.update;
		const pendingDs = store.pendingDs;
		Y.applyUpdate(this.doc, update, from);
		if (store.pendingStructs?.update !== pendingStructs || store.pendingDs !== pendingDs) {
			// Yjs parked parts whose dependencies it has not seen; they are in no update event yet, but
			// sync step 2 hands them to newcomers. Log the raw update so they are durable too.
			this.append(update);
		}
	}

	/**
	 * Whether a client's `update` may join the document without it growing beyond `maxBytes` (encoded, as a
	 * newcomer or the snapshot gets it). The running estimate only grows — deletions and merges shrink the
	 * real size — so near the cap it is measured again, at most once a second.
	 */
	fits(update: Uint8Array, maxBytes: number): boolean {
		if (this.bytes + update.length <= maxBytes) return true;
		const now = Date.now();
		if (this.measuredAt === undefined || now - this.measuredAt >= 1000) {
			this.measuredAt = now;
			this.bytes = Y.encodeStateAsUpdate(this.ensureDoc()).length;
		}
		return this.bytes + update.length <= maxBytes;
	}

	/** A change authored by the server (live documents); persisted and broadcast like any other. */
	writeFromServer(change: (doc: Y.Doc) => void) {
		this.ensureDoc().transact(() => change(this.doc), serverOrigin);
	}

	add(peer: Peer) {
		this.peers.add(peer);
	}

	remove(peer: Peer) {
		if (!this.peers.delete(peer)) return;
		this.presence.remove(peer);
	}

	/** Merges the log into the snapshot; at most one compaction per room at a time. */
	compact(): Promise<void> {
		this.compacting ??= this.ctx.store
			.compact(this.name, () => (this.logLength = 0))
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
		this.ctx.fanout?.unsubscribe(this.name);
		this.stored.cancel();
		this.doc.off('update', this.onUpdate);
		this.presence.destroy();
		this.doc.destroy();
	}

	private onUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === remoteOrigin) {
			// Stored by the instance that accepted it: only this instance's clients still need it.
			this.broadcast(update, undefined, 1);
			return;
		}
		const arrived = performance.now();
		this.append(update, () => {
			this.ctx.metrics.broadcastDelaySeconds.observe((performance.now() - arrived) / 1000);
			// The store commits a batch and runs its callbacks in one go: collect this room's share, send after.
			if (this.outbox.push({ update, origin }) === 1) queueMicrotask(this.sendOutbox);
		});
	};

	private sendOutbox = () => {
		const outbox = this.outbox;
		this.outbox = [];
		try {
			let update: Uint8Array;
			if (outbox.length === 1) this.broadcast((update = outbox[0].update), outbox[0].origin, 1);
			else {
				// Several updates in one turn: one merged message per peer instead of several. An author may
				// get its own update back inside it, which Yjs ignores.
				const origins = new Set(outbox.map((o) => o.origin));
				const soleAuthor = origins.size === 1 ? outbox[0].origin : undefined;
				this.broadcast((update = Y.mergeUpdates(outbox.map((o) => o.update))), soleAuthor, outbox.length);
			}
			// Committed, so other instances may pass it on (see fanout.ts).
			this.ctx.fanout?.publish(this.name, 'update', update);
		} catch (error) {
			this.ctx.logger.error('sync broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};

	private append(update: Uint8Array, onCommit?: () => void) {
		this.bytes += update.length;
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
}

// One loaded document and the connections on it (the reference server's WSSharedDoc, Hocuspocus'
// Document). Every change to the doc — from a client or from the server — leaves through one path:
// the doc's `update` event appends it to the log, and only the commit broadcasts it.
//
// The Y.Doc is built from the stored bytes only when something needs it (stored-doc.ts); presence lives in
// room-awareness.ts.
import * as Y from 'yjs';
import { encodeSyncStep2 } from './protocol';
import { updateFrame } from './frame';
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
	/** updates committed within this long after a room's last send wait and go out with the next one (ms) */
	coalesceMs: number;
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
	/** updates waiting for the room's next send (non-empty exactly while a send is scheduled) */
	private outbox: Outgoing[] = [];
	private sendTimer: ReturnType<typeof setTimeout> | undefined;
	/** when the room last sent updates to its peers (performance.now()) */
	private lastSentAt = -Infinity;
	/** committed updates not yet passed on to other instances */
	private unpublished: Uint8Array[] = [];
	/** other instances' updates that arrived while the room was still loading */
	private early: Uint8Array[] | null = [];
	/** the document's encoded size as last measured, plus every update's length since (see `fits`) */
	private bytes = 0;
	private measuredAt: number | undefined;

	constructor(
		readonly name: string,
		private readonly ctx: RoomContext
	) {
		this.presence = new RoomAwareness(this.doc, name, this.peers, ctx, (frame, author) =>
			this.enqueue({ frame, origin: author, updates: 0, arrived: undefined })
		);
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
			this.enqueue({ frame: updateFrame(update), origin: undefined, updates: 1, arrived: undefined });
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
		clearTimeout(this.sendTimer);
		this.outbox = [];
		this.doc.off('update', this.onUpdate);
		this.presence.destroy();
		this.doc.destroy();
	}

	private onUpdate = (update: Uint8Array, origin: unknown) => {
		if (origin === remoteOrigin) {
			// Stored by the instance that accepted it: only this instance's clients still need it.
			this.enqueue({ frame: updateFrame(update), origin: undefined, updates: 1, arrived: undefined });
			return;
		}
		const arrived = performance.now();
		this.append(update, () => {
			if (this.peers.size > (this.peers.has(origin as Peer) ? 1 : 0))
				this.enqueue({ frame: updateFrame(update), origin, updates: 1, arrived });
			// Committed, so other instances may pass it on (see fanout.ts): the store commits a batch and runs
			// its callbacks in one go, so this room's share of it goes out as one message.
			if (this.ctx.fanout && this.unpublished.push(update) === 1) queueMicrotask(this.publish);
		});
	};

	/**
	 * Queues an update (or a presence change) for the room's peers. A room that sent nothing for `coalesceMs` sends at the end of
	 * this turn (with whatever else the same commit brought); a busy one waits until `coalesceMs` after its
	 * last send and sends everything queued by then together: one write per peer instead of one per update.
	 * Most of a send's cost is the write to each socket, so under load this is where the CPU goes down.
	 */
	private enqueue(entry: Outgoing) {
		if (this.outbox.push(entry) > 1) return;
		const wait = this.lastSentAt + this.ctx.coalesceMs - performance.now();
		if (wait <= 0) queueMicrotask(this.sendOutbox);
		else this.sendTimer = setTimeout(this.sendOutbox, wait);
	}

	private sendOutbox = () => {
		this.sendTimer = undefined;
		const outbox = this.outbox;
		this.outbox = [];
		if (!outbox.length) return; // destroyed meanwhile
		const now = (this.lastSentAt = performance.now());
		try {
			for (const { arrived } of outbox)
				if (arrived !== undefined) this.ctx.metrics.broadcastDelaySeconds.observe((now - arrived) / 1000);
			this.broadcast(outbox);
		} catch (error) {
			this.ctx.logger.error('sync broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};

	private publish = () => {
		const updates = this.unpublished;
		this.unpublished = [];
		try {
			this.ctx.fanout?.publish(this.name, 'update', updates.length === 1 ? updates[0] : Y.mergeUpdates(updates));
		} catch (error) {
			this.ctx.logger.error('sync publish failed', { doc: this.name, ...errorFields(error) });
		}
	};

	private append(update: Uint8Array, onCommit?: () => void) {
		this.bytes += update.length;
		this.ctx.store.append(this.name, update, onCommit);
		if (++this.logLength >= this.ctx.compactEvery) void this.compact();
	}

	/**
	 * Sends every peer, in one write, the queued messages in order — all but its own: an author never gets
	 * its update back. Several messages travel as consecutive WebSocket messages, exactly as if sent one by
	 * one, so ordering and what each client applies are unchanged.
	 */
	private broadcast(outbox: Outgoing[]) {
		const peers = this.peers;
		if (peers.size === 0) return;
		if (outbox.length === 1) {
			const { frame, origin, updates } = outbox[0];
			let delivered = 0;
			for (const peer of peers) {
				if (peer === origin) continue;
				peer.sendFrame(frame);
				delivered += updates;
			}
			this.ctx.metrics.updatesOut += delivered;
			return;
		}
		const authors = new Set(outbox.map((o) => o.origin));
		const updates = outbox.reduce((n, o) => n + o.updates, 0);
		let all: Buffer | undefined;
		let delivered = 0;
		for (const peer of peers) {
			if (!authors.has(peer)) {
				peer.sendFrame((all ??= Buffer.concat(outbox.map((o) => o.frame))));
				delivered += updates;
				continue;
			}
			const others = outbox.filter((o) => o.origin !== peer);
			if (!others.length) continue;
			peer.sendFrame(others.length === 1 ? others[0].frame : Buffer.concat(others.map((o) => o.frame)));
			for (const o of others) delivered += o.updates;
		}
		this.ctx.metrics.updatesOut += delivered;
	}
}

/** A message on its way to the room's peers, framed once for all of them (frame.ts). */
interface Outgoing {
	frame: Buffer;
	/** the peer it came from (it is not sent back), or anything else (sent to all) */
	origin: unknown;
	/** document updates it carries (1 or 0, for presence), for the delivery count */
	updates: number;
	/** when a client's update arrived (performance.now()), for the broadcast-delay metric */
	arrived: number | undefined;
}

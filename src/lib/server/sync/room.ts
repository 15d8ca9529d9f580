// One loaded document and the connections on it (the reference server's WSSharedDoc, Hocuspocus'
// Document). Every change to the doc — from a client or from the server — leaves through one path:
// the doc's `update` event appends it to the log, and only the commit broadcasts it.
//
// Loading reads the stored bytes but builds the Y.Doc only when something needs it (a write, a diff
// against a client's state, a snapshot): integrating a large board takes Yjs a while, and a newcomer
// with an empty document can be served the stored bytes as they are.
import * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { encodeAwareness, encodeSyncStep2, encodeSyncStep2Raw, encodeUpdate, isEmptyStateVector } from './protocol';
import { binaryFrame } from './frame';
import { awarenessFilterFor } from './awareness-filter';
import type { FanoutKind } from './fanout';
import type { DocStore } from './persistence';
import type { SyncMetrics } from './metrics';
import type { Fanout } from './fanout';
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
	/** other instances (scale-out); absent on a single instance */
	fanout?: Fanout;
}

const emptyUpdate = new Uint8Array([0, 0]);

/** Origin of changes made by `writeDoc`: broadcast to every connection. */
export const serverOrigin = Symbol('sync server');
/** Origin of changes another instance stored (fan-out, resync): broadcast here, never logged again. */
export const remoteOrigin = Symbol('other instance');

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
	/** what the database holds and `doc` does not yet (null once the doc is built) */
	private stored: { snapshot: Uint8Array | null; log: Uint8Array[]; mergedLog?: Uint8Array } | null = null;
	private buildWaiters: Array<() => void> = [];
	private buildTimer: ReturnType<typeof setTimeout> | undefined;
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
		// The server is no participant: its own awareness state would show up as a ghost user.
		this.awareness.setLocalState(null);
	}

	async load() {
		const fanout = this.ctx.fanout;
		// Subscribe first, read second: whatever another instance publishes from now on arrives here, and
		// whatever it published before is in the database already (it publishes only after committing).
		if (fanout) await fanout.subscribe(this.name).catch(() => undefined);
		const { snapshot, log } = await this.ctx.store.load(this.name);
		this.stored = { snapshot, log: this.early?.length ? [...log, ...this.early] : log };
		this.early = null;
		this.logLength = log.length;
		this.bytes = this.stored.log.reduce((n, u) => n + u.length, snapshot?.length ?? 0);
		this.awareness.on('update', this.onAwarenessUpdate);
		// Who is here already, on other instances?
		fanout?.publish(this.name, 'query-awareness');
	}

	/** A message from another instance about this document. */
	receive(kind: FanoutKind, payload: Uint8Array) {
		switch (kind) {
			case 'update':
				return this.applyRemoteUpdate(payload);
			case 'awareness':
				if (!this.early) applyAwarenessUpdate(this.awareness, payload, remoteOrigin);
				return;
			case 'query-awareness': {
				const ids = [...this.peers].flatMap((p) => [...p.awarenessIds]);
				if (ids.length) this.ctx.fanout?.publish(this.name, 'awareness', encodeAwarenessUpdate(this.awareness, ids));
				return;
			}
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
		if (this.stored) {
			// Not built yet: keep the bytes with the stored ones, and pass them on as they are.
			this.stored.log.push(update);
			this.stored.mergedLog = undefined;
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
		if (!this.stored) return this.doc;
		const { snapshot, log } = this.stored;
		this.stored = null;
		clearTimeout(this.buildTimer);
		const started = performance.now();
		this.doc.transact(() => {
			for (const update of snapshot ? [snapshot, ...log] : log) {
				try {
					Y.applyUpdate(this.doc, update);
				} catch (error) {
					this.ctx.logger.error('sync stored update unreadable, skipped', { doc: this.name, ...errorFields(error) });
				}
			}
		});
		// Attached after the stored state is in: only new changes are logged and broadcast.
		this.doc.on('update', this.onUpdate);
		const ms = Math.round((performance.now() - started) * 10) / 10;
		this.ctx.metrics.docBuildsTotal++;
		this.ctx.logger.debug?.('sync document built', { doc: this.name, ms });
		const waiters = this.buildWaiters;
		this.buildWaiters = [];
		for (const fn of waiters) fn();
		return this.doc;
	}

	/** Runs `fn` with the built document: now, or soon (a newcomer's sync step 1 is served first). */
	withDoc(fn: (doc: Y.Doc) => void) {
		if (!this.stored) return fn(this.doc);
		this.buildWaiters.push(() => fn(this.doc));
		this.buildTimer ??= setTimeout(() => {
			try {
				this.ensureDoc();
			} catch (error) {
				this.ctx.logger.error('sync document failed to build', { doc: this.name, ...errorFields(error) });
			}
		}, 20);
	}

	/** The answer to a client's sync step 1 (one or two messages). */
	syncStep2(stateVector: Uint8Array): Uint8Array[] {
		if (this.stored && isEmptyStateVector(stateVector)) {
			// A client with nothing: everything stored is what it lacks, byte for byte.
			const stored = this.stored;
			const messages: Uint8Array[] = [];
			if (stored.log.length) {
				stored.mergedLog ??= stored.log.length === 1 ? stored.log[0] : Y.mergeUpdates(stored.log);
				messages.push(encodeUpdate(stored.mergedLog));
			}
			// Step 2 last: the provider reports "synced" when it arrives, and by then it has the log too.
			messages.push(encodeSyncStep2Raw(stored.snapshot ?? emptyUpdate));
			return messages;
		}
		return [encodeSyncStep2(this.ensureDoc(), stateVector)];
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

	applyAwareness(update: Uint8Array, from: Peer) {
		applyAwarenessUpdate(this.awareness, update, from);
	}

	/** Everyone's awareness state in one message, or null when nobody has any. */
	awarenessMessage(): Uint8Array | null {
		const states = this.awareness.getStates();
		if (states.size === 0) return null;
		return encodeAwareness(this.visibleAwareness([...states.keys()]));
	}

	/** These clients' presence as other clients may see it (awareness-filter.ts). */
	private visibleAwareness(clients: number[]): Uint8Array {
		const filter = awarenessFilterFor(this.name);
		if (!filter) return encodeAwarenessUpdate(this.awareness, clients);
		const states = new Map<number, unknown>();
		for (const id of clients) {
			const state = this.awareness.states.get(id);
			if (state !== undefined) states.set(id, filter(state, this.name));
		}
		return encodeAwarenessUpdate(this.awareness, clients, states as Map<number, { [x: string]: unknown }>);
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
		clearTimeout(this.buildTimer);
		this.doc.off('update', this.onUpdate);
		this.awareness.destroy();
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

	private onAwarenessUpdate = (
		{ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
		origin: unknown
	) => {
		// Also runs from the Awareness' own timer (expiring silent clients), outside any connection's try.
		try {
			const author = this.peers.has(origin as Peer) ? (origin as Peer) : undefined;
			if (author) {
				for (const id of added.concat(updated)) {
					if (author.awarenessIds.has(id)) continue;
					// Taken over (see presence.ts): the old connection leaving must not remove it.
					for (const peer of this.peers) peer.awarenessIds.delete(id);
					author.awarenessIds.add(id);
				}
				for (const id of removed) author.awarenessIds.delete(id);
			}
			// Our clients' presence (and its removal when they leave, origin null) goes to other instances;
			// what came from there, and states the awareness timed out itself, do not.
			if (this.ctx.fanout && (author || origin === null)) {
				const changed = added.concat(updated, removed);
				if (changed.length) this.ctx.fanout.publish(this.name, 'awareness', encodeAwarenessUpdate(this.awareness, changed));
			}
			if (this.peers.size === 0 || (this.peers.size === 1 && author)) return;
			const frame = binaryFrame(encodeAwareness(this.visibleAwareness(added.concat(updated, removed))));
			for (const peer of this.peers) if (peer !== author) peer.sendFrame(frame);
		} catch (error) {
			this.ctx.logger.error('sync awareness broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};
}

// A room's presence (y-protocols awareness): who is here and where their cursor is. The server holds the
// states its clients announce, passes them on to the room's other clients (through the document type's
// filter, awareness-filter.ts) and to other instances, and removes a client's states when it leaves. The
// server itself is no participant: its own state would show up as a ghost user.
import type * as Y from 'yjs';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import { awarenessFilterFor } from './awareness-filter';
import type { Fanout } from './fanout';
import { binaryFrame } from './frame';
import { errorFields, type SyncLogger } from './logger';
import { remoteOrigin, type Peer } from './origins';
import { encodeAwareness } from './protocol';

export class RoomAwareness {
	readonly awareness: Awareness;

	constructor(
		doc: Y.Doc,
		private readonly name: string,
		private readonly peers: ReadonlySet<Peer>,
		private readonly ctx: { logger: SyncLogger; fanout?: Fanout },
		/** hands a framed presence change to the room, which sends it to every peer but `author` (room.ts) */
		private readonly send: (frame: Buffer, author: Peer | undefined) => void
	) {
		this.awareness = new Awareness(doc);
		this.awareness.setLocalState(null);
	}

	/** From now on changes go out (once the room is loaded). */
	start() {
		this.awareness.on('update', this.onUpdate);
	}

	/** A connection's screened awareness update (presence.ts). */
	apply(update: Uint8Array, from: Peer) {
		applyAwarenessUpdate(this.awareness, update, from);
	}

	/** Another instance's clients' presence. */
	applyRemote(update: Uint8Array) {
		applyAwarenessUpdate(this.awareness, update, remoteOrigin);
	}

	/** Another instance asks who is here: our clients' states, if any. */
	answerQuery() {
		const ids = [...this.peers].flatMap((p) => [...p.awarenessIds]);
		if (ids.length) this.ctx.fanout?.publish(this.name, 'awareness', encodeAwarenessUpdate(this.awareness, ids));
	}

	/** Everyone's awareness state in one message, or null when nobody has any. */
	message(): Uint8Array | null {
		const states = this.awareness.getStates();
		if (states.size === 0) return null;
		return encodeAwareness(this.visible([...states.keys()]));
	}

	/** A peer left: its states go, for everyone. */
	remove(peer: Peer) {
		if (peer.awarenessIds.size) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
	}

	destroy() {
		this.awareness.destroy();
	}

	/** These clients' presence as other clients may see it (awareness-filter.ts). */
	private visible(clients: number[]): Uint8Array {
		const filter = awarenessFilterFor(this.name);
		if (!filter) return encodeAwarenessUpdate(this.awareness, clients);
		const states = new Map<number, unknown>();
		for (const id of clients) {
			const state = this.awareness.states.get(id);
			if (state !== undefined) states.set(id, filter(state, this.name));
		}
		return encodeAwarenessUpdate(this.awareness, clients, states as Map<number, { [x: string]: unknown }>);
	}

	private onUpdate = (
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
				if (changed.length)
					this.ctx.fanout.publish(this.name, 'awareness', encodeAwarenessUpdate(this.awareness, changed));
			}
			if (this.peers.size === 0 || (this.peers.size === 1 && author)) return;
			this.send(binaryFrame(encodeAwareness(this.visible(added.concat(updated, removed)))), author);
		} catch (error) {
			this.ctx.logger.error('sync awareness broadcast failed', { doc: this.name, ...errorFields(error) });
		}
	};
}

// The loaded rooms: one per document name, loaded on first use, unloaded (flushed and compacted) a little
// while after the last connection leaves. A room that is still unloading is reused, never loaded twice.
import { Room, type RoomContext } from './room';
import { errorFields } from './logger';

export class RoomRegistry {
	private readonly rooms = new Map<string, { room: Room; ready: Promise<void> }>();

	constructor(
		private readonly ctx: RoomContext,
		private readonly unloadDelayMs: number
	) {}

	/** The loaded room, pinned in memory until `release`. */
	async acquire(name: string): Promise<Room> {
		let entry = this.rooms.get(name);
		if (!entry) {
			const room = new Room(name, this.ctx);
			entry = { room, ready: this.load(room) };
			this.rooms.set(name, entry);
		}
		const { room, ready } = entry;
		room.pins++;
		clearTimeout(room.unloadTimer);
		room.unloadTimer = undefined;
		try {
			await ready;
		} catch (error) {
			room.pins--;
			throw error;
		}
		return room;
	}

	release(room: Room) {
		room.pins--;
		this.scheduleUnload(room);
	}

	/** A connection left the room. */
	left(room: Room) {
		this.scheduleUnload(room);
	}

	/** The room for `name` if it is loaded or loading (fan-out messages for other documents are ignored). */
	find(name: string): Room | undefined {
		return this.rooms.get(name)?.room;
	}

	/** Every loaded or loading room. */
	all(): Room[] {
		return [...this.rooms.values()].map((e) => e.room);
	}

	get size() {
		return this.rooms.size;
	}

	/** Shutdown: unload every room now (their connections are already closed). */
	async unloadAll() {
		await Promise.all(
			[...this.rooms.values()].map(({ room, ready }) =>
				ready.then(
					() => {
						clearTimeout(room.unloadTimer);
						return this.unload(room);
					},
					() => undefined
				)
			)
		);
	}

	/** Forgets the loaded rooms `match` names without saving them (their documents are being deleted). */
	drop(match: (name: string) => boolean) {
		for (const [name, { room }] of this.rooms) {
			if (!match(name)) continue;
			clearTimeout(room.unloadTimer);
			this.rooms.delete(name);
			room.destroy();
			this.ctx.metrics.docsLoaded--;
		}
	}

	private async load(room: Room) {
		const started = performance.now();
		try {
			await room.load();
		} catch (error) {
			this.rooms.delete(room.name);
			room.destroy();
			this.ctx.logger.error('sync document failed to load', { doc: room.name, ...errorFields(error) });
			throw error;
		}
		this.ctx.metrics.docsLoaded++;
		this.ctx.metrics.docLoadsTotal++;
		const ms = Math.round((performance.now() - started) * 10) / 10;
		this.ctx.logger.debug?.('sync document loaded', { doc: room.name, ms });
	}

	private scheduleUnload(room: Room) {
		if (room.pins > 0 || room.peers.size > 0 || room.unloadTimer || room.unloading) return;
		room.unloadTimer = setTimeout(() => {
			room.unloadTimer = undefined;
			void this.unload(room);
		}, this.unloadDelayMs);
		room.unloadTimer.unref?.();
	}

	private unload(room: Room): Promise<void> {
		room.unloading ??= (async () => {
			try {
				await this.ctx.store.committed();
				// A dropped room (its document deleted meanwhile) is not written back.
				if (room.behind && this.rooms.get(room.name)?.room === room) await room.compact();
			} catch (error) {
				this.ctx.logger.error('sync document not compacted at unload', { doc: room.name, ...errorFields(error) });
			}
			room.unloading = undefined;
			// Someone came back while we flushed: stay loaded.
			if (room.pins > 0 || room.peers.size > 0) return;
			if (this.rooms.get(room.name)?.room !== room) return;
			this.rooms.delete(room.name);
			room.destroy();
			this.ctx.metrics.docsLoaded--;
		})();
		return room.unloading;
	}
}

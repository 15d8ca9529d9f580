// Puts the sync server together (see index.ts for the map) and holds what its parts share: the open
// connections, the loaded rooms, the store, the link to other instances and whether it is shutting down.
import type { SyncServer, SyncServerDeps } from './api';
import type { Connection } from './connection';
import { Handshake } from './handshake';
import { resolveLimits } from './limits';
import { errorFields, LogThrottle, silentLogger } from './logger';
import { SyncMetrics } from './metrics';
import { DocStore } from './persistence';
import { CloseCode } from './protocol';
import { Revalidation } from './revalidation';
import { RoomRegistry } from './rooms';

export function createSyncServer(deps: SyncServerDeps): SyncServer {
	const limits = resolveLimits(deps.limits);
	const logger = deps.logger ?? silentLogger;
	const metrics = new SyncMetrics();
	const store = new DocStore(deps.db, metrics, logger);
	const fanout = deps.fanout;
	const rooms = new RoomRegistry(
		{ store, metrics, logger, compactEvery: deps.compactEvery ?? 500, coalesceMs: deps.coalesceMs ?? 0, fanout },
		deps.unloadDelayMs ?? 2000
	);
	const connections = new Set<Connection>();
	let closing = false;
	const isClosing = () => closing;
	const throttled = new LogThrottle(logger, limits.logIntervalMs);
	const handshake = new Handshake({
		deps,
		limits,
		metrics,
		logger,
		throttled,
		rooms,
		store,
		connections,
		closing: isClosing
	});
	const revalidation = new Revalidation(
		{ deps, connections, metrics, logger, closing: isClosing },
		deps.revalidateIntervalMs ?? 1000
	);

	/** Closes this instance's connections to `prefix` and below, drops their rooms unsaved, deletes the storage. */
	async function dropHere(prefix: string) {
		const match = (name: string) => name === prefix || name.startsWith(prefix + '/');
		for (const connection of [...connections]) {
			if (match(connection.docName)) connection.close(CloseCode.forbidden, 'document deleted');
		}
		rooms.drop(match);
		await store.deleteDocs(prefix);
	}

	if (fanout) {
		metrics.fanoutUp = () => fanout.connected;
		fanout.start({
			message: (doc, kind, payload) => rooms.find(doc)?.receive(kind, payload),
			reconnected() {
				logger.info('sync fan-out reconnected, resyncing documents', { docs: rooms.size });
				for (const room of rooms.all()) {
					fanout.publish(room.name, 'resync');
					void room.resync();
				}
			},
			dropped(prefix) {
				dropHere(prefix).catch((error) =>
					logger.error('sync drop from another instance failed', { prefix, ...errorFields(error) })
				);
			}
		});
	}

	// A connection that stays silent for a ping interval is dropped (connection.ts).
	const heartbeat = setInterval(() => {
		for (const connection of connections) connection.heartbeat();
	}, limits.pingIntervalMs);
	heartbeat.unref();

	return {
		handleUpgrade: (req, socket, head) => handshake.handle(req, socket, head),

		async writeDoc(docName, change) {
			if (closing) throw new Error('the sync server is closed');
			const room = await rooms.acquire(docName);
			try {
				room.writeFromServer(change);
				await store.committed();
			} finally {
				rooms.release(room);
			}
		},

		revalidate: (predicate) => revalidation.revalidate(predicate),

		async dropDocs(prefix) {
			await dropHere(prefix);
			// Other instances may hold the documents too: they drop theirs, and delete after their own queued writes.
			fanout?.publishDrop(prefix);
		},

		metrics: () => metrics.render(),

		async compactStale(before) {
			let compacted = 0;
			for (const doc of await store.staleDocs(before.toISOString())) if (await store.compact(doc)) compacted++;
			return compacted;
		},

		async close() {
			if (closing) return;
			closing = true;
			clearInterval(heartbeat);
			revalidation.stop();
			store.stop();
			for (const connection of [...connections]) connection.close(CloseCode.goingAway, 'server shutting down');
			await rooms.unloadAll();
			await store.idle();
			await fanout?.close();
			await handshake.close();
			logger.info('sync server closed');
		}
	};
}

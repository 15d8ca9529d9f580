// The live sync server: y-websocket's protocol on `/sync/<docName>`, attachable to any http.Server's
// `upgrade` event. No SvelteKit here — the app hands in the database, who may open what, and a logger.
//
//   upgrade ── same origin? ── authorize (no doc is touched before this says yes) ── admission (per person,
//              guests as a group, per address) ── load room ── WebSocket handshake
//   message ── decode + validate (protocol.ts) ── permission / limits (connection.ts) ── room.ts
//   room change ── log append, batched per event-loop turn (persistence.ts) ── commit ── broadcast
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import { WebSocketServer } from 'ws';
import type { Database } from '../db/schema';
import { clampPermission, type Permission, type Principal } from './access';
import { Admission, isRefusal, type Ticket } from './admission';
import { Connection, type OpenConnection } from './connection';
import { ConnectionCounter, resolveLimits, type SyncLimits } from './limits';
import { errorFields, LogThrottle, silentLogger, type SyncLogger } from './logger';
import type { PresenceIdentity } from './presence';
import { SyncMetrics } from './metrics';
import { DocStore } from './persistence';
import { CloseCode } from './protocol';
import type { Fanout } from './fanout';
import { RoomRegistry } from './rooms';
import { crossSite, parseDocName, refuseUpgrade, remoteAddress } from './upgrade';

export { registerDocType, registerUpdateGuard, resolveDocPermission, clampPermission } from './access';
export { registerAwarenessFilter, type AwarenessFilter } from './awareness-filter';
export type { Permission, Principal, DocResolver, UpdateGuard } from './access';
export type { SyncLimits } from './limits';
export type { SyncLogger } from './logger';
export type { OpenConnection } from './connection';
export type { PresenceIdentity } from './presence';
export type { Fanout, FanoutKind, FanoutHandlers } from './fanout';

export interface Authorization {
	permission: Permission;
	principal?: Principal;
	/** HTTP status for a refusal: 401 when nobody is signed in (the default without a principal), else 403 */
	status?: 401 | 403 | 404;
	/**
	 * Who this is in the document's presence (awareness): the server writes it into every state the client
	 * announces, so nobody can appear under another name or role. Without it, states pass as sent.
	 */
	presence?: PresenceIdentity;
}

export interface SyncServerDeps {
	db: Kysely<Database>;
	/**
	 * Who is asking and what they may do with `docName`; runs before the handshake ('upgrade') and again for
	 * open connections ('revalidate', where an app may reuse what it looked up a moment ago).
	 */
	authorize(req: IncomingMessage, docName: string, purpose: 'upgrade' | 'revalidate'): Promise<Authorization>;
	limits?: Partial<SyncLimits>;
	logger?: SyncLogger;
	/** log length after which a document's updates are merged into its snapshot (default 500) */
	compactEvery?: number;
	/** how long a document stays loaded after its last connection left (default 2 s) */
	unloadDelayMs?: number;
	/** how often open connections are re-authorised (default 1 s; 0 = only when `revalidate` is called) */
	revalidateIntervalMs?: number;
	/** Connections with the same key share one `authorize` call per revalidation (e.g. session + doc). */
	authKey?(req: IncomingMessage, docName: string): string | undefined;
	/** the client's address for per-IP limits (default: the socket's peer address) */
	clientIp?(req: IncomingMessage): string;
	/**
	 * The app's public origin (adapter-node's ORIGIN): a browser's upgrade must come from it. Unset, the
	 * Origin's host must be the request's host (`host`, default the Host header), as SvelteKit derives it.
	 */
	origin?: string;
	host?(req: IncomingMessage): string | undefined;
	/** other instances of the app sharing the database (scale-out, see fanout.ts) */
	fanout?: Fanout;
}

export interface SyncServer {
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	/** Changes a document from the server (e.g. `live/...` projections): persisted, then broadcast. */
	writeDoc(docName: string, change: (doc: Y.Doc) => void): Promise<void>;
	/** Re-authorises open connections (all, or those matching): downgrades or closes them at once. */
	revalidate(predicate?: (connection: OpenConnection) => boolean): Promise<void>;
	/**
	 * Deletes a document and those under it (`prefix/...`) for good: closes their connections, unloads them
	 * without saving and removes their stored updates and snapshots.
	 */
	dropDocs(prefix: string): Promise<void>;
	/** Prometheus text exposition. */
	metrics(): string;
	/**
	 * Compacts documents whose log holds updates older than `before` (left behind by an instance that
	 * died, say), whoever holds them: compaction is safe next to other writers. Returns how many.
	 */
	compactStale(before: Date): Promise<number>;
	/** Graceful shutdown: closes every connection, flushes and compacts every document. */
	close(): Promise<void>;
}

/** Concurrent authorize calls during a revalidation sweep. */
const revalidateConcurrency = 16;

export function createSyncServer(deps: SyncServerDeps): SyncServer {
	const limits = resolveLimits(deps.limits);
	const logger = deps.logger ?? silentLogger;
	const metrics = new SyncMetrics();
	const store = new DocStore(deps.db, metrics, logger);
	const fanout = deps.fanout;
	const rooms = new RoomRegistry(
		{ store, metrics, logger, compactEvery: deps.compactEvery ?? 500, fanout },
		deps.unloadDelayMs ?? 2000
	);
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
				dropHere(prefix).catch((error) => logger.error('sync drop from another instance failed', { prefix, ...errorFields(error) }));
			}
		});
	}
	const connections = new Set<Connection>();
	// Before `authorize` nobody is known yet: only how many upgrades one address has in flight is capped.
	const pending = new ConnectionCounter(limits.maxPendingUpgradesPerIp);
	const admission = new Admission(limits);
	const tickets = new WeakMap<Connection, Ticket>();
	const clientIp = deps.clientIp ?? remoteAddress;
	const requestHost = deps.host ?? ((req: IncomingMessage) => req.headers.host);
	const throttled = new LogThrottle(logger, limits.logIntervalMs);
	const wss = new WebSocketServer({
		noServer: true,
		maxPayload: limits.maxMessageBytes,
		// Off: compression would make frames per connection (frame.ts writes one frame to all) and cost CPU.
		perMessageDeflate: false,
		clientTracking: false
	});
	let closing = false;

	const connectionContext = {
		limits,
		metrics,
		logger,
		throttled,
		afterCommit: (fn: () => void) => store.afterCommit(fn),
		onClose(connection: Connection) {
			connections.delete(connection);
			metrics.connections--;
			const ticket = tickets.get(connection);
			if (ticket) admission.release(ticket);
			rooms.left(connection.room);
		}
	};

	function refuse(socket: Duplex, status: number, docName?: string, ip?: string, reason?: string) {
		metrics.refuse(status);
		// A flood of refusals is one line per address, status and reason per interval.
		throttled.info(`${status}\n${ip}\n${reason}`, 'sync upgrade refused', { status, doc: docName, ip, reason });
		refuseUpgrade(socket, status);
	}

	async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
		const docName = parseDocName(req.url);
		if (!docName) return refuse(socket, 404);
		if (closing) return refuse(socket, 503, docName);
		const ip = clientIp(req);
		// A page on another site (another port of this host is one) would ride on the visitor's cookies.
		if (crossSite(req, deps.origin, requestHost(req))) return refuse(socket, 403, docName, ip, 'cross-site');
		if (!pending.tryAdd(ip)) return refuse(socket, 429, docName, ip, 'pending');
		let auth: Authorization;
		try {
			auth = await deps.authorize(req, docName, 'upgrade');
		} catch (error) {
			logger.error('sync authorize failed', { doc: docName, ...errorFields(error) });
			return refuse(socket, 500, docName, ip);
		} finally {
			pending.remove(ip);
		}
		const permission = clampPermission(docName, auth.permission);
		if (permission === 'none') return refuse(socket, auth.status ?? (auth.principal ? 403 : 401), docName, ip);
		if (closing) return refuse(socket, 503, docName, ip);
		if (socket.destroyed) return;
		const ticket = admission.admit(docName, ip, auth.principal);
		if (isRefusal(ticket)) return refuse(socket, ticket.status, docName, ip, ticket.reason);
		let admitted = false;
		try {
			admitted = await accept(req, socket, head, docName, ip, permission, auth, ticket);
		} finally {
			if (!admitted) admission.release(ticket);
		}
	}

	/** Loads the room, then completes the handshake; true when a connection was opened. */
	async function accept(
		req: IncomingMessage,
		socket: Duplex,
		head: Buffer,
		docName: string,
		ip: string,
		permission: 'read' | 'write',
		auth: Authorization,
		ticket: Ticket
	): Promise<boolean> {
		let room;
		try {
			room = await rooms.acquire(docName);
		} catch {
			refuse(socket, 503, docName, ip);
			return false;
		}
		try {
			if (closing || socket.destroyed) return false;
			let opened = false;
			// Without verifyClient, ws completes the handshake synchronously (or refuses it with a 400).
			wss.handleUpgrade(req, socket, head, (ws) => {
				opened = true;
				const connection = new Connection(ws, socket, room, req, ip, permission, auth.principal, connectionContext);
				connection.presence = auth.presence;
				tickets.set(connection, ticket);
				connections.add(connection);
				metrics.connections++;
				metrics.connectionsTotal++;
				room.add(connection);
				connection.start();
			});
			if (opened) socket.removeListener('error', onEarlySocketError);
			return opened;
		} finally {
			rooms.release(room);
		}
	}

	function onEarlySocketError(error: Error) {
		logger.debug?.('sync socket error before handshake', errorFields(error));
	}

	/** Closes this instance's connections to `prefix` and below, drops their rooms unsaved, deletes the storage. */
	async function dropHere(prefix: string) {
		const match = (name: string) => name === prefix || name.startsWith(prefix + '/');
		for (const connection of [...connections]) {
			if (match(connection.docName)) connection.close(CloseCode.forbidden, 'document deleted');
		}
		rooms.drop(match);
		await store.deleteDocs(prefix);
	}

	async function revalidate(predicate?: (connection: OpenConnection) => boolean) {
		const targets = [...connections].filter((c) => !predicate || predicate(c));
		const shared = new Map<string, Promise<Authorization>>();
		const check = async (connection: Connection) => {
			const key = deps.authKey?.(connection.req, connection.docName);
			let pending = key === undefined ? undefined : shared.get(key);
			if (!pending) {
				pending = deps.authorize(connection.req, connection.docName, 'revalidate');
				if (key !== undefined) shared.set(key, pending);
			}
			let auth: Authorization;
			try {
				auth = await pending;
			} catch (error) {
				// A failing check (database hiccup) leaves the connection as it was.
				logger.warn('sync revalidation failed', { doc: connection.docName, ...errorFields(error) });
				return;
			}
			if (connection.isClosed) return;
			connection.principal = auth.principal;
			if (auth.presence) connection.presence = auth.presence;
			const permission = clampPermission(connection.docName, auth.permission);
			if (permission === 'none') {
				metrics.closed('permission-revoked');
				logger.info('sync permission revoked', { doc: connection.docName, ip: connection.ip });
				connection.close(auth.status === 401 ? CloseCode.unauthorized : CloseCode.forbidden, 'permission revoked');
			} else connection.setPermission(permission);
		};
		let next = 0;
		const worker = async () => {
			while (next < targets.length) await check(targets[next++]);
		};
		await Promise.all(Array.from({ length: Math.min(revalidateConcurrency, targets.length) }, worker));
	}

	const heartbeat = setInterval(() => {
		for (const connection of connections) connection.heartbeat();
	}, limits.pingIntervalMs);
	heartbeat.unref();

	let sweeping = false;
	const interval = deps.revalidateIntervalMs ?? 1000;
	const sweep =
		interval > 0
			? setInterval(() => {
					if (sweeping || closing || connections.size === 0) return;
					sweeping = true;
					revalidate()
						.catch((error) => logger.error('sync revalidation sweep failed', errorFields(error)))
						.finally(() => (sweeping = false));
				}, interval)
			: undefined;
	sweep?.unref();

	return {
		handleUpgrade(req, socket, head) {
			socket.on('error', onEarlySocketError);
			upgrade(req, socket, head).catch((error) => {
				logger.error('sync upgrade failed', errorFields(error));
				socket.destroy();
			});
		},

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

		revalidate,

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
			if (sweep) clearInterval(sweep);
			store.stop();
			for (const connection of [...connections]) connection.close(CloseCode.goingAway, 'server shutting down');
			await rooms.unloadAll();
			await store.idle();
			await fanout?.close();
			await new Promise<void>((resolve) => wss.close(() => resolve()));
			logger.info('sync server closed');
		}
	};
}

// The way in: an HTTP upgrade on `/sync/<docName>` becomes an open connection on a loaded room, or is
// refused with an HTTP status before any WebSocket exists.
//
//   same origin? ── authorize (no doc is touched before this says yes) ── admission (per person, guests as
//   a group, per address) ── load the room ── WebSocket handshake ── Connection
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';
import { clampPermission } from './access';
import { Admission, isRefusal, type Ticket } from './admission';
import type { Authorization, SyncServerDeps } from './api';
import { Connection, type ConnectionContext } from './connection';
import { ConnectionCounter, type SyncLimits } from './limits';
import { errorFields, type LogThrottle, type SyncLogger } from './logger';
import type { SyncMetrics } from './metrics';
import type { DocStore } from './persistence';
import type { RoomRegistry } from './rooms';
import { crossSite, parseDocName, refuseUpgrade, remoteAddress } from './upgrade';

export interface HandshakeContext {
	deps: Pick<SyncServerDeps, 'authorize' | 'clientIp' | 'host' | 'origin'>;
	limits: SyncLimits;
	metrics: SyncMetrics;
	logger: SyncLogger;
	throttled: LogThrottle;
	rooms: RoomRegistry;
	store: DocStore;
	/** the server's open connections: a connection joins when opened and leaves when closed */
	connections: Set<Connection>;
	/** true once the server is shutting down: no new connections */
	closing(): boolean;
}

export class Handshake {
	// Before `authorize` nobody is known yet: only how many upgrades one address has in flight is capped.
	private readonly pending: ConnectionCounter;
	private readonly admission: Admission;
	private readonly tickets = new WeakMap<Connection, Ticket>();
	private readonly clientIp: (req: IncomingMessage) => string;
	private readonly requestHost: (req: IncomingMessage) => string | undefined;
	private readonly wss: WebSocketServer;
	private readonly connectionContext: ConnectionContext;

	constructor(private readonly ctx: HandshakeContext) {
		const { limits, metrics, logger, throttled, store, rooms, connections } = ctx;
		this.pending = new ConnectionCounter(limits.maxPendingUpgradesPerIp);
		this.admission = new Admission(limits);
		this.clientIp = ctx.deps.clientIp ?? remoteAddress;
		this.requestHost = ctx.deps.host ?? ((req: IncomingMessage) => req.headers.host);
		this.wss = new WebSocketServer({
			noServer: true,
			maxPayload: limits.maxMessageBytes,
			// Off: compression would make frames per connection (frame.ts writes one frame to all) and cost CPU.
			perMessageDeflate: false,
			clientTracking: false
		});
		this.connectionContext = {
			limits,
			metrics,
			logger,
			throttled,
			afterCommit: (fn: () => void) => store.afterCommit(fn),
			onClose: (connection: Connection) => {
				connections.delete(connection);
				metrics.connections--;
				const ticket = this.tickets.get(connection);
				if (ticket) this.admission.release(ticket);
				rooms.left(connection.room);
			}
		};
	}

	/** Takes over an HTTP upgrade request (the `upgrade` event of an http.Server). */
	handle(req: IncomingMessage, socket: Duplex, head: Buffer) {
		socket.on('error', this.onEarlySocketError);
		this.upgrade(req, socket, head).catch((error) => {
			this.ctx.logger.error('sync upgrade failed', errorFields(error));
			socket.destroy();
		});
	}

	/** Stops the WebSocket server (its connections are closed already). */
	close(): Promise<void> {
		return new Promise<void>((resolve) => this.wss.close(() => resolve()));
	}

	private refuse(socket: Duplex, status: number, docName?: string, ip?: string, reason?: string) {
		this.ctx.metrics.refuse(status);
		// A flood of refusals is one line per address, status and reason per interval.
		this.ctx.throttled.info(`${status}\n${ip}\n${reason}`, 'sync upgrade refused', {
			status,
			doc: docName,
			ip,
			reason
		});
		refuseUpgrade(socket, status);
	}

	private async upgrade(req: IncomingMessage, socket: Duplex, head: Buffer) {
		const { deps, logger, closing } = this.ctx;
		const docName = parseDocName(req.url);
		if (!docName) return this.refuse(socket, 404);
		if (closing()) return this.refuse(socket, 503, docName);
		const ip = this.clientIp(req);
		// A page on another site (another port of this host is one) would ride on the visitor's cookies.
		if (crossSite(req, deps.origin, this.requestHost(req))) return this.refuse(socket, 403, docName, ip, 'cross-site');
		if (!this.pending.tryAdd(ip)) return this.refuse(socket, 429, docName, ip, 'pending');
		let auth: Authorization;
		try {
			auth = await deps.authorize(req, docName, 'upgrade');
		} catch (error) {
			logger.error('sync authorize failed', { doc: docName, ...errorFields(error) });
			return this.refuse(socket, 500, docName, ip);
		} finally {
			this.pending.remove(ip);
		}
		const permission = clampPermission(docName, auth.permission);
		if (permission === 'none') {
			return this.refuse(socket, auth.status ?? (auth.principal ? 403 : 401), docName, ip);
		}
		if (closing()) return this.refuse(socket, 503, docName, ip);
		if (socket.destroyed) return;
		const ticket = this.admission.admit(docName, ip, auth.principal);
		if (isRefusal(ticket)) return this.refuse(socket, ticket.status, docName, ip, ticket.reason);
		let admitted = false;
		try {
			admitted = await this.accept(req, socket, head, { docName, ip, permission, auth, ticket });
		} finally {
			if (!admitted) this.admission.release(ticket);
		}
	}

	/** Loads the room, then completes the handshake; true when a connection was opened. */
	private async accept(
		req: IncomingMessage,
		socket: Duplex,
		head: Buffer,
		admitted: { docName: string; ip: string; permission: 'read' | 'write'; auth: Authorization; ticket: Ticket }
	): Promise<boolean> {
		const { rooms, metrics, connections, closing } = this.ctx;
		const { docName, ip, permission, auth, ticket } = admitted;
		let room;
		try {
			room = await rooms.acquire(docName);
		} catch {
			this.refuse(socket, 503, docName, ip);
			return false;
		}
		try {
			if (closing() || socket.destroyed) return false;
			let opened = false;
			// Without verifyClient, ws completes the handshake synchronously (or refuses it with a 400).
			this.wss.handleUpgrade(req, socket, head, (ws) => {
				opened = true;
				const connection = new Connection(
					ws,
					socket,
					room,
					req,
					ip,
					permission,
					auth.principal,
					this.connectionContext
				);
				connection.presence = auth.presence;
				this.tickets.set(connection, ticket);
				connections.add(connection);
				metrics.connections++;
				metrics.connectionsTotal++;
				room.add(connection);
				connection.start();
			});
			if (opened) socket.removeListener('error', this.onEarlySocketError);
			return opened;
		} finally {
			rooms.release(room);
		}
	}

	private onEarlySocketError = (error: Error) => {
		this.ctx.logger.debug?.('sync socket error before handshake', errorFields(error));
	};
}

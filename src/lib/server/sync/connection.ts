// One client's WebSocket on one room: it enforces the client's permission and limits, answers the sync
// handshake and hands accepted changes to the room. A bad message closes this connection, nothing else.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { WebSocket } from 'ws';
import { mayApplyUpdate, type Principal } from './access';
import type { SyncLimits } from './limits';
import { RateLimiter } from './limits';
import type { SyncMetrics } from './metrics';
import type { Peer } from './origins';
import type { Room } from './room';
import { errorFields, type LogThrottle, type SyncLogger } from './logger';
import { screenAwareness, type PresenceIdentity } from './presence';
import { personKey } from './admission';
import { binaryFrame } from './frame';
import {
	CloseCode,
	ProtocolError,
	decodeMessage,
	encodePermissionDenied,
	encodeSyncStep1,
	isEmptyUpdate,
	type ClientMessage
} from './protocol';

export interface ConnectionContext {
	limits: SyncLimits;
	metrics: SyncMetrics;
	logger: SyncLogger;
	/** for warnings a client can cause at will: one line per address and reason per interval */
	throttled: LogThrottle;
	/** runs `fn` once every update applied so far is durable */
	afterCommit(fn: () => void): void;
	/** called exactly once, when the connection leaves its room */
	onClose(connection: Connection): void;
}

/** What `revalidate` predicates and logs see of a connection. */
export interface OpenConnection {
	readonly docName: string;
	readonly principal: Principal | undefined;
	readonly permission: 'read' | 'write';
	readonly ip: string;
}

const wsOpen = 1;

export class Connection implements Peer, OpenConnection {
	readonly awarenessIds = new Set<number>();
	/** false once a ping went unanswered; see `heartbeat` */
	private alive = true;
	private closed = false;
	private toldReadOnly = false;
	private readonly rate: RateLimiter;
	private readonly byteRate: RateLimiter;
	/** who this is in presence, as the app says (see presence.ts); undefined: states pass as sent */
	presence: PresenceIdentity | undefined;

	constructor(
		private readonly ws: WebSocket,
		/** the socket under `ws`: broadcasts write pre-framed bytes to it directly (see frame.ts) */
		private readonly socket: Duplex,
		readonly room: Room,
		readonly req: IncomingMessage,
		readonly ip: string,
		public permission: 'read' | 'write',
		public principal: Principal | undefined,
		private readonly ctx: ConnectionContext
	) {
		this.rate = new RateLimiter(ctx.limits.messagesPerSecond, ctx.limits.messageBurst);
		this.byteRate = new RateLimiter(
			ctx.limits.bytesPerSecond,
			Math.max(ctx.limits.byteBurst, ctx.limits.maxMessageBytes)
		);
	}

	get docName() {
		return this.room.name;
	}

	/** who holds this connection, for presence: the same key the per-person limits count by */
	get person() {
		return personKey(this.principal, this.ip);
	}

	get isClosed() {
		return this.closed;
	}

	start() {
		this.ws.on('message', (data, isBinary) => this.receive(data as Buffer, isBinary));
		this.ws.on('pong', () => (this.alive = true));
		this.ws.on('error', (error) => this.onSocketError(error));
		this.ws.on('close', () => this.detach());
		// Our state vector invites the client to send what we miss (its offline edits). Read-only clients
		// are not invited: whatever they sent would be dropped anyway.
		if (this.permission === 'write') this.sendStateVector();
		const awareness = this.room.presence.message();
		if (awareness) this.send(awareness);
	}

	send(message: Uint8Array) {
		this.sendFrame(binaryFrame(message));
	}

	sendFrame(frame: Buffer) {
		if (this.closed || this.ws.readyState !== wsOpen) return;
		if (this.socket.writableLength > this.ctx.limits.maxBufferedBytes) {
			this.reject(new ProtocolError('slow-consumer', CloseCode.tryAgainLater), true);
			return;
		}
		this.socket.write(frame);
		this.ctx.metrics.bytesOut += frame.length;
	}

	/** Applies a new permission to the open connection (from `revalidate`). */
	setPermission(permission: 'read' | 'write') {
		if (permission === this.permission) return;
		this.permission = permission;
		if (permission === 'write') {
			// Ask again for the client's state: edits dropped while it was read-only arrive now.
			this.toldReadOnly = false;
			this.sendStateVector();
		} else {
			this.toldReadOnly = true;
			this.send(encodePermissionDenied('read-only'));
		}
	}

	private sendStateVector() {
		this.room.withDoc((doc) => this.send(encodeSyncStep1(doc)));
	}

	/** Closes with a code and reason the client sees (4401/4403 stop the stock provider from retrying). */
	close(code: number, reason: string) {
		if (this.closed) return;
		this.detach();
		try {
			this.ws.close(code, reason);
		} catch {
			this.ws.terminate();
		}
	}

	/** Called every ping interval: a connection that stayed silent since the last ping is dropped. */
	heartbeat() {
		if (this.closed) return;
		if (!this.alive) {
			this.ctx.metrics.closed('idle-timeout');
			this.ctx.logger.info('sync connection timed out', { doc: this.docName, ip: this.ip });
			this.detach();
			this.ws.terminate();
			return;
		}
		this.alive = false;
		try {
			this.ws.ping();
		} catch {
			/* the 'close' event follows */
		}
	}

	private receive(data: Buffer, isBinary: boolean) {
		if (this.closed) return;
		this.alive = true;
		try {
			if (!isBinary) throw new ProtocolError('text-frame', CloseCode.unsupportedData);
			if (!this.rate.take()) throw new ProtocolError('rate-limited', CloseCode.policyViolation);
			if (!this.byteRate.take(data.length)) throw new ProtocolError('byte-rate-limited', CloseCode.policyViolation);
			this.ctx.metrics.bytesIn += data.length;
			// A private copy: frames may be views into a shared pool (see decodeMessage).
			this.handle(decodeMessage(new Uint8Array(data)));
		} catch (error) {
			this.reject(error);
		}
	}

	private handle(message: ClientMessage) {
		switch (message.kind) {
			case 'sync-step1': {
				const replies = this.room.syncStep2(message.stateVector);
				// The reply may include updates applied but not yet committed: it waits for the commit.
				this.ctx.afterCommit(() => {
					for (const reply of replies) this.send(reply);
				});
				return;
			}
			case 'sync-step2':
			case 'update':
				if (this.permission !== 'write') return this.dropReadOnly(message.update);
				if (isEmptyUpdate(message.update)) return;
				if (!mayApplyUpdate(this.principal, this.docName, this.room.ensureDoc(), message.update)) {
					// Dropped, not closed: a reconnecting client would send it again at once.
					this.ctx.metrics.reject('forbidden-update');
					this.ctx.throttled.warn(`${this.ip}\nforbidden-update`, 'sync update refused', {
						doc: this.docName,
						ip: this.ip
					});
					return;
				}
				// Refused whole, before anything is applied: what the document holds stays as it is.
				if (message.inserts && !this.room.fits(message.update, this.ctx.limits.maxDocBytes)) {
					throw new ProtocolError('document-full', CloseCode.documentFull);
				}
				this.ctx.metrics.updatesIn++;
				try {
					this.room.applyClientUpdate(message.update, this);
				} catch (error) {
					throw new ProtocolError('invalid-update', CloseCode.invalidPayload, (error as Error)?.message);
				}
				return;
			case 'awareness': {
				let owners: Map<number, Peer> | undefined;
				const screened = screenAwareness(message.update, {
					awareness: this.room.presence.awareness,
					own: this.awarenessIds,
					mayTakeOver: (clientId) => {
						if (!owners) {
							owners = new Map();
							for (const peer of this.room.peers) for (const id of peer.awarenessIds) owners.set(id, peer);
						}
						const owner = owners.get(clientId);
						return owner instanceof Connection && owner.person === this.person;
					},
					maxIds: this.ctx.limits.maxPresenceIds,
					maxBytes: this.ctx.limits.maxPresenceBytes,
					identity: this.presence
				});
				if (screened) this.room.presence.apply(screened, this);
				return;
			}
			case 'query-awareness': {
				const awareness = this.room.presence.message();
				if (awareness) this.send(awareness);
				return;
			}
			case 'auth':
				// Server-to-client only; ignored, as the reference server does.
				return;
		}
	}

	private dropReadOnly(update: Uint8Array) {
		if (isEmptyUpdate(update)) return;
		this.ctx.metrics.readOnlyUpdatesDropped++;
		if (!this.toldReadOnly) {
			this.toldReadOnly = true;
			this.send(encodePermissionDenied('read-only'));
		}
	}

	private reject(error: unknown, terminate = false) {
		const e =
			error instanceof ProtocolError
				? error
				: new ProtocolError('internal', CloseCode.internalError, (error as Error)?.message);
		this.ctx.metrics.reject(e.reason);
		const fields = { doc: this.docName, ip: this.ip, reason: e.reason, detail: e.message };
		if (e.reason === 'internal') this.ctx.logger.error('sync connection failed', { ...fields, ...errorFields(error) });
		else this.ctx.throttled.warn(`${this.ip}\n${e.reason}`, 'sync message rejected', fields);
		if (terminate) {
			this.detach();
			this.ws.terminate();
		} else this.close(e.code, e.reason);
	}

	private onSocketError(error: Error & { code?: string }) {
		// ws has already answered protocol violations with a close frame (1009 for oversized messages).
		if (error.code === 'WS_ERR_UNSUPPORTED_MESSAGE_LENGTH') this.ctx.metrics.reject('too-large');
		else if (error.code?.startsWith('WS_ERR_')) this.ctx.metrics.reject('invalid-frame');
		else {
			this.ctx.logger.debug?.('sync socket error', { doc: this.docName, ...errorFields(error) });
			return;
		}
		this.ctx.throttled.warn(`${this.ip}\n${error.code}`, 'sync frame rejected', {
			doc: this.docName,
			ip: this.ip,
			code: error.code
		});
	}

	private detach() {
		if (this.closed) return;
		this.closed = true;
		this.room.remove(this);
		this.ctx.onClose(this);
	}
}

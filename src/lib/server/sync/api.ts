// The sync server's contract with the app: what the app hands in (`SyncServerDeps`, the extension points:
// who may open what, the database, limits, a logger, other instances) and what it gets back (`SyncServer`).
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import type { Kysely } from 'kysely';
import type * as Y from 'yjs';
import type { Database } from '../db/schema';
import type { Permission, Principal } from './access';
import type { OpenConnection } from './connection';
import type { Fanout } from './fanout';
import type { SyncLimits } from './limits';
import type { SyncLogger } from './logger';
import type { PresenceIdentity } from './presence';

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
	/**
	 * A document that broadcast less than this long ago (ms) holds further updates until then and sends
	 * them together, one write per connection (default 0: each commit's updates at once). Quiet
	 * documents are not held: the first update after a pause goes out as soon as it is committed.
	 */
	coalesceMs?: number;
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

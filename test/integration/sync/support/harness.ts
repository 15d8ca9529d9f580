// Real servers and real y-websocket clients for the sync tests: an http.Server on an ephemeral port with
// the sync server's handleUpgrade attached, and stock WebsocketProviders (Node's `ws` as WebSocket).
import http from 'node:http';
import { closableServer } from '../../support/http-server';
import type { AddressInfo } from 'node:net';
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import { vi } from 'vitest';
import {
	createSyncServer,
	type Authorization,
	type Permission,
	type Principal,
	type SyncServer,
	type SyncServerDeps
} from '../../../../src/lib/server/sync/index';
import type { DB } from '../../../../src/lib/server/db/index';
import { DocTables } from '../../../../src/lib/server/sync/doc-tables';

export interface TestServer {
	/** base URL for providers: `${url}/<docName>` is a document */
	url: string;
	sync: SyncServer;
	http: http.Server;
	/** graceful: sync.close(), then the HTTP server */
	stop(): Promise<void>;
	/** a crash without flushing: sockets cut, nothing closed or compacted */
	crash(): Promise<void>;
}

export async function startServer(deps: Partial<SyncServerDeps> & { db: DB }): Promise<TestServer> {
	const sync = createSyncServer({ authorize: allowEveryone, unloadDelayMs: 0, revalidateIntervalMs: 0, ...deps });
	const server = http.createServer((_req, res) => res.writeHead(404).end());
	server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	const closable = closableServer(server);
	return {
		url: `ws://127.0.0.1:${port}/sync`,
		sync,
		http: server,
		async stop() {
			await sync.close();
			await closable.close();
		},
		async crash() {
			await closable.close();
		}
	};
}

export function principal(name: string): Principal {
	return {
		kind: 'user',
		actor: { userId: name, name, email: `${name}@example.test`, orgId: 'org', role: 'member', teams: {} }
	};
}

/** Everyone may write; each connection is another person, so the per-person limits stay out of the way. */
let anyone = 0;
export const allowEveryone = async (): Promise<Authorization> => ({
	permission: 'write',
	principal: principal(`anyone-${++anyone}`)
});

/**
 * Authorisation from a table the test edits: clients say who they are with `?user=<name>`;
 * `grants.set('<name> <docName>', permission)`. No user → 401; no grant → 403.
 */
export function grantTable() {
	const grants = new Map<string, Permission>();
	const authorize = async (req: http.IncomingMessage, docName: string): Promise<Authorization> => {
		const user = new URL(req.url ?? '/', 'http://x').searchParams.get('user');
		if (!user) return { permission: 'none', status: 401 };
		const permission = grants.get(`${user} ${docName}`) ?? 'none';
		return { permission, principal: principal(user), status: permission === 'none' ? 403 : undefined };
	};
	return { grants, authorize };
}

// Every provider adds a process 'exit' listener; tests open dozens.
process.setMaxListeners(200);

export interface Client {
	doc: Y.Doc;
	provider: WebsocketProvider;
	map: Y.Map<unknown>;
	synced: Promise<void>;
	destroy(): void;
}

export function connect(
	url: string,
	docName: string,
	options: { user?: string; params?: Record<string, string>; connect?: boolean; headers?: Record<string, string> } = {}
): Client {
	const doc = new Y.Doc();
	const headers = options.headers;
	const Socket = headers
		? class extends WebSocket {
				constructor(address: string, protocols?: string | string[]) {
					super(address, protocols, { headers });
				}
			}
		: WebSocket;
	const provider = new WebsocketProvider(url, docName, doc, {
		// Node's ws stands in for the browser's WebSocket. No BroadcastChannel: clients in one process
		// would otherwise sync with each other directly and hide what the server does.
		WebSocketPolyfill: Socket as unknown as typeof globalThis.WebSocket,
		disableBc: true,
		maxBackoffTime: 300,
		params: { ...options.params, ...(options.user ? { user: options.user } : {}) },
		connect: options.connect ?? true
	});
	const synced = new Promise<void>((resolve) => {
		if (provider.synced) resolve();
		provider.on('sync', (isSynced: boolean) => isSynced && resolve());
	});
	return {
		doc,
		provider,
		map: doc.getMap('m'),
		synced,
		destroy() {
			provider.destroy();
			provider.awareness.destroy();
			doc.destroy();
		}
	};
}

export async function waitFor(
	condition: () => boolean | Promise<boolean>,
	timeoutMs = 5000,
	what = 'condition'
): Promise<void> {
	await vi.waitFor(
		async () => {
			if (!(await condition())) throw new Error(`timed out waiting for ${what}`);
		},
		{ timeout: timeoutMs, interval: 5 }
	);
}

/** A bare WebSocket for sending bytes no provider would. */
export interface RawClient {
	ws: WebSocket;
	messages: Uint8Array[];
	closed: Promise<{ code: number; reason: string }>;
}

export function rawConnect(url: string, docName: string, query = ''): Promise<RawClient> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${url}/${docName}${query}`);
		const messages: Uint8Array[] = [];
		const closed = new Promise<{ code: number; reason: string }>((r) =>
			ws.on('close', (code, reason) => r({ code, reason: reason.toString() }))
		);
		ws.on('message', (data) => messages.push(new Uint8Array(data as Buffer)));
		ws.on('open', () => resolve({ ws, messages, closed }));
		ws.on('error', reject);
	});
}

/** The HTTP status of a refused upgrade (or 101 when it was accepted). */
export function upgradeStatus(
	url: string,
	docName: string,
	query = '',
	headers?: Record<string, string>
): Promise<number> {
	return new Promise((resolve, reject) => {
		const ws = new WebSocket(`${url}/${docName}${query}`, { headers });
		ws.on('unexpected-response', (_req, res) => {
			resolve(res.statusCode ?? 0);
			res.resume();
			ws.terminate();
		});
		ws.on('open', () => {
			resolve(101);
			ws.close();
		});
		ws.on('error', (error) => reject(error));
	});
}

/** One value from the Prometheus text, e.g. metric(text, 'samspil_sync_docs_loaded'). */
export function metric(text: string, name: string, labels = ''): number {
	const line = text.split('\n').find((l) => l.startsWith(`${name}${labels ? `{${labels}}` : ''} `));
	return line ? Number(line.split(' ').pop()) : 0;
}

/** The document exactly as the database holds it: snapshot plus every log row left, applied to a fresh doc. */
export async function storedDoc(db: DB, docName: string): Promise<Y.Doc> {
	// Read as the server reads it when it loads the document: log first, then snapshot, so a compaction committing
	// between the two reads (an unloading room compacts) hides nothing.
	const { snapshot, log } = await new DocTables(db).load(docName);
	const doc = new Y.Doc();
	if (snapshot) Y.applyUpdate(doc, snapshot);
	for (const update of log) Y.applyUpdate(doc, update);
	return doc;
}

export async function logLength(db: DB, docName: string): Promise<number> {
	const rows = await db.selectFrom('doc_updates').select('id').where('doc', '=', docName).execute();
	return rows.length;
}

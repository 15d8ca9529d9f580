// Connects the sync server to the app: who is connecting (session cookie or guest token) and what
// each document name allows. Until the sync server lands this only proves the one-port plumbing:
// /sync/echo answers every WebSocket message with the same bytes.
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer } from 'ws';

export interface AppSync {
	handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void;
	close(): Promise<void>;
}

export async function createAppSync(): Promise<AppSync> {
	const wss = new WebSocketServer({ noServer: true, maxPayload: 1024 * 1024 });
	return {
		handleUpgrade(req, socket, head) {
			if (!req.url?.startsWith('/sync/echo')) {
				socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\n\r\n');
				return;
			}
			wss.handleUpgrade(req, socket, head, (ws) => {
				ws.on('message', (data, isBinary) => ws.send(data, { binary: isBinary }));
			});
		},
		async close() {
			for (const c of wss.clients) c.close(1001, 'server shutting down');
			await new Promise<void>((r) => wss.close(() => r()));
		}
	};
}

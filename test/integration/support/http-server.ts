// Ending a test's HTTP server that also carries WebSockets. `server.close()` waits for every socket it accepted,
// upgraded ones included, and a WebSocket whose peer has not answered the closing handshake stays open for ws' close
// timeout (30 s, as long as a hook may take): the PostgreSQL run of 2026-12-06 timed out in boards/notes.test.ts'
// afterAll that way. Once the sync server is closed (everything stored), whatever is still open is cut.
import type http from 'node:http';
import type { Duplex } from 'node:stream';

export function closableServer(server: http.Server) {
	const upgraded = new Set<Duplex>();
	server.on('upgrade', (_req, socket: Duplex) => {
		upgraded.add(socket);
		socket.once('close', () => upgraded.delete(socket));
	});
	return {
		/** Cuts what is still open, without a closing handshake, and closes the server. */
		close(): Promise<void> {
			for (const socket of upgraded) socket.destroy();
			server.closeAllConnections();
			return new Promise<void>((resolve) => server.close(() => resolve()));
		}
	};
}

// The test servers end even when a WebSocket peer never answers the closing handshake (the PostgreSQL run of
// 2026-12-06 timed out in an afterAll that way: `server.close()` waited for ws' 30 s close timeout).
import net from 'node:net';
import { describe, expect, it } from 'vitest';
import { db } from '../../../src/lib/server/db/current';
import { createTestDatabase } from '../support/db';
import { startServer } from './support/harness';

describe('a test sync server', () => {
	it('stops although a peer ignores the closing handshake', { timeout: 15_000 }, async () => {
		const database = await createTestDatabase();
		const server = await startServer({ db: db() });
		const { port } = server.http.address() as net.AddressInfo;
		// A raw socket that completes the upgrade, then reads everything and answers nothing.
		const peer = net.connect(port, '127.0.0.1');
		const upgraded = new Promise<void>((resolve) =>
			peer.once('data', (chunk) => {
				expect(chunk.toString()).toMatch(/^HTTP\/1\.1 101/);
				resolve();
			})
		);
		peer.write(
			'GET /sync/board-1 HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n' +
				'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n\r\n'
		);
		await upgraded;
		peer.on('data', () => undefined);
		await server.stop();
		expect(server.http.listening).toBe(false);
		peer.destroy();
		await database.close();
	});
});

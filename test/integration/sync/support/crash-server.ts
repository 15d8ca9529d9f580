// A sync server in a process of its own, so a test can kill -9 it. Built by bundle.ts (no TypeScript
// loader at run time, like production). Reads SYNC_DB_URL / SYNC_DB_SCHEMA; reports its port over IPC.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { openDatabase } from '../../../../src/lib/server/db/index';
import { createSyncServer } from '../../../../src/lib/server/sync/index';

const opened = await openDatabase(process.env.SYNC_DB_URL, { schema: process.env.SYNC_DB_SCHEMA || undefined });
const sync = createSyncServer({
	db: opened.db,
	authorize: async () => ({ permission: 'write' }),
	compactEvery: Number(process.env.SYNC_COMPACT_EVERY ?? 500),
	unloadDelayMs: 0
});
const server = http.createServer();
server.on('upgrade', (req, socket, head) => sync.handleUpgrade(req, socket, head));
server.listen(0, '127.0.0.1', () => process.send?.({ port: (server.address() as AddressInfo).port }));

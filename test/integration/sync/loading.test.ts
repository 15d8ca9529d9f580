import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	grantTable,
	logLength,
	metric,
	startServer,
	waitFor,
	type Client,
	type TestServer
} from './support/harness';

let database: TestDatabase;
const { grants, authorize } = grantTable();
const clients: Client[] = [];
const servers: TestServer[] = [];
const start = async (compactEvery = 500, unloadDelayMs = 0) => {
	const server = await startServer({ db: database.db, authorize, compactEvery, unloadDelayMs });
	servers.push(server);
	return server;
};
const open = (server: TestServer, docName: string, user: string) => {
	const client = connect(server.url, docName, { user });
	clients.push(client);
	return client;
};
const builds = (server: TestServer) => metric(server.sync.metrics(), 'samspil_sync_doc_builds_total');
const loaded = (server: TestServer) => metric(server.sync.metrics(), 'samspil_sync_docs_loaded');

beforeAll(async () => {
	database = await createTestDatabase();
	grants.set('reader live/feed', 'read');
	grants.set('reader board/mixed', 'read');
	grants.set('writer board/mixed', 'write');
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const s of servers) await s.stop();
	await database.close();
});

describe('sync: loading documents', () => {
	it('serves a newcomer the stored bytes without building the document in memory', async () => {
		const server = await start();
		for (let i = 0; i < 20; i++)
			await server.sync.writeDoc('live/feed', (doc) => doc.getArray('items').push([`item ${i}`]));
		await waitFor(() => loaded(server) === 0, 5000, 'the document to unload');
		const builtBefore = builds(server);

		const reader = open(server, 'live/feed', 'reader');
		await reader.synced;
		expect(reader.doc.getArray('items').length).toBe(20);
		expect(builds(server)).toBe(builtBefore);

		// The first write builds it, and the reader sees that write.
		await server.sync.writeDoc('live/feed', (doc) => doc.getArray('items').push(['item 20']));
		expect(builds(server)).toBe(builtBefore + 1);
		await waitFor(() => reader.doc.getArray('items').length === 21);
	});

	it('hands a newcomer both the snapshot and the log written after it', async () => {
		// Slow to unload, so after the "crash" it does not tidy up (compact) behind the test's back.
		const first = await start(10, 60_000);
		const writer = open(first, 'board/mixed', 'writer');
		const witness = open(first, 'board/mixed', 'reader');
		await Promise.all([writer.synced, witness.synced]);
		for (let i = 0; i < 15; i++) {
			const before = metric(first.sync.metrics(), 'samspil_sync_updates_in_total');
			writer.map.set(`k${i}`, i);
			await waitFor(() => metric(first.sync.metrics(), 'samspil_sync_updates_in_total') > before);
		}
		await waitFor(() => metric(first.sync.metrics(), 'samspil_sync_compactions_total') >= 1);
		// Broadcast comes after the commit: once the witness has all 15, the database has them too.
		await waitFor(() => witness.map.size === 15);
		await first.crash();
		expect(await logLength(database.db, 'board/mixed')).toBeGreaterThan(0);

		const second = await start();
		const reader = open(second, 'board/mixed', 'reader');
		await reader.synced;
		expect(reader.map.size).toBe(15);
		expect(builds(second)).toBe(0);

		// A writer that reconnects with its own state is diffed against the built document.
		writer.provider.destroy();
		const again = open(second, 'board/mixed', 'writer');
		const { applyUpdate, encodeStateAsUpdate } = await import('yjs');
		applyUpdate(again.doc, encodeStateAsUpdate(writer.doc));
		again.map.set('after', true);
		await again.synced;
		await waitFor(() => reader.map.get('after') === true, 5000, 'the reconnected writer’s edit');
		expect(builds(second)).toBe(1);
	});
});

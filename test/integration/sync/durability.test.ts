import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	logLength,
	metric,
	startServer,
	storedDoc,
	waitFor,
	type Client,
	type TestServer
} from './support/harness';

let database: TestDatabase;
const clients: Client[] = [];
const servers: TestServer[] = [];
const open = (server: TestServer, docName: string) => {
	const client = connect(server.url, docName);
	clients.push(client);
	return client;
};
const start = async (options: { compactEvery?: number; unloadDelayMs?: number } = {}) => {
	const server = await startServer({ db: database.db, ...options });
	servers.push(server);
	return server;
};
const disconnectAll = () => {
	for (const c of clients.splice(0)) c.destroy();
};

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	disconnectAll();
	for (const s of servers) await s.stop().catch(() => {});
	await database.close();
});

describe('sync: durability', () => {
	it('has every update a client received in the database already, at the moment it arrives', async () => {
		const server = await start();
		const writer = open(server, 'board/durable');
		const reader = open(server, 'board/durable');
		await Promise.all([writer.synced, reader.synced]);
		// Each time the reader receives something, look at the database right then: no flush, no wait.
		const checks: Promise<string[]>[] = [];
		reader.doc.on('update', () => {
			const seen = reader.map.toJSON();
			checks.push(
				storedDoc(database.db, 'board/durable').then((stored) => {
					const held = stored.getMap('m').toJSON();
					return Object.keys(seen).filter((k) => held[k] !== seen[k]);
				})
			);
		});
		for (let round = 0; round < 20; round++) {
			for (let i = 0; i < 5; i++) writer.map.set(`k${round * 5 + i}`, i);
			await waitFor(() => reader.map.size === (round + 1) * 5);
		}
		expect(checks.length).toBeGreaterThanOrEqual(20);
		const missing = (await Promise.all(checks)).flat();
		expect(missing).toEqual([]);
	});

	it('serves everything after a crash (server discarded without flushing)', async () => {
		const first = await start({ compactEvery: 1_000_000 });
		const writer = open(first, 'board/crash');
		const reader = open(first, 'board/crash');
		await Promise.all([writer.synced, reader.synced]);
		for (let i = 0; i < 50; i++) writer.map.set(`k${i}`, i);
		await waitFor(() => reader.map.size === 50);
		await first.crash();
		disconnectAll();

		const second = await start();
		const fresh = open(second, 'board/crash');
		await fresh.synced;
		expect(fresh.map.toJSON()).toEqual(reader.map.toJSON());
	});

	it('keeps every update across a graceful restart, with the log compacted', async () => {
		const first = await start({ compactEvery: 1_000_000 });
		const a = open(first, 'board/restart');
		const b = open(first, 'board/restart');
		await Promise.all([a.synced, b.synced]);
		for (let i = 0; i < 30; i++) (i % 2 ? a : b).map.set(`k${i}`, i);
		await waitFor(() => a.map.size === 30 && b.map.size === 30);
		await first.stop();
		disconnectAll();
		expect(await logLength(database.db, 'board/restart')).toBe(0);

		const second = await start();
		const fresh = open(second, 'board/restart');
		await fresh.synced;
		expect(fresh.map.size).toBe(30);
		expect(fresh.map.get('k29')).toBe(29);
	});

	it('receives the offline edits of a client that reconnects after a restart', async () => {
		const first = await start();
		const client = open(first, 'board/offline');
		await client.synced;
		client.map.set('online', true);
		await waitFor(() => metric(first.sync.metrics(), 'samspil_sync_updates_in_total') >= 1);
		await first.crash();
		client.map.set('offline', true);
		// The provider keeps retrying the dead port; a new server on a new port is a new URL.
		client.provider.destroy();
		const second = await start();
		const again = connect(second.url, 'board/offline', { connect: false });
		clients.push(again);
		// Carry the offline client's doc over, as a browser tab that reconnects would.
		const { applyUpdate, encodeStateAsUpdate } = await import('yjs');
		applyUpdate(again.doc, encodeStateAsUpdate(client.doc));
		again.provider.connect();
		await again.synced;
		const witness = open(second, 'board/offline');
		await witness.synced;
		await waitFor(() => witness.map.get('offline') === true, 5000, 'the offline edit');
		expect(witness.map.get('online')).toBe(true);
	});
});

describe('sync: compaction', () => {
	it('merges the log into a snapshot after N updates, and loads from snapshot plus later log', async () => {
		const first = await start({ compactEvery: 20 });
		const writer = open(first, 'board/compact');
		await writer.synced;
		const taken = () => metric(first.sync.metrics(), 'samspil_sync_updates_in_total');
		const write = async (i: number) => {
			const before = taken();
			writer.map.set(`k${i}`, i);
			await waitFor(() => taken() > before);
		};
		for (let i = 0; i < 25; i++) await write(i);
		await waitFor(() => metric(first.sync.metrics(), 'samspil_sync_compactions_total') === 1, 5000, 'a compaction');
		for (let i = 25; i < 35; i++) await write(i);
		const snapshot = await database.db
			.selectFrom('doc_snapshots')
			.select('upto')
			.where('doc', '=', 'board/compact')
			.executeTakeFirst();
		expect(snapshot).toBeDefined();
		// Every update stored before the crash: the server counts an update in when it arrives, and stores it a
		// moment later. (A count of log rows does not tell: the log also holds the updates that were still on
		// their way to the database when the compaction read it, more of them on a busy machine.)
		await waitFor(
			async () => (await storedDoc(database.db, 'board/compact')).getMap('m').size === 35,
			5000,
			'all 35 updates stored'
		);
		// The snapshot took the place of the rows it merged: the log holds the later updates, all newer than it.
		const log = await database.db.selectFrom('doc_updates').select('id').where('doc', '=', 'board/compact').execute();
		expect(log.length).toBeLessThan(35);
		expect(log.length).toBeGreaterThan(0);
		expect(log.every((row) => Number(row.id) > Number(snapshot!.upto))).toBe(true);

		// Crash, so the snapshot + log pair (not an unload compaction) is what the next load reads.
		await first.crash();
		disconnectAll();
		const second = await start();
		const fresh = open(second, 'board/compact');
		await fresh.synced;
		expect(fresh.map.size).toBe(35);
		expect(fresh.map.get('k34')).toBe(34);
	});

	it('compacts and unloads a document once its last client leaves', async () => {
		const server = await start({ compactEvery: 1_000_000 });
		const client = open(server, 'board/unload');
		await client.synced;
		for (let i = 0; i < 10; i++) client.map.set(`k${i}`, i);
		await waitFor(async () => (await logLength(database.db, 'board/unload')) === 10, 5000, 'ten logged updates');
		disconnectAll();
		await waitFor(() => metric(server.sync.metrics(), 'samspil_sync_docs_loaded') === 0, 5000, 'the room to unload');
		expect(await logLength(database.db, 'board/unload')).toBe(0);
		const stored = await storedDoc(database.db, 'board/unload');
		expect(stored.getMap('m').size).toBe(10);
	});
});

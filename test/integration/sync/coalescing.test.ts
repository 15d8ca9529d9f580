// A busy document holds its updates for a moment after each send and sends what gathered in one write per
// connection (room.ts, `coalesceMs`). These tests use a long window, so every burst below is held and sent
// together: clients still converge, nobody gets its own update back, and nothing is lost across a crash.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';
import type { WebSocket } from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	metric,
	rawConnect,
	startServer,
	storedDoc,
	waitFor,
	type Client,
	type TestServer
} from './support/harness';

let database: TestDatabase;
const clients: Client[] = [];
const sockets: WebSocket[] = [];
const servers: TestServer[] = [];
const start = async (coalesceMs: number) => {
	const server = await startServer({ db: database.db, coalesceMs, compactEvery: 1_000_000 });
	servers.push(server);
	return server;
};
const open = (server: TestServer, docName: string) => {
	const client = connect(server.url, docName);
	clients.push(client);
	return client;
};

/**
 * A client speaking the protocol by hand, so the test sees every message the server sends it: it applies
 * the sync updates it receives to its own doc and keeps the structs' client ids.
 */
async function rawPeer(server: TestServer, docName: string) {
	const raw = await rawConnect(server.url, docName);
	sockets.push(raw.ws);
	const doc = new Y.Doc();
	const received: { clients: number[] }[] = [];
	/** socket reads carrying data: several updates in one write arrive in one read (or fewer reads than updates) */
	let reads = 0;
	(raw.ws as unknown as { _socket: import('node:net').Socket })._socket.on('data', () => reads++);
	raw.ws.on('message', (data: Buffer) => {
		const decoder = decoding.createDecoder(new Uint8Array(data));
		if (decoding.readVarUint(decoder) !== 0) return; // awareness etc.
		const step = decoding.readVarUint(decoder);
		if (step !== 1 && step !== 2) return; // the server's sync step 1
		const update = decoding.readVarUint8Array(decoder);
		if (step === 2) received.push({ clients: Y.decodeUpdate(update).structs.map((s) => s.id.client) });
		Y.applyUpdate(doc, update, 'server');
	});
	doc.on('update', (update: Uint8Array, origin: unknown) => {
		if (origin === 'server') return;
		const encoder = encoding.createEncoder();
		encoding.writeVarUint(encoder, 0);
		encoding.writeVarUint(encoder, 2);
		encoding.writeVarUint8Array(encoder, update);
		raw.ws.send(encoding.toUint8Array(encoder));
	});
	return { doc, map: doc.getMap('m'), received, reads: () => reads };
}

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	for (const c of clients.splice(0)) c.destroy();
	for (const ws of sockets) ws.terminate();
	for (const s of servers) await s.stop().catch(() => {});
	await database.close();
});

describe('sync: updates a busy document sends together', () => {
	it('converges every client, sends no author its own update, and counts each delivery once', async () => {
		const server = await start(300);
		const doc = 'board/coalesced';
		const author = await rawPeer(server, doc);
		const reader = await rawPeer(server, doc);
		const writers = [open(server, doc), open(server, doc)];
		await Promise.all(writers.map((w) => w.synced));
		// Opens the window: the first update after a pause goes out at once, what follows waits for it to close.
		writers[0].map.set('opening', 0);
		await waitFor(() => reader.map.get('opening') === 0, 5000, 'the opening update');
		const readsBefore = reader.reads();
		const outBefore = metric(server.sync.metrics(), 'samspil_sync_updates_out_total');
		for (let i = 0; i < 20; i++) {
			author.map.set(`raw${i}`, i);
			writers[0].map.set(`a${i}`, i);
			writers[1].map.set(`b${i}`, i);
		}
		const all = 61;
		await waitFor(
			() => [author, reader, ...writers].every((c) => c.map.size === all),
			5000,
			'every client to hold all 61 entries'
		);
		for (const c of [reader, ...writers]) expect(c.map.toJSON()).toEqual(author.map.toJSON());

		// The author got the others' 40 updates, each as its own message, and none of its own 20.
		const own = author.doc.clientID;
		const burst = author.received.slice(-40);
		expect(burst).toHaveLength(40);
		expect(author.received.filter((m) => m.clients.includes(own))).toEqual([]);
		// The reader got all 60, in fewer socket reads than updates: they came in a few writes.
		expect(reader.received.length).toBeGreaterThanOrEqual(61);
		expect(reader.reads() - readsBefore).toBeLessThan(60);
		// Each delivery counted once: 60 updates to the reader, 40 to each of the three authors.
		await waitFor(
			() => metric(server.sync.metrics(), 'samspil_sync_updates_out_total') - outBefore === 60 + 3 * 40,
			5000,
			'the delivery count'
		);
	});

	it('sends the first update after a pause at once, without waiting for the window', async () => {
		const server = await start(60_000);
		const writer = open(server, 'board/quiet');
		const reader = open(server, 'board/quiet');
		await Promise.all([writer.synced, reader.synced]);
		const started = performance.now();
		writer.map.set('first', 1);
		await waitFor(() => reader.map.get('first') === 1, 5000, 'the first update');
		// Well below the 60 s window: the quiet document did not hold it.
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('loses nothing any client received when the server crashes right after a held burst', async () => {
		const first = await start(300);
		const doc = 'board/coalesced-crash';
		const writers = [open(first, doc), open(first, doc), open(first, doc)];
		const reader = open(first, doc);
		await Promise.all([...writers, reader].map((c) => c.synced));
		writers[0].map.set('opening', 0);
		await waitFor(() => reader.map.get('opening') === 0);
		for (let i = 0; i < 30; i++) writers.forEach((w, n) => w.map.set(`w${n}-${i}`, i));
		await waitFor(() => reader.map.size === 91, 5000, 'the reader to see the burst');
		// What the reader saw is in the database already, as it arrived.
		expect((await storedDoc(database.db, doc)).getMap('m').toJSON()).toEqual(reader.map.toJSON());
		await first.crash();
		for (const c of clients.splice(0)) c.destroy();

		const second = await start(300);
		const fresh = open(second, doc);
		await fresh.synced;
		expect(fresh.map.size).toBe(91);
		expect(fresh.map.toJSON()).toEqual(reader.map.toJSON());
	});
});

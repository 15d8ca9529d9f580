import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { WebSocket } from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	metric,
	rawConnect,
	startServer,
	storedDoc,
	upgradeStatus,
	waitFor,
	type Client,
	type RawClient,
	type TestServer
} from './support/harness';
import { awarenessMessage, mutate, random, syncMessage, validMessages } from './support/fuzz';
import type { Authorization } from '../../../src/lib/server/sync/index';

let database: TestDatabase;
let server: TestServer;
const servers: TestServer[] = [];
const clients: Client[] = [];
const open = (s: TestServer, docName: string) => {
	const client = connect(s.url, docName);
	clients.push(client);
	return client;
};

beforeAll(async () => {
	database = await createTestDatabase();
	server = await startServer({
		db: database.db,
		limits: { maxMessageBytes: 64 * 1024, messagesPerSecond: 1000, messageBurst: 1000, maxConnectionsPerDoc: 4 }
	});
	servers.push(server);
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const s of servers) await s.stop();
	await database.close();
});

/** An observer with known content on `docName`; after the test its document must be exactly this. */
async function observed(docName: string) {
	const observer = open(server, docName);
	await observer.synced;
	observer.map.set('keep', 'intact');
	observer.doc.getText('t').insert(0, 'unchanged');
	const witness = open(server, docName);
	await witness.synced;
	await waitFor(() => witness.doc.getText('t').length > 0);
	witness.destroy();
	return observer;
}

async function expectUntouched(observer: Client, docName: string) {
	expect(observer.provider.wsconnected).toBe(true);
	const fresh = open(server, docName);
	await fresh.synced;
	for (const doc of [observer.doc, fresh.doc, await storedDoc(database.db, docName)]) {
		expect(doc.getMap('m').toJSON()).toEqual({ keep: 'intact' });
		expect(doc.getText('t').toString()).toBe('unchanged');
	}
	fresh.destroy();
}

describe('sync: limits and bad input', () => {
	it('closes a connection that sends an oversized message with 1009, and nobody else notices', async () => {
		const observer = await observed('board/big');
		const raw = await rawConnect(server.url, 'board/big');
		raw.ws.send(syncMessage(2, new Uint8Array(65 * 1024)));
		expect((await raw.closed).code).toBe(1009);
		expect(metric(server.sync.metrics(), 'samspil_sync_rejected_messages_total', 'reason="too-large"')).toBe(1);
		await expectUntouched(observer, 'board/big');
	});

	const validUpdate = () => {
		const doc = new Y.Doc();
		doc.getMap('m').set('keep', 'overwritten');
		return Y.encodeStateAsUpdate(doc);
	};
	const cases: Array<[string, () => Uint8Array | string, number, string]> = [
		['a truncated varint', () => new Uint8Array([0x80]), 1007, 'malformed'],
		['an unknown message type', () => new Uint8Array([7, 1, 2]), 1003, 'unknown-type'],
		['an unknown sync step', () => new Uint8Array([0, 9, 0]), 1003, 'unknown-type'],
		['a length prefix beyond the end', () => new Uint8Array([0, 2, 100, 1, 2, 3]), 1007, 'malformed'],
		['trailing bytes', () => new Uint8Array([3, 0]), 1007, 'malformed'],
		['a corrupt Yjs update', () => syncMessage(2, validUpdate().slice(0, -3)), 1007, 'invalid-update'],
		['a garbled Yjs update', () => syncMessage(2, new Uint8Array([5, 200, 1, 7, 7, 7, 7])), 1007, 'invalid-update'],
		['a garbled state vector', () => syncMessage(0, new Uint8Array([3, 0x80])), 1007, 'invalid-state-vector'],
		[
			'awareness with broken JSON',
			() => awarenessMessage(new Uint8Array([1, 1, 1, 2, 0x7b, 0x7b])),
			1007,
			'invalid-awareness'
		],
		['a text frame', () => 'hello', 1003, 'text-frame']
	];
	for (const [index, [what, message, code, reason]] of cases.entries()) {
		it(`closes the connection on ${what} with ${code}, leaving the document alone`, async () => {
			const docName = `board/bad-${index}`;
			const observer = await observed(docName);
			const raw = await rawConnect(server.url, docName);
			const before = metric(server.sync.metrics(), 'samspil_sync_rejected_messages_total', `reason="${reason}"`);
			raw.ws.send(message());
			const closed = await raw.closed;
			expect(closed).toEqual({ code, reason });
			expect(metric(server.sync.metrics(), 'samspil_sync_rejected_messages_total', `reason="${reason}"`)).toBe(
				before + 1
			);
			await expectUntouched(observer, docName);
		});
	}

	it('survives several hundred random and mutated messages without crashing or corrupting the document', async () => {
		const fuzzServer = await startServer({
			db: database.db,
			limits: { messagesPerSecond: 100_000, messageBurst: 100_000 }
		});
		servers.push(fuzzServer);
		const docName = 'board/fuzz';
		const observer = open(fuzzServer, docName);
		await observer.synced;
		observer.map.set('keep', 'intact');
		observer.provider.awareness.setLocalStateField('user', 'observer'); // so query-awareness gets an answer
		const rng = random(20261126);
		const valid = validMessages();
		const inputs: Uint8Array[] = [];
		for (let i = 0; i < 300; i++) inputs.push(rng.bytes(1 + rng.int(64)));
		for (let i = 0; i < 400; i++) inputs.push(mutate(valid[rng.int(valid.length)], rng));
		inputs.push(...valid);

		let raw: RawClient | undefined;
		let closes = 0;
		for (const input of inputs) {
			if (!raw || raw.ws.readyState !== WebSocket.OPEN) raw = await rawConnect(fuzzServer.url, docName);
			const seen = raw.messages.length;
			const current = raw;
			let closed = false;
			void current.closed.then(() => (closed = true));
			current.ws.send(input);
			current.ws.send(new Uint8Array([3])); // probe: answered while the connection lives
			await waitFor(
				() => closed || current.messages.slice(seen).some((m) => m[0] === 1),
				2000,
				'a probe answer or a close'
			);
			if (closed) closes++;
		}
		raw?.ws.close();
		expect(closes).toBeGreaterThan(100);
		const rejected = fuzzServer.sync
			.metrics()
			.split('\n')
			.filter((l) => l.startsWith('samspil_sync_rejected_messages_total{'))
			.reduce((n, l) => n + Number(l.split(' ').pop()), 0);
		expect(rejected).toBe(closes);

		// The server still serves, and the observer, a newcomer and the database agree on one state.
		const fresh = open(fuzzServer, docName);
		await fresh.synced;
		await waitFor(async () =>
			Y.equalSnapshots(Y.snapshot(await storedDoc(database.db, docName)), Y.snapshot(observer.doc))
		);
		const stored = await storedDoc(database.db, docName);
		for (const doc of [fresh.doc, stored]) {
			expect(doc.getMap('m').toJSON()).toEqual({ keep: 'intact' });
			expect(Y.equalSnapshots(Y.snapshot(doc), Y.snapshot(observer.doc))).toBe(true);
			expect(doc.getMap('f').toJSON()).toEqual(observer.doc.getMap('f').toJSON());
			expect(doc.getText('ft').toString()).toEqual(observer.doc.getText('ft').toString());
		}
		// The untouched valid messages at the end applied normally.
		expect(fresh.doc.getText('ft').toString()).toContain('fu');
	}, 40_000);

	it('closes a client that sends faster than its rate limit with 1008', async () => {
		const limited = await startServer({ db: database.db, limits: { messagesPerSecond: 20, messageBurst: 20 } });
		servers.push(limited);
		const raw = await rawConnect(limited.url, 'board/flood');
		for (let i = 0; i < 50; i++) raw.ws.send(new Uint8Array([3]));
		expect(await raw.closed).toEqual({ code: 1008, reason: 'rate-limited' });
	});

	it('refuses connections beyond the per-document limit with 503', async () => {
		const held: RawClient[] = [];
		for (let i = 0; i < 4; i++) held.push(await rawConnect(server.url, 'board/full'));
		expect(await upgradeStatus(server.url, 'board/full')).toBe(503);
		expect(await upgradeStatus(server.url, 'board/not-full')).toBe(101);
		held[0].ws.close();
		await held[0].closed;
		await waitFor(
			() =>
				metric(server.sync.metrics(), 'samspil_sync_connections') <=
				3 + clients.filter((c) => c.provider.wsconnected).length
		);
		expect(await upgradeStatus(server.url, 'board/full')).toBe(101);
		for (const h of held) h.ws.close();
	});

	it('refuses guests’ connections beyond the per-address limit with 429', async () => {
		let n = 0;
		const guests = async (): Promise<Authorization> => ({
			permission: 'write',
			principal: { kind: 'guest', guestId: `g${++n}`, orgId: 'o', boardId: 'b' }
		});
		const perIp = await startServer({ db: database.db, authorize: guests, limits: { maxConnectionsPerIp: 2 } });
		servers.push(perIp);
		const a = await rawConnect(perIp.url, 'board/ip-a');
		const b = await rawConnect(perIp.url, 'board/ip-b');
		expect(await upgradeStatus(perIp.url, 'board/ip-c')).toBe(429);
		a.ws.close();
		b.ws.close();
	});

	it('drops a connection that stops answering pings', async () => {
		const pinging = await startServer({ db: database.db, limits: { pingIntervalMs: 100 } });
		servers.push(pinging);
		const silent = new WebSocket(`${pinging.url}/board/silent`, { autoPong: false });
		const closed = new Promise<number>((resolve) => silent.on('close', (code) => resolve(code)));
		const lively = open(pinging, 'board/silent');
		await lively.synced;
		let pings = 0;
		(lively.provider.ws as unknown as WebSocket).on('ping', () => pings++);
		const started = Date.now();
		await closed;
		expect(Date.now() - started).toBeLessThan(1000);
		// Three more pings reach the lively client after the silent one was dropped: it answers and stays.
		const seen = pings;
		await waitFor(() => pings >= seen + 3);
		expect(lively.provider.wsconnected).toBe(true);
		expect(metric(pinging.sync.metrics(), 'samspil_sync_server_closes_total', 'reason="idle-timeout"')).toBe(1);
	});
});

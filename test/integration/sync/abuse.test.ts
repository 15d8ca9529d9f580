// What a guest with nothing but a join code can throw at the sync server: connection floods, oversized
// documents, byte floods, presence floods and forged presence, log floods. Each test performs the attack.
import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import * as encoding from 'lib0/encoding';
import * as decoding from 'lib0/decoding';
import { Awareness, applyAwarenessUpdate } from 'y-protocols/awareness';
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
import { awarenessMessage, syncMessage } from './support/fuzz';
import type { Authorization, Principal, SyncServerDeps } from '../../../src/lib/server/sync/index';

let database: TestDatabase;
const servers: TestServer[] = [];
const clients: Client[] = [];
const raws: RawClient[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const r of raws) r.ws.terminate();
	for (const s of servers) await s.stop();
	await database.close();
});

/**
 * Who connects, from the query string the test writes: `?as=guest:<id>` (a workshop guest, who joined by
 * code) or `?as=member:<id>`, and `&ip=<address>` for the per-address limits. The presence identity is what
 * the app knows about them.
 */
async function authorize(req: http.IncomingMessage): Promise<Authorization> {
	const as = new URL(req.url ?? '/', 'http://x').searchParams.get('as') ?? '';
	const [kind, id] = as.split(':');
	if (kind === 'guest') {
		const principal: Principal = { kind: 'guest', guestId: id, orgId: 'org', boardId: 'b', name: `Guest ${id}` };
		return { permission: 'write', principal, presence: { id, name: `Guest ${id}`, role: 'guest' } };
	}
	if (kind === 'member') {
		const actor = {
			userId: id,
			name: `Member ${id}`,
			email: `${id}@example.test`,
			orgId: 'org',
			role: 'member' as const,
			teams: {}
		};
		return {
			permission: 'write',
			principal: { kind: 'user', actor },
			presence: { id, name: `Member ${id}`, role: 'member' }
		};
	}
	return { permission: 'none', status: 401 };
}
const clientIp = (req: http.IncomingMessage) =>
	new URL(req.url ?? '/', 'http://x').searchParams.get('ip') ?? '127.0.0.1';

async function serve(deps: Partial<SyncServerDeps> = {}) {
	const server = await startServer({ db: database.db, authorize, clientIp, ...deps });
	servers.push(server);
	return server;
}

function open(server: TestServer, docName: string, query: string) {
	const client = connect(server.url, docName, { params: Object.fromEntries(new URLSearchParams(query)) });
	clients.push(client);
	return client;
}

async function raw(server: TestServer, docName: string, query: string) {
	const client = await rawConnect(server.url, docName, `?${query}`);
	raws.push(client);
	return client;
}

/** Opens upgrades until one is refused; returns how many were accepted and the refusal's status. */
async function flood(server: TestServer, docName: string, query: (i: number) => string, max = 60) {
	for (let i = 0; i < max; i++) {
		const status = await upgradeStatusHeld(server, docName, query(i));
		if (status !== 101) return { accepted: i, status };
	}
	return { accepted: max, status: 101 };
}

/** Like upgradeStatus, but an accepted connection stays open (held by the attacker). */
function upgradeStatusHeld(server: TestServer, docName: string, query: string): Promise<number> {
	return rawConnect(server.url, docName, `?${query}`).then(
		(client) => {
			raws.push(client);
			return 101;
		},
		(error: Error) => Number(/Unexpected server response: (\d+)/.exec(error.message)?.[1] ?? 0)
	);
}

/** An awareness update with `count` entries for client ids from `firstId`, each holding `state`. */
function awarenessEntries(firstId: number, count: number, state: unknown, clock = 1): Uint8Array {
	const e = encoding.createEncoder();
	encoding.writeVarUint(e, count);
	const json = JSON.stringify(state);
	for (let i = 0; i < count; i++) {
		encoding.writeVarUint(e, firstId + i);
		encoding.writeVarUint(e, clock);
		encoding.writeVarString(e, json);
	}
	return awarenessMessage(encoding.toUint8Array(e));
}

describe('sync: a guest cannot take a board down', () => {
	it('still admits a member while guests from two addresses hold every connection they are allowed', async () => {
		const server = await serve({
			limits: {
				maxConnectionsPerDoc: 30,
				maxGuestConnectionsPerDoc: 20,
				maxConnectionsPerIp: 12,
				maxConnectionsPerPerson: 50,
				maxConnectionsPerPersonPerDoc: 50
			}
		});
		// The attacker joined by code many times over: every connection is another guest.
		const fromA = await flood(server, 'board/full', (i) => `as=guest:a${i}&ip=10.0.0.1`);
		const fromB = await flood(server, 'board/full', (i) => `as=guest:b${i}&ip=10.0.0.2`);
		expect(fromA.accepted).toBeGreaterThan(0);
		expect(fromB.status).not.toBe(101);
		// A team member behind the attacker's address, and one elsewhere, still get in and sync.
		const sameAddress = open(server, 'board/full', 'as=member:max&ip=10.0.0.1');
		const elsewhere = open(server, 'board/full', 'as=member:mia&ip=10.9.9.9');
		await Promise.all([sameAddress.synced, elsewhere.synced]);
		sameAddress.map.set('hello', 'from max');
		await waitFor(() => elsewhere.map.get('hello') === 'from max', 5000, 'the member’s edit');
	});

	it('limits how many connections one person holds on a document, and overall', async () => {
		const server = await serve({ limits: { maxConnectionsPerPersonPerDoc: 3, maxConnectionsPerPerson: 5 } });
		const sameDoc = await flood(server, 'board/tabs', () => 'as=guest:greedy');
		expect(sameDoc).toEqual({ accepted: 3, status: 429 });
		const otherDocs = await flood(server, 'board/tabs/mine/greedy', () => 'as=guest:greedy');
		expect(otherDocs).toEqual({ accepted: 2, status: 429 });
		// Somebody else is not affected.
		expect(await upgradeStatus(server.url, 'board/tabs', '?as=guest:modest')).toBe(101);
	});

	it('refuses changes that would grow a document beyond its size cap, tells the author, and keeps what is there', async () => {
		const server = await serve({ limits: { maxDocBytes: 32 * 1024 } });
		const writer = open(server, 'board/heavy', 'as=guest:heavy');
		const watcher = open(server, 'board/heavy', 'as=member:watcher');
		await Promise.all([writer.synced, watcher.synced]);
		writer.map.set('keep', 'intact');
		await waitFor(() => watcher.map.get('keep') === 'intact');
		const closed = new Promise<{ code: number; reason: string }>((resolve) => writer.provider.on('closed', resolve));
		for (let i = 0; i < 10; i++) writer.map.set(`blob${i}`, 'x'.repeat(9 * 1024));
		expect(await closed).toEqual({ code: 4413, reason: 'document-full' });
		expect(writer.provider.shouldConnect).toBe(false);
		// What was there before is intact, and the document (stored and live) stayed within the cap.
		const stored = await storedDoc(database.db, 'board/heavy');
		expect(stored.getMap('m').get('keep')).toBe('intact');
		expect(Y.encodeStateAsUpdate(stored).length).toBeLessThanOrEqual(32 * 1024);
		expect(watcher.provider.wsconnected).toBe(true);
		expect(metric(server.sync.metrics(), 'samspil_sync_rejected_messages_total', 'reason="document-full"')).toBe(1);
		// Someone else may still make room: removing content is always accepted. (A newcomer's sync waits for
		// every accepted change to commit; the watcher first catches up with all of it.)
		const fresh = open(server, 'board/heavy', 'as=member:fresh');
		await fresh.synced;
		const accepted = [...fresh.map.keys()];
		expect(accepted.length).toBeGreaterThan(0);
		await waitFor(() => accepted.every((k) => watcher.map.has(k)), 5000, 'the watcher to hold every accepted change');
		const blobs = [...watcher.map.keys()].filter((k) => k.startsWith('blob'));
		expect(blobs.length).toBeGreaterThan(0);
		watcher.doc.transact(() => blobs.forEach((k) => watcher.map.delete(k)));
		await waitFor(() => [...fresh.map.keys()].every((k) => !k.startsWith('blob')), 5000, 'the deletion to arrive');
		expect(fresh.map.get('keep')).toBe('intact');
	});

	it('closes a connection that sends more bytes per second than allowed', async () => {
		const server = await serve({
			limits: { maxMessageBytes: 16 * 1024, bytesPerSecond: 16 * 1024, byteBurst: 32 * 1024 }
		});
		const attacker = await raw(server, 'board/bytes', 'as=guest:bytes');
		for (let i = 0; i < 10; i++) {
			const doc = new Y.Doc();
			doc.getMap('m').set(`k${i}`, 'y'.repeat(10 * 1024));
			attacker.ws.send(syncMessage(2, Y.encodeStateAsUpdate(doc)));
		}
		expect(await attacker.closed).toEqual({ code: 1008, reason: 'byte-rate-limited' });
	});
});

describe('sync: presence is small and the server says who is who', () => {
	it('applies only a few presence entries per connection, however many one message carries', async () => {
		const server = await serve();
		const observer = open(server, 'board/crowd', 'as=member:obs');
		await observer.synced;
		observer.provider.awareness.setLocalStateField('focus', null);
		const attacker = await raw(server, 'board/crowd', 'as=guest:crowd');
		attacker.ws.send(awarenessEntries(1_000_000, 30_000, { user: { name: 'ghost' } }));
		// A newcomer gets the room's presence as the server holds it.
		const newcomer = open(server, 'board/crowd', 'as=member:new');
		await newcomer.synced;
		await waitFor(
			() => newcomer.provider.awareness.getStates().size >= 3,
			5000,
			'presence of the observer and the attacker'
		);
		const ghosts = [...newcomer.provider.awareness.getStates().keys()].filter(
			(id) => id >= 1_000_000 && id < 1_030_000
		);
		expect(ghosts.length).toBeGreaterThan(0);
		expect(ghosts.length).toBeLessThanOrEqual(4);
	});

	it('lets a person who reconnected keep their presence, and nobody else take it', async () => {
		const server = await serve();
		const observer = open(server, 'board/again', 'as=member:obs');
		await observer.synced;
		const before = await raw(server, 'board/again', 'as=guest:wifi');
		before.ws.send(awarenessEntries(77, 1, { focus: 'a' }, 1));
		const focus = () => observer.provider.awareness.getStates().get(77)?.focus;
		await waitFor(() => focus() === 'a', 5000, 'the first presence');
		// The same guest on a new connection, while the old one is still open (not yet timed out).
		const after = await raw(server, 'board/again', 'as=guest:wifi');
		after.ws.send(awarenessEntries(77, 1, { focus: 'b' }, 2));
		await waitFor(() => focus() === 'b', 5000, 'the presence from the new connection');
		before.ws.close();
		await before.closed;
		// The old connection leaving took nothing with it: the new one still speaks for 77.
		after.ws.send(awarenessEntries(77, 1, { focus: 'c' }, 3));
		await waitFor(() => focus() === 'c', 5000, 'the presence after the old connection left');
		// Someone else cannot take it over: the server's answer to the thief's own query still shows 'c'.
		const thief = await raw(server, 'board/again', 'as=guest:thief');
		thief.ws.send(awarenessEntries(77, 1, { focus: 'stolen' }, 9));
		thief.ws.send(new Uint8Array([3]));
		// The room's presence comes once on connecting, then once more as the answer.
		const presence = () => thief.messages.filter((m) => m[0] === 1);
		await waitFor(() => presence().length >= 2, 5000, 'the answer to the query');
		const seen = new Awareness(new Y.Doc());
		const answer = presence()[1];
		applyAwarenessUpdate(seen, decoding.readVarUint8Array(decoding.createDecoder(answer.subarray(1))), null);
		expect(seen.getStates().get(77)).toEqual({
			focus: 'c',
			user: { id: 'wifi', name: 'Guest wifi', role: 'guest', facilitator: false }
		});
	});

	it('closes a connection whose presence state is larger than the cap', async () => {
		const server = await serve({ limits: { maxPresenceBytes: 1024 } });
		const attacker = await raw(server, 'board/fat', 'as=guest:fat');
		attacker.ws.send(awarenessEntries(42, 1, { user: { name: 'x' }, junk: 'z'.repeat(4096) }));
		expect(await attacker.closed).toEqual({ code: 1008, reason: 'presence-too-large' });
	});

	it('shows the name and role the server knows, whatever a guest claims', async () => {
		const server = await serve();
		const guest = open(server, 'board/names', 'as=guest:gus');
		const facilitator = open(server, 'board/names', 'as=member:fay');
		await Promise.all([guest.synced, facilitator.synced]);
		guest.provider.awareness.setLocalState({
			user: { id: 'fay', name: 'Name (facilitator)', facilitator: true, role: 'facilitator' },
			focus: 'note-1'
		});
		const seen = () => facilitator.provider.awareness.getStates().get(guest.doc.clientID);
		await waitFor(() => seen() !== undefined, 5000, 'the guest’s presence');
		expect(seen()).toEqual({
			user: { id: 'gus', name: 'Guest gus', role: 'guest', facilitator: false },
			focus: 'note-1'
		});
	});
});

describe('sync: warnings about bad messages are rate-limited', () => {
	it('writes one warning per address and reason per interval, however many messages it rejects', async () => {
		const lines: Array<{ msg: string; fields?: Record<string, unknown> }> = [];
		const record = (msg: string, fields?: Record<string, unknown>) => lines.push({ msg, fields });
		const server = await serve({ logger: { info: record, warn: record, error: record } });
		for (let i = 0; i < 40; i++) {
			const client = await raw(server, 'board/noisy', `as=guest:noisy${i}&ip=10.6.6.6`);
			client.ws.send('not binary');
			await client.closed;
		}
		expect(metric(server.sync.metrics(), 'samspil_sync_rejected_messages_total', 'reason="text-frame"')).toBe(40);
		const warnings = lines.filter((l) => l.msg === 'sync message rejected');
		expect(warnings.length).toBeGreaterThan(0);
		expect(warnings.length).toBeLessThanOrEqual(1);
	});
});

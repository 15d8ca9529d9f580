import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebSocket } from 'ws';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	grantTable,
	logLength,
	metric,
	startServer,
	storedDoc,
	upgradeStatus,
	waitFor,
	type Client,
	type TestServer
} from './support/harness';

let database: TestDatabase;
let server: TestServer;
const { grants, authorize } = grantTable();
const clients: Client[] = [];
const open = (docName: string, user?: string) => {
	const client = connect(server.url, docName, { user });
	clients.push(client);
	return client;
};
const closedWith = (client: Client) =>
	new Promise<{ code: number; reason: string }>((resolve) =>
		client.provider.on('closed', (event: { code: number; reason: string }) => resolve(event))
	);

beforeAll(async () => {
	database = await createTestDatabase();
	// The 1 s sweep is what applies permission changes nobody announced.
	server = await startServer({ db: database.db, authorize, revalidateIntervalMs: 1000 });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await database.close();
});

describe('sync: who may open a document', () => {
	it('refuses an upgrade without a signed-in user with 401 and loads no document', async () => {
		expect(await upgradeStatus(server.url, 'board/secret')).toBe(401);
		const text = server.sync.metrics();
		expect(metric(text, 'samspil_sync_doc_loads_total')).toBe(0);
		expect(metric(text, 'samspil_sync_refused_upgrades_total', 'status="401"')).toBe(1);
	});

	it('refuses a user without permission on the document with 403 and loads no document', async () => {
		grants.set('mallory board/other', 'write');
		expect(await upgradeStatus(server.url, 'board/secret', '?user=mallory')).toBe(403);
		expect(metric(server.sync.metrics(), 'samspil_sync_doc_loads_total')).toBe(0);
	});

	it('refuses paths that are not document names with 404', async () => {
		expect(await upgradeStatus(server.url, 'board/%3Cscript%3E', '?user=mallory')).toBe(404);
		expect(await upgradeStatus(server.url, 'board//x', '?user=mallory')).toBe(404);
		expect(await upgradeStatus(server.url, '', '?user=mallory')).toBe(404);
	});

	it('lets a read-only client follow the document but drops and counts its edits', async () => {
		grants.set('writer board/ro', 'write');
		grants.set('reader board/ro', 'read');
		const writer = open('board/ro', 'writer');
		const reader = open('board/ro', 'reader');
		await Promise.all([writer.synced, reader.synced]);
		writer.map.set('from', 'writer');
		await waitFor(() => reader.map.get('from') === 'writer', 5000, 'the reader to receive the edit');
		reader.map.set('from', 'reader');
		reader.map.set('extra', 1);
		await waitFor(() => metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total') >= 2);
		// A later joiner sees the writer's state, not the reader's local edits.
		const witness = open('board/ro', 'writer');
		await witness.synced;
		expect(witness.map.toJSON()).toEqual({ from: 'writer' });
		expect((await storedDoc(database.db, 'board/ro')).getMap('m').toJSON()).toEqual({ from: 'writer' });
	});

	it('never lets clients write live/ documents, even when authorize says write', async () => {
		grants.set('eager live/team/t1', 'write');
		const client = open('live/team/t1', 'eager');
		await client.synced;
		client.map.set('forged', true);
		await waitFor(() => metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total') >= 3);
		expect(await logLength(database.db, 'live/team/t1')).toBe(0);
	});

	it('closes an open connection within a second of its permission being revoked', async () => {
		grants.set('leaver board/revoke', 'write');
		const client = open('board/revoke', 'leaver');
		await client.synced;
		const closed = closedWith(client);
		const revokedAt = Date.now();
		grants.delete('leaver board/revoke');
		const event = await closed;
		expect(Date.now() - revokedAt).toBeLessThan(1500);
		expect(event.code).toBe(4403);
		// 4403 tells the stock provider not to come back: it stops trying (and so never reconnects).
		await waitFor(() => !client.provider.shouldConnect, 2000, 'the provider to give up');
		expect(client.provider.wsconnected).toBe(false);
	});

	it('downgrades an open connection to read-only within a second, and upgrades it back', async () => {
		grants.set('editor board/downgrade', 'write');
		grants.set('watcher board/downgrade', 'write');
		const editor = open('board/downgrade', 'editor');
		const watcher = open('board/downgrade', 'watcher');
		await Promise.all([editor.synced, watcher.synced]);
		editor.map.set('before', 1);
		await waitFor(() => watcher.map.get('before') === 1);

		// The server tells a connection it made read-only so (a y-protocols auth message, type 2).
		let toldReadOnly = false;
		(editor.provider.ws as unknown as WebSocket).on('message', (data: ArrayBuffer | Buffer) => {
			if (new Uint8Array(data)[0] === 2) toldReadOnly = true;
		});
		const downgradedAt = Date.now();
		grants.set('editor board/downgrade', 'read');
		await waitFor(() => toldReadOnly, 5000, 'the downgrade');
		expect(Date.now() - downgradedAt).toBeLessThan(1500);
		const dropped = metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total');
		editor.map.set('during', 1);
		await waitFor(() => metric(server.sync.metrics(), 'samspil_sync_readonly_updates_dropped_total') > dropped);
		expect(watcher.map.get('during')).toBeUndefined();
		expect(editor.provider.wsconnected).toBe(true);

		// Granting write again makes the server ask for the client's state: the dropped edit arrives.
		grants.set('editor board/downgrade', 'write');
		await server.sync.revalidate((c) => c.docName === 'board/downgrade');
		await waitFor(() => watcher.map.get('during') === 1, 5000, 'the edit made while read-only');
	});

	it('applies a revocation at once when a module calls revalidate()', async () => {
		grants.set('guest board/locked', 'write');
		const client = open('board/locked', 'guest');
		await client.synced;
		const closed = closedWith(client);
		grants.set('guest board/locked', 'none');
		const started = Date.now();
		await server.sync.revalidate((c) => c.docName === 'board/locked');
		expect((await closed).code).toBe(4403);
		expect(Date.now() - started).toBeLessThan(500);
	});
});

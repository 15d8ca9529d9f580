import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createTestDatabase, type TestDatabase } from '../support/db';
import {
	connect,
	grantTable,
	metric,
	startServer,
	storedDoc,
	waitFor,
	type Client,
	type TestServer
} from './support/harness';

let database: TestDatabase;
let server: TestServer;
const { grants, authorize } = grantTable();
const clients: Client[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
	server = await startServer({ db: database.db, authorize });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await database.close();
});

describe('sync: server-authored documents', () => {
	it('delivers a server-authored change to a connected read-only client', async () => {
		grants.set('viewer live/survey/s1', 'read');
		const viewer = connect(server.url, 'live/survey/s1', { user: 'viewer' });
		clients.push(viewer);
		await viewer.synced;
		await server.sync.writeDoc('live/survey/s1', (doc) => {
			doc.getMap('results').set('q1', { agree: 7, disagree: 2 });
		});
		await waitFor(() => viewer.doc.getMap('results').get('q1') !== undefined, 5000, 'the live result');
		expect(viewer.doc.getMap('results').toJSON()).toEqual({ q1: { agree: 7, disagree: 2 } });
	});

	it('has the change durable by the time writeDoc resolves', async () => {
		await server.sync.writeDoc('live/team/t9', (doc) => doc.getArray('feed').push(['meeting booked']));
		const stored = await storedDoc(database.db, 'live/team/t9');
		expect(stored.getArray('feed').toArray()).toEqual(['meeting booked']);
	});

	it('loads a document nobody has open, applies the change and unloads it again', async () => {
		const loaded = () => metric(server.sync.metrics(), 'samspil_sync_docs_loaded');
		const loads = () => metric(server.sync.metrics(), 'samspil_sync_doc_loads_total');
		// Only the first test's viewer keeps a document open; earlier writes have unloaded theirs.
		await waitFor(() => loaded() === 1, 5000, 'earlier documents to unload');
		const [loadedBefore, loadsBefore] = [loaded(), loads()];
		await server.sync.writeDoc('live/team/t10', (doc) => doc.getMap('m').set('first', 1));
		await waitFor(() => loaded() === loadedBefore, 5000, 'unload');
		await server.sync.writeDoc('live/team/t10', (doc) => doc.getMap('m').set('second', 2));
		expect(loads()).toBe(loadsBefore + 2);
		grants.set('viewer live/team/t10', 'read');
		const viewer = connect(server.url, 'live/team/t10', { user: 'viewer' });
		clients.push(viewer);
		await viewer.synced;
		expect(viewer.map.toJSON()).toEqual({ first: 1, second: 2 });
	});

	it('builds on the current state, so concurrent writes compose', async () => {
		const count = (doc: Y.Doc) => doc.getMap('counts').get('n') as number | undefined;
		await Promise.all(
			Array.from({ length: 10 }, () =>
				server.sync.writeDoc('live/counter', (doc) => doc.getMap('counts').set('n', (count(doc) ?? 0) + 1))
			)
		);
		expect(count(await storedDoc(database.db, 'live/counter'))).toBe(10);
	});
});

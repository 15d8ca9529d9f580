import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { connect, startServer, waitFor, type Client, type TestServer } from './support/harness';

let database: TestDatabase;
let server: TestServer;
const clients: Client[] = [];
const open = (docName: string) => {
	const client = connect(server.url, docName);
	clients.push(client);
	return client;
};

beforeAll(async () => {
	database = await createTestDatabase();
	server = await startServer({ db: database.db });
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	await server.stop();
	await database.close();
});

describe('sync: clients on one document', () => {
	it('converges two clients editing the same document concurrently', async () => {
		const alice = open('board/converge');
		const bob = open('board/converge');
		await Promise.all([alice.synced, bob.synced]);
		for (let i = 0; i < 20; i++) {
			alice.map.set(`a${i}`, i);
			bob.map.set(`b${i}`, i);
		}
		alice.doc.getText('t').insert(0, 'hello');
		bob.doc.getText('t').insert(0, 'world');
		await waitFor(() => alice.map.size === 40 && bob.map.size === 40, 5000, 'both clients to see 40 keys');
		await waitFor(() => alice.doc.getText('t').length === 10 && bob.doc.getText('t').length === 10);
		expect(bob.map.toJSON()).toEqual(alice.map.toJSON());
		expect(bob.doc.getText('t').toString()).toEqual(alice.doc.getText('t').toString());
	});

	it('gives a client that joins later the whole document', async () => {
		const first = open('board/late');
		await first.synced;
		const notes = first.doc.getArray<string>('notes');
		notes.push(['one', 'two', 'three']);
		first.map.set('title', 'Retro');
		const second = open('board/late');
		await second.synced;
		await waitFor(() => second.map.get('title') === 'Retro');
		const third = open('board/late');
		await third.synced;
		expect(third.doc.getArray('notes').toArray()).toEqual(['one', 'two', 'three']);
		expect(third.map.get('title')).toBe('Retro');
	});

	it('delivers a burst of updates from several clients in one turn to everyone', async () => {
		const writers = [open('board/burst'), open('board/burst'), open('board/burst')];
		const reader = open('board/burst');
		await Promise.all([...writers, reader].map((c) => c.synced));
		for (let round = 0; round < 50; round++) writers.forEach((w, i) => w.map.set(`w${i}-${round}`, round));
		await waitFor(
			() => reader.map.size === 150 && writers.every((w) => w.map.size === 150),
			5000,
			'all 150 entries everywhere'
		);
		for (const w of writers) expect(w.map.toJSON()).toEqual(reader.map.toJSON());
	});

	it('keeps documents apart: an edit in one never reaches another', async () => {
		const here = open('board/here');
		const there = open('board/there');
		await Promise.all([here.synced, there.synced]);
		here.map.set('only', 'here');
		const witness = open('board/here');
		await witness.synced;
		await waitFor(() => witness.map.get('only') === 'here');
		expect(there.map.get('only')).toBeUndefined();
	});

	it('shares awareness and removes a client’s presence when it leaves', async () => {
		const alice = open('board/presence');
		const bob = open('board/presence');
		await Promise.all([alice.synced, bob.synced]);
		alice.provider.awareness.setLocalStateField('user', { name: 'Alice' });
		const aliceId = alice.doc.clientID;
		await waitFor(() => bob.provider.awareness.getStates().get(aliceId)?.user?.name === 'Alice', 5000, 'presence');
		alice.provider.destroy();
		await waitFor(() => !bob.provider.awareness.getStates().has(aliceId), 5000, 'presence to go');
	});
});

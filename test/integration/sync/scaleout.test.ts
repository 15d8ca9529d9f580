import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { connect, startServer, storedDoc, waitFor, sleep, type Client, type TestServer } from './support/harness';
import { MemoryBus } from './support/bus';

let database: TestDatabase;
const servers: TestServer[] = [];
const clients: Client[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const s of servers) await s.stop().catch(() => undefined);
	await database.close();
});

async function twoInstances(compactEvery = 500) {
	const bus = new MemoryBus();
	const a = await startServer({ db: database.db, fanout: bus.fanout(), compactEvery, unloadDelayMs: 50 });
	const b = await startServer({ db: database.db, fanout: bus.fanout(), compactEvery, unloadDelayMs: 50 });
	servers.push(a, b);
	return { bus, a, b };
}

function open(server: TestServer, doc: string) {
	const client = connect(server.url, doc);
	clients.push(client);
	return client;
}

const holdsAll = (cs: Client[]) => {
	const keys = new Set(cs.flatMap((c) => [...c.map.keys()]));
	return cs.every((c) => c.map.size === keys.size);
};

describe('sync: two instances on one database', () => {
	it('passes edits and presence between the instances', async () => {
		const { a, b } = await twoInstances();
		const onA = open(a, 'board/fan');
		const onB = open(b, 'board/fan');
		await Promise.all([onA.synced, onB.synced]);
		onA.map.set('x', 1);
		await waitFor(() => onB.map.get('x') === 1, 5000, 'the edit to reach B');
		onB.provider.awareness.setLocalStateField('user', { name: 'bea' });
		await waitFor(() => [...onA.provider.awareness.getStates().values()].some((s) => (s as { user?: { name: string } }).user?.name === 'bea'), 5000, 'presence on A');
	});

	it('passes server-authored changes (live documents) to clients of the other instance', async () => {
		const { a, b } = await twoInstances();
		const onB = open(b, 'live/team/t1');
		await onB.synced;
		await a.sync.writeDoc('live/team/t1', (doc) => doc.getMap('m').set('schedule', 'friday'));
		await waitFor(() => onB.map.get('schedule') === 'friday', 5000, 'the live change on B');
	});

	it('shows who is already there to an instance that loads the document later', async () => {
		const { a, b } = await twoInstances();
		const onA = open(a, 'board/late');
		await onA.synced;
		onA.provider.awareness.setLocalStateField('user', { name: 'ada' });
		await sleep(50);
		const onB = open(b, 'board/late');
		await onB.synced;
		await waitFor(() => [...onB.provider.awareness.getStates().values()].some((s) => (s as { user?: { name: string } }).user?.name === 'ada'), 5000, 'ada on B');
	});

	it('catches up from the database after the bus was cut, losing nothing', async () => {
		const { bus, a, b } = await twoInstances();
		const onA = open(a, 'board/cut');
		const onB = open(b, 'board/cut');
		await Promise.all([onA.synced, onB.synced]);
		bus.cut();
		for (let i = 0; i < 50; i++) {
			onA.map.set(`a${i}`, i);
			onB.map.set(`b${i}`, i);
		}
		await sleep(200);
		// Without the bus, neither saw the other's edits.
		expect(onA.map.has('b0') || onB.map.has('a0')).toBe(false);
		bus.restore();
		await waitFor(() => holdsAll([onA, onB]) && onA.map.size === 100, 5000, 'both to converge');
	});

	it('keeps every update when both instances compact the same document while it is edited', async () => {
		const { a, b } = await twoInstances(10);
		const writers = [open(a, 'board/both'), open(a, 'board/both'), open(b, 'board/both'), open(b, 'board/both')];
		await Promise.all(writers.map((w) => w.synced));
		for (let n = 0; n < 60; n++) {
			writers.forEach((w, i) => w.map.set(`w${i}-${n}`, n));
			await sleep(2);
		}
		await waitFor(() => holdsAll(writers) && writers[0].map.size === 240, 10_000, 'convergence');
		for (const w of writers) w.provider.disconnect();
		await sleep(300); // unload: both compact
		const stored = (await storedDoc(database.db, 'board/both')).getMap('m');
		expect(stored.size).toBe(240);
		const snapshots = await database.db.selectFrom('doc_snapshots').select('doc').where('doc', '=', 'board/both').execute();
		expect(snapshots).toHaveLength(1);
	});
});

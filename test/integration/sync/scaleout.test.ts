import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { connect, metric, startServer, storedDoc, waitFor, type Client, type TestServer } from './support/harness';
import { MemoryBus } from './support/bus';
import { randomBytes } from 'node:crypto';
import { connectRedis, type RedisLink } from '../../../src/lib/server/cluster/redis';
import { redisFanout } from '../../../src/lib/server/cluster/fanout';

const loaded = (s: TestServer) => metric(s.sync.metrics(), 'samspil_sync_docs_loaded');

let database: TestDatabase;
const servers: TestServer[] = [];
const clients: Client[] = [];
const links: RedisLink[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	for (const c of clients) c.destroy();
	for (const s of servers) await s.stop().catch(() => undefined);
	for (const l of links) await l.close();
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
		await waitFor(
			() =>
				[...onA.provider.awareness.getStates().values()].some(
					(s) => (s as { user?: { name: string } }).user?.name === 'bea'
				),
			5000,
			'presence on A'
		);
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
		// A has taken ada in: another client of A sees her.
		const witness = open(a, 'board/late');
		await waitFor(
			() =>
				[...witness.provider.awareness.getStates().values()].some(
					(s) => (s as { user?: { name: string } }).user?.name === 'ada'
				),
			5000,
			'ada on A'
		);
		const onB = open(b, 'board/late');
		await onB.synced;
		await waitFor(
			() =>
				[...onB.provider.awareness.getStates().values()].some(
					(s) => (s as { user?: { name: string } }).user?.name === 'ada'
				),
			5000,
			'ada on B'
		);
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
		// Each instance has stored its own client's edits (so would have published them), yet without the bus
		// neither saw the other's.
		await waitFor(async () => (await storedDoc(database.db, 'board/cut')).getMap('m').size === 100, 5000, 'the edits');
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
			// Each round reaches every writer before the next, so edits and compactions interleave.
			await waitFor(() => writers.every((w) => w.map.size === 4 * (n + 1)), 5000, `round ${n}`);
		}
		await waitFor(() => holdsAll(writers) && writers[0].map.size === 240, 10_000, 'convergence');
		for (const w of writers) w.provider.disconnect();
		// Both unload, each compacting what it holds that is not in the snapshot yet, then count as unloaded.
		await waitFor(() => loaded(a) === 0 && loaded(b) === 0, 5000, 'both to unload');
		const stored = (await storedDoc(database.db, 'board/both')).getMap('m');
		expect(stored.size).toBe(240);
		const snapshots = await database.db
			.selectFrom('doc_snapshots')
			.select('doc')
			.where('doc', '=', 'board/both')
			.execute();
		expect(snapshots).toHaveLength(1);
	});

	it('drops a deleted board on every instance over Redis, its private drafts included, and nothing of it is stored again', async () => {
		// Two instances on the local Redis (REDIS_URL), as in production.
		const prefix = `test-${randomBytes(4).toString('hex')}:`;
		const fanout = async () => {
			const link = connectRedis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379', prefix);
			links.push(link);
			await waitFor(() => link.up, 2000, 'Redis');
			return redisFanout(link);
		};
		const a = await startServer({ db: database.db, fanout: await fanout(), unloadDelayMs: 50 });
		const b = await startServer({ db: database.db, fanout: await fanout(), unloadDelayMs: 50 });
		servers.push(a, b);
		const onA = open(a, 'board/gone');
		const shared = open(b, 'board/gone');
		const draft = open(b, 'board/gone/mine/u1');
		const other = open(b, 'board/kept');
		await Promise.all([onA, shared, draft, other].map((c) => c.synced));
		shared.map.set('note', 'on the board');
		draft.map.set('draft', 'nobody saw this');
		other.map.set('note', 'stays');
		const stored = async (doc: string) =>
			(await database.db.selectFrom('doc_updates').select('doc').where('doc', '=', doc).execute()).length +
			(await database.db.selectFrom('doc_snapshots').select('doc').where('doc', '=', doc).execute()).length;
		await waitFor(
			async () => (await stored('board/gone')) > 0 && (await stored('board/gone/mine/u1')) > 0,
			5000,
			'the edits to be stored'
		);
		// B's clients stop at the first close (a real one's reconnect would be refused: the rows are gone).
		const closed = [shared, draft].map(
			(c) =>
				new Promise<number>((resolve) =>
					c.provider.once('connection-close', (event: { code: number } | null) => {
						c.provider.shouldConnect = false;
						resolve(event?.code ?? 0);
					})
				)
		);

		await a.sync.dropDocs('board/gone');
		// B closes its connections at once: its permission sweep is off here, so only the message can do it.
		expect(await Promise.all(closed)).toEqual([4403, 4403]);
		// Nothing comes back from the rooms unloading or a late batch: checked once only board/kept is loaded.
		await waitFor(() => loaded(a) === 0 && loaded(b) === 1, 5000, 'the rooms to unload');
		expect(await stored('board/gone')).toBe(0);
		expect(await stored('board/gone/mine/u1')).toBe(0);
		expect(await stored('board/kept')).toBeGreaterThan(0);
		expect(other.provider.wsconnected).toBe(true);
	});
});

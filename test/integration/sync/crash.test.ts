import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { bundle } from './support/bundle';
import { connect, startServer, waitFor, type Client, type TestServer } from './support/harness';

let database: TestDatabase;
let serverJs: string;
let child: ChildProcess | undefined;
let restarted: TestServer | undefined;
const clients: Client[] = [];

beforeAll(async () => {
	database = await createTestDatabase();
	serverJs = await bundle(path.resolve('test/integration/sync/support/crash-server.ts'));
}, 60_000);

afterAll(async () => {
	for (const c of clients) c.destroy();
	child?.kill('SIGKILL');
	await restarted?.stop();
	await database.close();
	fs.rmSync(path.dirname(serverJs), { recursive: true, force: true });
});

describe('sync: a crashed server process', () => {
	it('loses nothing any client had received when killed with SIGKILL in the middle of edits', async () => {
		child = fork(serverJs, [], {
			env: {
				...process.env,
				SYNC_DB_URL: database.url,
				SYNC_DB_SCHEMA: database.schema ?? '',
				// Small, so compactions run (and get killed) during the edits too.
				SYNC_COMPACT_EVERY: '50'
			},
			stdio: ['ignore', 'inherit', 'inherit', 'ipc']
		});
		const [{ port }] = (await once(child, 'message')) as [{ port: number }];
		const url = `ws://127.0.0.1:${port}/sync`;
		const doc = 'board/kill-9';

		const reader = connect(url, doc);
		const writers = ['w1', 'w2', 'w3'].map(() => connect(url, doc));
		clients.push(reader, ...writers);
		await Promise.all([reader.synced, ...writers.map((w) => w.synced)]);

		let n = 0;
		const typing = setInterval(() => {
			writers.forEach((w, i) => {
				w.map.set(`w${i}-${n}`, n);
				w.doc.getText('t').insert(0, String(i));
			});
			n++;
		}, 1);
		await waitFor(() => reader.map.size > 300, 10_000, 'the reader to receive 300 edits');
		child.kill('SIGKILL');
		await once(child, 'exit');
		clearInterval(typing);
		// Whatever was in flight to the reader has arrived once its socket reports the close.
		await waitFor(() => !reader.provider.wsconnected, 5000, 'the reader to notice');
		for (const c of clients) c.provider.disconnect();
		const received = reader.map.toJSON();
		const receivedText = reader.doc.getText('t').length;
		expect(Object.keys(received).length).toBeGreaterThan(300);

		restarted = await startServer({ db: database.db });
		const fresh = connect(restarted.url, doc);
		clients.push(fresh);
		await fresh.synced;
		const recovered = fresh.map.toJSON();
		const missing = Object.keys(received).filter((k) => recovered[k] !== received[k]);
		expect(missing).toEqual([]);
		expect(fresh.doc.getText('t').length).toBeGreaterThanOrEqual(receivedText);
	}, 40_000);
});

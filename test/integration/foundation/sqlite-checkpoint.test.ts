// SQLite's WAL checkpoints run on a worker thread, never inside a COMMIT on the event loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openDatabase, type OpenedDatabase } from '../../../src/lib/server/db/index';

let opened: OpenedDatabase | null = null;
let dir = '';

afterEach(async () => {
	await opened?.close();
	opened = null;
	fs.rmSync(dir, { recursive: true, force: true });
});

async function writeMegabytes(db: OpenedDatabase['db'], megabytes: number) {
	await sql`create table blobs (id integer primary key, body text not null)`.execute(db);
	const body = 'x'.repeat(1024);
	for (let i = 0; i < megabytes * 1024; i += 256) {
		await db.transaction().execute(async (trx) => {
			for (let j = 0; j < 256; j++) await sql`insert into blobs (body) values (${body})`.execute(trx);
		});
	}
}

describe('SQLite checkpoints', () => {
	it('leave COMMITs alone: only the background checkpointer moves the WAL into the file', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ckpt-'));
		const file = path.join(dir, 'db.sqlite');
		// The worker's timer is set past the test, so only an inline checkpoint could grow the file during the writes
		// (however slowly a busy machine writes).
		opened = await openDatabase(`file:${file}`, { checkpointEveryMs: 10 * 60_000 });
		// 8 MiB is ~2,000 pages: SQLite's default would have checkpointed inline twice by now.
		await writeMegabytes(opened.db, 8);
		expect(fs.statSync(file).size).toBeLessThan(1024 * 1024);
	});

	it('are done by the background checkpointer on its timer', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ckpt-'));
		const file = path.join(dir, 'db.sqlite');
		opened = await openDatabase(`file:${file}`, { checkpointEveryMs: 200 });
		await writeMegabytes(opened.db, 8);
		await vi.waitFor(() => expect(fs.statSync(file).size).toBeGreaterThanOrEqual(8 * 1024 * 1024), {
			timeout: 10_000,
			interval: 100
		});
	});

	it('close cleanly: the WAL is folded back into the database file', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ckpt-'));
		const file = path.join(dir, 'db.sqlite');
		opened = await openDatabase(`file:${file}`);
		await writeMegabytes(opened.db, 1);
		await opened.close();
		opened = null;
		expect(fs.existsSync(`${file}-wal`)).toBe(false);
		const reopened = await openDatabase(`file:${file}`);
		const { rows } = await sql<{ n: number }>`select count(*) as n from blobs`.execute(reopened.db);
		expect(Number(rows[0].n)).toBe(1024);
		await reopened.close();
	});
});

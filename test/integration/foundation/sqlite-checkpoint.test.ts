// SQLite's WAL checkpoints run on a worker thread, never inside a COMMIT on the event loop.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
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
	it('leave COMMITs alone and are done by the background checkpointer', async () => {
		dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-ckpt-'));
		const file = path.join(dir, 'db.sqlite');
		opened = await openDatabase(`file:${file}`);
		// 8 MiB is ~2,000 pages: SQLite's default would have checkpointed inline twice by now.
		await writeMegabytes(opened.db, 8);
		const sizeAfterWrites = fs.statSync(file).size;
		expect(sizeAfterWrites).toBeLessThan(1024 * 1024);

		const until = Date.now() + 5000;
		while (fs.statSync(file).size < 8 * 1024 * 1024 && Date.now() < until) {
			await new Promise((r) => setTimeout(r, 100));
		}
		expect(fs.statSync(file).size).toBeGreaterThanOrEqual(8 * 1024 * 1024);
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

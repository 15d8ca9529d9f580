// The SQLite backup taken while the app writes restores to a consistent database.
import { describe, expect, it, vi } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { usingPostgres } from '../support/db';

const run = promisify(execFile);

describe.skipIf(usingPostgres)('backups', () => {
	it('takes a consistent online backup during writes, rotates old ones, and restores it', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-backup-'));
		const file = path.join(dir, 'samspil.db');
		const db = new Database(file);
		db.pragma('journal_mode = WAL');
		db.exec('create table notes (id integer primary key, batch integer not null, body text not null)');
		const insert = db.prepare('insert into notes (batch, body) values (?, ?)');
		// The newest 20 batches are kept, so the database stays small however long a busy machine takes.
		const prune = db.prepare('delete from notes where batch <= ?');
		const env = { ...process.env, DATABASE_URL: `file:${file}`, BACKUP_KEEP: '2' };

		// Keep writing in the background while three backups are taken.
		let writing = true;
		let written = 0;
		const writer = (async () => {
			while (writing) {
				db.transaction(() => {
					const batch = written++;
					for (let i = 0; i < 200; i++) insert.run(batch, `note ${batch}.${i} ${'x'.repeat(200)}`);
					prune.run(batch - 20);
				})();
				await new Promise((r) => setImmediate(r));
			}
		})();
		for (let i = 0; i < 3; i++) {
			const { stdout } = await run(process.execPath, ['src/bin/backup.js', 'backup'], { env });
			expect(stdout).toContain('Backup written');
			// The writer goes on between backups: the next one copies a database that changed meanwhile.
			const before = written;
			await vi.waitFor(() => expect(written).toBeGreaterThan(before));
		}
		writing = false;
		await writer;
		db.close();

		const backups = fs.readdirSync(path.join(dir, 'backups')).sort();
		expect(backups).toHaveLength(2);
		const newest = path.join(dir, 'backups', backups[1]);
		const copy = new Database(newest, { readonly: true });
		expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
		const count = (copy.prepare('select count(*) as n from notes').get() as { n: number }).n;
		// Whole transactions only: every batch in the copy has all its 200 notes.
		const partial = copy.prepare('select batch from notes group by batch having count(*) <> 200').all();
		copy.close();
		expect(count).toBeGreaterThan(0);
		expect(partial).toEqual([]);

		const { stdout } = await run(process.execPath, ['src/bin/backup.js', 'restore', newest], { env });
		expect(stdout).toContain('Restored');
		const restored = new Database(file, { readonly: true });
		expect(restored.pragma('integrity_check', { simple: true })).toBe('ok');
		expect((restored.prepare('select count(*) as n from notes').get() as { n: number }).n).toBe(count);
		restored.close();
	});

	it('refuses to restore a damaged file', async () => {
		const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-backup-'));
		const bad = path.join(dir, 'bad.db');
		fs.writeFileSync(bad, 'this is not a database');
		const err = await run(process.execPath, ['src/bin/backup.js', 'restore', bad], {
			env: { ...process.env, DATABASE_URL: `file:${path.join(dir, 'samspil.db')}` }
		}).catch((e) => e);
		expect(err.code).toBe(1);
		expect(fs.existsSync(path.join(dir, 'samspil.db'))).toBe(false);
	});
});

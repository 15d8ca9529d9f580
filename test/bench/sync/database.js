// A fresh, migrated database for the Samspil sync server under test (bench:sync, bench:cluster): a temporary
// SQLite file, or a new schema in the PostgreSQL database at `postgresUrl`. `remove()` deletes it again.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';

/**
 * `bundle`: the directory buildSyncBundle() wrote (its db.js and migrate.js open and migrate the database).
 * @param {string} bundle
 * @param {{ postgresUrl?: string }} [options]
 * @returns {Promise<{ url: string, schema?: string, remove: () => unknown }>}
 */
export async function freshDatabase(bundle, { postgresUrl } = {}) {
	const { openDatabase } = await import(path.join(bundle, 'db.js'));
	const { migrateToLatest } = await import(path.join(bundle, 'migrate.js'));
	if (postgresUrl) {
		const { default: pg } = await import('pg');
		const schema = `bench_${randomBytes(4).toString('hex')}`;
		const admin = async (/** @type {string} */ sql) => {
			const client = new pg.Client({ connectionString: postgresUrl });
			await client.connect();
			await client.query(sql);
			await client.end();
		};
		await admin(`create schema ${schema}`);
		const opened = await openDatabase(postgresUrl, { schema });
		await migrateToLatest(opened.db, { schema });
		await opened.close();
		return { url: postgresUrl, schema, remove: () => admin(`drop schema ${schema} cascade`) };
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-bench-'));
	const url = `file:${path.join(dir, 'bench.db')}`;
	const opened = await openDatabase(url);
	await migrateToLatest(opened.db);
	await opened.close();
	return { url, remove: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

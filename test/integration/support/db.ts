// A fresh, migrated database per test file: a temporary SQLite file, or, when TEST_DATABASE_URL is set,
// a new PostgreSQL schema (so concurrent runs never collide), dropped once the whole run is over
// (global-setup.ts) or, outside a run that set that up, when the file closes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../../src/lib/server/db/index';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { useDatabase } from '../../../src/lib/server/db/current';

export interface TestDatabase extends OpenedDatabase {
	/** what to hand a second process or connection to reach the same database */
	url: string;
	schema?: string;
}

export const usingPostgres = !!process.env.TEST_DATABASE_URL;

export async function createTestDatabase(): Promise<TestDatabase> {
	const pgUrl = process.env.TEST_DATABASE_URL;
	if (pgUrl) {
		const prefix = process.env.TEST_SCHEMA_PREFIX;
		const schema = `${prefix ?? 't_'}${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: pgUrl });
		await admin.connect();
		await admin.query(`create schema ${schema}`);
		await admin.end();
		const opened = await openDatabase(pgUrl, { schema });
		await migrateToLatest(opened.db, { schema });
		useDatabase(opened.db, 'postgres');
		return {
			...opened,
			url: pgUrl,
			schema,
			async close() {
				await opened.close();
				if (prefix) return; // global-setup.ts drops it after the run
				const c = new pg.Client({ connectionString: pgUrl });
				await c.connect();
				await c.query(`drop schema ${schema} cascade`);
				await c.end();
			}
		};
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-test-'));
	const url = `file:${path.join(dir, 'test.db')}`;
	const opened = await openDatabase(url);
	await migrateToLatest(opened.db);
	useDatabase(opened.db, 'sqlite');
	return {
		...opened,
		url,
		async close() {
			await opened.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

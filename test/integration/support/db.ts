// A fresh, migrated database per test file: a temporary SQLite file, or, when TEST_DATABASE_URL is set,
// a new PostgreSQL schema (so concurrent runs never collide), dropped once the whole run is over
// (global-setup.ts) or, outside a run that set that up, when the file closes it. The app is built around it
// by the composition root (createApp); a test that fakes a part (a mailer, a sync server) sets it on `app()`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../../src/lib/server/db/index';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { app, createApp, type AppContext } from '../../../src/lib/server/app/index';

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
		createApp({ db: opened.db, kind: 'postgres' });
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
	createApp({ db: opened.db, kind: 'sqlite' });
	return {
		...opened,
		url,
		async close() {
			await opened.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Gives this file's app another part for a while (rounds of a fake survey source, a store); returns the undo. */
export function swapAppPart<K extends keyof AppContext>(key: K, value: AppContext[K]): () => void {
	const previous = app()[key];
	app()[key] = value;
	return () => {
		app()[key] = previous;
	};
}

// A fresh, migrated database per test file: a temporary SQLite file, or, when TEST_DATABASE_URL is set, a
// PostgreSQL database copied from the template the run migrated once (global-setup.ts, which drops them all
// when the run is over); outside such a run, a new schema migrated here and dropped when the file closes it. The app is built around it
// by the composition root (createApp); a test that fakes a part (a mailer, a sync server) sets it on `app()`.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase, type OpenedDatabase } from '../../../src/lib/server/db/index';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { app, createApp, type AppContext } from '../../../src/lib/server/app/index';
import { databaseUrl } from './pg-names';

export interface TestDatabase extends OpenedDatabase {
	/** what to hand a second process or connection to reach the same database */
	url: string;
	schema?: string;
}

export const usingPostgres = !!process.env.TEST_DATABASE_URL;

export async function createTestDatabase(): Promise<TestDatabase> {
	const pgUrl = process.env.TEST_DATABASE_URL;
	const prefix = process.env.TEST_DATABASE_PREFIX;
	if (pgUrl && prefix) {
		const name = `${prefix}${randomBytes(6).toString('hex')}`;
		const admin = new pg.Client({ connectionString: pgUrl });
		await admin.connect();
		await admin.query(`create database "${name}" template "${prefix}template"`);
		await admin.end();
		const url = databaseUrl(pgUrl, name);
		const opened = await openDatabase(url);
		createApp({ db: opened.db, kind: 'postgres' });
		return { ...opened, url };
	}
	if (pgUrl) {
		const schema = `t_${randomBytes(6).toString('hex')}`;
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

// PostgreSQL runs (TEST_DATABASE_URL): the migrations run once, here, into a template database; every test file
// then gets a database of its own copied from it (support/db.ts), which takes a fraction of a second where
// migrating took seconds, and lets files run side by side (schemas in one database could not: Kysely's migrator
// lists the tables of every schema, and a file creating tables meanwhile failed that query). The databases are
// dropped here once every file is done.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openDatabase } from '../../../src/lib/server/db/index';
import { migrateToLatest } from '../../../src/lib/server/db/migrate';
import { databaseUrl } from './pg-names';

async function onServer<T>(url: string, fn: (client: pg.Client) => Promise<T>) {
	const client = new pg.Client({ connectionString: url });
	await client.connect();
	try {
		return await fn(client);
	} finally {
		await client.end();
	}
}

export default async function setup() {
	const url = process.env.TEST_DATABASE_URL;
	if (!url) return;
	const prefix = `t_${randomBytes(3).toString('hex')}_`;
	const template = `${prefix}template`;
	await onServer(url, (c) => c.query(`create database "${template}"`));
	const opened = await openDatabase(databaseUrl(url, template));
	try {
		await migrateToLatest(opened.db);
	} finally {
		await opened.close();
	}
	// Read by support/db.ts in the test workers, which inherit this process's environment.
	process.env.TEST_DATABASE_PREFIX = prefix;
	return async () => {
		await onServer(url, async (c) => {
			const { rows } = await c.query<{ datname: string }>(
				`select datname from pg_database where starts_with(datname, $1)`,
				[prefix]
			);
			for (const { datname } of rows) await c.query(`drop database "${datname}" with (force)`);
		});
	};
}

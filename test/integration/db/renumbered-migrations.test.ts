// Two migrations were numbered 0006; every one from the second on moved up by one. A database migrated
// under the old names (all of them, or part of them) must migrate under the new ones and end up with the
// same schema as a new database.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { Migrator, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase, type DB, type OpenedDatabase } from '../../../src/lib/server/db/index';
import { migrateToLatest, migrationProvider, renumberedMigrations } from '../../../src/lib/server/db/migrate';
import { databaseUrl } from '../support/pg-names';

const pgUrl = process.env.TEST_DATABASE_URL;
const opened: Array<{ close(): Promise<void> }> = [];

/** An empty database: a temporary SQLite file, or a new PostgreSQL database (dropped by global-setup.ts). */
async function emptyDatabase(): Promise<OpenedDatabase & { schema?: string }> {
	if (pgUrl) {
		const prefix = process.env.TEST_DATABASE_PREFIX;
		const name = `${prefix ?? 't_'}${randomBytes(6).toString('hex')}`;
		const onServer = async (query: string) => {
			const admin = new pg.Client({ connectionString: pgUrl });
			await admin.connect();
			await admin.query(query);
			await admin.end();
		};
		await onServer(`create database "${name}"`);
		const database = await openDatabase(databaseUrl(pgUrl, name));
		opened.push({
			async close() {
				await database.close();
				if (!prefix) await onServer(`drop database "${name}" with (force)`);
			}
		});
		return database;
	}
	const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'samspil-migrations-'));
	const database = await openDatabase(`file:${path.join(dir, 'test.db')}`);
	opened.push({
		async close() {
			await database.close();
			fs.rmSync(dir, { recursive: true, force: true });
		}
	});
	return database;
}

afterAll(async () => {
	for (const database of opened) await database.close();
});

const oldName = Object.fromEntries(Object.entries(renumberedMigrations).map(([before, after]) => [after, before]));

/** The migrations as the code before the renumbering named them. */
const oldProvider: MigrationProvider = {
	async getMigrations() {
		const migrations: Record<string, Migration> = {};
		for (const [name, migration] of Object.entries(await migrationProvider.getMigrations())) {
			migrations[oldName[name] ?? name] = migration;
		}
		return migrations;
	}
};

function migrator(db: DB, schema: string | undefined, provider: MigrationProvider) {
	return new Migrator({
		db,
		provider,
		allowUnorderedMigrations: true,
		...(schema ? { migrationTableSchema: schema } : {})
	});
}

/** Tables and their columns, as the database describes them. */
async function describeSchema(db: DB, schema: string | undefined) {
	const tables = await db.introspection.getTables();
	return tables
		.filter((t) => !schema || t.schema === schema)
		.map((t) => ({
			table: t.name,
			columns: t.columns
				.map((c) => `${c.name} ${c.dataType}${c.isNullable ? ' null' : ''}${c.hasDefaultValue ? ' default' : ''}`)
				.sort()
		}))
		.sort((a, b) => a.table.localeCompare(b.table));
}

async function recordedMigrations(db: DB, schema: string | undefined): Promise<string[]> {
	const records = (schema ? db.withSchema(schema) : db) as unknown as Kysely<{
		kysely_migration: { name: string };
	}>;
	const rows = await records.selectFrom('kysely_migration').select('name').orderBy('name').execute();
	return rows.map((r) => r.name);
}

const allNames = Object.keys(await migrationProvider.getMigrations()).sort();

describe('renumbered migrations', { timeout: 60_000 }, () => {
	it('gives every migration a number of its own', () => {
		const numbers = allNames.map((name) => name.slice(0, name.indexOf('_')));
		expect(numbers.length).toBeGreaterThan(0);
		expect(new Set(numbers).size).toBe(numbers.length);
	});

	it('migrates a database that ran every migration under the old names, and its schema is complete', async () => {
		const fresh = await emptyDatabase();
		await migrateToLatest(fresh.db, { schema: fresh.schema });

		const old = await emptyDatabase();
		const before = await migrator(old.db, old.schema, oldProvider).migrateToLatest();
		expect(before.error).toBeUndefined();
		expect(await recordedMigrations(old.db, old.schema)).toContain('0006_notify');

		const results = await migrateToLatest(old.db, { schema: old.schema });

		expect(results).toEqual([]);
		expect(await recordedMigrations(old.db, old.schema)).toEqual(allNames);
		expect(await describeSchema(old.db, old.schema)).toEqual(await describeSchema(fresh.db, fresh.schema));
	});

	it('runs the migrations a database migrated part of the way under the old names had not run yet', async () => {
		const fresh = await emptyDatabase();
		await migrateToLatest(fresh.db, { schema: fresh.schema });

		const old = await emptyDatabase();
		const before = await migrator(old.db, old.schema, oldProvider).migrateTo('0009_audit');
		expect(before.error).toBeUndefined();

		const results = await migrateToLatest(old.db, { schema: old.schema });

		// Everything from the session rotation on (0011, the first migration the old 0009_audit had not reached).
		const notYet = allNames.filter((name) => name >= '0011_session_rotation');
		expect(notYet.slice(0, 8)).toEqual([
			'0011_session_rotation',
			'0012_privacy',
			'0013_survey_dimension_counts',
			'0014_one_dimension_list',
			'0015_board_anonymous',
			'0016_survey_published_steps',
			'0017_bites_consent_versions_snapshots',
			'0018_credential_revocation_reason'
		]);
		expect(results.map((r) => [r.migrationName, r.status])).toEqual(notYet.map((name) => [name, 'Success']));
		expect(await recordedMigrations(old.db, old.schema)).toEqual(allNames);
		expect(await describeSchema(old.db, old.schema)).toEqual(await describeSchema(fresh.db, fresh.schema));
	});

	it("is needed: Kysely alone refuses a database whose recorded migrations it can't find", async () => {
		const old = await emptyDatabase();
		expect((await migrator(old.db, old.schema, oldProvider).migrateToLatest()).error).toBeUndefined();

		const { error } = await migrator(old.db, old.schema, migrationProvider).migrateToLatest();

		expect(String(error)).toMatch(/missing/);
	});

	it('leaves a database migrated under the new names as it is', async () => {
		const database = await emptyDatabase();
		await migrateToLatest(database.db, { schema: database.schema });

		expect(await migrateToLatest(database.db, { schema: database.schema })).toEqual([]);
		expect(await recordedMigrations(database.db, database.schema)).toEqual(allNames);
	});
});

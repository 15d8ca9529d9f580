// Runs the migrations in /migrations (plain JS files, so the same files run in dev, tests and the build).
import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import type { DB } from './index';

const files = import.meta.glob<Migration>('../../../../migrations/*.js', { eager: true });

/** Every migration by name (its file name without `.js`). */
export const migrationProvider: MigrationProvider = {
	async getMigrations() {
		const migrations: Record<string, Migration> = {};
		for (const [file, mod] of Object.entries(files)) {
			migrations[file.split('/').pop()!.replace(/\.js$/, '')] = mod;
		}
		return migrations;
	}
};

/**
 * Migrations renumbered after databases had run them: two were numbered 0006, so every one from the second
 * 0006 on moved up by one. Kysely records a migration by name and refuses to run when one it recorded is
 * missing, so a database migrated under the old names has its records renamed before migrating.
 */
export const renumberedMigrations: Readonly<Record<string, string>> = {
	'0006_notify': '0007_notify',
	'0007_bites': '0008_bites',
	'0008_jobs': '0009_jobs',
	'0009_audit': '0010_audit',
	'0010_session_rotation': '0011_session_rotation',
	'0011_privacy': '0012_privacy',
	'0012_survey_dimension_counts': '0013_survey_dimension_counts',
	'0013_one_dimension_list': '0014_one_dimension_list',
	'0014_board_anonymous': '0015_board_anonymous',
	'0015_survey_published_steps': '0016_survey_published_steps',
	'0016_bites_consent_versions_snapshots': '0017_bites_consent_versions_snapshots',
	'0017_credential_revocation_reason': '0018_credential_revocation_reason'
};

/** The table in which Kysely records which migrations ran (its default name); not part of `Database`. */
const migrationTable = 'kysely_migration';
interface MigrationRecords {
	[migrationTable]: { name: string; timestamp: string };
}

/**
 * Renames the records of renumbered migrations (see `renumberedMigrations`). Idempotent, and safe when two
 * instances start at once: no old name is a new one, so an update finds its row or nothing.
 */
async function renameRenumbered(db: DB, schema: string | undefined) {
	// The same test Kysely's Migrator makes before it creates its table.
	const tables = await db.introspection.getTables({ withInternalKyselyTables: true });
	if (!tables.some((t) => t.name === migrationTable && (!schema || t.schema === schema))) return;
	const records = (schema ? db.withSchema(schema) : db) as unknown as Kysely<MigrationRecords>;
	await records.transaction().execute(async (trx) => {
		for (const [before, after] of Object.entries(renumberedMigrations)) {
			await trx.updateTable(migrationTable).set({ name: after }).where('name', '=', before).execute();
		}
	});
}

/**
 * `schema`: the PostgreSQL schema the connection works in (tests give each file its own). Kysely looks for
 * its migration tables in every schema unless told which one, so concurrent test files would see each
 * other's lock table.
 */
export async function migrateToLatest(db: DB, options: { schema?: string } = {}): Promise<MigrationResult[]> {
	await renameRenumbered(db, options.schema);
	// Modules are developed side by side; a later-numbered migration may land before an earlier one.
	const migrator = new Migrator({
		db,
		provider: migrationProvider,
		allowUnorderedMigrations: true,
		...(options.schema ? { migrationTableSchema: options.schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error;
	return results ?? [];
}

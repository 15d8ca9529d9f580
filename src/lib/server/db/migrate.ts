// Runs the migrations in /migrations (plain JS files, so the same files run in dev, tests and the build).
import { Migrator, type Migration, type MigrationProvider, type MigrationResult } from 'kysely';
import type { DB } from './index';

const files = import.meta.glob<Migration>('../../../../migrations/*.js', { eager: true });

const provider: MigrationProvider = {
	async getMigrations() {
		const migrations: Record<string, Migration> = {};
		for (const [file, mod] of Object.entries(files)) {
			migrations[file.split('/').pop()!.replace(/\.js$/, '')] = mod;
		}
		return migrations;
	}
};

/**
 * `schema`: the PostgreSQL schema the connection works in (tests give each file its own). Kysely looks for
 * its migration tables in every schema unless told which one, so concurrent test files would see each
 * other's lock table.
 */
export async function migrateToLatest(db: DB, options: { schema?: string } = {}): Promise<MigrationResult[]> {
	// Modules are developed side by side; a later-numbered migration may land before an earlier one.
	const migrator = new Migrator({
		db,
		provider,
		allowUnorderedMigrations: true,
		...(options.schema ? { migrationTableSchema: options.schema } : {})
	});
	const { error, results } = await migrator.migrateToLatest();
	if (error) throw error;
	return results ?? [];
}

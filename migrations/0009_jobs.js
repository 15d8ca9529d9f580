// Background jobs that must run once across all instances (reminders, compaction sweeps): a lease per job
// and a record of every run. Plain rows and conditional UPDATEs, so the same lock works on SQLite and
// PostgreSQL without Redis.

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('job_leases')
		.addColumn('name', 'text', (c) => c.primaryKey())
		// the instance running it now; null when free
		.addColumn('owner', 'text')
		// ISO-8601: while in the future, nobody else may start the job (renewed while it runs)
		.addColumn('lease_until', 'text', (c) => c.notNull())
		.addColumn('next_run_at', 'text', (c) => c.notNull())
		.addColumn('last_finished_at', 'text')
		.execute();

	await db.schema
		.createTable('job_runs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('job', 'text', (c) => c.notNull())
		.addColumn('owner', 'text', (c) => c.notNull())
		// running | done | failed | abandoned (its instance died; the job ran again)
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('finished_at', 'text')
		.addColumn('error', 'text')
		.execute();
	await db.schema.createIndex('job_runs_job_started').on('job_runs').columns(['job', 'started_at']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('job_runs').execute();
	await db.schema.dropTable('job_leases').execute();
}

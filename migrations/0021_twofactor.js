// Two-factor sign-in (TOTP): a person's secret (encrypted), their one-time recovery codes (hashed), the
// short-lived challenges between password and second factor, and the organisation setting that requires it of admins.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('twofactor_secrets')
		// an id of its own, like every person table (privacy export and erasure read rows by id); one per person
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().unique().references('users.id').onDelete('cascade'))
		.addColumn('secret_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('enabled_at', 'text')
		.addColumn('last_step', 'integer')
		.execute();
	await db.schema
		.createTable('twofactor_recovery_codes')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('code_hash', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('used_at', 'text')
		.execute();
	await db.schema
		.createTable('twofactor_challenges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.alterTable('orgs')
		.addColumn('require_admin_twofactor', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('orgs').dropColumn('require_admin_twofactor').execute();
	for (const t of ['twofactor_challenges', 'twofactor_recovery_codes', 'twofactor_secrets'])
		await db.schema.dropTable(t).execute();
}

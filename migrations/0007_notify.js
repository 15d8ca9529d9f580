// In-app notifications (nudges) and each person's choice of which nudges they get, in-app and by email.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('notifications')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('message_key', 'text', (c) => c.notNull())
		.addColumn('params', 'text', (c) => c.notNull())
		.addColumn('link', 'text', (c) => c.notNull())
		// One row per nudge ever made: a second scheduler (or a second run) finds it and makes no other.
		.addColumn('dedupe_key', 'text', (c) => c.notNull().unique())
		.addColumn('in_app', 'integer', (c) => c.notNull())
		.addColumn('email_state', 'text', (c) => c.notNull())
		.addColumn('emailed_at', 'text')
		.addColumn('read_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('notifications_user')
		.on('notifications')
		.columns(['org_id', 'user_id', 'created_at'])
		.execute();
	await db.schema.createIndex('notifications_email').on('notifications').column('email_state').execute();

	await db.schema
		.createTable('notification_prefs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('in_app', 'integer', (c) => c.notNull())
		.addColumn('email', 'integer', (c) => c.notNull())
		.addUniqueConstraint('notification_prefs_once', ['org_id', 'user_id', 'kind'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('notification_prefs').execute();
	await db.schema.dropTable('notifications').execute();
}

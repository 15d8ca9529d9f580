// xAPI (issue 23): an organisation's Learning Record Store, and the statements queued for it. A statement is a
// row with its uuid as the primary key, sent in batches by a job through the claimed delivery queue
// (src/lib/server/jobs/queue.ts): the LRS gets each statement once, and a statement id it has seen is the same
// statement again (xAPI makes a repeated id idempotent). The LRS secret is sealed with the organisation's
// derived key, as the SSO client secret is, and never shown back.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('xapi_configs')
		.addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
		// the LRS's base URL; statements go to <endpoint>/statements
		.addColumn('endpoint', 'text', (c) => c.notNull())
		// Basic auth: the key in the clear, the secret sealed (v1.<base64url>)
		.addColumn('auth_key', 'text', (c) => c.notNull())
		.addColumn('secret_enc', 'text')
		// 'account' (an opaque id under the app's origin) | 'mbox' (the person's email address)
		.addColumn('identify', 'text', (c) => c.notNull())
		.addColumn('enabled', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('xapi_statements')
		// the statement's own id (a uuid)
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		// the person it is about (a member's user id, or an external learner's id): erasing them deletes it, whether
		// the statement names them by email or by an opaque account (no foreign key: external learners are not users)
		.addColumn('user_id', 'text')
		.addColumn('verb', 'text', (c) => c.notNull())
		// the statement as sent (JSON)
		.addColumn('statement', 'text', (c) => c.notNull())
		// queued | sending | sent | dead
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('next_attempt_at', 'text', (c) => c.notNull())
		.addColumn('claim_owner', 'text')
		.addColumn('claim_until', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('sent_at', 'text')
		.execute();
	await db.schema
		.createIndex('xapi_statements_due')
		.on('xapi_statements')
		.columns(['status', 'next_attempt_at'])
		.execute();
	await db.schema.createIndex('xapi_statements_user').on('xapi_statements').column('user_id').execute();
	await db.schema.createIndex('xapi_statements_org').on('xapi_statements').columns(['org_id', 'created_at']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('xapi_statements').execute();
	await db.schema.dropTable('xapi_configs').execute();
}

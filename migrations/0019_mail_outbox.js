// The mail outbox: every email is a row, written in the same transaction as what causes it (an invitation,
// a reset, a round opening) and sent later by a job (src/lib/server/mail/outbox.ts). A row is claimed by a
// conditional UPDATE before it is sent, so one instance sends it; failures wait longer each time and, after
// the last attempt, stay as a dead letter the organisation's admins see and may retry. Bodies are emptied
// once sent: a link in them (a reset, an invitation) is a credential the database need not keep.
// Survey rounds get the time their invitation emails were queued, so a round invites its teams once.

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('mail_outbox')
		.addColumn('id', 'text', (c) => c.primaryKey())
		// null for an account's own email (a password reset), which no single organisation owns
		.addColumn('org_id', 'text', (c) => c.references('orgs.id').onDelete('cascade'))
		// null when the address has no account yet (an invitation)
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		.addColumn('to_address', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('text_body', 'text', (c) => c.notNull())
		.addColumn('html_body', 'text', (c) => c.notNull())
		// JSON object of extra headers (List-Unsubscribe)
		.addColumn('headers', 'text', (c) => c.notNull())
		// queued | sending | sent | dead
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('next_attempt_at', 'text', (c) => c.notNull())
		// while sending: who claimed it and until when (a claim past this time is taken back)
		.addColumn('claim_owner', 'text')
		.addColumn('claim_until', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('sent_at', 'text')
		.execute();
	await db.schema.createIndex('mail_outbox_due').on('mail_outbox').columns(['status', 'next_attempt_at']).execute();
	await db.schema.createIndex('mail_outbox_org').on('mail_outbox').columns(['org_id', 'status']).execute();
	await db.schema.alterTable('survey_rounds').addColumn('invited_at', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('survey_rounds').dropColumn('invited_at').execute();
	await db.schema.dropTable('mail_outbox').execute();
}

// Chat messages (issue 23): nudges, survey invitations and reminders sent to Microsoft Teams or Slack through
// incoming webhooks. `chat_hooks` holds the organisation's channels (user_id null, set by an admin) and each
// person's own choice (user_id set: their own webhook, or one of the organisation's channels). The URL is the
// secret (whoever has it may post); only `url_hint` is ever shown again. `chat_messages` is the outgoing queue
// a job delivers with retries (src/lib/server/chat/outbox.ts).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('chat_hooks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		// null: one of the organisation's channels; set: that person's own choice
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		// slack | teams; null on a person's row that uses an organisation channel
		.addColumn('vendor', 'text')
		.addColumn('url', 'text')
		.addColumn('url_hint', 'text')
		// a person's row that posts through one of the organisation's channels
		.addColumn('channel_id', 'text', (c) => c.references('chat_hooks.id').onDelete('cascade'))
		.addColumn('label', 'text', (c) => c.notNull())
		// the language a channel's messages are written in (a person's own: their language)
		.addColumn('locale', 'text', (c) => c.notNull())
		// a channel: announce survey rounds as they open
		.addColumn('announce_surveys', 'integer', (c) => c.notNull())
		.addColumn('enabled', 'integer', (c) => c.notNull())
		.addColumn('failing_since', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('chat_hooks_org').on('chat_hooks').columns(['org_id', 'user_id']).execute();
	await db.schema
		.createTable('chat_messages')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('hook_id', 'text', (c) => c.notNull().references('chat_hooks.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		// the JSON body as it is posted: no answers, no feedback, no participation (chat/messages.ts)
		.addColumn('payload', 'text', (c) => c.notNull())
		// queued | sending | sent | dead
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('next_attempt_at', 'text', (c) => c.notNull())
		// the instance posting it, until claim_until (src/lib/server/jobs/queue.ts)
		.addColumn('claim_owner', 'text')
		.addColumn('claim_until', 'text')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('sent_at', 'text')
		.execute();
	await db.schema.createIndex('chat_messages_due').on('chat_messages').columns(['status', 'next_attempt_at']).execute();
	await db.schema.createIndex('chat_messages_hook').on('chat_messages').columns(['hook_id']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('chat_messages').execute();
	await db.schema.dropTable('chat_hooks').execute();
}

// Outgoing webhooks (issue 23), Standard Webhooks style: an admin registers an endpoint and its events; each
// event is a delivery row, sent by a job (src/lib/server/webhooks/delivery.ts) that claims a row with one
// conditional UPDATE as the mail outbox does, retries with growing delays and, when a delivery has failed every
// attempt, disables its hook and tells the organisation's admins.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('webhooks')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('url', 'text', (c) => c.notNull())
		// space-separated event types
		.addColumn('events', 'text', (c) => c.notNull())
		// whsec_<base64>, the signing secret; shown once to the admin
		.addColumn('secret', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('disabled_at', 'text')
		.addColumn('disabled_reason', 'text')
		.execute();
	await db.schema.createIndex('webhooks_org').on('webhooks').columns(['org_id']).execute();
	await db.schema
		.createTable('webhook_deliveries')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('webhook_id', 'text', (c) => c.notNull().references('webhooks.id').onDelete('cascade'))
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('event', 'text', (c) => c.notNull())
		// the JSON body, signed as sent; it holds no person's answer (see webhooks/events.ts)
		.addColumn('payload', 'text', (c) => c.notNull())
		// queued | sending | delivered | dead
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('attempts', 'integer', (c) => c.notNull())
		.addColumn('next_attempt_at', 'text', (c) => c.notNull())
		.addColumn('claim_owner', 'text')
		.addColumn('claim_until', 'text')
		.addColumn('last_status', 'integer')
		.addColumn('last_error', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('delivered_at', 'text')
		.execute();
	await db.schema
		.createIndex('webhook_deliveries_due')
		.on('webhook_deliveries')
		.columns(['status', 'next_attempt_at'])
		.execute();
	await db.schema
		.createIndex('webhook_deliveries_hook')
		.on('webhook_deliveries')
		.columns(['webhook_id', 'created_at'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('webhook_deliveries').execute();
	await db.schema.dropTable('webhooks').execute();
}

// Audit log: security-relevant and administrative events per organisation.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('audit_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('actor_id', 'text')
		.addColumn('actor_name', 'text')
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('target', 'text')
		.addColumn('detail', 'text')
		.addColumn('at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('audit_events_org_at').on('audit_events').columns(['org_id', 'at']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('audit_events').execute();
}

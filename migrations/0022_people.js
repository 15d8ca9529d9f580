// People import and SCIM provisioning: pending CSV imports (the preview an admin applies), one SCIM bearer token
// per organisation (stored hashed), deactivated memberships, and the identity provider's ids (SCIM externalId).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('people_imports')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		// the parsed lines as JSON: re-validated against the organisation when applied
		.addColumn('lines', 'text', (c) => c.notNull())
		.addColumn('applied_at', 'text')
		.execute();
	await db.schema.createIndex('people_imports_org').on('people_imports').columns(['org_id', 'created_at']).execute();
	await db.schema
		.createTable('scim_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().unique().references('orgs.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_by', 'text', (c) => c.notNull().references('users.id'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.execute();
	await db.schema.alterTable('memberships').addColumn('deactivated_at', 'text').execute();
	await db.schema.alterTable('memberships').addColumn('external_id', 'text').execute();
	await db.schema.alterTable('teams').addColumn('external_id', 'text').execute();
	// the language an import named for a new person: their account's language when they accept
	await db.schema.alterTable('invitations').addColumn('locale', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('invitations').dropColumn('locale').execute();
	await db.schema.alterTable('teams').dropColumn('external_id').execute();
	await db.schema.alterTable('memberships').dropColumn('external_id').execute();
	await db.schema.alterTable('memberships').dropColumn('deactivated_at').execute();
	await db.schema.dropTable('scim_tokens').execute();
	await db.schema.dropTable('people_imports').execute();
}

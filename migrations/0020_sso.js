// Single sign-on with OpenID Connect: one identity provider per organisation (client secret encrypted at rest),
// and the sign-ins under way (state, nonce and PKCE verifier kept server-side until the callback uses them once).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('sso_configs')
		.addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
		.addColumn('issuer', 'text', (c) => c.notNull())
		.addColumn('client_id', 'text', (c) => c.notNull())
		.addColumn('client_secret_enc', 'text')
		.addColumn('enabled', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('sso_only', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('default_team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('sso_logins')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('browser_hash', 'text', (c) => c.notNull())
		.addColumn('code_verifier', 'text', (c) => c.notNull())
		.addColumn('nonce', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('sso_logins').execute();
	await db.schema.dropTable('sso_configs').execute();
}

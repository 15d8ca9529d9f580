// API tokens (issue 23): personal tokens act as their person with their role of the moment; organisation tokens,
// made by an admin, act for the organisation with that admin's reading rights. Either carries scopes. Only the
// SHA-256 of the token is stored (a 256-bit random token needs no slow hash: nothing to guess by brute force).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		// personal | organisation
		.addColumn('kind', 'text', (c) => c.notNull())
		// the person a personal token acts as, and who made an organisation token
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		// space-separated, e.g. "teams:read people:read"
		.addColumn('scopes', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		// the first characters of the token, shown so a person can tell their tokens apart
		.addColumn('prefix', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('last_used_at', 'text')
		.addColumn('revoked_at', 'text')
		.execute();
	await db.schema.createIndex('api_tokens_org').on('api_tokens').columns(['org_id', 'kind', 'user_id']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('api_tokens').execute();
}

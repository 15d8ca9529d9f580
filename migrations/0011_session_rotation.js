// Sessions whose holder's privileges changed get a fresh token on their next request.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.alterTable('sessions')
		.addColumn('rotate', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('sessions').dropColumn('rotate').execute();
}

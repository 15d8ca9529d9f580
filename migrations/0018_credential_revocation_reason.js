// Revoking a credential asks why; the reason stays with the revocation (shown to credential managers).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema.alterTable('bite_credentials').addColumn('revoked_reason', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('bite_credentials').dropColumn('revoked_reason').execute();
}

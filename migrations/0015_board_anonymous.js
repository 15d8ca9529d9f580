// Boards mirror their anonymous mode into SQL (the control doc stays its source of truth): the sync server
// must know, for every presence message it relays, whether the board is anonymous, and asks SQL when it
// authorises a connection (see src/lib/server/boards/presence.ts). Boards made anonymous before this column
// existed are marked the first time the server reads their control doc.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.alterTable('boards')
		.addColumn('anonymous', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('boards').dropColumn('anonymous').execute();
}

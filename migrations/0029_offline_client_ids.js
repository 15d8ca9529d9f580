// Offline queue (issue 22): a quiz answer, a session log or a peer feedback written offline is sent when the device is
// back online, perhaps twice (a lost response, two tabs). Each carries a random id made on the device; the same
// person's same id is stored once. Null for everything written online without JavaScript (NULLs never collide).
const tables = [
	['bite_answers', 'learner_id'],
	['learning_logs', 'author_id'],
	['learning_feedback', 'giver_id']
];

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	for (const [table, person] of tables) {
		await db.schema.alterTable(table).addColumn('client_id', 'text').execute();
		await db.schema
			.createIndex(`${table}_client_id`)
			.on(table)
			.columns(['org_id', person, 'client_id'])
			.unique()
			.execute();
	}
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const [table] of tables) {
		await db.schema.dropIndex(`${table}_client_id`).execute();
		await db.schema.alterTable(table).dropColumn('client_id').execute();
	}
}

// Privacy: each organisation's retention settings (null = keep) and a mark on the placeholder accounts that
// stand in for erased people in records other people still need (a pair, a feedback given, an audit line).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema.alterTable('orgs').addColumn('retain_board_archive_months', 'integer').execute();
	await db.schema.alterTable('orgs').addColumn('retain_survey_comment_months', 'integer').execute();
	await db.schema.alterTable('users').addColumn('erased_at', 'text').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('users').dropColumn('erased_at').execute();
	await db.schema.alterTable('orgs').dropColumn('retain_survey_comment_months').execute();
	await db.schema.alterTable('orgs').dropColumn('retain_board_archive_months').execute();
}

// Learning-environment actions: the organisation's own catalogue actions, the teams' action plans
// and the follow-up answers given at review. The built-in catalogue is code (src/lib/actions/catalogue).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('action_custom')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('why', 'text', (c) => c.notNull())
		// JSON arrays in text, so SQLite and PostgreSQL store them alike
		.addColumn('how', 'text', (c) => c.notNull())
		.addColumn('factors', 'text', (c) => c.notNull())
		.addColumn('dimensions', 'text', (c) => c.notNull())
		.addColumn('driver', 'text', (c) => c.notNull())
		.addColumn('effort', 'text', (c) => c.notNull())
		.addColumn('first_effect_weeks', 'integer', (c) => c.notNull())
		.addColumn('indicator', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('archived_at', 'text')
		.execute();
	await db.schema.createIndex('action_custom_org').on('action_custom').column('org_id').execute();

	await db.schema
		.createTable('action_items')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
		// 'catalogue' (built-in or custom, see catalogue_id), 'own' or 'board'
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('catalogue_id', 'text')
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('owner_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		// calendar dates, YYYY-MM-DD
		.addColumn('start_date', 'text')
		.addColumn('due_date', 'text')
		.addColumn('review_date', 'text')
		.addColumn('indicator', 'text')
		.addColumn('target', 'text')
		.addColumn('notes', 'text')
		.addColumn('dimension_id', 'text')
		.addColumn('baseline_round_id', 'text')
		.addColumn('baseline_label', 'text')
		.addColumn('baseline_score', 'double precision')
		.addColumn('board_id', 'text')
		.addColumn('note_id', 'text')
		.addColumn('nudged_at', 'text')
		.addColumn('nudged_by', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('action_items_team').on('action_items').columns(['org_id', 'team_id']).execute();
	await db.schema.createIndex('action_items_owner').on('action_items').column('owner_id').execute();

	await db.schema
		.createTable('action_reviews')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('item_id', 'text', (c) => c.notNull().references('action_items.id').onDelete('cascade'))
		.addColumn('did_it', 'text', (c) => c.notNull())
		.addColumn('helped', 'text', (c) => c.notNull())
		.addColumn('comment', 'text')
		.addColumn('reviewed_by', 'text', (c) => c.notNull())
		.addColumn('reviewed_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('action_reviews_item').on('action_reviews').column('item_id').execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const t of ['action_reviews', 'action_items', 'action_custom']) await db.schema.dropTable(t).execute();
}

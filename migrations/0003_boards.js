// Dialogue boards: the SQL side of boards (what lists and access need), organisation templates,
// workshop sessions with join codes, guests, the participants whose private docs exist, and the minimal
// action items made from notes. The board's content lives in its Y.Doc (doc_updates / doc_snapshots).
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	await db.schema
		.createTable('boards')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('active'))
		.addColumn('locked', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('template', 'text')
		.addColumn('note_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('decision_count', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('ended_at', 'text')
		.execute();
	await db.schema.createIndex('boards_org').on('boards').columns(['org_id', 'updated_at']).execute();

	await db.schema
		.createTable('board_templates')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('content', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('board_templates_org').on('board_templates').column('org_id').execute();

	await db.schema
		.createTable('board_sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
		.addColumn('code', 'text', (c) => c.notNull())
		.addColumn('opened_by', 'text', (c) => c.notNull())
		.addColumn('opened_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.execute();
	await db.schema.createIndex('board_sessions_code').on('board_sessions').column('code').execute();
	await db.schema.createIndex('board_sessions_board').on('board_sessions').column('board_id').execute();

	await db.schema
		.createTable('board_guests')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
		.addColumn('session_id', 'text', (c) => c.notNull().references('board_sessions.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('expires_at', 'text', (c) => c.notNull())
		.addColumn('removed_at', 'text')
		.execute();
	await db.schema.createIndex('board_guests_session').on('board_guests').column('session_id').execute();

	await db.schema
		.createTable('board_participants')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.notNull().references('boards.id').onDelete('cascade'))
		.addColumn('participant_id', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('board_participants_board_participant', ['board_id', 'participant_id'])
		.execute();

	await db.schema
		.createTable('board_actions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('board_id', 'text', (c) => c.references('boards.id').onDelete('set null'))
		.addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('set null'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('source_kind', 'text', (c) => c.notNull())
		.addColumn('source_id', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull().defaultTo('open'))
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('board_actions_org').on('board_actions').columns(['org_id', 'board_id']).execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const t of [
		'board_actions',
		'board_participants',
		'board_guests',
		'board_sessions',
		'board_templates',
		'boards'
	]) {
		await db.schema.dropTable(t).execute();
	}
}

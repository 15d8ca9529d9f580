// Learning in daily work: programmes (buddy training, mentoring, peer-feedback circles), who takes part,
// skills and availability, pairs with their recurring schedule and its exceptions, session logs,
// buddy checklists with sign-off, structured peer feedback, and private calendar feeds.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const id = (/** @type {any} */ c) => c.primaryKey();
	const org = (/** @type {any} */ c) => c.notNull().references('orgs.id').onDelete('cascade');
	const user = (/** @type {any} */ c) => c.notNull().references('users.id').onDelete('cascade');

	await db.schema
		.createTable('learning_programmes')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('goals', 'text')
		.addColumn('cadence', 'text', (c) => c.notNull())
		.addColumn('start_date', 'text', (c) => c.notNull())
		.addColumn('end_date', 'text')
		.addColumn('session_count', 'integer')
		.addColumn('session_minutes', 'integer', (c) => c.notNull())
		.addColumn('start_time', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('learning_programmes_team')
		.on('learning_programmes')
		.columns(['org_id', 'team_id'])
		.execute();

	await db.schema
		.createTable('learning_participants')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('programme_id', 'text', (c) => c.notNull().references('learning_programmes.id').onDelete('cascade'))
		.addColumn('user_id', 'text', user)
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_participants_once', ['programme_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('learning_profiles')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('user_id', 'text', user)
		.addColumn('available_days', 'text', (c) => c.notNull())
		.addColumn('capacity', 'integer', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_profiles_once', ['org_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('learning_skills')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('user_id', 'text', user)
		.addColumn('direction', 'text', (c) => c.notNull())
		.addColumn('skill', 'text', (c) => c.notNull())
		.addColumn('skill_key', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_skills_once', ['org_id', 'user_id', 'direction', 'skill_key'])
		.execute();

	await db.schema
		.createTable('learning_exclusions')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('programme_id', 'text', (c) => c.notNull().references('learning_programmes.id').onDelete('cascade'))
		.addColumn('user_a', 'text', user)
		.addColumn('user_b', 'text', user)
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('learning_pairs')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
		.addColumn('programme_id', 'text', (c) => c.notNull().references('learning_programmes.id').onDelete('cascade'))
		.addColumn('guide_id', 'text', user)
		.addColumn('learner_id', 'text', user)
		.addColumn('round', 'integer')
		.addColumn('source', 'text', (c) => c.notNull())
		.addColumn('first_date', 'text', (c) => c.notNull())
		.addColumn('start_time', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('single', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('ended_at', 'text')
		.execute();
	await db.schema
		.createIndex('learning_pairs_programme')
		.on('learning_pairs')
		.columns(['org_id', 'programme_id'])
		.execute();
	await db.schema.createIndex('learning_pairs_team').on('learning_pairs').columns(['org_id', 'team_id']).execute();

	await db.schema
		.createTable('learning_exceptions')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('pair_id', 'text', (c) => c.notNull().references('learning_pairs.id').onDelete('cascade'))
		.addColumn('occurrence_date', 'text', (c) => c.notNull())
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('moved_date', 'text')
		.addColumn('moved_time', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_exceptions_once', ['pair_id', 'occurrence_date'])
		.execute();

	await db.schema
		.createTable('learning_logs')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
		.addColumn('programme_id', 'text', (c) => c.notNull().references('learning_programmes.id').onDelete('cascade'))
		.addColumn('pair_id', 'text', (c) => c.notNull().references('learning_pairs.id').onDelete('cascade'))
		.addColumn('author_id', 'text', user)
		.addColumn('partner_id', 'text', user)
		.addColumn('held_on', 'text', (c) => c.notNull())
		.addColumn('occurrence_date', 'text')
		.addColumn('minutes', 'integer', (c) => c.notNull())
		.addColumn('practised', 'text', (c) => c.notNull())
		.addColumn('skills', 'text', (c) => c.notNull())
		.addColumn('next_step', 'text', (c) => c.notNull())
		.addColumn('confirmed_at', 'text')
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('learning_logs_pair').on('learning_logs').columns(['org_id', 'pair_id']).execute();
	await db.schema
		.createIndex('learning_logs_team')
		.on('learning_logs')
		.columns(['org_id', 'team_id', 'held_on'])
		.execute();

	await db.schema
		.createTable('learning_checklist_items')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('programme_id', 'text', (c) => c.notNull().references('learning_programmes.id').onDelete('cascade'))
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('learning_signoffs')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('item_id', 'text', (c) => c.notNull().references('learning_checklist_items.id').onDelete('cascade'))
		.addColumn('pair_id', 'text', (c) => c.notNull().references('learning_pairs.id').onDelete('cascade'))
		.addColumn('learner_id', 'text', user)
		.addColumn('signed_by', 'text', user)
		.addColumn('signed_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_signoffs_once', ['item_id', 'learner_id'])
		.execute();

	await db.schema
		.createTable('learning_feedback')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('pair_id', 'text', (c) => c.references('learning_pairs.id').onDelete('set null'))
		.addColumn('giver_id', 'text', user)
		.addColumn('receiver_id', 'text', user)
		.addColumn('situation', 'text', (c) => c.notNull())
		.addColumn('behaviour', 'text', (c) => c.notNull())
		.addColumn('impact', 'text', (c) => c.notNull())
		.addColumn('feed_forward', 'text', (c) => c.notNull())
		.addColumn('reply', 'text')
		.addColumn('replied_at', 'text')
		.addColumn('helpful', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema
		.createIndex('learning_feedback_receiver')
		.on('learning_feedback')
		.columns(['org_id', 'receiver_id'])
		.execute();
	await db.schema
		.createIndex('learning_feedback_giver')
		.on('learning_feedback')
		.columns(['org_id', 'giver_id'])
		.execute();

	await db.schema
		.createTable('learning_feedback_shares')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('feedback_id', 'text', (c) => c.notNull().references('learning_feedback.id').onDelete('cascade'))
		.addColumn('user_id', 'text', user)
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('learning_feedback_shares_once', ['feedback_id', 'user_id'])
		.execute();

	await db.schema
		.createTable('learning_feeds')
		.addColumn('id', 'text', id)
		.addColumn('org_id', 'text', org)
		.addColumn('user_id', 'text', user)
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const t of [
		'learning_feeds',
		'learning_feedback_shares',
		'learning_feedback',
		'learning_signoffs',
		'learning_checklist_items',
		'learning_logs',
		'learning_exceptions',
		'learning_pairs',
		'learning_exclusions',
		'learning_skills',
		'learning_profiles',
		'learning_participants',
		'learning_programmes'
	]) {
		await db.schema.dropTable(t).execute();
	}
}

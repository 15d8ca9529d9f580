// Learning bites: modules of cards, quizzes, progress, spaced review, buddy challenges, badges,
// public collections for external learners, and micro-credentials with per-organisation signing keys.
/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const org = (c) => c.notNull().references('orgs.id').onDelete('cascade');

	await db.schema
		.createTable('bite_modules')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('summary', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('minutes', 'integer', (c) => c.notNull())
		.addColumn('language', 'text', (c) => c.notNull())
		.addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_modules_org').on('bite_modules').column('org_id').execute();

	await db.schema
		.createTable('bite_media')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('mime', 'text', (c) => c.notNull())
		.addColumn('size', 'integer', (c) => c.notNull())
		.addColumn('file_name', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_cards')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		/** Markdown for text cards, caption for media, the question for quizzes */
		.addColumn('body', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('media_id', 'text', (c) => c.references('bite_media.id').onDelete('set null'))
		.addColumn('media_url', 'text')
		.addColumn('alt', 'text')
		/** quiz: single | multiple | truefalse */
		.addColumn('quiz_kind', 'text')
		/** quiz options as JSON: [{ id, text, correct, feedback }] */
		.addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_cards_module').on('bite_cards').columns(['module_id', 'position']).execute();

	await db.schema
		.createTable('bite_assignments')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.references('teams.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
		.addColumn('due_on', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_assignments_org').on('bite_assignments').columns(['org_id', 'module_id']).execute();

	// A learner is a member (users.id) or an external learner (bite_learners.id); ids never collide.
	await db.schema
		.createTable('bite_learners')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('collection_id', 'text', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('email', 'text', (c) => c.notNull())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_progress')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('learner_id', 'text', (c) => c.notNull())
		.addColumn('position', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('seconds', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('started_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.addColumn('completed_at', 'text')
		.addColumn('score', 'integer')
		.addUniqueConstraint('bite_progress_module_learner', ['module_id', 'learner_id'])
		.execute();
	await db.schema.createIndex('bite_progress_learner').on('bite_progress').columns(['org_id', 'learner_id']).execute();

	await db.schema
		.createTable('bite_answers')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('card_id', 'text', (c) => c.notNull().references('bite_cards.id').onDelete('cascade'))
		.addColumn('learner_id', 'text', (c) => c.notNull())
		.addColumn('choices', 'text', (c) => c.notNull())
		.addColumn('correct', 'integer', (c) => c.notNull())
		/** 'module' when answered in the player, 'review' in the spaced review */
		.addColumn('context', 'text', (c) => c.notNull())
		.addColumn('answered_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('bite_answers_card').on('bite_answers').columns(['card_id', 'learner_id']).execute();

	// FSRS card state per learner and quiz question (ts-fsrs field names).
	await db.schema
		.createTable('bite_reviews')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('card_id', 'text', (c) => c.notNull().references('bite_cards.id').onDelete('cascade'))
		.addColumn('learner_id', 'text', (c) => c.notNull())
		.addColumn('due', 'text', (c) => c.notNull())
		.addColumn('stability', 'double precision', (c) => c.notNull())
		.addColumn('difficulty', 'double precision', (c) => c.notNull())
		.addColumn('scheduled_days', 'integer', (c) => c.notNull())
		.addColumn('learning_steps', 'integer', (c) => c.notNull())
		.addColumn('reps', 'integer', (c) => c.notNull())
		.addColumn('lapses', 'integer', (c) => c.notNull())
		.addColumn('state', 'integer', (c) => c.notNull())
		.addColumn('last_review', 'text')
		.addUniqueConstraint('bite_reviews_card_learner', ['card_id', 'learner_id'])
		.execute();
	await db.schema.createIndex('bite_reviews_due').on('bite_reviews').columns(['org_id', 'learner_id', 'due']).execute();

	await db.schema
		.createTable('bite_review_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('card_id', 'text', (c) => c.notNull().references('bite_cards.id').onDelete('cascade'))
		.addColumn('learner_id', 'text', (c) => c.notNull())
		.addColumn('rating', 'integer', (c) => c.notNull())
		/** days since the previous review: the retention curve's x axis */
		.addColumn('elapsed_days', 'integer', (c) => c.notNull())
		.addColumn('scheduled_days', 'integer', (c) => c.notNull())
		.addColumn('reviewed_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_settings')
		.addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
		.addColumn('gamification', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('quiet_start', 'text', (c) => c.notNull().defaultTo('18:00'))
		.addColumn('quiet_end', 'text', (c) => c.notNull().defaultTo('08:00'))
		.addColumn('daily_review', 'integer', (c) => c.notNull().defaultTo(5))
		.execute();

	await db.schema
		.createTable('bite_badges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('badge', 'text', (c) => c.notNull())
		.addColumn('earned_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('bite_badges_user_badge', ['org_id', 'user_id', 'badge'])
		.execute();

	await db.schema
		.createTable('bite_nudges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('user_id', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('count', 'integer', (c) => c.notNull())
		.addColumn('day', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('emailed_at', 'text')
		.addColumn('read_at', 'text')
		.addUniqueConstraint('bite_nudges_user_day', ['org_id', 'user_id', 'kind', 'day'])
		.execute();

	await db.schema
		.createTable('bite_challenges')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('module_id', 'text', (c) => c.notNull().references('bite_modules.id').onDelete('cascade'))
		.addColumn('challenger_id', 'text', (c) => c.notNull())
		.addColumn('buddy_id', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_collections')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('module_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		/** the public link's secret part; null while unpublished */
		.addColumn('public_token', 'text', (c) => c.unique())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_credential_defs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('title', 'text', (c) => c.notNull())
		.addColumn('outcomes', 'text', (c) => c.notNull())
		.addColumn('assessment', 'text', (c) => c.notNull())
		.addColumn('min_score', 'integer', (c) => c.notNull())
		.addColumn('eqf_level', 'integer', (c) => c.notNull())
		.addColumn('workload_hours', 'double precision', (c) => c.notNull())
		.addColumn('credits', 'double precision')
		.addColumn('quality_assurance', 'text', (c) => c.notNull())
		.addColumn('module_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('requires_ids', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('bite_credentials')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', org)
		.addColumn('def_id', 'text', (c) => c.notNull().references('bite_credential_defs.id').onDelete('cascade'))
		.addColumn('holder_id', 'text', (c) => c.notNull())
		.addColumn('holder_name', 'text', (c) => c.notNull())
		.addColumn('status_index', 'integer', (c) => c.notNull())
		.addColumn('jwt', 'text', (c) => c.notNull())
		.addColumn('issued_at', 'text', (c) => c.notNull())
		.addColumn('revoked_at', 'text')
		/** the public verification link's secret; null when the holder stops sharing */
		.addColumn('share_token', 'text', (c) => c.unique())
		.addUniqueConstraint('bite_credentials_def_holder', ['def_id', 'holder_id'])
		.addUniqueConstraint('bite_credentials_status_index', ['org_id', 'status_index'])
		.execute();

	await db.schema
		.createTable('bite_keys')
		.addColumn('org_id', 'text', (c) => c.primaryKey().references('orgs.id').onDelete('cascade'))
		.addColumn('kid', 'text', (c) => c.notNull())
		/** the organisation's name as last used on a credential (public pages show it without a session) */
		.addColumn('issuer_name', 'text', (c) => c.notNull())
		.addColumn('public_jwk', 'text', (c) => c.notNull())
		/** the private JWK, AES-256-GCM encrypted with a key derived from SECRET_KEY (or the data folder's key file) */
		.addColumn('private_enc', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const t of [
		'bite_keys',
		'bite_credentials',
		'bite_credential_defs',
		'bite_collections',
		'bite_challenges',
		'bite_nudges',
		'bite_badges',
		'bite_settings',
		'bite_review_log',
		'bite_reviews',
		'bite_answers',
		'bite_progress',
		'bite_learners',
		'bite_assignments',
		'bite_cards',
		'bite_media',
		'bite_modules'
	]) {
		await db.schema.dropTable(t).execute();
	}
}

// Learning-culture surveys: instruments (surveys, dimensions, questions), rounds, and the three tables
// that hold answers anonymously.
//
// Anonymity by design: survey_participation (who has answered, for one-response-per-person and
// reminders) and survey_responses / survey_counts / survey_comments (what was answered) share no
// column that joins them, carry no user id and no timestamp, and have random ids. On SQLite they are
// WITHOUT ROWID tables, so there is no hidden insertion-ordered rowid either: rows are stored in the
// order of their random primary keys. (PostgreSQL's equivalent is handled in responses.ts.)
import { PostgresAdapter, sql } from 'kysely';

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
	/** @param {import('kysely').CreateTableBuilder<any, any>} t */
	const withoutRowid = (t) => (postgres ? t : t.modifyEnd(sql`without rowid`));

	await db.schema
		.createTable('surveys')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		/** JSON: locale → text */
		.addColumn('title', 'text', (c) => c.notNull())
		/** the built-in instrument this was copied from ('learning-environment'), or null */
		.addColumn('instrument', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('surveys_org').on('surveys').column('org_id').execute();

	await db.schema
		.createTable('survey_dimensions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
		/** stable key of a built-in dimension (links to suggested actions), or null for one made here */
		.addColumn('key', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('description', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('survey_dimensions_survey').on('survey_dimensions').column('survey_id').execute();

	await db.schema
		.createTable('survey_questions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
		.addColumn('dimension_id', 'text', (c) => c.references('survey_dimensions.id').onDelete('set null'))
		.addColumn('key', 'text')
		.addColumn('position', 'integer', (c) => c.notNull())
		/** likert | scale10 | single | multiple | text */
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('text', 'text', (c) => c.notNull())
		/** JSON: array of (locale → text) for single and multiple choice */
		.addColumn('options', 'text', (c) => c.notNull().defaultTo('[]'))
		.addColumn('reverse', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('allow_dont_know', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.schema.createIndex('survey_questions_survey').on('survey_questions').column('survey_id').execute();

	await db.schema
		.createTable('survey_rounds')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('survey_id', 'text', (c) => c.notNull().references('surveys.id').onDelete('cascade'))
		.addColumn('name', 'text', (c) => c.notNull())
		/** calendar dates (YYYY-MM-DD) in `time_zone`, both days included */
		.addColumn('opens_on', 'text', (c) => c.notNull())
		.addColumn('closes_on', 'text', (c) => c.notNull())
		.addColumn('time_zone', 'text', (c) => c.notNull())
		.addColumn('closed_at', 'text')
		.addColumn('reminded_at', 'text')
		.addColumn('created_by', 'text', (c) => c.notNull())
		.addColumn('created_at', 'text', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('survey_rounds_org').on('survey_rounds').columns(['org_id', 'survey_id']).execute();

	await db.schema
		.createTable('survey_round_teams')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull().references('teams.id').onDelete('cascade'))
		.addUniqueConstraint('survey_round_teams_round_team', ['round_id', 'team_id'])
		.execute();
	await db.schema.createIndex('survey_round_teams_team').on('survey_round_teams').column('team_id').execute();

	// Who has answered a round (nothing about what). No timestamp: order of answering is not recorded.
	await withoutRowid(
		db.schema
			.createTable('survey_participation')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
			.addUniqueConstraint('survey_participation_round_user', ['round_id', 'user_id'])
	).execute();
	await db.schema
		.createIndex('survey_participation_round_team')
		.on('survey_participation')
		.columns(['round_id', 'team_id'])
		.execute();

	// One row per submitted response: which round and team it counts for, nothing else.
	await withoutRowid(
		db.schema
			.createTable('survey_responses')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
	).execute();
	await db.schema
		.createIndex('survey_responses_org_round_team')
		.on('survey_responses')
		.columns(['org_id', 'round_id', 'team_id'])
		.execute();

	// Closed answers, stored only as counts: how many people in a team gave a question each value
	// (value -1 = "don't know"). A submission adds one to its values in the same transaction. No row
	// holds a single answer, so not even one person's answers can be put back together into a profile,
	// and the results read a few thousand counts however many people answered.
	await withoutRowid(
		db.schema
			.createTable('survey_counts')
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('question_id', 'text', (c) => c.notNull())
			.addColumn('value', 'integer', (c) => c.notNull())
			.addColumn('n', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_counts_pk', ['round_id', 'team_id', 'question_id', 'value'])
	).execute();

	// Free-text answers, kept apart from the closed answers so a comment cannot be tied to its writer's scores.
	await withoutRowid(
		db.schema
			.createTable('survey_comments')
			.addColumn('id', 'text', (c) => c.primaryKey())
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('question_id', 'text', (c) => c.notNull())
			.addColumn('text', 'text', (c) => c.notNull())
	).execute();
	await db.schema
		.createIndex('survey_comments_org_round_team')
		.on('survey_comments')
		.columns(['org_id', 'round_id', 'team_id'])
		.execute();

	// Reminders a person has been sent for a round they have not answered (shown on their dashboard).
	await db.schema
		.createTable('survey_reminders')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('sent_at', 'text', (c) => c.notNull())
		.addUniqueConstraint('survey_reminders_round_user', ['round_id', 'user_id'])
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	for (const t of [
		'survey_reminders',
		'survey_comments',
		'survey_counts',
		'survey_responses',
		'survey_participation',
		'survey_round_teams',
		'survey_rounds',
		'survey_questions',
		'survey_dimensions',
		'surveys'
	]) {
		await db.schema.dropTable(t).execute();
	}
}

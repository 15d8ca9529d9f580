// Survey results advance in published steps (issue 16: anonymity over time), and closed rounds are sealed.
//
// - A submission now adds to survey_pending_counts / survey_pending_dimension_counts. Only when a team
//   has at least the minimum group of new responses since its last step are its pending counts added to
//   survey_counts / survey_dimension_counts, which are what results read: two reads of any view then
//   differ by nothing or by a whole step of responses.
// - survey_publication keeps, per round and team, how many responses arrived, how many are published
//   in the counts, and how many responses' comments are published (comments have their own, larger step).
//   It replaces survey_responses (one row per response), whose rows counted what must not be shown.
// - survey_comments.published: a comment is shown only once its team's comment step has taken it.
// - survey_rounds.sealed: set when a closed round's participation is dropped and its small cells folded
//   into the round's remainder (team_id 'remainder'), see src/lib/server/surveys/publication.ts.
//
// Everything already answered counts as published: it has been visible already, so showing it on
// reveals nothing new.
import { PostgresAdapter, sql } from 'kysely';

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
	/** @param {import('kysely').CreateTableBuilder<any, any>} t */
	const withoutRowid = (t) => (postgres ? t : t.modifyEnd(sql`without rowid`));

	await withoutRowid(
		db.schema
			.createTable('survey_pending_counts')
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('question_id', 'text', (c) => c.notNull())
			.addColumn('value', 'integer', (c) => c.notNull())
			.addColumn('n', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_pending_counts_pk', ['round_id', 'team_id', 'question_id', 'value'])
	).execute();
	await withoutRowid(
		db.schema
			.createTable('survey_pending_dimension_counts')
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('dimension_id', 'text', (c) => c.notNull())
			.addColumn('value', 'integer', (c) => c.notNull())
			.addColumn('n', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_pending_dimension_counts_pk', ['round_id', 'team_id', 'dimension_id', 'value'])
	).execute();
	await withoutRowid(
		db.schema
			.createTable('survey_publication')
			.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
			.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
			.addColumn('team_id', 'text', (c) => c.notNull())
			.addColumn('responses', 'integer', (c) => c.notNull())
			.addColumn('published', 'integer', (c) => c.notNull())
			.addColumn('comments_published', 'integer', (c) => c.notNull())
			.addPrimaryKeyConstraint('survey_publication_pk', ['round_id', 'team_id'])
	).execute();
	await sql`
		insert into survey_publication (org_id, round_id, team_id, responses, published, comments_published)
		select org_id, round_id, team_id, count(*), count(*), count(*) from survey_responses group by org_id, round_id, team_id
	`.execute(db);
	await db.schema.dropTable('survey_responses').execute();

	await db.schema
		.alterTable('survey_comments')
		.addColumn('published', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
	await db.updateTable('survey_comments').set({ published: 1 }).execute();
	await db.schema
		.alterTable('survey_rounds')
		.addColumn('sealed', 'integer', (c) => c.notNull().defaultTo(0))
		.execute();
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.alterTable('survey_rounds').dropColumn('sealed').execute();
	await db.schema.alterTable('survey_comments').dropColumn('published').execute();
	await db.schema
		.createTable('survey_responses')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull())
		.execute();
	for (const t of ['survey_publication', 'survey_pending_dimension_counts', 'survey_pending_counts'])
		await db.schema.dropTable(t).execute();
}

// Closed answers rolled up per dimension, kept beside survey_counts by the same submission.
//
// The results page's heatmap and trend need, per team and dimension, how many answers fell on each
// point of the scale (reverse-scored statements turned round). Summing survey_counts for that means
// joining every count to its question and grouping by an expression: ~9,000 rows per round at 50
// teams. This table holds the answer directly (teams × dimensions × 5 rows), so the page reads a
// few hundred counts. It is anonymous in exactly the way survey_counts is: counts per round and team,
// no ids, no times, stored WITHOUT ROWID on SQLite. A survey's structure is fixed once a round has
// used it, so a statement's dimension and direction never change under these counts.
import { PostgresAdapter, sql } from 'kysely';

/** @param {import('kysely').Kysely<any>} db */
export async function up(db) {
	const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
	const table = db.schema
		.createTable('survey_dimension_counts')
		.addColumn('org_id', 'text', (c) => c.notNull().references('orgs.id').onDelete('cascade'))
		.addColumn('round_id', 'text', (c) => c.notNull().references('survey_rounds.id').onDelete('cascade'))
		.addColumn('team_id', 'text', (c) => c.notNull())
		.addColumn('dimension_id', 'text', (c) => c.notNull())
		// 1–5 after turning reverse-scored statements round ("don't know" is not counted here)
		.addColumn('value', 'integer', (c) => c.notNull())
		.addColumn('n', 'integer', (c) => c.notNull())
		.addPrimaryKeyConstraint('survey_dimension_counts_pk', ['round_id', 'team_id', 'dimension_id', 'value']);
	await (postgres ? table : table.modifyEnd(sql`without rowid`)).execute();

	// Rounds answered before this table existed.
	await sql`
		insert into survey_dimension_counts (org_id, round_id, team_id, dimension_id, value, n)
		select c.org_id, c.round_id, c.team_id, q.dimension_id,
			case when q.reverse = 1 then 6 - c.value else c.value end,
			sum(c.n)
		from survey_counts c
		join survey_questions q on q.id = c.question_id
		where q.kind = 'likert' and q.dimension_id is not null and c.value between 1 and 5
		group by c.org_id, c.round_id, c.team_id, q.dimension_id, case when q.reverse = 1 then 6 - c.value else c.value end
	`.execute(db);
}

/** @param {import('kysely').Kysely<any>} db */
export async function down(db) {
	await db.schema.dropTable('survey_dimension_counts').execute();
}

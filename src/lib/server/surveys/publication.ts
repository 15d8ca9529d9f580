// Results advance in published steps, never response by response (anonymity over time).
//
// A submission adds to the team's *pending* counts. Only when the team has at least the minimum group of
// responses since its last step are the pending counts added to the published counts (survey_counts,
// survey_dimension_counts), which are all that results read. So two reads of any view — a page, the
// JSON or CSV, the live document — taken before and after one person answers are identical, and any two
// reads differ by whole steps of at least the minimum group of responses per team. Roll-ups (the whole
// round, trends) are sums of published steps and move the same way. Comments have their own step: a
// team's unpublished comments are published together once commentMinimum() responses arrived since the
// team's last comment step.
//
// Sealing a closed round (closeRound, or the job for rounds whose closing date passed): participation and
// reminders are dropped; every team's unpublished responses and comments, and any team cell below the
// minimum, are folded into the round's remainder (team_id REMAINDER, no team). The remainder counts for the
// whole round only, and only when it is itself a whole step (answers: the minimum; comments: the comment
// minimum) — then the whole round moves once more, by at least that many responses; unpublished comments
// of a remainder too small for that are deleted. A copy of the database taken afterwards holds per team
// only its published steps, and nothing about who answered.
import type { Transaction } from 'kysely';
import type { Database } from '../db/schema';
import { commentMinimum, minimumGroupSize } from './anonymity';

/** The team id of a round's remainder: answers that were never published under a team. */
export const REMAINDER = 'remainder';

type Trx = Transaction<Database>;
type CellTable = 'survey_counts' | 'survey_pending_counts';
type DimensionTable = 'survey_dimension_counts' | 'survey_pending_dimension_counts';
interface Cells {
	counts: CellTable;
	dimensions: DimensionTable;
}
const PENDING: Cells = { counts: 'survey_pending_counts', dimensions: 'survey_pending_dimension_counts' };
const PUBLISHED: Cells = { counts: 'survey_counts', dimensions: 'survey_dimension_counts' };

/** Adds one team's cells in `from` to `toTeam`'s cells in `to`, then deletes them from `from`. */
async function moveCells(trx: Trx, roundId: string, from: Cells, fromTeam: string, to: Cells, toTeam: string) {
	const counts = await trx
		.selectFrom(from.counts)
		.selectAll()
		.where('round_id', '=', roundId)
		.where('team_id', '=', fromTeam)
		.execute();
	if (counts.length) {
		await trx
			.insertInto(to.counts)
			.values(counts.map((c) => ({ ...c, team_id: toTeam })))
			.onConflict((oc) =>
				oc
					.columns(['round_id', 'team_id', 'question_id', 'value'])
					.doUpdateSet((eb) => ({ n: eb(`${to.counts}.n`, '+', eb.ref('excluded.n')) }))
			)
			.execute();
		await trx.deleteFrom(from.counts).where('round_id', '=', roundId).where('team_id', '=', fromTeam).execute();
	}
	const dims = await trx
		.selectFrom(from.dimensions)
		.selectAll()
		.where('round_id', '=', roundId)
		.where('team_id', '=', fromTeam)
		.execute();
	if (dims.length) {
		await trx
			.insertInto(to.dimensions)
			.values(dims.map((c) => ({ ...c, team_id: toTeam })))
			.onConflict((oc) =>
				oc
					.columns(['round_id', 'team_id', 'dimension_id', 'value'])
					.doUpdateSet((eb) => ({ n: eb(`${to.dimensions}.n`, '+', eb.ref('excluded.n')) }))
			)
			.execute();
		await trx.deleteFrom(from.dimensions).where('round_id', '=', roundId).where('team_id', '=', fromTeam).execute();
	}
}

/** Where a submission writes its closed answers: the pending counts, published later by `countResponse`. */
export const pendingTables = { counts: PENDING.counts, dimensions: PENDING.dimensions } as const;

/**
 * Counts one more response of a team (inside the submission's transaction, after its pending counts and
 * unpublished comments were written) and publishes the team's next step when it is whole.
 */
export async function countResponse(
	trx: Trx,
	orgId: string,
	roundId: string,
	teamId: string,
	orgMinimum: number | null | undefined
) {
	const minimum = minimumGroupSize(orgMinimum);
	await trx
		.insertInto('survey_publication')
		.values({ org_id: orgId, round_id: roundId, team_id: teamId, responses: 1, published: 0, comments_published: 0 })
		.onConflict((oc) =>
			oc
				.columns(['round_id', 'team_id'])
				.doUpdateSet((eb) => ({ responses: eb('survey_publication.responses', '+', 1) }))
		)
		.execute();
	const row = await trx
		.selectFrom('survey_publication')
		.selectAll()
		.where('round_id', '=', roundId)
		.where('team_id', '=', teamId)
		.executeTakeFirstOrThrow();
	const responses = Number(row.responses);
	if (responses - Number(row.published) >= minimum) {
		await moveCells(trx, roundId, PENDING, teamId, PUBLISHED, teamId);
		await trx
			.updateTable('survey_publication')
			.set({ published: responses })
			.where('round_id', '=', roundId)
			.where('team_id', '=', teamId)
			.execute();
	}
	if (responses - Number(row.comments_published) >= commentMinimum(minimum)) {
		await trx
			.updateTable('survey_comments')
			.set({ published: 1 })
			.where('round_id', '=', roundId)
			.where('team_id', '=', teamId)
			.where('published', '=', 0)
			.execute();
		await trx
			.updateTable('survey_publication')
			.set({ comments_published: responses })
			.where('round_id', '=', roundId)
			.where('team_id', '=', teamId)
			.execute();
	}
}

export interface Published {
	/** responses whose answers are published, per team (and REMAINDER) */
	answers: Map<string, number>;
	/** responses whose comments are published, per team (and REMAINDER) */
	comments: Map<string, number>;
}

/** What is published of each round: the only response counts any view may use. */
export async function publishedCounts(
	trx: Pick<Trx, 'selectFrom'>,
	orgId: string,
	roundIds: string[]
): Promise<Map<string, Published>> {
	const out = new Map<string, Published>(roundIds.map((id) => [id, { answers: new Map(), comments: new Map() }]));
	if (roundIds.length === 0) return out;
	const rows = await trx
		.selectFrom('survey_publication')
		.select(['round_id', 'team_id', 'published', 'comments_published'])
		.where('org_id', '=', orgId)
		.where('round_id', 'in', roundIds)
		.execute();
	for (const r of rows) {
		const p = out.get(r.round_id)!;
		if (Number(r.published) > 0) p.answers.set(r.team_id, Number(r.published));
		if (Number(r.comments_published) > 0) p.comments.set(r.team_id, Number(r.comments_published));
	}
	return out;
}

/**
 * Seals a closed round (inside the transaction that closes it, once): see the top of this file. The
 * remainder's answers and comments are published (for the whole round only) when each is a whole step.
 */
export async function sealRound(trx: Trx, orgId: string, roundId: string, orgMinimum: number | null | undefined) {
	const minimum = minimumGroupSize(orgMinimum);
	await trx.deleteFrom('survey_participation').where('round_id', '=', roundId).where('org_id', '=', orgId).execute();
	await trx.deleteFrom('survey_reminders').where('round_id', '=', roundId).where('org_id', '=', orgId).execute();

	const rows = await trx
		.selectFrom('survey_publication')
		.selectAll()
		.where('round_id', '=', roundId)
		.where('org_id', '=', orgId)
		.execute();
	const remainder = rows.find((r) => r.team_id === REMAINDER) ?? { responses: 0, published: 0, comments_published: 0 };
	let responses = Number(remainder.responses);
	let published = Number(remainder.published);
	let commentsPublished = Number(remainder.comments_published);
	// responses whose comments are folded into the remainder unpublished (a round is sealed once)
	let commentsPending = 0;
	for (const row of rows) {
		if (row.team_id === REMAINDER) continue;
		const unpublished = Number(row.responses) - Number(row.published);
		commentsPending += Number(row.responses) - Number(row.comments_published);
		let teamPublished = Number(row.published);
		let teamComments = Number(row.comments_published);
		if (unpublished > 0) {
			await moveCells(trx, roundId, PENDING, row.team_id, PENDING, REMAINDER);
			responses += unpublished;
		}
		// A published cell below the minimum (an admin raised it since) is shown nowhere: it joins the remainder.
		if (teamPublished > 0 && teamPublished < minimum) {
			await moveCells(trx, roundId, PUBLISHED, row.team_id, PUBLISHED, REMAINDER);
			responses += teamPublished;
			published += teamPublished;
			teamPublished = 0;
		}
		if (teamComments > 0 && teamComments < commentMinimum(minimum)) {
			await trx
				.updateTable('survey_comments')
				.set({ team_id: REMAINDER })
				.where('round_id', '=', roundId)
				.where('team_id', '=', row.team_id)
				.where('published', '=', 1)
				.execute();
			commentsPublished += teamComments;
			teamComments = 0;
		}
		await trx
			.updateTable('survey_comments')
			.set({ team_id: REMAINDER })
			.where('round_id', '=', roundId)
			.where('team_id', '=', row.team_id)
			.where('published', '=', 0)
			.execute();
		await trx
			.updateTable('survey_publication')
			.set({ responses: teamPublished, published: teamPublished, comments_published: teamComments })
			.where('round_id', '=', roundId)
			.where('team_id', '=', row.team_id)
			.execute();
	}
	if (responses - published >= minimum) {
		await moveCells(trx, roundId, PENDING, REMAINDER, PUBLISHED, REMAINDER);
		published = responses;
	}
	const unpublishedComments = trx
		.updateTable('survey_comments')
		.where('round_id', '=', roundId)
		.where('team_id', '=', REMAINDER)
		.where('published', '=', 0);
	if (commentsPending >= commentMinimum(minimum)) {
		await unpublishedComments.set({ published: 1 }).execute();
		commentsPublished += commentsPending;
	} else {
		await trx
			.deleteFrom('survey_comments')
			.where('round_id', '=', roundId)
			.where('team_id', '=', REMAINDER)
			.where('published', '=', 0)
			.execute();
	}
	if (responses > 0) {
		await trx
			.insertInto('survey_publication')
			.values({
				org_id: orgId,
				round_id: roundId,
				team_id: REMAINDER,
				responses,
				published,
				comments_published: commentsPublished
			})
			.onConflict((oc) =>
				oc.columns(['round_id', 'team_id']).doUpdateSet({ responses, published, comments_published: commentsPublished })
			)
			.execute();
	}
	await trx
		.updateTable('survey_rounds')
		.set({ sealed: 1 })
		.where('id', '=', roundId)
		.where('org_id', '=', orgId)
		.execute();
}

// Retention for surveys: free-text comments of rounds closed before a cutoff are deleted. Scores and
// counts stay: they are anonymous aggregates, and trends across rounds need them.
import { db } from '../db/current';

export async function purgeClosedRoundComments(orgId: string, cutoff: string): Promise<number> {
	const rounds = await db()
		.selectFrom('survey_rounds')
		.select('id')
		.where('org_id', '=', orgId)
		.where('closed_at', 'is not', null)
		.where('closed_at', '<', cutoff)
		.execute();
	if (!rounds.length) return 0;
	const r = await db()
		.deleteFrom('survey_comments')
		.where('org_id', '=', orgId)
		.where(
			'round_id',
			'in',
			rounds.map((x) => x.id)
		)
		.executeTakeFirst();
	return Number(r.numDeletedRows);
}

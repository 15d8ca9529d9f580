// Retention: each organisation may have archived boards deleted N months after their workshop ended and
// closed survey rounds' free-text comments deleted N months after closing (settings on /settings).
// `applyRetention` takes the clock so tests can move time; the job runner (runtime.ts, `privacy.retention`)
// calls it hourly on one instance at a time (and deleting is idempotent anyway).
import { listRetentionPolicies } from '../orgs/index';
import { purgeArchivedBoards } from '../boards/index';
import { purgeClosedRoundComments } from '../surveys/index';
import { record } from '../audit/index';

/** `now` minus whole calendar months, as an ISO timestamp (31 March − 1 month → 3 March, like Date does). */
export function monthsBefore(now: Date, months: number): string {
	const d = new Date(now.getTime());
	d.setUTCMonth(d.getUTCMonth() - months);
	return d.toISOString();
}

export interface RetentionRun {
	boardsDeleted: number;
	commentsDeleted: number;
}

export async function applyRetention(now = new Date()): Promise<RetentionRun> {
	const total: RetentionRun = { boardsDeleted: 0, commentsDeleted: 0 };
	for (const org of await listRetentionPolicies()) {
		const boards =
			org.retain_board_archive_months != null
				? await purgeArchivedBoards(org.id, monthsBefore(now, org.retain_board_archive_months))
				: 0;
		const comments =
			org.retain_survey_comment_months != null
				? await purgeClosedRoundComments(org.id, monthsBefore(now, org.retain_survey_comment_months))
				: 0;
		if (boards || comments)
			await record({ orgId: org.id, actor: null, action: 'privacy.retention_run', detail: { boards, comments } });
		total.boardsDeleted += boards;
		total.commentsDeleted += comments;
	}
	return total;
}

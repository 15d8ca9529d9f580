// An organisation's retention settings (how long archives and comments are kept), stored on the
// organisation; the privacy module applies them.
import { db } from '../db/current';
import { authorize } from '../policy';
import { record } from '../audit/index';
import type { Actor } from '../actor';

export interface Retention {
	/** months after a workshop ended that its archived board is deleted; null keeps it */
	boardArchiveMonths: number | null;
	/** months after a survey round closed that its free-text comments are deleted; null keeps them */
	surveyCommentMonths: number | null;
}

export async function getRetention(actor: Actor): Promise<Retention> {
	authorize(actor, 'privacy.retention', { orgId: actor.orgId });
	const org = await db()
		.selectFrom('orgs')
		.select(['retain_board_archive_months', 'retain_survey_comment_months'])
		.where('id', '=', actor.orgId)
		.executeTakeFirstOrThrow();
	return { boardArchiveMonths: org.retain_board_archive_months, surveyCommentMonths: org.retain_survey_comment_months };
}

export async function setRetention(actor: Actor, input: Retention) {
	authorize(actor, 'privacy.retention', { orgId: actor.orgId });
	await db()
		.updateTable('orgs')
		.set({
			retain_board_archive_months: input.boardArchiveMonths,
			retain_survey_comment_months: input.surveyCommentMonths
		})
		.where('id', '=', actor.orgId)
		.execute();
	await record({ orgId: actor.orgId, actor, action: 'privacy.retention', detail: { ...input } });
}

/** Organisations with any retention period set (the background job's work list). */
export async function listRetentionPolicies() {
	return db()
		.selectFrom('orgs')
		.select(['id', 'retain_board_archive_months', 'retain_survey_comment_months'])
		.where((eb) =>
			eb.or([eb('retain_board_archive_months', 'is not', null), eb('retain_survey_comment_months', 'is not', null)])
		)
		.execute();
}

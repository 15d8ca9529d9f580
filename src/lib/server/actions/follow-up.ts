// Following actions through: the team answers "did we do it?" and "did it help?" at review, owners are
// nudged when a review is due, and a linked survey dimension shows before/after from the survey rounds.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { Invalid } from '../errors';
import { can } from '../policy';
import { listMembers, listTeams } from '../orgs/index';
import { deliverNudge } from './nudges';
import type { Actor } from '../actor';
import type { Locale } from '$lib/actions/catalogue/index';
import { beforeAfter, type BeforeAfter } from '$lib/actions/ranking';
import type { DidIt, Helped } from '$lib/actions/live';
import { getItem, type PlanItem } from './plans';
import { authorizedRow, rowsForTeams, toItems } from './plan-rows';
import { publishPlan } from './live';
import { teamRounds } from './survey-results';
import type { Review } from './schemas';

export interface ReviewEntry {
	id: string;
	didIt: DidIt;
	helped: Helped;
	comment: string | null;
	at: string;
	byName: string | null;
}

/** The team's answers at a review. Answering also settles any nudge about it. */
export async function recordReview(actor: Actor, itemId: string, input: Review): Promise<void> {
	const row = await authorizedRow(actor, itemId, 'action.plan.edit');
	const now = nowIso();
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx
				.insertInto('action_reviews')
				.values({
					id: newId(),
					org_id: actor.orgId,
					item_id: itemId,
					did_it: input.didIt,
					helped: input.helped,
					comment: input.comment,
					reviewed_by: actor.userId,
					reviewed_at: now
				})
				.execute();
			await trx
				.updateTable('action_items')
				.set({ nudged_at: null, nudged_by: null, updated_at: now })
				.where('id', '=', itemId)
				.where('org_id', '=', actor.orgId)
				.execute();
		});
	await publishPlan(actor, row.team_id);
}

export async function listReviews(actor: Actor, itemId: string): Promise<ReviewEntry[]> {
	await authorizedRow(actor, itemId, 'action.plan.view');
	const names = new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
	const rows = await db()
		.selectFrom('action_reviews')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('item_id', '=', itemId)
		.orderBy('reviewed_at', 'desc')
		.execute();
	return rows.map((r) => ({
		id: r.id,
		didIt: r.did_it,
		helped: r.helped,
		comment: r.comment,
		at: r.reviewed_at,
		byName: names.get(r.reviewed_by) ?? null
	}));
}

/**
 * Asks the owner to follow the action up: they see it among their follow-ups until the team answers, and
 * get a notification (in the app, and by email when mail is set up and they want it).
 */
export async function nudgeOwner(actor: Actor, itemId: string): Promise<{ notified: boolean }> {
	const row = await authorizedRow(actor, itemId, 'action.plan.edit');
	if (!row.owner_id) throw new Invalid('error_actions_no_owner', 'ownerId');
	const nudgedAt = nowIso();
	await db()
		.updateTable('action_items')
		.set({ nudged_at: nudgedAt, nudged_by: actor.userId })
		.where('id', '=', itemId)
		.where('org_id', '=', actor.orgId)
		.execute();
	return { notified: await deliverNudge(actor, row, nudgedAt) };
}

export interface FollowUp {
	item: PlanItem;
	teamName: string;
	/** 'review' when the review date has come without an answer since; 'nudge' when someone asked */
	reasons: ('review' | 'nudge')[];
}

/**
 * The actor's own actions that want attention today: a review date that has come with no answer
 * given on or after it, or a nudge from a colleague. `today` is YYYY-MM-DD.
 */
export async function listMyFollowUps(actor: Actor, today: string, locale: Locale): Promise<FollowUp[]> {
	const teams = (await listTeams(actor)).filter((t) =>
		can(actor, 'action.plan.view', { orgId: actor.orgId, teamId: t.id })
	);
	const rows = (
		await rowsForTeams(
			actor.orgId,
			teams.map((t) => t.id)
		)
	).filter((r) => r.owner_id === actor.userId && r.status !== 'dropped');
	const items = await toItems(actor, rows, locale);
	const names = new Map(teams.map((t) => [t.id, t.name]));
	const out: FollowUp[] = [];
	for (const item of items) {
		const reasons: FollowUp['reasons'] = [];
		const answeredSince = item.latestReview && item.reviewDate && item.latestReview.at.slice(0, 10) >= item.reviewDate;
		if (item.reviewDate && item.reviewDate <= today && !answeredSince) reasons.push('review');
		if (item.nudgedAt) reasons.push('nudge');
		if (reasons.length) out.push({ item, teamName: names.get(item.teamId) ?? '', reasons });
	}
	return out.sort((a, b) => (a.item.reviewDate ?? '9999').localeCompare(b.item.reviewDate ?? '9999'));
}

/** Before/after for the action's linked dimension, from the team's survey rounds. */
export async function dimensionBeforeAfter(actor: Actor, itemId: string): Promise<BeforeAfter | null> {
	const item = await getItem(actor, itemId, 'en');
	if (!item.dimension) return null;
	return beforeAfterFor(item, await teamRounds(actor, item.teamId));
}

/** Before/after next to every linked action of a plan (one look at the survey rounds for all). */
export async function planBeforeAfter(
	actor: Actor,
	teamId: string,
	items: PlanItem[]
): Promise<Record<string, BeforeAfter>> {
	const linked = items.filter((i) => i.dimension && i.teamId === teamId);
	if (!linked.length) return {};
	const rounds = await teamRounds(actor, teamId);
	const out: Record<string, BeforeAfter> = {};
	for (const item of linked) {
		const result = beforeAfterFor(item, rounds);
		if (result) out[item.id] = result;
	}
	return out;
}

function beforeAfterFor(item: PlanItem, rounds: Awaited<ReturnType<typeof teamRounds>>): BeforeAfter | null {
	if (!item.dimension) return null;
	// The action counts from its start date, or from when it was put on the plan.
	const since = item.startDate ?? item.createdAt;
	const result = beforeAfter(rounds, item.dimension, since, item.baseline ?? undefined);
	return result.before || result.after ? result : null;
}

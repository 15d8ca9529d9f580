// A plan's rows read and turned into what pages and the live board show: items with owner and reviewer names,
// cards, and the row behind an item once the actor may act on its team's plan.
import { db } from '../db/current';
import { authorize, can } from '../policy';
import { NotFound } from '../errors';
import { listMembers } from '../orgs/index';
import type { Actor } from '../actor';
import type { ActionItemsTable } from '../db/schema';
import { builtinTitles, type DimensionId, type Locale } from '$lib/actions/catalogue/index';
import { sortCards, type DidIt, type Helped, type PlanCard } from '$lib/actions/live';
import type { PlanItem } from '$lib/actions/plan-item';
import { isCustomId } from './catalogue';

export type Row = ActionItemsTable;

export async function teamRows(orgId: string, teamId: string): Promise<Row[]> {
	return db()
		.selectFrom('action_items')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.orderBy('position')
		.execute();
}

export async function latestReviews(orgId: string, itemIds: string[]) {
	const latest = new Map<
		string,
		{ did_it: string; helped: string; comment: string | null; reviewed_at: string; reviewed_by: string }
	>();
	if (!itemIds.length) return latest;
	const rows = await db()
		.selectFrom('action_reviews')
		.select(['item_id', 'did_it', 'helped', 'comment', 'reviewed_at', 'reviewed_by'])
		.where('org_id', '=', orgId)
		.where('item_id', 'in', itemIds)
		.orderBy('reviewed_at')
		.execute();
	for (const r of rows) latest.set(r.item_id, r);
	return latest;
}

export async function namesOf(actor: Actor): Promise<Map<string, string>> {
	return new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
}

export async function toItems(actor: Actor, rows: Row[], locale: Locale): Promise<PlanItem[]> {
	const names = await namesOf(actor);
	const reviews = await latestReviews(
		actor.orgId,
		rows.map((r) => r.id)
	);
	return rows.map((r) => {
		const titles = r.catalogue_id && !isCustomId(r.catalogue_id) ? (builtinTitles(r.catalogue_id) ?? null) : null;
		const review = reviews.get(r.id);
		return {
			id: r.id,
			teamId: r.team_id,
			source: r.source,
			catalogueId: r.catalogue_id,
			title: titles?.[locale] ?? r.title,
			titles,
			ownerId: r.owner_id,
			ownerName: r.owner_id ? (names.get(r.owner_id) ?? null) : null,
			status: r.status,
			position: r.position,
			startDate: r.start_date,
			dueDate: r.due_date,
			reviewDate: r.review_date,
			indicator: r.indicator,
			target: r.target,
			notes: r.notes,
			dimension: r.dimension_id as DimensionId | null,
			baseline:
				r.baseline_round_id || r.baseline_score != null
					? { roundId: r.baseline_round_id, label: r.baseline_label, score: r.baseline_score }
					: null,
			boardId: r.board_id,
			noteId: r.note_id,
			boardLink: r.board_id ? `/boards/${encodeURIComponent(r.board_id)}` : null,
			nudgedAt: r.nudged_at,
			nudgedBy: r.nudged_by ? (names.get(r.nudged_by) ?? null) : null,
			latestReview: review
				? {
						didIt: review.did_it as DidIt,
						helped: review.helped as Helped,
						comment: review.comment,
						at: review.reviewed_at,
						byName: names.get(review.reviewed_by) ?? null
					}
				: null,
			createdAt: r.created_at,
			updatedAt: r.updated_at
		};
	});
}

export function toCard(item: PlanItem): PlanCard {
	return {
		id: item.id,
		title: item.titles?.en ?? item.title,
		titles: item.titles,
		status: item.status,
		position: item.position,
		ownerId: item.ownerId,
		ownerName: item.ownerName,
		dueDate: item.dueDate,
		reviewDate: item.reviewDate,
		source: item.source,
		boardId: item.boardId,
		dimension: item.dimension,
		review: item.latestReview
			? { didIt: item.latestReview.didIt, helped: item.latestReview.helped, at: item.latestReview.at }
			: null,
		updatedAt: item.updatedAt
	};
}

/** The team's cards for its live document (actions/live.ts reaches this through the app: app/index.ts). */
export async function planCards(actor: Actor, teamId: string): Promise<PlanCard[]> {
	return sortCards((await toItems(actor, await teamRows(actor.orgId, teamId), 'en')).map(toCard));
}

export async function rowOf(actor: Actor, itemId: string): Promise<Row> {
	const row = await db()
		.selectFrom('action_items')
		.selectAll()
		.where('id', '=', itemId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!row) throw new NotFound('action');
	return row;
}

/** Internal: the row behind an item after checking the actor may do `action` on its team's plan. */
export async function authorizedRow(
	actor: Actor,
	itemId: string,
	action: 'action.plan.view' | 'action.plan.edit' | 'action.plan.remove'
): Promise<Row> {
	const row = await rowOf(actor, itemId);
	// Someone who may not even see the plan learns nothing about the action, not even that it exists.
	if (action !== 'action.plan.view' && !canView(actor, row.team_id)) throw new NotFound('action');
	authorize(actor, action, { orgId: actor.orgId, teamId: row.team_id });
	return row;
}

export function canView(actor: Actor, teamId: string) {
	return can(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
}

/** Internal (overview, follow-ups): every plan row of the given teams. */
export async function rowsForTeams(orgId: string, teamIds: string[]): Promise<Row[]> {
	if (!teamIds.length) return [];
	return db()
		.selectFrom('action_items')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', 'in', teamIds)
		.execute();
}

// A team's action plan: actions picked from the catalogue, written by the team, or taken from a board's
// decision; each with an owner, dates, status, indicator and target. Every change is published to the
// plan's live document after it commits.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Invalid, NotFound } from '../errors';
import { getTeam, listMembers, listTeamMembers } from '../orgs/index';
import type { Actor } from '../actor';
import type { ActionItemsTable } from '../db/schema';
import { builtinTitles, type DimensionId, type Locale } from '$lib/actions/catalogue/index';
import { STATUSES, sortCards, type DidIt, type Helped, type PlanCard, type Status } from '$lib/actions/live';
import { findCatalogueAction, isCustomId } from './catalogue';
import type { PlanItem } from '$lib/actions/plan-item';

export type { PlanItem };
import { publishPlan, useCardBuilder } from './live';
import { latestRound } from './survey-results';
import { assertBoardFor } from './boards';
import type { FromBoard, ItemUpdate, OwnAction } from './schemas';


type Row = ActionItemsTable;

async function teamRows(orgId: string, teamId: string): Promise<Row[]> {
	return db()
		.selectFrom('action_items')
		.selectAll()
		.where('org_id', '=', orgId)
		.where('team_id', '=', teamId)
		.orderBy('position')
		.execute();
}

async function latestReviews(orgId: string, itemIds: string[]) {
	const latest = new Map<string, { did_it: string; helped: string; comment: string | null; reviewed_at: string; reviewed_by: string }>();
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

async function namesOf(actor: Actor): Promise<Map<string, string>> {
	return new Map((await listMembers(actor)).map((p) => [p.id, p.name]));
}

async function toItems(actor: Actor, rows: Row[], locale: Locale): Promise<PlanItem[]> {
	const names = await namesOf(actor);
	const reviews = await latestReviews(actor.orgId, rows.map((r) => r.id));
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
			baseline: r.baseline_round_id || r.baseline_score != null
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
		review: item.latestReview ? { didIt: item.latestReview.didIt, helped: item.latestReview.helped, at: item.latestReview.at } : null,
		updatedAt: item.updatedAt
	};
}

useCardBuilder(async (actor, teamId) => sortCards((await toItems(actor, await teamRows(actor.orgId, teamId), 'en')).map(toCard)));

/** The team's plan in board order (status column, then position). */
export async function getPlan(actor: Actor, teamId: string, locale: Locale): Promise<PlanItem[]> {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	const items = await toItems(actor, await teamRows(actor.orgId, teamId), locale);
	return items.sort((a, b) => STATUSES.indexOf(a.status) - STATUSES.indexOf(b.status) || a.position - b.position);
}

/** What the actor may do with the team's plan; another organisation's team is not found, and a
 *  plan the actor may not see is forbidden. Routes ask this before they read any form. */
export async function planAccess(actor: Actor, teamId: string) {
	const team = await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	return {
		team: { id: team.id, name: team.name },
		canEdit: can(actor, 'action.plan.edit', { orgId: actor.orgId, teamId }),
		canRemove: can(actor, 'action.plan.remove', { orgId: actor.orgId, teamId })
	};
}

/** Brings the plan's live document up to date with SQL (e.g. on opening the plan after a restart). */
export async function refreshLivePlan(actor: Actor, teamId: string): Promise<void> {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
	await publishPlan(actor, teamId);
}

async function rowOf(actor: Actor, itemId: string): Promise<Row> {
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

function canView(actor: Actor, teamId: string) {
	return can(actor, 'action.plan.view', { orgId: actor.orgId, teamId });
}

export async function getItem(actor: Actor, itemId: string, locale: Locale): Promise<PlanItem> {
	const row = await rowOf(actor, itemId);
	if (!canView(actor, row.team_id)) throw new NotFound('action');
	const [item] = await toItems(actor, [row], locale);
	return item;
}

async function nextPosition(teamId: string, status: Status): Promise<number> {
	const row = await db()
		.selectFrom('action_items')
		.select((eb) => eb.fn.max('position').as('max'))
		.where('team_id', '=', teamId)
		.where('status', '=', status)
		.executeTakeFirst();
	return Number(row?.max ?? 0) + 1;
}

async function assertOwner(actor: Actor, teamId: string, ownerId: string | null | undefined) {
	if (!ownerId) return;
	const members = await listTeamMembers(actor, teamId);
	if (!members.some((m) => m.id === ownerId)) throw new Invalid('error_actions_owner_not_in_team', 'ownerId');
}

function assertDates(input: { startDate?: string | null; dueDate?: string | null; reviewDate?: string | null }) {
	if (input.startDate && input.dueDate && input.dueDate < input.startDate) {
		throw new Invalid('error_actions_due_before_start', 'dueDate');
	}
	if (input.startDate && input.reviewDate && input.reviewDate < input.startDate) {
		throw new Invalid('error_actions_review_before_start', 'reviewDate');
	}
}

/** The latest survey round's score for the dimension, kept as the "before" of before/after. */
async function baselineFor(actor: Actor, teamId: string, dimension: DimensionId | null) {
	const empty = { baseline_round_id: null, baseline_label: null, baseline_score: null };
	if (!dimension) return empty;
	const round = await latestRound(actor, teamId);
	if (!round) return empty;
	const score = round.scores[dimension];
	return { baseline_round_id: round.roundId, baseline_label: round.label, baseline_score: typeof score === 'number' ? score : null };
}

async function insertItem(
	actor: Actor,
	teamId: string,
	values: Partial<Row> & Pick<Row, 'source' | 'title'>
): Promise<string> {
	const now = nowIso();
	const status = values.status ?? 'planned';
	const dimension = (values.dimension_id ?? null) as DimensionId | null;
	const row: Row = {
		id: newId(),
		org_id: actor.orgId,
		team_id: teamId,
		catalogue_id: null,
		owner_id: null,
		start_date: null,
		due_date: null,
		review_date: null,
		indicator: null,
		target: null,
		notes: null,
		dimension_id: null,
		board_id: null,
		note_id: null,
		nudged_at: null,
		nudged_by: null,
		...(await baselineFor(actor, teamId, dimension)),
		...values,
		status,
		position: await nextPosition(teamId, status),
		created_by: actor.userId,
		created_at: now,
		updated_at: now
	};
	await db().insertInto('action_items').values(row).execute();
	await publishPlan(actor, teamId);
	return row.id;
}

async function authorizeEdit(actor: Actor, teamId: string) {
	await getTeam(actor, teamId);
	authorize(actor, 'action.plan.edit', { orgId: actor.orgId, teamId });
}

/** Puts a catalogue action on the team's plan, with its indicator and primary dimension filled in. */
export async function addFromCatalogue(
	actor: Actor,
	input: { teamId: string; catalogueId: string },
	locale: Locale
): Promise<string> {
	await authorizeEdit(actor, input.teamId);
	const action = await findCatalogueAction(actor.orgId, input.catalogueId, locale);
	if (!action) throw new NotFound('catalogue action');
	return insertItem(actor, input.teamId, {
		source: 'catalogue',
		catalogue_id: action.id,
		title: action.title,
		indicator: action.indicator,
		dimension_id: action.dimensions[0] ?? null
	});
}

/** An action the team writes itself. */
export async function createOwnAction(actor: Actor, teamId: string, input: OwnAction): Promise<string> {
	await authorizeEdit(actor, teamId);
	assertDates(input);
	await assertOwner(actor, teamId, input.ownerId);
	return insertItem(actor, teamId, {
		source: 'own',
		title: input.title,
		owner_id: input.ownerId ?? null,
		start_date: input.startDate ?? null,
		due_date: input.dueDate ?? null,
		review_date: input.reviewDate ?? null,
		indicator: input.indicator ?? null,
		target: input.target ?? null,
		notes: input.notes ?? null,
		dimension_id: input.dimension ?? null
	});
}

/**
 * A board's decision (or note) becomes an action on the team's plan, linked back to the board (which
 * must be one the actor can see, and the team's own when it belongs to a team). Taking the same note
 * twice gives the existing action, so a double click makes no duplicate.
 */
export async function createActionFromBoard(
	actor: Actor,
	input: FromBoard,
	locale: Locale = 'en'
): Promise<{ id: string; boardLink: string }> {
	await authorizeEdit(actor, input.teamId);
	await assertBoardFor(actor, input.boardId, input.teamId);
	const title = input.title.trim();
	if (!title) throw new Invalid('error_required', 'title');
	const boardLink = `/boards/${encodeURIComponent(input.boardId)}`;
	if (input.noteId) {
		const existing = await db()
			.selectFrom('action_items')
			.select(['id', 'source'])
			.where('org_id', '=', actor.orgId)
			.where('team_id', '=', input.teamId)
			.where('board_id', '=', input.boardId)
			.where('note_id', '=', input.noteId)
			.executeTakeFirst();
		// A decision made into an action item in the workshop is on the plan already, in its own words; a
		// catalogue action picked for it later becomes that item (the decision kept in its notes).
		if (existing && input.catalogueId && existing.source === 'board') {
			const action = await findCatalogueAction(actor.orgId, input.catalogueId, locale);
			if (!action) throw new NotFound('catalogue action');
			const dimension = (action.dimensions[0] ?? null) as DimensionId | null;
			await db()
				.updateTable('action_items')
				.set({
					source: 'catalogue',
					catalogue_id: action.id,
					title: action.title,
					indicator: action.indicator,
					dimension_id: dimension,
					notes: title,
					...(await baselineFor(actor, input.teamId, dimension)),
					updated_at: nowIso()
				})
				.where('id', '=', existing.id)
				.execute();
			await publishPlan(actor, input.teamId);
			return { id: existing.id, boardLink };
		}
		if (existing) return { id: existing.id, boardLink };
	}
	const link = { board_id: input.boardId, note_id: input.noteId ?? null };
	if (input.catalogueId) {
		const action = await findCatalogueAction(actor.orgId, input.catalogueId, locale);
		if (!action) throw new NotFound('catalogue action');
		const id = await insertItem(actor, input.teamId, {
			source: 'catalogue',
			catalogue_id: action.id,
			title: action.title,
			indicator: action.indicator,
			dimension_id: action.dimensions[0] ?? null,
			notes: title,
			...link
		});
		return { id, boardLink };
	}
	const id = await insertItem(actor, input.teamId, { source: 'board', title: title.slice(0, 200), ...link });
	return { id, boardLink };
}

export async function updateItem(actor: Actor, itemId: string, input: ItemUpdate): Promise<void> {
	const row = await authorizedRow(actor, itemId, 'action.plan.edit');
	assertDates(input);
	await assertOwner(actor, row.team_id, input.ownerId);
	const dimensionChanged = (input.dimension ?? null) !== row.dimension_id;
	const statusChanged = input.status !== row.status;
	await db()
		.updateTable('action_items')
		.set({
			// A built-in action keeps its translated title; only the team's own wording is editable.
			title: row.catalogue_id && !isCustomId(row.catalogue_id) ? row.title : input.title,
			owner_id: input.ownerId,
			status: input.status,
			...(statusChanged ? { position: await nextPosition(row.team_id, input.status) } : {}),
			start_date: input.startDate,
			due_date: input.dueDate,
			review_date: input.reviewDate,
			indicator: input.indicator,
			target: input.target,
			notes: input.notes,
			dimension_id: input.dimension,
			...(dimensionChanged ? await baselineFor(actor, row.team_id, input.dimension) : {}),
			updated_at: nowIso()
		})
		.where('id', '=', itemId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishPlan(actor, row.team_id);
}

/** Moves an action to another status column (drag and drop, or the keyboard's "move to"). */
export async function moveItem(actor: Actor, itemId: string, status: Status): Promise<void> {
	const row = await authorizedRow(actor, itemId, 'action.plan.edit');
	if (row.status === status) return;
	await db()
		.updateTable('action_items')
		.set({ status, position: await nextPosition(row.team_id, status), updated_at: nowIso() })
		.where('id', '=', itemId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishPlan(actor, row.team_id);
}

export async function removeItem(actor: Actor, itemId: string): Promise<{ teamId: string }> {
	const row = await authorizedRow(actor, itemId, 'action.plan.remove');
	await db().deleteFrom('action_items').where('id', '=', itemId).where('org_id', '=', actor.orgId).execute();
	await publishPlan(actor, row.team_id);
	return { teamId: row.team_id };
}

/** Internal (overview, follow-ups): every plan row of the given teams. */
export async function rowsForTeams(orgId: string, teamIds: string[]): Promise<Row[]> {
	if (!teamIds.length) return [];
	return db().selectFrom('action_items').selectAll().where('org_id', '=', orgId).where('team_id', 'in', teamIds).execute();
}

export { toItems };

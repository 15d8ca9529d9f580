// Changing a team's plan: actions added (from the catalogue, written by the team, taken from a board's
// decision), edited, moved and removed. Each change is published to the plan's live document after it commits,
// and an action tied to a dimension keeps the latest survey score as its "before".
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import { getTeam, listTeamMembers } from '../orgs/index';
import type { Actor } from '../actor';
import type { DimensionId, Locale } from '$lib/actions/catalogue/index';
import type { Status } from '$lib/actions/live';
import { findCatalogueAction, isCustomId } from './catalogue';
import { publishPlan } from './live';
import { emitEvent } from '../webhooks/index';

/** Tells the organisation's webhooks (`action.changed`): ids and status only, never the action's people. */
const announce = (
	actor: Actor,
	teamId: string,
	actionId: string,
	status: string,
	change: 'created' | 'updated' | 'moved' | 'removed'
) => emitEvent(actor.orgId, 'action.changed', { actionId, teamId, status, change });
import { latestRound, teamRounds } from './survey-results';
import { assertBoardFor, boardOrigin } from './boards';
import { authorizedRow, type Row } from './plan-rows';
import type { FromBoard, ItemUpdate, OwnAction } from './schemas';

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

/**
 * The survey score of the dimension kept as the "before" of before/after: the latest round's, or the round
 * a board discusses (`roundId`) for an action decided on it. A score the surveys module withholds for the team
 * (below the minimum group size) stays withheld: null, with the round still named.
 */
async function baselineFor(actor: Actor, teamId: string, dimension: DimensionId | null, roundId?: string | null) {
	const empty = { baseline_round_id: null, baseline_label: null, baseline_score: null };
	if (!dimension) return empty;
	const round = roundId
		? (await teamRounds(actor, teamId)).find((r) => r.roundId === roundId)
		: await latestRound(actor, teamId);
	if (!round) return roundId ? { ...empty, baseline_round_id: roundId } : empty;
	const score = round.scores[dimension];
	return {
		baseline_round_id: round.roundId,
		baseline_label: round.label,
		baseline_score: typeof score === 'number' ? score : null
	};
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
	await announce(actor, teamId, row.id, row.status, 'created');
	return row.id;
}

export async function authorizeEdit(actor: Actor, teamId: string) {
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
	// A decision from a board about survey results takes its zone's dimension, and the board's round as baseline.
	const origin = input.noteId ? await boardOrigin(actor, input.boardId, input.noteId) : null;
	const id = await insertItem(actor, input.teamId, {
		source: 'board',
		title: title.slice(0, 200),
		...link,
		...(origin?.dimension
			? {
					dimension_id: origin.dimension,
					...(await baselineFor(actor, input.teamId, origin.dimension, origin.roundId))
				}
			: {})
	});
	return { id, boardLink };
}

/** The survey round the item's board discusses, if it came from such a board. */
async function roundOf(actor: Actor, row: Row): Promise<string | null> {
	if (!row.board_id || !row.note_id) return null;
	return (await boardOrigin(actor, row.board_id, row.note_id).catch(() => null))?.roundId ?? null;
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
			...(dimensionChanged ? await baselineFor(actor, row.team_id, input.dimension, await roundOf(actor, row)) : {}),
			updated_at: nowIso()
		})
		.where('id', '=', itemId)
		.where('org_id', '=', actor.orgId)
		.execute();
	await publishPlan(actor, row.team_id);
	await announce(actor, row.team_id, itemId, input.status, 'updated');
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
	await announce(actor, row.team_id, itemId, status, 'moved');
}

export async function removeItem(actor: Actor, itemId: string): Promise<{ teamId: string }> {
	const row = await authorizedRow(actor, itemId, 'action.plan.remove');
	await db().deleteFrom('action_items').where('id', '=', itemId).where('org_id', '=', actor.orgId).execute();
	await publishPlan(actor, row.team_id);
	await announce(actor, row.team_id, itemId, row.status, 'removed');
	return { teamId: row.team_id };
}

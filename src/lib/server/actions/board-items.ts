// "Make action items" in a workshop: the boards module marks the chosen notes and decisions, and each one
// lands on the board's team plan at once, linked both ways: the plan item names its board and note, the
// board lists its items with a link to each. A board for the whole organisation has no plan to land on; its
// items stay listed on the board.
import { db } from '../db/current';
import { boardPage, boardSummary, getBoard, listBoardActions, makeActions } from '../boards/index';
import { createActionFromBoard } from './plan-changes';
import { dimensionBeforeAfter } from './follow-up';
import type { BeforeAfter } from '$lib/actions/ranking';
import type { Actor } from '../actor';

/** The longest plan item title (schemas.FromBoard); a note may be longer. */
const TITLE_MAX = 200;

export async function makeActionItems(actor: Actor, boardId: string, ids: string[]): Promise<{ made: number }> {
	const made = await makeActions(actor, boardId, ids);
	const board = await getBoard(actor, boardId);
	if (board.team_id) {
		for (const row of made) {
			await createActionFromBoard(actor, {
				teamId: board.team_id,
				boardId,
				noteId: row.source_id,
				title: row.title.slice(0, TITLE_MAX)
			});
		}
	}
	return { made: made.length };
}

export interface BoardActionItem {
	id: string;
	title: string;
	/** the note or decision it was made from */
	sourceId: string;
	/** the team plan's item, or null while it is on no plan (an organisation-wide board, or removed from the plan) */
	itemId: string | null;
	/** the plan item's survey dimension, and its score before (the board's round) and after (the next round) */
	dimension: string | null;
	beforeAfter: BeforeAfter | null;
}

export async function listBoardActionItems(actor: Actor, boardId: string): Promise<BoardActionItem[]> {
	const made = await listBoardActions(actor, boardId);
	if (!made.length) return [];
	const onPlan = await db()
		.selectFrom('action_items')
		.select(['id', 'note_id', 'dimension_id'])
		.where('org_id', '=', actor.orgId)
		.where('board_id', '=', boardId)
		.execute();
	const itemOf = new Map(onPlan.map((i) => [i.note_id, i]));
	const out: BoardActionItem[] = [];
	for (const a of made) {
		const item = itemOf.get(a.source_id);
		out.push({
			id: a.id,
			title: a.title,
			sourceId: a.source_id,
			itemId: item?.id ?? null,
			dimension: item?.dimension_id ?? null,
			// Only for someone who may see the team's plan; the survey rules decide what each figure shows.
			beforeAfter: item?.dimension_id ? await dimensionBeforeAfter(actor, item.id).catch(() => null) : null
		});
	}
	return out;
}

/** The board page with its action items (the boards module cannot ask this one: actions build on boards). */
export async function boardPageWithActions(actor: Actor, boardId: string, options: { origin: string; full: boolean }) {
	return { ...(await boardPage(actor, boardId, options)), actions: await listBoardActionItems(actor, boardId) };
}

/** The board's summary with its action items, for the summary page and its PDF. */
export async function boardSummaryWithActions(actor: Actor, boardId: string) {
	return { ...(await boardSummary(actor, boardId)), actions: await listBoardActionItems(actor, boardId) };
}

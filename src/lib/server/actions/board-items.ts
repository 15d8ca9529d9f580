// "Make action items" in a workshop: the boards module marks the chosen notes and decisions, and each one
// lands on the board's team plan at once, linked both ways: the plan item names its board and note, the
// board lists its items with a link to each. A board for the whole organisation has no plan to land on; its
// items stay listed on the board.
import { db } from '../db/current';
import { getBoard, listBoardActions, makeActions } from '../boards/index';
import { createActionFromBoard } from './plans';
import type { Actor } from '../actor';

/** The longest plan item title (schemas.FromBoard); a note may be longer. */
const TITLE_MAX = 200;

export async function makeActionItems(actor: Actor, boardId: string, ids: string[]): Promise<{ made: number }> {
	const made = await makeActions(actor, boardId, ids);
	const board = await getBoard(actor, boardId);
	if (board.team_id) {
		for (const row of made) {
			await createActionFromBoard(actor, { teamId: board.team_id, boardId, noteId: row.source_id, title: row.title.slice(0, TITLE_MAX) });
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
}

export async function listBoardActionItems(actor: Actor, boardId: string): Promise<BoardActionItem[]> {
	const made = await listBoardActions(actor, boardId);
	if (!made.length) return [];
	const onPlan = await db()
		.selectFrom('action_items')
		.select(['id', 'note_id'])
		.where('org_id', '=', actor.orgId)
		.where('board_id', '=', boardId)
		.execute();
	const itemOf = new Map(onPlan.map((i) => [i.note_id, i.id]));
	return made.map((a) => ({ id: a.id, title: a.title, sourceId: a.source_id, itemId: itemOf.get(a.source_id) ?? null }));
}

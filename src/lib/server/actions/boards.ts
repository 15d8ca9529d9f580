// A team's board decisions waiting to go on its plan: the items the boards module made from notes and
// decisions ("make actions" in a workshop), asked through its functions, minus those already on the plan.
import { db } from '../db/current';
import { getBoard, listBoardActions, listBoards, sourceOrigin } from '../boards/index';
import { catalogueDimensionOf } from '$lib/actions/dimensions';
import type { DimensionId } from '$lib/actions/catalogue/index';
import { Invalid } from '../errors';
import type { Actor } from '../actor';

export interface BoardDecision {
	boardId: string;
	boardTitle: string;
	/** the note or decision on the board it came from */
	noteId: string;
	title: string;
	createdAt: string;
}

/** Newest first. The caller has checked that the actor may see the team's plan. */
export async function pendingBoardDecisions(actor: Actor, teamId: string): Promise<BoardDecision[]> {
	const boards = (await listBoards(actor)).filter((b) => b.team_id === teamId);
	if (!boards.length) return [];
	const taken = await db()
		.selectFrom('action_items')
		.select(['board_id', 'note_id'])
		.where('org_id', '=', actor.orgId)
		.where('team_id', '=', teamId)
		.where('board_id', 'is not', null)
		.execute();
	const onPlan = new Set(taken.map((t) => `${t.board_id}|${t.note_id}`));
	const out: BoardDecision[] = [];
	for (const board of boards) {
		for (const a of await listBoardActions(actor, board.id)) {
			if (onPlan.has(`${board.id}|${a.source_id}`)) continue;
			out.push({
				boardId: board.id,
				boardTitle: board.title,
				noteId: a.source_id,
				title: a.title,
				createdAt: a.created_at
			});
		}
	}
	return out.sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

/** The board must be one the actor can see; a team's board feeds that team's plan only. */
export async function assertBoardFor(actor: Actor, boardId: string, teamId: string): Promise<void> {
	const board = await getBoard(actor, boardId);
	if (board.team_id && board.team_id !== teamId) throw new Invalid('error_actions_board_other_team', 'teamId');
}

/**
 * The survey round and dimension a board's note or decision stands for (a board made with "Discuss these
 * results": the board knows its round, each zone its dimension), as the catalogue's dimension.
 */
export async function boardOrigin(
	actor: Actor,
	boardId: string,
	sourceId: string
): Promise<{ roundId: string | null; dimension: DimensionId | null }> {
	const origin = await sourceOrigin(actor, boardId, sourceId);
	return { roundId: origin.roundId, dimension: catalogueDimensionOf(origin.dimension) };
}

// Notes to actions: selected notes or decisions become minimal action items (the actions module builds
// the full plan on them), linked both ways: the item names its source, the doc marks the source.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import type { Actor } from '../actor';
import { Invalid } from '../errors';
import { boardDoc, boardDocName, listDecisions, listNotes, listZones, readMeta, updateEntity } from '$lib/boards/doc';
import { changeDoc, readDoc } from './live';
import { readControl } from './control';
import { getBoard, getFacilitatedBoard } from './records';

export async function makeActions(actor: Actor, boardId: string, ids: string[]) {
	const board = await getFacilitatedBoard(actor, boardId);
	const wanted = new Set(ids);
	const sources = await readDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		return [
			...listNotes(b)
				.filter((n) => wanted.has(n.id) && !n.actionId)
				.map((n) => ({ kind: 'note' as const, id: n.id, text: n.text })),
			...listDecisions(b)
				.filter((d) => wanted.has(d.id) && !d.actionId)
				.map((d) => ({ kind: 'decision' as const, id: d.id, text: d.text }))
		];
	});
	if (!sources.length) throw new Invalid('error_boards_select');
	const now = nowIso();
	const rows = sources.map((s) => ({
		id: newId(),
		org_id: actor.orgId,
		board_id: board.id,
		team_id: board.team_id,
		title: s.text.trim().slice(0, 500) || '…',
		source_kind: s.kind,
		source_id: s.id,
		status: 'open',
		created_by: actor.userId,
		created_at: now
	}));
	await db().insertInto('board_actions').values(rows).execute();
	await changeDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		for (const row of rows)
			updateEntity(row.source_kind === 'note' ? b.notes : b.decisions, row.source_id, { actionId: row.id });
	});
	return rows;
}

export async function listBoardActions(actor: Actor, boardId: string) {
	await getBoard(actor, boardId);
	return db()
		.selectFrom('board_actions')
		.select(['id', 'title', 'source_kind', 'source_id', 'status', 'created_at'])
		.where('org_id', '=', actor.orgId)
		.where('board_id', '=', boardId)
		.orderBy('created_at')
		.execute();
}

/**
 * Where a note or decision on the board stands in a survey's results: the round the board discusses (a board
 * made with "Discuss these results") and the dimension of the zone the note sits in (a decision: the zone of
 * the note it was made from). Nulls on any other board, or for a decision made from no note.
 */
export async function sourceOrigin(
	actor: Actor,
	boardId: string,
	sourceId: string
): Promise<{ roundId: string | null; dimension: string | null }> {
	await getBoard(actor, boardId);
	const roundId = (await readControl(boardId, readMeta)).surveyRoundId || null;
	const dimension = await readDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		const notes = listNotes(b);
		const noteId = notes.some((n) => n.id === sourceId)
			? sourceId
			: listDecisions(b).find((d) => d.id === sourceId)?.noteId;
		const zoneId = notes.find((n) => n.id === noteId)?.zoneId;
		return listZones(b).find((z) => z.id === zoneId)?.dimension || null;
	});
	return { roundId, dimension };
}

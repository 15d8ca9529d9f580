// The whole board for export and the printable summary, read from the live doc.
import type { Actor } from '../actor';
import { boardDoc, boardDocName, listComments, listDecisions, listGroups, listNotes, listZones, readMeta, voteTotals } from '$lib/boards/doc';
import { listVoteRounds } from '$lib/boards/rounds';
import { readControl } from './control';
import type { BoardSnapshot } from '$lib/boards/export';
import { readDoc } from './live';
import { getBoard } from './records';

export async function boardSnapshot(actor: Actor, boardId: string): Promise<BoardSnapshot & { phase: string }> {
	const board = await getBoard(actor, boardId);
	const control = await readControl(boardId, (c) => ({ meta: readMeta(c), votes: voteTotals(c), rounds: listVoteRounds(c) }));
	return readDoc(boardDocName(boardId), (doc) => {
		const b = boardDoc(doc);
		return {
			title: control.meta.title || board.title,
			phase: control.meta.phase,
			zones: listZones(b),
			notes: listNotes(b),
			groups: listGroups(b),
			comments: listComments(b),
			decisions: listDecisions(b),
			votes: control.votes,
			rounds: control.rounds
		};
	});
}

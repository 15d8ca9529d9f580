import * as boards from '$lib/server/boards/index';
import { listBoardActionItems } from '$lib/server/actions/index';
import { requireActor } from '$lib/server/guards';
import { guard } from '$lib/server/respond';
import { noteVotesByRound, noteVotesTotal } from '$lib/boards/rounds';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => {
		const s = await boards.boardSnapshot(actor, params.board);
		return {
			boardId: params.board,
			title: s.title,
			zones: s.zones.map((z) => ({
				id: z.id,
				title: z.title,
				notes: s.notes
					.filter((n) => n.zoneId === z.id)
					.sort((a, b) => noteVotesTotal(s.rounds, b.id) - noteVotesTotal(s.rounds, a.id) || a.order - b.order)
					.map((n) => ({
						id: n.id,
						text: n.text,
						author: n.authorName,
						votes: noteVotesByRound(s.rounds, n.id),
						group: s.groups.find((g) => g.id === n.groupId)?.title ?? '',
						comments: s.comments.filter((c) => c.noteId === n.id).map((c) => ({ id: c.id, text: c.text, author: c.authorName }))
					}))
			})),
			rounds: s.rounds.map((r) => ({ round: r.round, question: r.question })),
			decisions: s.decisions.map((d) => ({ id: d.id, text: d.text, action: !!d.actionId })),
			actions: await listBoardActionItems(actor, params.board)
		};
	});
};

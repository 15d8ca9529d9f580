// The whole board for export and the printable summary, read from the live doc.
import type { Actor } from '../actor';
import {
	boardDoc,
	boardDocName,
	listComments,
	listDecisions,
	listGroups,
	listNotes,
	listZones,
	readMeta,
	voteTotals
} from '$lib/boards/doc';
import { listVoteRounds, noteVotesByRound, noteVotesTotal } from '$lib/boards/rounds';
import { toCsv, toMarkdown, type ExportLabels } from '$lib/boards/export';
import { NotFound } from '../errors';
import { readControl } from './control';
import type { BoardSnapshot } from '$lib/boards/export';
import { readDoc } from './live';
import { getBoard } from './records';

export async function boardSnapshot(actor: Actor, boardId: string): Promise<BoardSnapshot & { phase: string }> {
	const board = await getBoard(actor, boardId);
	const control = await readControl(boardId, (c) => ({
		meta: readMeta(c),
		votes: voteTotals(c),
		rounds: listVoteRounds(c)
	}));
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

/** The printable summary: zones with their notes, most votes first, each with its votes per round and comments. */
export async function boardSummary(actor: Actor, boardId: string) {
	const s = await boardSnapshot(actor, boardId);
	const byVotes = (a: { id: string; order: number }, b: { id: string; order: number }) =>
		noteVotesTotal(s.rounds, b.id) - noteVotesTotal(s.rounds, a.id) || a.order - b.order;
	return {
		boardId,
		title: s.title,
		zones: s.zones.map((z) => ({
			id: z.id,
			title: z.title,
			notes: s.notes
				.filter((n) => n.zoneId === z.id)
				.sort(byVotes)
				.map((n) => ({
					id: n.id,
					text: n.text,
					author: n.authorName,
					votes: noteVotesByRound(s.rounds, n.id),
					group: s.groups.find((g) => g.id === n.groupId)?.title ?? '',
					comments: s.comments
						.filter((c) => c.noteId === n.id)
						.map((c) => ({ id: c.id, text: c.text, author: c.authorName }))
				}))
		})),
		rounds: s.rounds.map((r) => ({ round: r.round, question: r.question })),
		decisions: s.decisions.map((d) => ({ id: d.id, text: d.text, action: !!d.actionId }))
	};
}

const FORMATS = {
	markdown: { extension: 'md', type: 'text/markdown; charset=utf-8', write: toMarkdown },
	csv: { extension: 'csv', type: 'text/csv; charset=utf-8', write: toCsv }
} as const;

/** The whole board as a Markdown or CSV download, named after the board. */
export async function exportFile(actor: Actor, boardId: string, format: string, labels: ExportLabels) {
	if (format !== 'markdown' && format !== 'csv') throw new NotFound('format');
	const snapshot = await boardSnapshot(actor, boardId);
	const slug =
		snapshot.title
			.toLowerCase()
			.normalize('NFKD')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'board';
	const { extension, type, write } = FORMATS[format];
	return { name: `${slug}.${extension}`, type, body: write(snapshot, labels) };
}

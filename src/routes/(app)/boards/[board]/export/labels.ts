// Column and section names for exports, in the request's language.
import { m } from '$lib/paraglide/messages.js';
import type { ExportLabels } from '$lib/boards/export';

export function exportLabels(): ExportLabels {
	return {
		zone: m.boards_x_zone(),
		note: m.boards_x_note(),
		author: m.boards_x_author(),
		votes: m.boards_x_votes(),
		group: m.boards_x_group(),
		comments: m.boards_x_comments(),
		decisions: m.boards_decisions(),
		kind: m.boards_x_kind(),
		decision: m.boards_x_decision(),
		comment: m.boards_x_comment(),
		anonymous: m.boards_anonymous(),
		noZone: m.boards_x_no_zone(),
		action: m.boards_action_badge(),
		votesInRound: (round) => m.boards_x_votes_round({ round })
	};
}

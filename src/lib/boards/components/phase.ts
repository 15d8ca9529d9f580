// Translated names of the facilitation phases and note colours.
import { m } from '$lib/paraglide/messages.js';
import type { Color, Phase } from '../doc';
import type { VoteRound } from '../rounds';

export function phaseLabel(phase: Phase): string {
	return {
		open: m.boards_phase_open,
		write: m.boards_phase_write,
		group: m.boards_phase_group,
		vote: m.boards_phase_vote,
		discuss: m.boards_phase_discuss,
		decide: m.boards_phase_decide
	}[phase]();
}

export function phaseHint(phase: Phase): string {
	return {
		open: m.boards_phase_open_hint,
		write: m.boards_phase_write_hint,
		group: m.boards_phase_group_hint,
		vote: m.boards_phase_vote_hint,
		discuss: m.boards_phase_discuss_hint,
		decide: m.boards_phase_decide_hint
	}[phase]();
}

export function colorLabel(color: Color): string {
	return {
		yellow: m.boards_color_yellow,
		pink: m.boards_color_pink,
		blue: m.boards_color_blue,
		green: m.boards_color_green,
		orange: m.boards_color_orange,
		purple: m.boards_color_purple
	}[color]();
}

/**
 * A note's vote badges: "votes: 3" after one round; after several, one per round the note got dots in
 * ("round 1: 3 votes", "round 2: 1 vote"), so a second vote never hides the first one's result.
 */
export function voteBadges(rounds: VoteRound[], noteId: string): string[] {
	if (rounds.length <= 1) {
		const count = rounds[0]?.totals.get(noteId) ?? 0;
		return count > 0 ? [m.boards_votes({ count })] : [];
	}
	return rounds.flatMap((r) => {
		const count = r.totals.get(noteId) ?? 0;
		return count > 0 ? [m.boards_round_votes({ round: r.round, count })] : [];
	});
}

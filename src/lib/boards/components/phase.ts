// Translated names of the facilitation phases and note colours.
import { m } from '$lib/paraglide/messages.js';
import type { Color, Phase } from '../doc';

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

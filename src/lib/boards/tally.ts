// Counting dots: one participant's spent dots, and everyone's ballots summed within the budget.
import type { MineDoc } from './layout';

/** Dots one participant spent, from their private doc. */
export function votesUsed(mine: MineDoc): number {
	let n = 0;
	mine.votes.forEach((v) => (n += typeof v === 'number' && v > 0 ? Math.floor(v) : 0));
	return n;
}

/**
 * Sums votes from every participant, each clamped to the budget (a participant who wrote more dots into
 * their own doc than the budget allows gets only the first `budget`, in note-id order).
 */
export function tallyVotes(
	ballots: Map<string, number>[],
	budget: number,
	validNotes: Set<string>
): Map<string, number> {
	const totals = new Map<string, number>();
	for (const ballot of ballots) {
		let left = budget;
		for (const [noteId, raw] of [...ballot].sort(([a], [b]) => a.localeCompare(b))) {
			if (!validNotes.has(noteId) || left <= 0) continue;
			const dots = Math.min(left, Math.max(0, Math.floor(raw)));
			if (!dots) continue;
			totals.set(noteId, (totals.get(noteId) ?? 0) + dots);
			left -= dots;
		}
	}
	return totals;
}

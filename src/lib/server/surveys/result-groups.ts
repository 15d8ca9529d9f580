// A group's numbers (the whole round or one team) and the anonymity decisions for a round: which groups are
// shown, made over all the round's teams and its remainder whoever is looking (anonymity.ts holds the rules).
import { commentMinimum, parentShown, suppressedGroups } from './anonymity';
import { dimensionFromOriented, itemStats, type DimensionStats, type ItemStats, type ValueCount } from './scoring';
import type { RoundView } from './round-access';
import type { DimensionView, QuestionView } from './survey-rows';
import { REMAINDER, type Published } from './publication';
import type { DimensionCounts } from './result-counts';

export interface GroupNumbers {
	responses: number;
	/** current members of the team(s), for the response rate */
	members: number | null;
	responseRate: number | null;
	dimensions: Record<string, DimensionStats>;
	items: Record<string, ItemStats>;
}

export interface GroupResult {
	/** TOTAL for the whole round, else a team id */
	id: string;
	name: string;
	/** false: too few answers (or complementary suppression) — and then no numbers at all */
	shown: boolean;
	/** why a hidden team is hidden: too few published answers, or withheld so a smaller team's cannot be worked out from it */
	hiddenBecause?: 'few' | 'sibling';
	numbers: GroupNumbers | null;
}

export interface TrendPoint {
	roundId: string;
	name: string;
	opensOn: string;
	/** null when the scope was hidden in that round */
	responses: number | null;
	dimensions: Record<string, { mean: number | null; favourable: number | null }> | null;
}

export function groupNumbers(
	dimensionCountsOf: DimensionCounts,
	items: Map<string, ValueCount[]> | null,
	responses: number,
	members: number | null,
	questions: QuestionView[],
	dimensions: DimensionView[]
): GroupNumbers {
	const dims: Record<string, DimensionStats> = {};
	for (const d of dimensions) {
		const counts = dimensionCountsOf.get(d.id);
		if (counts || questions.some((q) => q.dimensionId === d.id && q.kind === 'likert'))
			dims[d.id] = dimensionFromOriented(counts ?? [0, 0, 0, 0, 0]);
	}
	const stats: Record<string, ItemStats> = {};
	if (items) {
		for (const q of questions) {
			const s = itemStats(q.kind, items.get(q.id) ?? [], {
				reverse: q.reverse,
				optionCount: q.options.length,
				respondents: responses
			});
			if (s) stats[q.id] = s;
		}
	}
	return {
		responses,
		members,
		responseRate: members ? Math.min(1, responses / members) : null,
		dimensions: dims,
		items: stats
	};
}

export interface RoundComputation {
	responses: Map<string, number>;
	totalResponses: number;
	totalShown: boolean;
	hidden: Set<string>;
	hiddenForComments: Set<string>;
	commentsTotalShown: boolean;
}

/**
 * Rounds in the order they happened: by opening day, then (two rounds opened the same day) by when they
 * closed or are due to close, so an improvement never reads as a decline.
 */
export function roundOrder(a: RoundView, b: RoundView): number {
	const key = (r: RoundView) => [r.opensOn, r.closedAt ?? `${r.closesOn}T23:59:59.999Z`, r.id];
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
	return 0;
}

/**
 * The anonymity decisions for one round, over its published steps: made over *all* its teams (and its
 * remainder, which is never shown on its own), whoever is looking.
 */
export function decide(round: RoundView, published: Published, minimum: number): RoundComputation {
	const ids = [...round.teams.map((t) => t.id), REMAINDER];
	const groups = ids.map((id) => ({ id, n: published.answers.get(id) ?? 0 }));
	const commentGroups = ids.map((id) => ({ id, n: published.comments.get(id) ?? 0 }));
	const remainder = new Set([REMAINDER]);
	const totalResponses = groups.reduce((s, g) => s + g.n, 0);
	const totalShown = parentShown(totalResponses, minimum);
	const everyone = new Set(ids);
	return {
		responses: published.answers,
		totalResponses,
		totalShown,
		hidden: totalShown ? suppressedGroups(groups, minimum, remainder) : everyone,
		hiddenForComments: totalShown ? suppressedGroups(commentGroups, commentMinimum(minimum), remainder) : everyone,
		commentsTotalShown: totalShown && commentGroups.reduce((s, g) => s + g.n, 0) >= commentMinimum(minimum)
	};
}

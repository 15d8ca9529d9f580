// The anonymity rules every number leaves through (page, CSV, API, live view). Pure functions, so the
// rules can be read and tested on their own; results.ts applies them before anything is returned.
//
// 1. A group's results are shown only when at least `minimum` people answered (the organisation's
//    setting, never below 3). Free-text comments need a higher minimum.
// 2. Complementary suppression: the parent (the whole round) minus the visible siblings is itself a
//    group. Whenever the hidden siblings together hold between 1 and minimum − 1 answers, the next
//    smallest visible sibling is hidden as well, until subtraction can only reveal a group that is
//    large enough on its own.

/** Never fewer than three, whatever an admin sets (see orgs.updateOrganisation). */
export const MINIMUM_FLOOR = 3;
export const DEFAULT_MINIMUM = 5;
/** How many more people a group needs before its free-text comments are shown. */
export const COMMENT_MARGIN = 3;

export function minimumGroupSize(orgSetting: number | null | undefined): number {
	const n = Number.isFinite(orgSetting) ? Math.round(orgSetting as number) : DEFAULT_MINIMUM;
	return Math.max(MINIMUM_FLOOR, n);
}

/** Comments can identify their writer by style or content, so they need a larger crowd. */
export function commentMinimum(minimum: number): number {
	return minimumGroupSize(minimum) + COMMENT_MARGIN;
}

export interface GroupCount {
	id: string;
	/** people who answered in this group */
	n: number;
}

/**
 * The ids of the sibling groups whose numbers must not be shown, when their parent's numbers are.
 * `alwaysHidden`: groups that are part of the parent but never shown on their own (a round's remainder).
 * Deterministic: ties between equally small groups are broken by id, so every viewer gets the same answer.
 */
export function suppressedGroups(
	groups: GroupCount[],
	minimum: number,
	alwaysHidden: ReadonlySet<string> = new Set()
): Set<string> {
	const min = minimumGroupSize(minimum);
	const hidden = new Set(groups.filter((g) => g.n < min || alwaysHidden.has(g.id)).map((g) => g.id));
	const visible = groups
		.filter((g) => !hidden.has(g.id))
		.sort((a, b) => a.n - b.n || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	let hiddenTotal = groups.filter((g) => hidden.has(g.id)).reduce((sum, g) => sum + g.n, 0);
	while (hiddenTotal > 0 && hiddenTotal < min && visible.length > 0) {
		const next = visible.shift()!;
		hidden.add(next.id);
		hiddenTotal += next.n;
	}
	return hidden;
}

/** Whether the parent (the whole round) may be shown at all. */
export function parentShown(total: number, minimum: number): boolean {
	return total >= minimumGroupSize(minimum);
}

/** What a viewer may learn about a group: its numbers, or only that it is too small to show. */
export function visibleGroups(groups: GroupCount[], minimum: number): Map<string, boolean> {
	const hidden = suppressedGroups(groups, minimum);
	return new Map(groups.map((g) => [g.id, !hidden.has(g.id)]));
}

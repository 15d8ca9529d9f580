// Suggested pairs for buddy training and mentoring: an optimal assignment (Kuhn–Munkres, via the
// `munkres` package) of learners to guides that maximises skill fit, respects availability and
// exclusions, and balances load.
//
// Each guide is split into one column per free place (capacity minus current load). The k-th place of a
// guide costs LOAD_STEP·k, so filling a guide's second place is dearer than another guide's first: with
// equal fit the load spreads. A learner may also stay unpaired (a column of their own, worth UNPAIRED):
// that only happens when no allowed guide has room. Forbidden pairs are never chosen.
import { munkres } from 'munkres';

export interface Person {
	id: string;
	/** skill keys they can teach (guides) */
	offers: string[];
	/** skill keys they want to learn (learners) */
	wants: string[];
	/** ISO weekdays they can meet */
	days: number[];
}

export interface Guide extends Person {
	/** how many people they may guide at once */
	capacity: number;
	/** how many they already guide */
	load: number;
}

export interface PairingInput {
	guides: Guide[];
	learners: Person[];
	/** true when these two must not be paired (one's own manager as mentor, an explicit exclusion) */
	excluded(guideId: string, learnerId: string): boolean;
}

export interface Suggestion {
	pairs: { guideId: string; learnerId: string; fit: number; skills: string[]; days: number[] }[];
	unpaired: string[];
	/** the objective the assignment maximises (see `objective`) */
	score: number;
}

export const SKILL_WEIGHT = 10;
export const LOAD_STEP = 4;
export const UNPAIRED = -1000;
const FORBIDDEN = -1_000_000;

export function sharedSkills(guide: Person, learner: Person): string[] {
	const offers = new Set(guide.offers);
	return [...new Set(learner.wants)].filter((s) => offers.has(s));
}

export function sharedDays(a: Person, b: Person): number[] {
	const days = new Set(a.days);
	return [...new Set(b.days)].filter((d) => days.has(d)).sort();
}

export function allowed(input: PairingInput, guide: Guide, learner: Person): boolean {
	return guide.id !== learner.id && sharedDays(guide, learner).length > 0 && !input.excluded(guide.id, learner.id);
}

/** How well a guide fits a learner: skills they would pass on, then (lightly) how many days they share. */
export function fit(guide: Person, learner: Person): number {
	return SKILL_WEIGHT * sharedSkills(guide, learner).length + Math.min(sharedDays(guide, learner).length, 5) / 5;
}

/**
 * The value of a whole assignment (learner id → guide id, or absent when unpaired): total fit, minus the
 * load each guide takes on (LOAD_STEP·k for their k-th place, counting what they already carry), minus
 * UNPAIRED for each learner left without a guide. Null when the assignment breaks a rule.
 */
export function objective(input: PairingInput, assignment: Map<string, string>): number | null {
	let total = 0;
	const taken = new Map<string, number>();
	for (const learner of input.learners) {
		const guideId = assignment.get(learner.id);
		if (!guideId) {
			total += UNPAIRED;
			continue;
		}
		const guide = input.guides.find((g) => g.id === guideId);
		if (!guide || !allowed(input, guide, learner)) return null;
		const k = guide.load + (taken.get(guideId) ?? 0);
		if (k >= guide.capacity) return null;
		taken.set(guideId, (taken.get(guideId) ?? 0) + 1);
		total += fit(guide, learner) - LOAD_STEP * k;
	}
	return total;
}

export function suggestPairs(input: PairingInput): Suggestion {
	const { guides, learners } = input;
	const slots: { guide: Guide; k: number }[] = [];
	for (const guide of guides) for (let k = guide.load; k < guide.capacity; k++) slots.push({ guide, k });
	if (learners.length === 0) return { pairs: [], unpaired: [], score: 0 };
	// Columns: every free place, then one "stays unpaired" column per learner. Values are profits.
	const columns = slots.length + learners.length;
	const cost = learners.map((learner, row) =>
		Array.from({ length: columns }, (_, col) => {
			if (col >= slots.length) return -(col - slots.length === row ? UNPAIRED : FORBIDDEN);
			const { guide, k } = slots[col];
			return -(allowed(input, guide, learner) ? fit(guide, learner) - LOAD_STEP * k : FORBIDDEN);
		})
	);
	const assignment = new Map<string, string>();
	for (const [row, col] of munkres(cost)) {
		if (col < slots.length) assignment.set(learners[row].id, slots[col].guide.id);
	}
	const pairs = learners
		.filter((l) => assignment.has(l.id))
		.map((learner) => {
			const guide = guides.find((g) => g.id === assignment.get(learner.id))!;
			return {
				guideId: guide.id,
				learnerId: learner.id,
				fit: fit(guide, learner),
				skills: sharedSkills(guide, learner),
				days: sharedDays(guide, learner)
			};
		});
	return {
		pairs,
		unpaired: learners.filter((l) => !assignment.has(l.id)).map((l) => l.id),
		score: objective(input, assignment) ?? Number.NEGATIVE_INFINITY
	};
}

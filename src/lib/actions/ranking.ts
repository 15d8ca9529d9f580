// Which actions to suggest, and in what order. Pure functions over plain data, so they are unit-tested
// without a database and the server and pages rank the same way.
import {
	DIMENSIONS,
	EFFORTS,
	type CatalogueEntry,
	type DimensionId,
	type Driver,
	type Effort,
	type Factor
} from './catalogue/types';

/**
 * A survey round's result per dimension, on the survey's own scale. `null` means not shown (the group
 * was below the minimum size, or the dimension was not asked): such a dimension is never ranked.
 */
export type DimensionScores = Partial<Record<DimensionId, number | null>>;

/** One closed survey round of a team, as the surveys module reports it. */
export interface RoundScores {
	roundId: string;
	/** the round's name as people know it, e.g. "Spring 2025" */
	label: string;
	/** ISO timestamp; results are known from then on */
	closedAt: string;
	scores: DimensionScores;
	/** the answer scale, for showing a score in context (e.g. 1–5) */
	scale?: { min: number; max: number };
}

export interface RecommendationFilters {
	factor?: Factor;
	effort?: Effort;
	driver?: Driver;
}

export interface DimensionGroup<A> {
	dimension: DimensionId;
	score: number;
	actions: A[];
}

type Rankable = Pick<CatalogueEntry, 'id' | 'dimensions' | 'factors' | 'effort' | 'driver' | 'firstEffectWeeks'>;

export function matchesFilters(action: Rankable, filters: RecommendationFilters): boolean {
	return (
		(!filters.factor || action.factors.includes(filters.factor)) &&
		(!filters.effort || action.effort === filters.effort) &&
		(!filters.driver || action.driver === filters.driver)
	);
}

/** Scored dimensions, lowest first; ties keep the survey's dimension order. */
export function rankDimensions(scores: DimensionScores): { dimension: DimensionId; score: number }[] {
	return DIMENSIONS.filter((d) => typeof scores[d] === 'number' && Number.isFinite(scores[d]))
		.map((dimension, order) => ({ dimension, score: scores[dimension] as number, order }))
		.sort((a, b) => a.score - b.score || a.order - b.order)
		.map(({ dimension, score }) => ({ dimension, score }));
}

/**
 * The order of actions for one dimension: those that serve it as their primary dimension first, then the
 * cheapest (effort), then the quickest to show an effect.
 */
export function compareForDimension(dimension: DimensionId) {
	return (a: Rankable, b: Rankable) =>
		a.dimensions.indexOf(dimension) - b.dimensions.indexOf(dimension) ||
		EFFORTS.indexOf(a.effort) - EFFORTS.indexOf(b.effort) ||
		a.firstEffectWeeks - b.firstEffectWeeks ||
		a.id.localeCompare(b.id);
}

/**
 * Recommendations from a survey round: the lowest dimensions first, each with the actions that serve
 * it. An action is listed once, under the lowest dimension it serves, so the list does not repeat itself.
 */
export function recommendFromScores<A extends Rankable>(
	scores: DimensionScores,
	actions: A[],
	filters: RecommendationFilters = {},
	options: { perDimension?: number } = {}
): DimensionGroup<A>[] {
	const perDimension = options.perDimension ?? 3;
	const shown = new Set<string>();
	const candidates = actions.filter((a) => matchesFilters(a, filters));
	return rankDimensions(scores).map(({ dimension, score }) => {
		const picked = candidates
			.filter((a) => a.dimensions.includes(dimension) && !shown.has(a.id))
			.sort(compareForDimension(dimension))
			.slice(0, perDimension);
		for (const a of picked) shown.add(a.id);
		return { dimension, score, actions: picked };
	});
}

/** Before and after for one dimension around an action: the round before it started and the latest since. */
export interface BeforeAfter {
	before: { roundId: string; label: string; score: number | null } | null;
	after: { roundId: string; label: string; score: number | null } | null;
	/** after − before, when both are known */
	change: number | null;
}

export function beforeAfter(
	rounds: RoundScores[],
	dimension: DimensionId,
	since: string,
	baseline?: { roundId: string | null; label: string | null; score: number | null }
): BeforeAfter {
	const sorted = [...rounds].sort((a, b) => a.closedAt.localeCompare(b.closedAt));
	const scoreOf = (r: RoundScores) => {
		const s = r.scores[dimension];
		return typeof s === 'number' ? s : null;
	};
	const baselineRound = baseline?.roundId ? sorted.find((r) => r.roundId === baseline.roundId) : undefined;
	const priorRound = [...sorted].reverse().find((r) => r.closedAt <= since);
	const beforeRound = baselineRound ?? priorRound;
	const before = beforeRound
		? { roundId: beforeRound.roundId, label: beforeRound.label, score: scoreOf(beforeRound) }
		: baseline?.roundId
			? { roundId: baseline.roundId, label: baseline.label ?? '', score: baseline.score }
			: null;
	const afterFrom = beforeRound && beforeRound.closedAt > since ? beforeRound.closedAt : since;
	const afterRound = [...sorted].reverse().find((r) => r.closedAt > afterFrom && r.roundId !== before?.roundId);
	const after = afterRound
		? { roundId: afterRound.roundId, label: afterRound.label, score: scoreOf(afterRound) }
		: null;
	const change = before?.score != null && after?.score != null ? round2(after.score - before.score) : null;
	return { before, after, change };
}

function round2(n: number) {
	return Math.round(n * 100) / 100;
}

// ——— From a board's decisions: which catalogue actions a decision's words point to ———

const WORD = /[\p{L}\p{N}]+/gu;

/** Lower-cased word stems (first six letters of words of four or more): good enough across da/en/nl/sv. */
export function stems(text: string): string[] {
	return (text.toLowerCase().match(WORD) ?? []).filter((w) => w.length >= 4).map((w) => w.slice(0, 6));
}

export interface TextIndex {
	docs: Map<string, Map<string, number>>;
	idf: Map<string, number>;
}

/** An index of each action's words in every language, weighted so that words every action shares count little. */
export function buildTextIndex(texts: { id: string; title: string; body: string }[]): TextIndex {
	const docs = new Map<string, Map<string, number>>();
	const df = new Map<string, number>();
	for (const t of texts) {
		const doc = docs.get(t.id) ?? new Map<string, number>();
		for (const s of stems(t.title)) doc.set(s, (doc.get(s) ?? 0) + 2);
		for (const s of stems(t.body)) doc.set(s, (doc.get(s) ?? 0) + 1);
		docs.set(t.id, doc);
	}
	for (const doc of docs.values()) for (const s of doc.keys()) df.set(s, (df.get(s) ?? 0) + 1);
	const idf = new Map<string, number>();
	for (const [s, n] of df) idf.set(s, Math.log(docs.size / n));
	return { docs, idf };
}

/** Action ids that match a piece of text (a board decision), best first. */
export function matchText(index: TextIndex, text: string, limit = 3): { id: string; score: number }[] {
	const query = new Set(stems(text));
	const scored: { id: string; score: number }[] = [];
	for (const [id, doc] of index.docs) {
		let score = 0;
		for (const s of query) {
			const tf = doc.get(s);
			if (tf) score += Math.min(tf, 3) * (index.idf.get(s) ?? 0);
		}
		if (score > 0.5) scored.push({ id, score });
	}
	return scored.sort((a, b) => b.score - a.score || a.id.localeCompare(b.id)).slice(0, limit);
}

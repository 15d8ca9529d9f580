// Scores from counted answers. The database counts (GROUP BY team, question, value); these functions
// turn a handful of counts into means and shares — they never see individual answers.
//
// Likert items are 1–5. A reverse-scored item counts as 6 − value, so that for every item and every
// dimension a higher score and "favourable" (4–5 after reversing) mean a better learning environment.
// "Don't know" is counted but left out of scores and shares.
import type { QuestionKind } from '$lib/surveys/kinds';

export interface ValueCount {
	/** null = "don't know" */
	value: number | null;
	count: number;
}

export interface LikertStats {
	kind: 'likert';
	/** answers on the scale (without "don't know") */
	n: number;
	dontKnow: number;
	/** answers per value 1..5 as given (index 0 = 1) */
	counts: number[];
	/** answers per value 1..5 after reversing (index 0 = least favourable) */
	oriented: number[];
	mean: number | null;
	favourable: number | null;
	neutral: number | null;
	unfavourable: number | null;
}

export interface ScaleStats {
	kind: 'scale10';
	n: number;
	dontKnow: number;
	/** answers per value 0..10 */
	counts: number[];
	mean: number | null;
}

export interface ChoiceStats {
	kind: 'single' | 'multiple';
	/** people who answered the question */
	respondents: number;
	/** choices per option (index = option) */
	counts: number[];
	/** share of respondents who chose each option */
	shares: (number | null)[];
}

export type ItemStats = LikertStats | ScaleStats | ChoiceStats;

export interface DimensionStats {
	n: number;
	mean: number | null;
	favourable: number | null;
	neutral: number | null;
	unfavourable: number | null;
	/** oriented answers per value 1..5 over all the dimension's items */
	oriented: number[];
}

function share(part: number, whole: number): number | null {
	return whole > 0 ? part / whole : null;
}

function likertFromOriented(oriented: number[]) {
	const n = oriented.reduce((a, b) => a + b, 0);
	const sum = oriented.reduce((acc, c, i) => acc + c * (i + 1), 0);
	return {
		n,
		mean: n > 0 ? sum / n : null,
		favourable: share(oriented[3] + oriented[4], n),
		neutral: share(oriented[2], n),
		unfavourable: share(oriented[0] + oriented[1], n)
	};
}

export function likertItem(counts: ValueCount[], reverse: boolean): LikertStats {
	const raw = [0, 0, 0, 0, 0];
	let dontKnow = 0;
	for (const { value, count } of counts) {
		if (value === null) dontKnow += count;
		else if (value >= 1 && value <= 5) raw[value - 1] += count;
	}
	const oriented = reverse ? [...raw].reverse() : raw;
	return { kind: 'likert', counts: raw, oriented, dontKnow, ...likertFromOriented(oriented) };
}

/** A dimension pools the oriented answers of its items (each answer weighs the same). */
export function dimensionStats(items: LikertStats[]): DimensionStats {
	const oriented = [0, 0, 0, 0, 0];
	for (const item of items) for (let i = 0; i < 5; i++) oriented[i] += item.oriented[i];
	return { oriented, ...likertFromOriented(oriented) };
}

/** A dimension from its oriented answer counts (1..5, already turned round), as counted by the database. */
export function dimensionFromOriented(oriented: number[]): DimensionStats {
	return { oriented: [...oriented], ...likertFromOriented(oriented) };
}

export function scaleItem(counts: ValueCount[]): ScaleStats {
	const raw = new Array(11).fill(0);
	let dontKnow = 0;
	for (const { value, count } of counts) {
		if (value === null) dontKnow += count;
		else if (value >= 0 && value <= 10) raw[value] += count;
	}
	const n = raw.reduce((a, b) => a + b, 0);
	const sum = raw.reduce((acc, c, i) => acc + c * i, 0);
	return { kind: 'scale10', n, dontKnow, counts: raw, mean: n > 0 ? sum / n : null };
}

export function choiceItem(
	kind: 'single' | 'multiple',
	counts: ValueCount[],
	optionCount: number,
	respondents: number
): ChoiceStats {
	const raw = new Array(optionCount).fill(0);
	for (const { value, count } of counts) if (value !== null && value >= 0 && value < optionCount) raw[value] += count;
	return { kind, respondents, counts: raw, shares: raw.map((c) => share(c, respondents)) };
}

export function itemStats(
	kind: QuestionKind,
	counts: ValueCount[],
	opts: { reverse: boolean; optionCount: number; respondents: number }
): ItemStats | null {
	switch (kind) {
		case 'likert':
			return likertItem(counts, opts.reverse);
		case 'scale10':
			return scaleItem(counts);
		case 'single':
		case 'multiple':
			return choiceItem(kind, counts, opts.optionCount, opts.respondents);
		default:
			return null;
	}
}

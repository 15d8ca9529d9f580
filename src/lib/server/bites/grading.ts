// Marks a quiz answer. Pure: the player, the review and the tests share it.
import type { AnswerResult, QuizOption } from '$lib/bites/types';

/** Right when the chosen options are exactly the correct ones (one for single choice and true/false). */
export function gradeAnswer(options: QuizOption[], chosen: string[]): AnswerResult {
	const known = new Set(options.map((o) => o.id));
	const picked = [...new Set(chosen)].filter((id) => known.has(id));
	const correctIds = options.filter((o) => o.correct).map((o) => o.id);
	const correct = picked.length === correctIds.length && picked.every((id) => correctIds.includes(id));
	return {
		correct,
		chosen: picked,
		correctIds,
		feedback: options
			.filter((o) => picked.includes(o.id))
			.map((o) => ({ optionId: o.id, text: o.feedback, correct: o.correct }))
	};
}

/** Percentage of questions right at the first try (what credentials require). */
export function scorePercent(firstTries: boolean[]): number {
	if (firstTries.length === 0) return 100;
	return Math.round((100 * firstTries.filter(Boolean).length) / firstTries.length);
}

// Question kinds and the answers each accepts; shared by the builder, the answer form and the server.
export const QUESTION_KINDS = ['likert', 'scale10', 'single', 'multiple', 'text'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** Kinds whose answers are counted (everything but free text). */
export function isClosed(kind: QuestionKind): boolean {
	return kind !== 'text';
}

export function hasOptions(kind: QuestionKind): boolean {
	return kind === 'single' || kind === 'multiple';
}

/** The values a kind accepts, for kinds with a fixed scale. */
export function scaleValues(kind: QuestionKind): number[] {
	if (kind === 'likert') return [1, 2, 3, 4, 5];
	if (kind === 'scale10') return [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
	return [];
}

export const MAX_COMMENT_LENGTH = 2000;
export const MAX_OPTIONS = 12;

/** How "don't know" is counted in survey_counts (values are otherwise 0–10 or an option index). */
export const DONT_KNOW_VALUE = -1;

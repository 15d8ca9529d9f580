// Survey dimension keys in the catalogue: the catalogue speaks the survey instrument's own dimensions, so a
// result's key is the catalogue's key. Keys of the catalogue's earlier, separate list (links and bookmarks
// such as `/actions/catalogue?dimension=buddy_training`) are still understood.
import { DIMENSIONS, isDimension, type DimensionId } from './catalogue/types';
import type { DimensionScores } from './ranking';

/** The catalogue's former dimension slugs → the instrument's dimension that measures them. */
export const LEGACY_DIMENSIONS: Record<string, DimensionId> = {
	reflection_time: 'reflection',
	buddy_training: 'learning_together',
	mentoring: 'learning_together',
	peer_feedback: 'feedback',
	experimentation: 'experimenting_sharing',
	knowledge_sharing: 'experimenting_sharing'
};

export function catalogueDimensionOf(key: string | null | undefined): DimensionId | null {
	if (!key) return null;
	return isDimension(key) ? key : (LEGACY_DIMENSIONS[key] ?? null);
}

/**
 * Scores keyed by survey dimension, in the instrument's order. Unknown keys (a custom survey's own
 * dimensions) are left out; hidden scores stay hidden.
 */
export function catalogueScores(bySurveyKey: Record<string, number | null | undefined>): DimensionScores {
	const out: DimensionScores = {};
	for (const d of DIMENSIONS) {
		if (!(d in bySurveyKey)) continue;
		const score = bySurveyKey[d];
		out[d] = typeof score === 'number' ? score : null;
	}
	return out;
}

// Survey dimension keys → the catalogue's dimensions. The agreed slugs (catalogue/types.ts) map to
// themselves; the surveys module's built-in instrument names some dimensions differently or measures two
// slugs at once, so its keys are translated here, in one place, before any ranking.
import { DIMENSIONS, isDimension, type DimensionId } from './catalogue/types';
import type { DimensionScores } from './ranking';

const ALIASES: Record<string, DimensionId[]> = {
	reflection: ['reflection_time'],
	learning_together: ['buddy_training', 'mentoring'],
	feedback: ['peer_feedback'],
	experimenting_sharing: ['experimentation', 'knowledge_sharing'],
	// "We see learning as a shared responsibility; we plan together which skills to develop": the
	// catalogue serves it with shared goals, skills maps and competence plans.
	shared_concern: ['leadership', 'knowledge_sharing']
};

export function catalogueDimensionsOf(surveyKey: string): DimensionId[] {
	return isDimension(surveyKey) ? [surveyKey] : (ALIASES[surveyKey] ?? []);
}

/**
 * Scores keyed by survey dimension → scores keyed by catalogue dimension. When two survey dimensions
 * speak to one catalogue dimension, the lower score counts: the weaker signal is the one to act on.
 * Unknown keys (a custom survey's own dimensions) are left out; hidden scores stay hidden.
 */
export function catalogueScores(bySurveyKey: Record<string, number | null | undefined>): DimensionScores {
	const out: DimensionScores = {};
	for (const [key, score] of Object.entries(bySurveyKey)) {
		for (const d of catalogueDimensionsOf(key)) {
			if (typeof score !== 'number') {
				if (!(d in out)) out[d] = null;
				continue;
			}
			const current = out[d];
			out[d] = typeof current === 'number' ? Math.min(current, score) : score;
		}
	}
	return Object.fromEntries(DIMENSIONS.filter((d) => d in out).map((d) => [d, out[d]])) as DimensionScores;
}

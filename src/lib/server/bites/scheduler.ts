// Spaced review with FSRS (ts-fsrs). Day-based scheduling (no same-day learning steps) and no fuzz,
// so a learner's daily review is predictable and the tests can follow the library step by step.
// A right answer rates the question Good, a wrong one Again.
import type { Selectable } from 'kysely';
import type { BiteReviewsTable } from '../db/schema';
import { createEmptyCard, fsrs, generatorParameters, Rating, type Card, type Grade } from 'ts-fsrs';

export const fsrsParameters = generatorParameters({ enable_fuzz: false, enable_short_term: false });
const f = fsrs(fsrsParameters);

/** The FSRS state we store per learner and question (bite_reviews). */
/** What the scheduler reads of a review row (FSRS's card state, stored as the row's columns). */
export type ReviewState = Pick<
	Selectable<BiteReviewsTable>,
	'due' | 'stability' | 'difficulty' | 'scheduled_days' | 'learning_steps' | 'reps' | 'lapses' | 'state' | 'last_review'
>;

export function ratingFor(correct: boolean): Grade {
	return correct ? Rating.Good : Rating.Again;
}

function toCard(state: ReviewState | null, now: Date): Card {
	if (!state) return createEmptyCard(now);
	return {
		due: new Date(state.due),
		stability: state.stability,
		difficulty: state.difficulty,
		elapsed_days: 0,
		scheduled_days: state.scheduled_days,
		learning_steps: state.learning_steps,
		reps: state.reps,
		lapses: state.lapses,
		state: state.state,
		last_review: state.last_review ? new Date(state.last_review) : undefined
	};
}

export interface Scheduled {
	state: ReviewState;
	rating: Grade;
	/** days since the previous review (0 for the first) */
	elapsedDays: number;
}

/** The next state of a question after an answer at `now`. */
export function scheduleAnswer(previous: ReviewState | null, correct: boolean, now: Date): Scheduled {
	const rating = ratingFor(correct);
	const { card, log } = f.next(toCard(previous, now), now, rating);
	return {
		rating,
		elapsedDays: previous?.last_review
			? Math.max(0, Math.round((now.getTime() - new Date(previous.last_review).getTime()) / 86_400_000))
			: (log.elapsed_days ?? 0),
		state: {
			due: card.due.toISOString(),
			stability: card.stability,
			difficulty: card.difficulty,
			scheduled_days: card.scheduled_days,
			learning_steps: card.learning_steps,
			reps: card.reps,
			lapses: card.lapses,
			state: card.state,
			last_review: (card.last_review ?? now).toISOString()
		}
	};
}

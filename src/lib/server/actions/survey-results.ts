// What the actions module needs from surveys, and nothing more: a team's closed rounds with a score per
// dimension. Ranking and before/after work against this interface (src/lib/actions/ranking.ts); the
// surveys module is the source (./survey-source.ts); tests may hand in rounds of their own.
import type { Actor } from '../actor';
import { log } from '../log';
import type { RoundScores } from '$lib/actions/ranking';
import { surveysModuleResults } from './survey-source';

export type { RoundScores, DimensionScores } from '$lib/actions/ranking';

export interface SurveyResultsSource {
	/**
	 * The team's closed rounds, any order, with the scores this actor may see (null where a result is
	 * hidden, e.g. below the minimum group size). An actor who may see no results gets an empty list.
	 */
	teamRounds(actor: Actor, teamId: string): Promise<RoundScores[]>;
}

let source: SurveyResultsSource = surveysModuleResults;

/** Sets where survey results come from; returns a function that restores the previous source. */
export function useSurveyResults(next: SurveyResultsSource): () => void {
	const previous = source;
	source = next;
	return () => {
		source = previous;
	};
}

/** The team's rounds, oldest first; a failing source means "no results" rather than a broken page. */
export async function teamRounds(actor: Actor, teamId: string): Promise<RoundScores[]> {
	try {
		const rounds = await source.teamRounds(actor, teamId);
		return [...rounds].sort((a, b) => a.closedAt.localeCompare(b.closedAt));
	} catch (error) {
		log.warn('survey results unavailable for actions', { team: teamId, error: String(error) });
		return [];
	}
}

export async function latestRound(actor: Actor, teamId: string): Promise<RoundScores | null> {
	const rounds = await teamRounds(actor, teamId);
	return rounds.at(-1) ?? null;
}

// What the actions module needs from surveys, and nothing more: a team's closed rounds with a score per
// dimension. Ranking and before/after work against this interface (src/lib/actions/ranking.ts); the
// surveys module is the source (./survey-source.ts, wired by app/index.ts); tests may hand their app rounds of their own.
import type { Actor } from '../actor';
import { log } from '../log';
import type { RoundScores } from '$lib/actions/ranking';
import { app } from '../app/context';

export type { RoundScores, DimensionScores } from '$lib/actions/ranking';
export type { SurveyResultsSource } from '../app/context';

/** The team's rounds, oldest first; a failing source means "no results" rather than a broken page. */
export async function teamRounds(actor: Actor, teamId: string): Promise<RoundScores[]> {
	try {
		const rounds = await app().surveyResults.teamRounds(actor, teamId);
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

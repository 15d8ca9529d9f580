// The surveys module as the source of dimension scores: a team's closed rounds whose results this actor
// may see, each dimension's mean (1–5) for the team — null where the survey module hides the team's
// numbers (below the minimum group size) — translated into the catalogue's dimensions.
import { getRoundResults, listRounds } from '../surveys/index';
import { catalogueScores } from '$lib/actions/dimensions';
import type { RoundScores, SurveyResultsSource } from './survey-results';

export const surveysModuleResults: SurveyResultsSource = {
	async teamRounds(actor, teamId) {
		const rounds = (await listRounds(actor)).filter((r) => r.round.status === 'closed' && r.views.includes(teamId));
		const out: RoundScores[] = [];
		for (const { round } of rounds) {
			const results = await getRoundResults(actor, round.id, teamId);
			const team = results.teams.find((t) => t.id === teamId);
			const byKey: Record<string, number | null> = {};
			for (const d of results.dimensions) {
				if (!d.key) continue; // a dimension the organisation wrote itself: nothing in the catalogue to match
				byKey[d.key] = team?.shown ? (team.numbers?.dimensions[d.id]?.mean ?? null) : null;
			}
			out.push({
				roundId: round.id,
				label: round.name,
				closedAt: round.closedAt ?? `${round.closesOn}T23:59:59.000Z`,
				scale: { min: 1, max: 5 },
				scores: catalogueScores(byKey)
			});
		}
		return out;
	}
};

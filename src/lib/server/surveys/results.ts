// Results of a round, with the anonymity rules applied before anything leaves this file. Every view
// (page, CSV, JSON API, live view) is built from `getRoundResults` or `roundTotals`, so the same rules
// hold everywhere.
//
// Only what is published is read (publication.ts): results advance per team in steps of at least the
// minimum group of responses, so no two reads of any view differ by fewer. survey_counts (round, team,
// question, value) and survey_dimension_counts (round, team, dimension, value) hold the published steps,
// survey_publication the number of responses each team's published step holds. A closed round may also
// hold a published remainder (REMAINDER: answers folded in at closing) that counts for the whole round only.
//
// The database does the counting: a results request reads those counts for the rounds of the trend plus
// the published response counts (result-counts.ts); scores, shares and roll-ups (dimension, whole round) are
// sums over those counts, never loops over answers.
import type { Actor } from '../actor';
import type { ClosedRoundAggregates } from '../webhooks/index';
import { Forbidden } from '../errors';
import { getOrganisation, listTeams, minGroupSizeSettings } from '../orgs/index';
import type { Texts } from '$lib/surveys/texts';
import { commentMinimum, minimumGroupSize } from './anonymity';
import { listRounds, roundAccess, roundView, type RoundView } from './round-access';
import { getSurvey, surveyView, type SurveyView } from './surveys';
import type { DimensionView, QuestionView } from './survey-rows';
import { REMAINDER } from './publication';
import {
	comments,
	dimensionCounts,
	itemCounts,
	responsesByTeam,
	sumDimensions,
	type DimensionCounts
} from './result-counts';
import { decide, groupNumbers, roundOrder, type GroupResult, type TrendPoint } from './result-groups';

export type { GroupNumbers, GroupResult, TrendPoint } from './result-groups';

export const TOTAL = 'total';

export interface RoundResults {
	round: RoundView;
	survey: { id: string; title: Texts; instrument: string | null };
	minimum: number;
	commentMinimum: number;
	dimensions: DimensionView[];
	questions: QuestionView[];
	/** the whole round */
	total: GroupResult;
	/** the teams the viewer may see, each shown or hidden by the rules */
	teams: GroupResult[];
	/** TOTAL or the id of a team in `teams` */
	scope: string;
	/** free-text answers of the scope in random order; empty when the scope is below the comment minimum */
	comments: { questionId: string; texts: string[]; total: number }[];
	commentsShown: boolean;
	trend: TrendPoint[];
	/** whether the viewer may close and remind this round */
	canManage: boolean;
}

async function memberCounts(actor: Actor) {
	return new Map((await listTeams(actor)).map((t) => [t.id, Number(t.member_count)]));
}

/**
 * A round's results as `actor` may see them: the whole round, the teams they may see, comments and the
 * trend of `scope` (the whole round or one of their teams) over the survey's rounds.
 */
export async function getRoundResults(
	actor: Actor,
	roundId: string,
	requestedScope: string = TOTAL
): Promise<RoundResults> {
	const access = await roundAccess(actor, roundId);
	if (access.views.length === 0) throw new Forbidden('survey.results.view');
	const round = access.round;
	const [org, survey, members, history] = await Promise.all([
		getOrganisation(actor),
		getSurvey(actor, round.surveyId),
		memberCounts(actor),
		listRounds(actor, { surveyId: round.surveyId })
	]);
	const minimum = minimumGroupSize(org.min_group_size);
	const scope = access.views.includes(requestedScope) ? requestedScope : TOTAL;
	// A trend compares like with like: the whole round against earlier rounds of the same teams, a team
	// against its own earlier results (each under the rules of its own round).
	const sameTeams = (r: RoundView) =>
		r.teams.length === round.teams.length && r.teams.every((t) => round.teams.some((u) => u.id === t.id));
	const trendRounds = history
		.filter((r) => r.views.length > 0 && roundOrder(r.round, round) <= 0)
		.filter((r) => (scope === TOTAL ? sameTeams(r.round) : r.round.teams.some((t) => t.id === scope)))
		.map((r) => r.round)
		.sort(roundOrder);
	if (!trendRounds.some((r) => r.id === round.id)) trendRounds.push(round);
	const earlier = trendRounds.filter((r) => r.id !== round.id).map((r) => r.id);
	const questions = survey.questions;
	const memberTotal = round.teams.reduce((sum, t) => sum + (members.get(t.id) ?? 0), 0) || null;

	// Counting, all in SQL: responses per team in every round of the trend; per team and dimension in
	// this round (the heatmap); per dimension in the earlier rounds for the scope (the trend); per
	// question and value for the scope (its statements).
	const [responses, currentByTeam, earlierCounts] = await Promise.all([
		responsesByTeam(
			actor.orgId,
			trendRounds.map((r) => r.id)
		),
		dimensionCounts(actor.orgId, [round.id], { byTeam: true }),
		dimensionCounts(actor.orgId, earlier, { byTeam: false, teamIds: scope === TOTAL ? undefined : [scope] })
	]);
	const current = decide(round, responses.get(round.id)!, minimum);
	const teamDims = currentByTeam.get(round.id) ?? new Map<string, DimensionCounts>();
	const scopeShown = scope === TOTAL ? current.totalShown : !current.hidden.has(scope);
	const items = scopeShown
		? await itemCounts(actor.orgId, round.id, scope === TOTAL ? [...round.teams.map((t) => t.id), REMAINDER] : [scope])
		: null;

	const total: GroupResult = {
		id: TOTAL,
		name: '',
		shown: current.totalShown,
		numbers: current.totalShown
			? groupNumbers(
					sumDimensions([...teamDims.values()]),
					scope === TOTAL ? items : null,
					current.totalResponses,
					memberTotal,
					questions,
					survey.dimensions
				)
			: null
	};
	const teams: GroupResult[] = round.teams
		.filter((t) => access.views.includes(t.id))
		.map((t) => {
			const shown = !current.hidden.has(t.id);
			return {
				id: t.id,
				name: t.name,
				shown,
				...(shown
					? {}
					: {
							hiddenBecause:
								current.totalShown && (current.responses.get(t.id) ?? 0) >= minimum
									? ('sibling' as const)
									: ('few' as const)
						}),
				numbers: shown
					? groupNumbers(
							teamDims.get(t.id) ?? new Map(),
							scope === t.id ? items : null,
							current.responses.get(t.id) ?? 0,
							members.get(t.id) ?? null,
							questions,
							survey.dimensions
						)
					: null
			};
		});
	const commentsShown = scope === TOTAL ? current.commentsTotalShown : !current.hiddenForComments.has(scope);

	const trend: TrendPoint[] = trendRounds.map((r) => {
		const c = r.id === round.id ? current : decide(r, responses.get(r.id)!, minimum);
		const shown = scope === TOTAL ? c.totalShown : r.teams.some((t) => t.id === scope) && !c.hidden.has(scope);
		if (!shown) return { roundId: r.id, name: r.name, opensOn: r.opensOn, responses: null, dimensions: null };
		const counts =
			r.id === round.id
				? scope === TOTAL
					? sumDimensions([...teamDims.values()])
					: (teamDims.get(scope) ?? new Map())
				: (earlierCounts.get(r.id)?.get('') ?? new Map());
		const numbers = groupNumbers(
			counts,
			null,
			scope === TOTAL ? c.totalResponses : (c.responses.get(scope) ?? 0),
			null,
			questions,
			survey.dimensions
		);
		return {
			roundId: r.id,
			name: r.name,
			opensOn: r.opensOn,
			responses: numbers.responses,
			dimensions: Object.fromEntries(
				Object.entries(numbers.dimensions).map(([id, d]) => [id, { mean: d.mean, favourable: d.favourable }])
			)
		};
	});

	return {
		round,
		survey: { id: survey.id, title: survey.title, instrument: survey.instrument },
		minimum,
		commentMinimum: commentMinimum(minimum),
		dimensions: survey.dimensions,
		questions: survey.questions,
		total,
		teams,
		scope,
		comments: commentsShown
			? await comments(actor.orgId, round.id, scope === TOTAL ? null : scope, survey.questions)
			: [],
		commentsShown,
		trend,
		canManage: access.manages.length > 0
	};
}

/**
 * The whole round only, for the live view: what anyone who may follow the round live may see.
 * No comments here: a comment appearing on a shared screen the moment someone submits points at them.
 */
export async function roundTotals(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	if (access.views.length === 0) throw new Forbidden('survey.results.view');
	const [org, survey] = await Promise.all([getOrganisation(actor), getSurvey(actor, access.round.surveyId)]);
	return wholeRound(actor.orgId, access.round, survey, minimumGroupSize(org.min_group_size));
}

/**
 * A sealed round's whole-round numbers for the organisation's webhooks, which its admins configure: what the
 * results view shows for the whole round (`roundTotals`, under the minimum group size), never a team's. Nobody in
 * particular acts, so it reads the round, the survey and the setting by the organisation alone.
 */
export async function closedRoundAggregates(orgId: string, roundId: string): Promise<ClosedRoundAggregates | null> {
	const round = await roundView(orgId, roundId);
	const [settings, survey] = await Promise.all([minGroupSizeSettings([orgId]), surveyView(orgId, round.surveyId)]);
	const { total, dimensions } = await wholeRound(orgId, round, survey, minimumGroupSize(settings.get(orgId)));
	if (!total) return null;
	return {
		responses: total.responses,
		dimensions: dimensions
			.filter((d) => total.dimensions[d.id])
			.map((d) => {
				const { mean, favourable, neutral, unfavourable } = total.dimensions[d.id];
				return { id: d.id, key: d.key, name: d.name, mean, favourable, neutral, unfavourable };
			})
	};
}

/** The whole round's published numbers under the minimum group size (null below it); the callers checked access. */
async function wholeRound(orgId: string, round: RoundView, survey: SurveyView, minimum: number) {
	const responses = await responsesByTeam(orgId, [round.id]);
	const c = decide(round, responses.get(round.id)!, minimum);
	const teamIds = [...round.teams.map((t) => t.id), REMAINDER];
	const [dims, items] = c.totalShown
		? await Promise.all([dimensionCounts(orgId, [round.id], { byTeam: false }), itemCounts(orgId, round.id, teamIds)])
		: [null, null];
	return {
		round,
		survey: { id: survey.id, title: survey.title },
		minimum,
		dimensions: survey.dimensions,
		questions: survey.questions,
		total:
			c.totalShown && dims && items
				? groupNumbers(
						dims.get(round.id)?.get('') ?? new Map(),
						items,
						c.totalResponses,
						null,
						survey.questions,
						survey.dimensions
					)
				: null
	};
}

// Results of a round, with the anonymity rules applied before anything leaves this file. Every view
// (page, CSV, JSON API, live view) is built from `getRoundResults` or `roundTotals`, so the same rules
// hold everywhere.
//
// The database does the counting: one GROUP BY over (round, team, question, value) for all rounds of the
// survey and one over (round, team) for the number of responses. What comes back is a few thousand
// counts even for 10,000 responses; scores, shares and roll-ups (dimension, whole round) are sums over
// those counts, never loops over answers.
import { sql } from 'kysely';
import { db } from '../db/current';
import { Forbidden } from '../errors';
import type { Actor } from '../actor';
import { getOrganisation, listTeams } from '../orgs/index';
import type { Texts } from '$lib/surveys/texts';
import { commentMinimum, minimumGroupSize, parentShown, suppressedGroups } from './anonymity';
import { dimensionStats, itemStats, type DimensionStats, type ItemStats, type LikertStats, type ValueCount } from './scoring';
import { listRounds, roundAccess, type RoundView } from './rounds';
import { getSurvey, type DimensionView, type QuestionView } from './surveys';

export const TOTAL = 'total';

export interface GroupNumbers {
	responses: number;
	/** current members of the team(s), for the response rate */
	members: number | null;
	responseRate: number | null;
	dimensions: Record<string, DimensionStats>;
	items: Record<string, ItemStats>;
}

export interface GroupResult {
	/** TOTAL for the whole round, else a team id */
	id: string;
	name: string;
	/** false: too few answers (or complementary suppression) — and then no numbers at all */
	shown: boolean;
	numbers: GroupNumbers | null;
}

export interface TrendPoint {
	roundId: string;
	name: string;
	opensOn: string;
	/** null when the scope was hidden in that round */
	responses: number | null;
	dimensions: Record<string, { mean: number | null; favourable: number | null }> | null;
}

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
	comments: { questionId: string; texts: string[] }[];
	commentsShown: boolean;
	trend: TrendPoint[];
}

type CountRow = { round_id: string; team_id: string; question_id: string; value: number | null; n: number };

interface RoundCounts {
	/** team → responses */
	responses: Map<string, number>;
	/** team → question → value counts */
	answers: Map<string, Map<string, ValueCount[]>>;
}

/** One GROUP BY per table for all the given rounds. */
async function countRounds(orgId: string, roundIds: string[]): Promise<Map<string, RoundCounts>> {
	const out = new Map<string, RoundCounts>();
	if (roundIds.length === 0) return out;
	for (const id of roundIds) out.set(id, { responses: new Map(), answers: new Map() });
	const [responses, answers] = await Promise.all([
		db()
			.selectFrom('survey_responses')
			.select(['round_id', 'team_id', (eb) => eb.fn.countAll<number>().as('n')])
			.where('org_id', '=', orgId)
			.where('round_id', 'in', roundIds)
			.groupBy(['round_id', 'team_id'])
			.execute(),
		db()
			.selectFrom('survey_answers')
			.select(['round_id', 'team_id', 'question_id', 'value', (eb) => eb.fn.countAll<number>().as('n')])
			.where('org_id', '=', orgId)
			.where('round_id', 'in', roundIds)
			.groupBy(['round_id', 'team_id', 'question_id', 'value'])
			.execute() as Promise<CountRow[]>
	]);
	for (const r of responses) out.get(r.round_id)!.responses.set(r.team_id, Number(r.n));
	for (const r of answers) {
		const byTeam = out.get(r.round_id)!.answers;
		let byQuestion = byTeam.get(r.team_id);
		if (!byQuestion) byTeam.set(r.team_id, (byQuestion = new Map()));
		let counts = byQuestion.get(r.question_id);
		if (!counts) byQuestion.set(r.question_id, (counts = []));
		counts.push({ value: r.value === null ? null : Number(r.value), count: Number(r.n) });
	}
	return out;
}

/** Adds up the counted answers of several teams (the whole round). */
function mergeCounts(parts: Map<string, ValueCount[]>[]): Map<string, ValueCount[]> {
	const merged = new Map<string, Map<number | null, number>>();
	for (const part of parts) {
		for (const [question, counts] of part) {
			let m = merged.get(question);
			if (!m) merged.set(question, (m = new Map()));
			for (const { value, count } of counts) m.set(value, (m.get(value) ?? 0) + count);
		}
	}
	return new Map([...merged].map(([q, m]) => [q, [...m].map(([value, count]) => ({ value, count }))]));
}

function groupNumbers(
	counts: Map<string, ValueCount[]>,
	responses: number,
	members: number | null,
	questions: QuestionView[],
	dimensions: DimensionView[]
): GroupNumbers {
	const items: Record<string, ItemStats> = {};
	for (const q of questions) {
		const stats = itemStats(q.kind, counts.get(q.id) ?? [], { reverse: q.reverse, optionCount: q.options.length, respondents: responses });
		if (stats) items[q.id] = stats;
	}
	const dims: Record<string, DimensionStats> = {};
	for (const d of dimensions) {
		const likert = questions.filter((q) => q.dimensionId === d.id && q.kind === 'likert').map((q) => items[q.id] as LikertStats);
		if (likert.length) dims[d.id] = dimensionStats(likert);
	}
	return {
		responses,
		members,
		responseRate: members ? Math.min(1, responses / members) : null,
		dimensions: dims,
		items
	};
}

interface RoundComputation {
	totalResponses: number;
	totalShown: boolean;
	hidden: Set<string>;
	hiddenForComments: Set<string>;
	counts: RoundCounts;
}

/** The anonymity decisions for one round: made over *all* its teams, whoever is looking. */
function decide(round: RoundView, counts: RoundCounts, minimum: number): RoundComputation {
	const groups = round.teams.map((t) => ({ id: t.id, n: counts.responses.get(t.id) ?? 0 }));
	const totalResponses = groups.reduce((s, g) => s + g.n, 0);
	const totalShown = parentShown(totalResponses, minimum);
	const everyone = new Set(groups.map((g) => g.id));
	return {
		totalResponses,
		totalShown,
		hidden: totalShown ? suppressedGroups(groups, minimum) : everyone,
		hiddenForComments: totalShown ? suppressedGroups(groups, commentMinimum(minimum)) : everyone,
		counts
	};
}

function totalNumbers(round: RoundView, c: RoundComputation, members: Map<string, number>, questions: QuestionView[], dimensions: DimensionView[]) {
	const counts = mergeCounts(round.teams.map((t) => c.counts.answers.get(t.id) ?? new Map()));
	const memberTotal = round.teams.reduce((s, t) => s + (members.get(t.id) ?? 0), 0);
	return groupNumbers(counts, c.totalResponses, memberTotal || null, questions, dimensions);
}

async function memberCounts(actor: Actor) {
	return new Map((await listTeams(actor)).map((t) => [t.id, Number(t.member_count)]));
}

async function comments(orgId: string, roundId: string, teamId: string | null, questions: QuestionView[]) {
	let q = db()
		.selectFrom('survey_comments')
		.select(['question_id', 'text'])
		.where('org_id', '=', orgId)
		.where('round_id', '=', roundId);
	if (teamId) q = q.where('team_id', '=', teamId);
	// Random order, so the order of comments says nothing about who wrote them or when.
	const rows = await q.orderBy(sql`random()`).execute();
	return questions
		.filter((x) => x.kind === 'text')
		.map((x) => ({ questionId: x.id, texts: rows.filter((r) => r.question_id === x.id).map((r) => r.text) }));
}

/**
 * A round's results as `actor` may see them: the whole round, the teams they may see, comments and the
 * trend of `scope` (the whole round or one of their teams) over the survey's rounds.
 */
export async function getRoundResults(actor: Actor, roundId: string, requestedScope: string = TOTAL): Promise<RoundResults> {
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
	const sameTeams = (r: RoundView) => r.teams.length === round.teams.length && r.teams.every((t) => round.teams.some((u) => u.id === t.id));
	const trendRounds = history
		.filter((r) => r.views.length > 0 && r.round.opensOn <= round.opensOn)
		.filter((r) => (scope === TOTAL ? sameTeams(r.round) : r.round.teams.some((t) => t.id === scope)))
		.map((r) => r.round)
		.sort((a, b) => (a.opensOn < b.opensOn ? -1 : a.opensOn > b.opensOn ? 1 : 0));
	if (!trendRounds.some((r) => r.id === round.id)) trendRounds.push(round);
	const counted = await countRounds(
		actor.orgId,
		trendRounds.map((r) => r.id)
	);
	const closed = survey.questions;
	const current = decide(round, counted.get(round.id)!, minimum);

	const total: GroupResult = {
		id: TOTAL,
		name: '',
		shown: current.totalShown,
		numbers: current.totalShown ? totalNumbers(round, current, members, closed, survey.dimensions) : null
	};
	const teams: GroupResult[] = round.teams
		.filter((t) => access.views.includes(t.id))
		.map((t) => {
			const shown = !current.hidden.has(t.id);
			return {
				id: t.id,
				name: t.name,
				shown,
				numbers: shown
					? groupNumbers(current.counts.answers.get(t.id) ?? new Map(), current.counts.responses.get(t.id) ?? 0, members.get(t.id) ?? null, closed, survey.dimensions)
					: null
			};
		});
	const commentsShown = scope === TOTAL ? current.totalShown && current.totalResponses >= commentMinimum(minimum) : !current.hiddenForComments.has(scope);

	const trend: TrendPoint[] = trendRounds.map((r) => {
		const c = r.id === round.id ? current : decide(r, counted.get(r.id)!, minimum);
		let numbers: GroupNumbers | null = null;
		if (scope === TOTAL) numbers = c.totalShown ? totalNumbers(r, c, members, closed, survey.dimensions) : null;
		else if (r.teams.some((t) => t.id === scope) && !c.hidden.has(scope))
			numbers = groupNumbers(c.counts.answers.get(scope) ?? new Map(), c.counts.responses.get(scope) ?? 0, null, closed, survey.dimensions);
		return {
			roundId: r.id,
			name: r.name,
			opensOn: r.opensOn,
			responses: numbers ? numbers.responses : null,
			dimensions: numbers
				? Object.fromEntries(Object.entries(numbers.dimensions).map(([id, d]) => [id, { mean: d.mean, favourable: d.favourable }]))
				: null
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
		comments: commentsShown ? await comments(actor.orgId, round.id, scope === TOTAL ? null : scope, survey.questions) : [],
		commentsShown,
		trend
	};
}

/**
 * The whole round only, for the live view: what anyone who may follow the round live may see.
 * No comments here: a comment appearing on a shared screen the moment someone submits points at them.
 */
export async function roundTotals(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	if (access.views.length === 0) throw new Forbidden('survey.results.view');
	const round = access.round;
	const [org, survey, counted] = await Promise.all([getOrganisation(actor), getSurvey(actor, round.surveyId), countRounds(actor.orgId, [round.id])]);
	const minimum = minimumGroupSize(org.min_group_size);
	const c = decide(round, counted.get(round.id)!, minimum);
	return {
		round,
		survey: { id: survey.id, title: survey.title },
		minimum,
		dimensions: survey.dimensions,
		questions: survey.questions,
		total: c.totalShown ? groupNumbers(mergeCounts(round.teams.map((t) => c.counts.answers.get(t.id) ?? new Map())), c.totalResponses, null, survey.questions, survey.dimensions) : null
	};
}

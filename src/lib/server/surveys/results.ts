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
// the published response counts. What comes back is a few thousand counts even for 10,000 responses; scores, shares and
// roll-ups (dimension, whole round) are sums over those counts, never loops over answers.
import { sql } from 'kysely';
import { db } from '../db/current';
import { Forbidden } from '../errors';
import type { Actor } from '../actor';
import { getOrganisation, listTeams } from '../orgs/index';
import type { Texts } from '$lib/surveys/texts';
import { commentMinimum, minimumGroupSize, parentShown, suppressedGroups } from './anonymity';
import { dimensionFromOriented, itemStats, type DimensionStats, type ItemStats, type ValueCount } from './scoring';
import { listRounds, roundAccess, type RoundView } from './rounds';
import { getSurvey, type DimensionView, type QuestionView } from './surveys';
import { DONT_KNOW_VALUE } from '$lib/surveys/kinds';
import { publishedCounts, REMAINDER, type Published } from './publication';

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
	/** why a hidden team is hidden: too few published answers, or withheld so a smaller team's cannot be worked out from it */
	hiddenBecause?: 'few' | 'sibling';
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
	comments: { questionId: string; texts: string[]; total: number }[];
	commentsShown: boolean;
	trend: TrendPoint[];
	/** whether the viewer may close and remind this round */
	canManage: boolean;
}

type DimensionCounts = Map<string, number[]>;

/** Published responses per round and team: the only response counts any view uses. */
function responsesByTeam(orgId: string, roundIds: string[]): Promise<Map<string, Published>> {
	return publishedCounts(db(), orgId, roundIds);
}

/**
 * Likert answers per dimension and value (reverse-scored statements already turned round), per round
 * and per team when `byTeam`: read from survey_dimension_counts, which each submission keeps up to date.
 */
async function dimensionCounts(orgId: string, roundIds: string[], options: { byTeam: boolean; teamIds?: string[] }) {
	const out = new Map<string, Map<string, DimensionCounts>>();
	if (roundIds.length === 0 || options.teamIds?.length === 0) return out;
	let q = db()
		.selectFrom('survey_dimension_counts')
		.select(['round_id', 'dimension_id', 'value'])
		.where('org_id', '=', orgId)
		.where('round_id', 'in', roundIds);
	if (options.teamIds) q = q.where('team_id', 'in', options.teamIds);
	const rows = options.byTeam
		? await q.select(['team_id', 'n']).execute()
		: await q
				.select([sql<string>`''`.as('team_id'), (eb) => eb.fn.sum<number>('n').as('n')])
				.groupBy(['round_id', 'dimension_id', 'value'])
				.execute();
	for (const r of rows) {
		let byTeam = out.get(r.round_id);
		if (!byTeam) out.set(r.round_id, (byTeam = new Map()));
		let dims = byTeam.get(r.team_id);
		if (!dims) byTeam.set(r.team_id, (dims = new Map()));
		let counts = dims.get(r.dimension_id);
		if (!counts) dims.set(r.dimension_id, (counts = [0, 0, 0, 0, 0]));
		counts[Number(r.value) - 1] += Number(r.n);
	}
	return out;
}

/** Value counts per question for a group of teams in one round (the statements of the group shown). */
async function itemCounts(orgId: string, roundId: string, teamIds: string[]) {
	const out = new Map<string, ValueCount[]>();
	if (teamIds.length === 0) return out;
	const rows = await db()
		.selectFrom('survey_counts')
		.select(['question_id', 'value', (eb) => eb.fn.sum<number>('n').as('n')])
		.where('org_id', '=', orgId)
		.where('round_id', '=', roundId)
		.where('team_id', 'in', teamIds)
		.groupBy(['question_id', 'value'])
		.execute();
	for (const r of rows) {
		let counts = out.get(r.question_id);
		if (!counts) out.set(r.question_id, (counts = []));
		counts.push({ value: Number(r.value) === DONT_KNOW_VALUE ? null : Number(r.value), count: Number(r.n) });
	}
	return out;
}

function sumDimensions(parts: (DimensionCounts | undefined)[]): DimensionCounts {
	const out: DimensionCounts = new Map();
	for (const part of parts) {
		if (!part) continue;
		for (const [d, counts] of part) {
			const acc = out.get(d) ?? [0, 0, 0, 0, 0];
			for (let i = 0; i < 5; i++) acc[i] += counts[i];
			out.set(d, acc);
		}
	}
	return out;
}

function groupNumbers(
	dimensionCountsOf: DimensionCounts,
	items: Map<string, ValueCount[]> | null,
	responses: number,
	members: number | null,
	questions: QuestionView[],
	dimensions: DimensionView[]
): GroupNumbers {
	const dims: Record<string, DimensionStats> = {};
	for (const d of dimensions) {
		const counts = dimensionCountsOf.get(d.id);
		if (counts || questions.some((q) => q.dimensionId === d.id && q.kind === 'likert')) dims[d.id] = dimensionFromOriented(counts ?? [0, 0, 0, 0, 0]);
	}
	const stats: Record<string, ItemStats> = {};
	if (items) {
		for (const q of questions) {
			const s = itemStats(q.kind, items.get(q.id) ?? [], { reverse: q.reverse, optionCount: q.options.length, respondents: responses });
			if (s) stats[q.id] = s;
		}
	}
	return {
		responses,
		members,
		responseRate: members ? Math.min(1, responses / members) : null,
		dimensions: dims,
		items: stats
	};
}

interface RoundComputation {
	responses: Map<string, number>;
	totalResponses: number;
	totalShown: boolean;
	hidden: Set<string>;
	hiddenForComments: Set<string>;
	commentsTotalShown: boolean;
}

/**
 * Rounds in the order they happened: by opening day, then (two rounds opened the same day) by when they
 * closed or are due to close, so an improvement never reads as a decline.
 */
function roundOrder(a: RoundView, b: RoundView): number {
	const key = (r: RoundView) => [r.opensOn, r.closedAt ?? `${r.closesOn}T23:59:59.999Z`, r.id];
	const [x, y] = [key(a), key(b)];
	for (let i = 0; i < x.length; i++) if (x[i] !== y[i]) return x[i] < y[i] ? -1 : 1;
	return 0;
}

/**
 * The anonymity decisions for one round, over its published steps: made over *all* its teams (and its
 * remainder, which is never shown on its own), whoever is looking.
 */
function decide(round: RoundView, published: Published, minimum: number): RoundComputation {
	const ids = [...round.teams.map((t) => t.id), REMAINDER];
	const groups = ids.map((id) => ({ id, n: published.answers.get(id) ?? 0 }));
	const commentGroups = ids.map((id) => ({ id, n: published.comments.get(id) ?? 0 }));
	const remainder = new Set([REMAINDER]);
	const totalResponses = groups.reduce((s, g) => s + g.n, 0);
	const totalShown = parentShown(totalResponses, minimum);
	const everyone = new Set(ids);
	return {
		responses: published.answers,
		totalResponses,
		totalShown,
		hidden: totalShown ? suppressedGroups(groups, minimum, remainder) : everyone,
		hiddenForComments: totalShown ? suppressedGroups(commentGroups, commentMinimum(minimum), remainder) : everyone,
		commentsTotalShown: totalShown && commentGroups.reduce((s, g) => s + g.n, 0) >= commentMinimum(minimum)
	};
}

async function memberCounts(actor: Actor) {
	return new Map((await listTeams(actor)).map((t) => [t.id, Number(t.member_count)]));
}

/** How many comments per question a page shows: a random sample of a large round is read; all of it is not. */
export const COMMENTS_SHOWN = 100;

async function comments(orgId: string, roundId: string, teamId: string | null, questions: QuestionView[]) {
	const open = questions.filter((x) => x.kind === 'text');
	return Promise.all(
		open.map(async (x) => {
			let q = db()
				.selectFrom('survey_comments')
				.where('org_id', '=', orgId)
				.where('round_id', '=', roundId)
				.where('question_id', '=', x.id)
				.where('published', '=', 1);
			if (teamId) q = q.where('team_id', '=', teamId);
			// Random order, so the order of comments says nothing about who wrote them or when.
			const [rows, count] = await Promise.all([
				q.select('text').orderBy(sql`random()`).limit(COMMENTS_SHOWN).execute(),
				q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirst()
			]);
			return { questionId: x.id, texts: rows.map((r) => r.text), total: Number(count?.n ?? 0) };
		})
	);
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
		responsesByTeam(actor.orgId, trendRounds.map((r) => r.id)),
		dimensionCounts(actor.orgId, [round.id], { byTeam: true }),
		dimensionCounts(actor.orgId, earlier, { byTeam: false, teamIds: scope === TOTAL ? undefined : [scope] })
	]);
	const current = decide(round, responses.get(round.id)!, minimum);
	const teamDims = currentByTeam.get(round.id) ?? new Map<string, DimensionCounts>();
	const scopeShown = scope === TOTAL ? current.totalShown : !current.hidden.has(scope);
	const items = scopeShown ? await itemCounts(actor.orgId, round.id, scope === TOTAL ? [...round.teams.map((t) => t.id), REMAINDER] : [scope]) : null;

	const total: GroupResult = {
		id: TOTAL,
		name: '',
		shown: current.totalShown,
		numbers: current.totalShown
			? groupNumbers(sumDimensions([...teamDims.values()]), scope === TOTAL ? items : null, current.totalResponses, memberTotal, questions, survey.dimensions)
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
				...(shown ? {} : { hiddenBecause: current.totalShown && (current.responses.get(t.id) ?? 0) >= minimum ? ('sibling' as const) : ('few' as const) }),
				numbers: shown
					? groupNumbers(teamDims.get(t.id) ?? new Map(), scope === t.id ? items : null, current.responses.get(t.id) ?? 0, members.get(t.id) ?? null, questions, survey.dimensions)
					: null
			};
		});
	const commentsShown = scope === TOTAL ? current.commentsTotalShown : !current.hiddenForComments.has(scope);

	const trend: TrendPoint[] = trendRounds.map((r) => {
		const c = r.id === round.id ? current : decide(r, responses.get(r.id)!, minimum);
		const shown = scope === TOTAL ? c.totalShown : r.teams.some((t) => t.id === scope) && !c.hidden.has(scope);
		if (!shown) return { roundId: r.id, name: r.name, opensOn: r.opensOn, responses: null, dimensions: null };
		const counts =
			r.id === round.id ? (scope === TOTAL ? sumDimensions([...teamDims.values()]) : (teamDims.get(scope) ?? new Map())) : (earlierCounts.get(r.id)?.get('') ?? new Map());
		const numbers = groupNumbers(counts, null, scope === TOTAL ? c.totalResponses : (c.responses.get(scope) ?? 0), null, questions, survey.dimensions);
		return {
			roundId: r.id,
			name: r.name,
			opensOn: r.opensOn,
			responses: numbers.responses,
			dimensions: Object.fromEntries(Object.entries(numbers.dimensions).map(([id, d]) => [id, { mean: d.mean, favourable: d.favourable }]))
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
	const round = access.round;
	const [org, survey, responses] = await Promise.all([getOrganisation(actor), getSurvey(actor, round.surveyId), responsesByTeam(actor.orgId, [round.id])]);
	const minimum = minimumGroupSize(org.min_group_size);
	const c = decide(round, responses.get(round.id)!, minimum);
	const teamIds = [...round.teams.map((t) => t.id), REMAINDER];
	const [dims, items] = c.totalShown
		? await Promise.all([dimensionCounts(actor.orgId, [round.id], { byTeam: false }), itemCounts(actor.orgId, round.id, teamIds)])
		: [null, null];
	return {
		round,
		survey: { id: survey.id, title: survey.title },
		minimum,
		dimensions: survey.dimensions,
		questions: survey.questions,
		total: c.totalShown && dims && items ? groupNumbers(dims.get(round.id)?.get('') ?? new Map(), items, c.totalResponses, null, survey.questions, survey.dimensions) : null
	};
}

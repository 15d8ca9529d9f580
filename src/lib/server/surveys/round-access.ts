// Which rounds a person has to do with, and what they may do in each: manage (open, close, remind), see
// results, answer. Read once per round from its teams, so every page and action asks the same rule.
import { db } from '../db/current';
import { authorize, can } from '../policy';
import { NotFound } from '../errors';
import type { Actor } from '../actor';
import { parseTexts, type Texts } from '$lib/surveys/texts';
import { roundStatus, type RoundStatus } from '$lib/surveys/status';

export interface RoundView {
	id: string;
	surveyId: string;
	surveyTitle: Texts;
	name: string;
	opensOn: string;
	closesOn: string;
	timeZone: string;
	closedAt: string | null;
	remindedAt: string | null;
	status: RoundStatus;
	teams: { id: string; name: string }[];
}

export interface RoundAccess {
	round: RoundView;
	/** round teams the actor may manage (open/close/remind) */
	manages: string[];
	/** round teams whose results the actor may see */
	views: string[];
	/** round teams the actor may answer for */
	answersFor: string[];
	/** closing acts for every team of the round, so it needs the right to manage each of them */
	mayClose: boolean;
}

async function roundRows(orgId: string, roundIds: string[] | null, surveyId?: string) {
	let q = db()
		.selectFrom('survey_rounds')
		.innerJoin('surveys', 'surveys.id', 'survey_rounds.survey_id')
		.select([
			'survey_rounds.id',
			'survey_rounds.survey_id',
			'survey_rounds.name',
			'survey_rounds.opens_on',
			'survey_rounds.closes_on',
			'survey_rounds.time_zone',
			'survey_rounds.closed_at',
			'survey_rounds.reminded_at',
			'survey_rounds.created_at',
			'surveys.title as survey_title'
		])
		.where('survey_rounds.org_id', '=', orgId);
	if (roundIds) q = q.where('survey_rounds.id', 'in', roundIds.length ? roundIds : ['']);
	if (surveyId) q = q.where('survey_rounds.survey_id', '=', surveyId);
	const rows = await q.orderBy('survey_rounds.opens_on', 'desc').orderBy('survey_rounds.created_at', 'desc').execute();
	if (rows.length === 0) return [];
	const teams = await db()
		.selectFrom('survey_round_teams')
		.innerJoin('teams', 'teams.id', 'survey_round_teams.team_id')
		.select(['survey_round_teams.round_id', 'teams.id', 'teams.name'])
		.where('survey_round_teams.org_id', '=', orgId)
		.where(
			'survey_round_teams.round_id',
			'in',
			rows.map((r) => r.id)
		)
		.orderBy('teams.name')
		.execute();
	const now = new Date();
	return rows.map<RoundView>((r) => ({
		id: r.id,
		surveyId: r.survey_id,
		surveyTitle: parseTexts(r.survey_title),
		name: r.name,
		opensOn: r.opens_on,
		closesOn: r.closes_on,
		timeZone: r.time_zone,
		closedAt: r.closed_at,
		remindedAt: r.reminded_at,
		status: roundStatus(r, now),
		teams: teams.filter((t) => t.round_id === r.id).map((t) => ({ id: t.id, name: t.name }))
	}));
}

function accessOf(actor: Actor, round: RoundView): RoundAccess {
	const target = (teamId: string) => ({ orgId: actor.orgId, teamId });
	const manages = round.teams.filter((t) => can(actor, 'survey.round.manage', target(t.id))).map((t) => t.id);
	return {
		round,
		manages,
		mayClose: manages.length > 0 && manages.length === round.teams.length,
		views: round.teams.filter((t) => can(actor, 'survey.results.view', target(t.id))).map((t) => t.id),
		answersFor: round.teams.filter((t) => can(actor, 'survey.answer', target(t.id))).map((t) => t.id)
	};
}

/** A round of the actor's organisation and what the actor may do with it; another org's round is not found. */
export async function roundAccess(actor: Actor, roundId: string): Promise<RoundAccess> {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	return accessOf(actor, await roundView(actor.orgId, roundId));
}

/**
 * A round of `orgId`, for work nobody in particular does (a closed round's webhook). Internal to the module: every
 * caller that acts for a person goes through `roundAccess`.
 */
export async function roundView(orgId: string, roundId: string): Promise<RoundView> {
	const [round] = await roundRows(orgId, [roundId]);
	if (!round) throw new NotFound('round');
	return round;
}

/** Rounds the actor has something to do with (answer, see results or manage). */
export async function listRounds(actor: Actor, options: { surveyId?: string } = {}) {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	const rounds = await roundRows(actor.orgId, null, options.surveyId);
	const mine = rounds
		.map((r) => accessOf(actor, r))
		.filter((a) => a.views.length || a.manages.length || a.answersFor.length);
	const answered = await answeredRounds(
		actor,
		mine.map((a) => a.round.id)
	);
	return mine.map((a) => ({ ...a, answered: answered.has(a.round.id) }));
}

async function answeredRounds(actor: Actor, roundIds: string[]) {
	if (roundIds.length === 0) return new Set<string>();
	const rows = await db()
		.selectFrom('survey_participation')
		.select('round_id')
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where('round_id', 'in', roundIds)
		.execute();
	return new Set(rows.map((r) => r.round_id));
}

/** Whether the actor has answered this round — the only thing anyone can learn about their own participation. */
export async function hasAnswered(actor: Actor, roundId: string): Promise<boolean> {
	return (await answeredRounds(actor, [roundId])).has(roundId);
}

/** Open rounds the actor can still answer, for the dashboard. */
export async function listRoundsToAnswer(actor: Actor) {
	const rounds = await listRounds(actor);
	const open = rounds.filter((r) => r.round.status === 'open' && r.answersFor.length > 0 && !r.answered);
	if (open.length === 0) return [];
	const reminded = await db()
		.selectFrom('survey_reminders')
		.select('round_id')
		.where('org_id', '=', actor.orgId)
		.where('user_id', '=', actor.userId)
		.where(
			'round_id',
			'in',
			open.map((r) => r.round.id)
		)
		.execute();
	const remindedIds = new Set(reminded.map((r) => r.round_id));
	return open.map((r) => ({ ...r.round, reminded: remindedIds.has(r.round.id) }));
}

// Rounds: a survey opened for chosen teams between two dates. Managers open, close and remind rounds
// for their own teams; admins and facilitators for any team. A round of several teams is closed by
// someone who manages all of them (a manager acts for their own team only). A closed round is sealed
// (publication.ts): whoever answered is forgotten and small cells are folded.
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize, can } from '../policy';
import { Forbidden, Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { getProfile } from '../auth/index';
import { getOrganisation, listTeamMembers, listTeams, minGroupSizeSettings } from '../orgs/index';
import { sealRound } from './publication';
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
	const [round] = await roundRows(actor.orgId, [roundId]);
	if (!round) throw new NotFound('round');
	return accessOf(actor, round);
}

/** Rounds the actor has something to do with (answer, see results or manage). */
export async function listRounds(actor: Actor, options: { surveyId?: string } = {}) {
	authorize(actor, 'survey.view', { orgId: actor.orgId });
	const rounds = await roundRows(actor.orgId, null, options.surveyId);
	const mine = rounds.map((r) => accessOf(actor, r)).filter((a) => a.views.length || a.manages.length || a.answersFor.length);
	const answered = await answeredRounds(actor, mine.map((a) => a.round.id));
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

export async function openRound(
	actor: Actor,
	surveyId: string,
	input: { name: string; teamIds: string[]; opensOn: string; closesOn: string }
): Promise<{ id: string }> {
	const teamIds = [...new Set(input.teamIds)];
	if (teamIds.length === 0) throw new Invalid('error_surveys_choose_teams', 'teamIds');
	for (const teamId of teamIds) authorize(actor, 'survey.round.manage', { orgId: actor.orgId, teamId });
	const survey = await db().selectFrom('surveys').select('id').where('id', '=', surveyId).where('org_id', '=', actor.orgId).executeTakeFirst();
	if (!survey) throw new NotFound('survey');
	const questions = await db()
		.selectFrom('survey_questions')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.where('survey_id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!Number(questions?.n)) throw new Invalid('error_surveys_no_questions');
	const known = new Set((await listTeams(actor)).map((t) => t.id));
	if (teamIds.some((t) => !known.has(t))) throw new Invalid('error_choice', 'teamIds');
	if (input.closesOn < input.opensOn) throw new Invalid('error_surveys_dates_order', 'closesOn');
	const timeZone = (await getProfile(actor).catch(() => null))?.time_zone ?? 'Europe/Copenhagen';
	const id = newId();
	await db().transaction().execute(async (trx) => {
		await trx
			.insertInto('survey_rounds')
			.values({
				id,
				org_id: actor.orgId,
				survey_id: surveyId,
				name: input.name.trim(),
				opens_on: input.opensOn,
				closes_on: input.closesOn,
				time_zone: timeZone,
				closed_at: null,
				reminded_at: null,
				created_by: actor.userId,
				created_at: nowIso()
			})
			.execute();
		for (const teamId of teamIds) {
			await trx.insertInto('survey_round_teams').values({ id: newId(), org_id: actor.orgId, round_id: id, team_id: teamId }).execute();
		}
	});
	return { id };
}

function assertManages(access: RoundAccess) {
	if (access.manages.length === 0) throw new Forbidden('survey.round.manage');
}

/** Closes a round for all its teams, so it needs someone who manages every one of them; then seals it. */
export async function closeRound(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	if (!access.mayClose) throw new Forbidden('survey.round.manage');
	const { min_group_size: minimum } = await getOrganisation(actor);
	await db()
		.transaction()
		.execute(async (trx) => {
			await trx.updateTable('survey_rounds').set({ closed_at: nowIso() }).where('id', '=', roundId).where('org_id', '=', actor.orgId).where('closed_at', 'is', null).execute();
			const round = await trx.selectFrom('survey_rounds').select('sealed').where('id', '=', roundId).where('org_id', '=', actor.orgId).executeTakeFirstOrThrow();
			if (!round.sealed) await sealRound(trx, actor.orgId, roundId, minimum);
		});
}

/**
 * The background job's half of closing: seals every round that is closed (by hand before sealing existed,
 * or because its closing date passed) and not sealed yet. Returns how many it sealed.
 */
export async function sealClosedRounds(now: Date = new Date()): Promise<number> {
	// Rounds closing by date close at the end of their last day in their own time zone; a day's margin
	// in the query, the exact test in roundStatus.
	const tomorrow = new Date(now.getTime() + 86_400_000).toISOString().slice(0, 10);
	const candidates = await db()
		.selectFrom('survey_rounds')
		.select(['id', 'org_id', 'opens_on', 'closes_on', 'time_zone', 'closed_at'])
		.where('sealed', '=', 0)
		.where((eb) => eb.or([eb('closed_at', 'is not', null), eb('closes_on', '<', tomorrow)]))
		.execute();
	const closed = candidates.filter((r) => roundStatus(r, now) === 'closed');
	const minimums = await minGroupSizeSettings([...new Set(closed.map((r) => r.org_id))]);
	let sealed = 0;
	for (const r of closed) {
		await db()
			.transaction()
			.execute(async (trx) => {
				const still = await trx.selectFrom('survey_rounds').select('sealed').where('id', '=', r.id).executeTakeFirst();
				if (!still || still.sealed) return;
				await sealRound(trx, r.org_id, r.id, minimums.get(r.org_id));
				sealed++;
			});
	}
	return sealed;
}

/**
 * Reminds everyone in the actor's round teams who has not answered (shown on their dashboard).
 * It tells the one who reminds nothing about who or how many: participation stays private.
 */
export async function remindRound(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	assertManages(access);
	if (access.round.status !== 'open') throw new Invalid('error_surveys_round_not_open');
	const answered = new Set(
		(
			await db()
				.selectFrom('survey_participation')
				.select('user_id')
				.where('round_id', '=', roundId)
				.where('org_id', '=', actor.orgId)
				.execute()
		).map((r) => r.user_id)
	);
	const pending = new Set<string>();
	for (const teamId of access.manages) {
		for (const member of await listTeamMembers(actor, teamId)) if (!answered.has(member.id)) pending.add(member.id);
	}
	const now = nowIso();
	await db().transaction().execute(async (trx) => {
		for (const userId of pending) {
			const updated = await trx
				.updateTable('survey_reminders')
				.set({ sent_at: now })
				.where('round_id', '=', roundId)
				.where('user_id', '=', userId)
				.where('org_id', '=', actor.orgId)
				.executeTakeFirst();
			if (Number(updated.numUpdatedRows) === 0) {
				await trx.insertInto('survey_reminders').values({ id: newId(), org_id: actor.orgId, round_id: roundId, user_id: userId, sent_at: now }).execute();
			}
		}
		await trx.updateTable('survey_rounds').set({ reminded_at: now }).where('id', '=', roundId).where('org_id', '=', actor.orgId).execute();
	});
}

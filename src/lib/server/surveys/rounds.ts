// Rounds: a survey opened for chosen teams between two dates. Managers open, close and remind rounds
// for their own teams; admins and facilitators for any team. A round of several teams is closed by
// someone who manages all of them (a manager acts for their own team only). A closed round is sealed
// (publication.ts): whoever answered is forgotten and small cells are folded.
import { emitEvent } from '../webhooks/index';
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Forbidden, Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { getProfile } from '../auth/index';
import { getOrganisation, listTeamMembers, listTeams, minGroupSizeSettings } from '../orgs/index';
import { sealRound } from './publication';
import { prepareRoundReminders, queueRoundReminderChats } from './round-emails';
import { deliverSoon, queueEmails } from '../mail/index';
import { roundAccess, type RoundAccess } from './round-access';
import { closedRoundAggregates } from './results';
import { roundStatus } from '$lib/surveys/status';

export async function openRound(
	actor: Actor,
	surveyId: string,
	input: { name: string; teamIds: string[]; opensOn: string; closesOn: string }
): Promise<{ id: string }> {
	const teamIds = [...new Set(input.teamIds)];
	if (teamIds.length === 0) throw new Invalid('error_surveys_choose_teams', 'teamIds');
	for (const teamId of teamIds) authorize(actor, 'survey.round.manage', { orgId: actor.orgId, teamId });
	const survey = await db()
		.selectFrom('surveys')
		.select('id')
		.where('id', '=', surveyId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
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
	await db()
		.transaction()
		.execute(async (trx) => {
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
				await trx
					.insertInto('survey_round_teams')
					.values({ id: newId(), org_id: actor.orgId, round_id: id, team_id: teamId })
					.execute();
			}
		});
	return { id };
}

function assertManages(access: RoundAccess) {
	if (access.manages.length === 0) throw new Forbidden('survey.round.manage');
}

/** Closing asks first: only of someone who may close the round (the others are refused, not asked). */
export async function closeConfirmation(actor: Actor, roundId: string): Promise<'close'> {
	const access = await roundAccess(actor, roundId);
	if (!access.mayClose) throw new Forbidden('survey.round.manage');
	return 'close';
}

/** Closes a round for all its teams, so it needs someone who manages every one of them; then seals it. */
export async function closeRound(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	if (!access.mayClose) throw new Forbidden('survey.round.manage');
	const { min_group_size: minimum } = await getOrganisation(actor);
	const sealed = await db()
		.transaction()
		.execute(async (trx) => {
			await trx
				.updateTable('survey_rounds')
				.set({ closed_at: nowIso() })
				.where('id', '=', roundId)
				.where('org_id', '=', actor.orgId)
				.where('closed_at', 'is', null)
				.execute();
			const round = await trx
				.selectFrom('survey_rounds')
				.select(['sealed', 'survey_id', 'closed_at'])
				.where('id', '=', roundId)
				.where('org_id', '=', actor.orgId)
				.executeTakeFirstOrThrow();
			if (round.sealed) return null;
			await sealRound(trx, actor.orgId, roundId, minimum);
			return round;
		});
	if (sealed) await announceClosed(actor.orgId, roundId, sealed.survey_id, sealed.closed_at ?? nowIso());
}

/**
 * Tells the organisation's webhooks that a round closed (once: when it is sealed), with the whole round's
 * aggregates under the minimum group size (null below it) and no team's numbers; the rest stays in the results
 * views, under their rules.
 */
async function announceClosed(orgId: string, roundId: string, surveyId: string, closedAt: string) {
	await emitEvent(orgId, 'survey.round.closed', {
		roundId,
		surveyId,
		closedAt,
		resultsPath: `/surveys/rounds/${roundId}/results`,
		results: await closedRoundAggregates(orgId, roundId)
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
		.select(['id', 'org_id', 'survey_id', 'opens_on', 'closes_on', 'time_zone', 'closed_at'])
		.where('sealed', '=', 0)
		.where((eb) => eb.or([eb('closed_at', 'is not', null), eb('closes_on', '<', tomorrow)]))
		.execute();
	const closed = candidates.filter((r) => roundStatus(r, now) === 'closed');
	const minimums = await minGroupSizeSettings([...new Set(closed.map((r) => r.org_id))]);
	let sealed = 0;
	for (const r of closed) {
		const done = await db()
			.transaction()
			.execute(async (trx) => {
				const still = await trx.selectFrom('survey_rounds').select('sealed').where('id', '=', r.id).executeTakeFirst();
				if (!still || still.sealed) return false;
				await sealRound(trx, r.org_id, r.id, minimums.get(r.org_id));
				return true;
			});
		if (!done) continue;
		sealed++;
		await announceClosed(r.org_id, r.id, r.survey_id, r.closed_at ?? now.toISOString());
	}
	return sealed;
}

/**
 * Reminds everyone in the actor's round teams who has not answered (shown on their dashboard, and by email
 * to those who want survey reminders by email). It tells the one who reminds nothing about who or how many:
 * participation stays private.
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
		for (const member of await listTeamMembers(actor, teamId, { active: true }))
			if (!answered.has(member.id)) pending.add(member.id);
	}
	const now = nowIso();
	const { round } = access;
	const emails = await prepareRoundReminders(
		{ id: round.id, orgId: actor.orgId, name: round.name, surveyTitle: round.surveyTitle, closesOn: round.closesOn },
		pending
	);
	await db()
		.transaction()
		.execute(async (trx) => {
			for (const userId of pending) {
				const updated = await trx
					.updateTable('survey_reminders')
					.set({ sent_at: now })
					.where('round_id', '=', roundId)
					.where('user_id', '=', userId)
					.where('org_id', '=', actor.orgId)
					.executeTakeFirst();
				if (Number(updated.numUpdatedRows) === 0) {
					await trx
						.insertInto('survey_reminders')
						.values({ id: newId(), org_id: actor.orgId, round_id: roundId, user_id: userId, sent_at: now })
						.execute();
				}
			}
			await trx
				.updateTable('survey_rounds')
				.set({ reminded_at: now })
				.where('id', '=', roundId)
				.where('org_id', '=', actor.orgId)
				.execute();
			await queueEmails(trx, emails);
		});
	deliverSoon();
	await queueRoundReminderChats(
		{ id: round.id, orgId: actor.orgId, name: round.name, surveyTitle: round.surveyTitle, closesOn: round.closesOn },
		pending
	);
}

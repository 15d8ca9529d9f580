// Answering a round. The one place answers are written, and the reason the tables look as they do:
//
// - survey_participation records *that* a person answered (one response per person per round, and
//   reminders for the others). The pending counts and survey_comments record *what* was answered, with
//   the round and team only (closed answers only as counts); survey_publication counts responses per team.
//   No column joins the two, and none holds a time. Answers reach results only in published steps
//   (publication.ts), and a closed round's participation is dropped.
// - All ids are random. SQLite stores these tables WITHOUT ROWID (in random-id order, see the migration).
//   PostgreSQL appends rows in insertion order and stamps each with its transaction id (xmin), so after
//   each submission the team's participation rows are rewritten in random-id order in the same
//   transaction: every one of them then carries that transaction's id and a fresh place, and neither the
//   order of the rows nor their xmin tells whose answers arrived when.
import type { Transaction } from 'kysely';
import { db, dbKind } from '../db/current';
import type { Database } from '../db/schema';
import { newId } from '../ids';
import { authorize } from '../policy';
import { Forbidden, Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { DONT_KNOW_VALUE, isClosed } from '$lib/surveys/kinds';
import { roundStatus } from '$lib/surveys/status';
import { roundAccess } from './round-access';
import { toQuestionView, type QuestionView } from './survey-rows';
import { publishLiveSoon } from './live';
import { countResponse, pendingTables } from './publication';
import { getOrganisation } from '../orgs/index';

export type AnswerValue =
	{ kind: 'value'; value: number | null } | { kind: 'choices'; values: number[] } | { kind: 'text'; text: string };

export interface ParsedAnswers {
	teamId: string | null;
	answers: Map<string, AnswerValue>;
}

export function fieldName(questionId: string) {
	return `q_${questionId}`;
}

/** The questions of a round, in order, for the answer form. */
export async function roundQuestions(actor: Actor, roundId: string): Promise<QuestionView[]> {
	const access = await roundAccess(actor, roundId);
	const rows = await db()
		.selectFrom('survey_questions')
		.selectAll()
		.where('survey_id', '=', access.round.surveyId)
		.where('org_id', '=', actor.orgId)
		.orderBy('position')
		.execute();
	return rows.map(toQuestionView);
}

/** Someone the round asks (a member of one of its teams); anyone else is refused before their answers are read. */
export async function answerAccess(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	if (access.answersFor.length === 0) throw new Forbidden('survey.answer');
	return access;
}

function isUniqueViolation(error: unknown) {
	const e = error as { code?: string; message?: string };
	return e?.code === '23505' || e?.code === 'SQLITE_CONSTRAINT_UNIQUE' || e?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/**
 * Stores one person's answers to a round, once. Refuses a round that is not open (nothing is stored;
 * the form keeps what was typed) and a second response from the same person.
 */
export async function submitResponse(actor: Actor, roundId: string, input: ParsedAnswers): Promise<void> {
	const access = await answerAccess(actor, roundId);
	const teamId = input.teamId ?? (access.answersFor.length === 1 ? access.answersFor[0] : null);
	if (!teamId) throw new Invalid('error_surveys_choose_team', 'teamId');
	if (!access.answersFor.includes(teamId)) throw new Invalid('error_choice', 'teamId');
	authorize(actor, 'survey.answer', { orgId: actor.orgId, teamId });

	const questions = await roundQuestions(actor, roundId);
	for (const q of questions) {
		if (isClosed(q.kind) && !input.answers.has(q.id))
			throw new Invalid('error_surveys_answer_required', fieldName(q.id));
	}
	const unknown = [...input.answers.keys()].filter((id) => !questions.some((q) => q.id === id));
	if (unknown.length) throw new NotFound('question');
	const { min_group_size: minimum } = await getOrganisation(actor);

	try {
		await db()
			.transaction()
			.execute(async (trx) => {
				// Re-read the round inside the transaction: a round closed a moment ago takes nothing.
				const round = await trx
					.selectFrom('survey_rounds')
					.select(['opens_on', 'closes_on', 'time_zone', 'closed_at'])
					.where('id', '=', roundId)
					.where('org_id', '=', actor.orgId)
					.executeTakeFirst();
				if (!round) throw new NotFound('round');
				const status = roundStatus(round);
				if (status === 'closed') throw new Invalid('error_surveys_round_closed');
				if (status === 'scheduled') throw new Invalid('error_surveys_round_not_open');
				const already = await trx
					.selectFrom('survey_participation')
					.select('id')
					.where('round_id', '=', roundId)
					.where('user_id', '=', actor.userId)
					.executeTakeFirst();
				if (already) throw new Invalid('error_surveys_already_answered');

				await trx
					.insertInto('survey_participation')
					.values({ id: newId(), org_id: actor.orgId, round_id: roundId, team_id: teamId, user_id: actor.userId })
					.execute();
				const base = { org_id: actor.orgId, round_id: roundId, team_id: teamId };
				// Closed answers become +1 on the team's count for each chosen value (-1 = "don't know").
				const counts = new Map<string, Database['survey_counts']>();
				const commentRows: Database['survey_comments'][] = [];
				const add = (questionId: string, value: number | null) => {
					const v = value ?? DONT_KNOW_VALUE;
					const key = `${questionId}\n${v}`;
					const row = counts.get(key);
					if (row) row.n++;
					else counts.set(key, { ...base, question_id: questionId, value: v, n: 1 });
				};
				// Likert answers also count for their dimension, turned round if reverse-scored (results read these).
				const dimensionCounts = new Map<string, Database['survey_dimension_counts']>();
				const addToDimension = (q: QuestionView, value: number | null) => {
					if (q.kind !== 'likert' || !q.dimensionId || value === null || value < 1 || value > 5) return;
					const oriented = q.reverse ? 6 - value : value;
					const key = `${q.dimensionId}\n${oriented}`;
					const row = dimensionCounts.get(key);
					if (row) row.n++;
					else dimensionCounts.set(key, { ...base, dimension_id: q.dimensionId, value: oriented, n: 1 });
				};
				const byId = new Map(questions.map((q) => [q.id, q]));
				for (const [questionId, answer] of input.answers) {
					if (answer.kind === 'text')
						commentRows.push({ id: newId(), ...base, question_id: questionId, text: answer.text, published: 0 });
					else if (answer.kind === 'choices') for (const value of answer.values) add(questionId, value);
					else {
						add(questionId, answer.value);
						addToDimension(byId.get(questionId)!, answer.value);
					}
				}
				if (counts.size) {
					await trx
						.insertInto(pendingTables.counts)
						.values([...counts.values()])
						.onConflict((oc) =>
							oc
								.columns(['round_id', 'team_id', 'question_id', 'value'])
								.doUpdateSet((eb) => ({ n: eb('survey_pending_counts.n', '+', eb.ref('excluded.n')) }))
						)
						.execute();
				}
				if (dimensionCounts.size) {
					await trx
						.insertInto(pendingTables.dimensions)
						.values([...dimensionCounts.values()])
						.onConflict((oc) =>
							oc
								.columns(['round_id', 'team_id', 'dimension_id', 'value'])
								.doUpdateSet((eb) => ({ n: eb('survey_pending_dimension_counts.n', '+', eb.ref('excluded.n')) }))
						)
						.execute();
				}
				if (commentRows.length) await trx.insertInto('survey_comments').values(commentRows).execute();
				await countResponse(trx, actor.orgId, roundId, teamId, minimum);
				if (dbKind() === 'postgres') await reshuffleParticipation(trx, actor.orgId, roundId, teamId);
			});
	} catch (error) {
		if (isUniqueViolation(error)) throw new Invalid('error_surveys_already_answered');
		throw error;
	}
	publishLiveSoon(actor, roundId);
}

/** PostgreSQL only (see the top of this file): rewrites a team's participation rows in random-id order. */
async function reshuffleParticipation(trx: Transaction<Database>, orgId: string, roundId: string, teamId: string) {
	const rows = await trx
		.deleteFrom('survey_participation')
		.where('org_id', '=', orgId)
		.where('round_id', '=', roundId)
		.where('team_id', '=', teamId)
		.returningAll()
		.execute();
	rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
	if (rows.length) await trx.insertInto('survey_participation').values(rows).execute();
}

/** For the round page: whether the actor answered, and for which teams they could. */
export async function answerContext(actor: Actor, roundId: string) {
	const access = await roundAccess(actor, roundId);
	const answered = await db()
		.selectFrom('survey_participation')
		.select('id')
		.where('round_id', '=', roundId)
		.where('user_id', '=', actor.userId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	return { access, answered: !!answered };
}

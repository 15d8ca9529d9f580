import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';
import {
	answer,
	answerForm,
	daysFromToday,
	instrumentSurvey,
	makeOrg,
	openRoundFor,
	tableRows,
	uniform,
	type Org
} from './support';

let database: TestDatabase;
let org: Org;
let team: Awaited<ReturnType<Org['teamOf']>>;
let survey: Awaited<ReturnType<typeof instrumentSurvey>>;

beforeAll(async () => {
	database = await createTestDatabase();
	org = await makeOrg();
	team = await org.teamOf('Borgerservice', 6);
	survey = await instrumentSurvey(org.admin);
});

afterAll(async () => {
	await database.close();
});

/** Responses a round received, whether published yet or not. */
async function responsesOf(roundId: string) {
	return (await tableRows('survey_publication'))
		.filter((r) => r.round_id === roundId)
		.reduce((sum, r) => sum + Number(r.responses), 0);
}

describe('surveys: answering a round', () => {
	it('takes one response per person per round, and refuses the second with a clear reason', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		const person = team.members[1];
		await answer(person, roundId, uniform(4));
		await expect(answer(person, roundId, uniform(1))).rejects.toMatchObject({ key: 'error_surveys_already_answered' });
		expect(await responsesOf(roundId)).toBe(1);
		expect(await surveys.listRoundsToAnswer(person)).toEqual([]);
	});

	it('stores only one of two responses sent at the same moment', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Race');
		const person = team.members[2];
		const results = await Promise.allSettled([
			answer(person, roundId, uniform(4)),
			answer(person, roundId, uniform(2))
		]);
		expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
		expect((results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason).toBeInstanceOf(Invalid);
		expect(await responsesOf(roundId)).toBe(1);
		expect((await tableRows('survey_participation')).filter((r) => r.round_id === roundId)).toHaveLength(1);
	});

	it('refuses answers to a closed round and stores nothing of them', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Closing');
		await surveys.closeRound(team.manager, roundId);
		await expect(answer(team.members[3], roundId, uniform(5))).rejects.toMatchObject({
			key: 'error_surveys_round_closed'
		});
		expect((await tableRows('survey_counts')).filter((r) => r.round_id === roundId)).toHaveLength(0);
		expect((await tableRows('survey_pending_counts')).filter((r) => r.round_id === roundId)).toHaveLength(0);
		expect(await surveys.hasAnswered(team.members[3], roundId)).toBe(false);
	});

	it('refuses answers after the closing date and before the opening date', async () => {
		const past = await surveys.openRound(org.admin, survey.id, {
			name: 'Past',
			teamIds: [team.id],
			opensOn: daysFromToday(-10),
			closesOn: daysFromToday(-2)
		});
		await expect(answer(team.members[3], past.id, uniform(3))).rejects.toMatchObject({
			key: 'error_surveys_round_closed'
		});
		const future = await surveys.openRound(org.admin, survey.id, {
			name: 'Future',
			teamIds: [team.id],
			opensOn: daysFromToday(3),
			closesOn: daysFromToday(9)
		});
		await expect(answer(team.members[3], future.id, uniform(3))).rejects.toMatchObject({
			key: 'error_surveys_round_not_open'
		});
	});

	it('asks for every closed question and keeps everything that was typed when something is missing', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Validation');
		const questions = await surveys.roundQuestions(team.members[4], roundId);
		const firstLikert = questions.find((q) => q.kind === 'likert')!;
		const helps = questions.find((q) => q.key === 'open_helps')!;
		const form = answerForm(questions, (q) =>
			q.id === firstLikert.id ? null : q.kind === 'likert' ? '4' : q.kind === 'text' ? 'Kaffepauserne' : null
		);
		const parsed = surveys.parseAnswers(questions, form);
		expect(parsed.ok).toBe(false);
		if (parsed.ok) return;
		expect(Object.keys(parsed.failure.errors)).toEqual([surveys.fieldName(firstLikert.id)]);
		expect(parsed.failure.errors[surveys.fieldName(firstLikert.id)]).toMatch(/don’t know|don't know/i);
		expect(parsed.failure.values[surveys.fieldName(helps.id)]).toBe('Kaffepauserne');

		const bad = answerForm(questions, (q) => (q.kind === 'likert' ? '9' : null));
		const parsedBad = surveys.parseAnswers(questions, bad);
		expect(parsedBad.ok).toBe(false);
	});

	it('accepts "don\'t know" where a question allows it and leaves it out of the score', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Dont know');
		for (const m of team.members.slice(0, 5))
			await answer(m, roundId, (q) => (q.kind === 'likert' ? (q.reverse ? 'dk' : '5') : null));
		const results = await surveys.getRoundResults(org.admin, roundId);
		const reversed = survey.questions.find((q) => q.reverse)!;
		const item = results.total.numbers!.items[reversed.id];
		expect(item).toMatchObject({ kind: 'likert', n: 0, dontKnow: 5, mean: null });
		for (const d of results.dimensions) expect(results.total.numbers!.dimensions[d.id].mean).toBe(5);
	});

	it('keeps the per-dimension counts equal to the statement counts, reverse-scored statements turned round', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Dimension counts');
		for (const [i, m] of team.members.entries())
			await answer(m, roundId, (q, j) =>
				q.kind === 'likert' ? (j % 7 === 0 ? 'dk' : String(((i + j) % 5) + 1)) : null
			);
		const byQuestion = new Map(survey.questions.map((q) => [q.id, q]));
		const expected = new Map<string, number>();
		// Published and pending alike (publication.ts moves whole teams' cells from one to the other).
		const cells = [...(await tableRows('survey_counts')), ...(await tableRows('survey_pending_counts'))];
		for (const c of cells.filter((r) => r.round_id === roundId)) {
			const q = byQuestion.get(c.question_id as string)!;
			const value = Number(c.value);
			if (q.kind !== 'likert' || !q.dimensionId || value < 1) continue;
			const key = `${q.dimensionId} ${q.reverse ? 6 - value : value}`;
			expected.set(key, (expected.get(key) ?? 0) + Number(c.n));
		}
		const stored = [
			...(await tableRows('survey_dimension_counts')),
			...(await tableRows('survey_pending_dimension_counts'))
		].filter((r) => r.round_id === roundId);
		const summed = new Map<string, number>();
		for (const r of stored)
			summed.set(`${r.dimension_id} ${r.value}`, (summed.get(`${r.dimension_id} ${r.value}`) ?? 0) + Number(r.n));
		expect(summed).toEqual(expected);
		expect(stored.length).toBeGreaterThan(0);
		expect(stored.every((r) => r.team_id === team.id)).toBe(true);
	});

	it('lets only members of the round’s teams answer', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Members only');
		const outsider = await org.person('Outsider', { teams: [[(await org.team('Other')).id, 'member']] });
		await expect(answer(outsider, roundId, uniform(3))).rejects.toBeInstanceOf(Forbidden);

		const other = await makeOrg('Elsewhere');
		const stranger = await other.person('Stranger');
		await expect(answer(stranger, roundId, uniform(3))).rejects.toBeInstanceOf(NotFound);
		await expect(surveys.getRoundResults(stranger, roundId)).rejects.toBeInstanceOf(NotFound);
	});

	it('asks someone in two of the round’s teams which team they answer for', async () => {
		const second = await org.team('Second');
		const both = await org.person('In both', {
			teams: [
				[team.id, 'member'],
				[second.id, 'member']
			]
		});
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id, second.id], 'Two teams');
		await expect(answer(both, roundId, uniform(3))).rejects.toMatchObject({
			key: 'error_surveys_choose_team',
			field: 'teamId'
		});
		await answer(both, roundId, uniform(3), { teamId: second.id });
		const rows = (await tableRows('survey_publication')).filter((r) => r.round_id === roundId);
		expect(rows.map((r) => [r.team_id, Number(r.responses)])).toEqual([[second.id, 1]]);
	});
});

describe('surveys: reminders', () => {
	it('reminds those who have not answered, on their dashboard, and nobody who has', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Reminded');
		await answer(team.members[1], roundId, uniform(4));
		await surveys.remindRound(team.manager, roundId);
		const pending = await surveys.listRoundsToAnswer(team.members[2]);
		expect(pending.find((r) => r.id === roundId)).toMatchObject({ reminded: true });
		expect((await surveys.listRoundsToAnswer(team.members[1])).find((r) => r.id === roundId)).toBeUndefined();
		const reminded = (await tableRows('survey_reminders')).filter((r) => r.round_id === roundId).map((r) => r.user_id);
		expect(reminded).not.toContain(team.members[1].userId);
		expect(reminded).toContain(team.members[2].userId);
	});

	it('lets only someone who manages one of the round’s teams remind or close it', async () => {
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id], 'Managed');
		await expect(surveys.remindRound(team.members[2], roundId)).rejects.toBeInstanceOf(Forbidden);
		await expect(surveys.closeRound(team.members[2], roundId)).rejects.toBeInstanceOf(Forbidden);
		const otherManager = (await org.teamOf('Elsewhere team', 1)).manager;
		await expect(surveys.closeRound(otherManager, roundId)).rejects.toBeInstanceOf(Forbidden);
	});

	it('lets a manager open rounds only for teams they manage', async () => {
		const other = await org.team('Not theirs');
		await expect(openRoundFor(team.manager, survey.id, [other.id])).rejects.toBeInstanceOf(Forbidden);
		await expect(openRoundFor(team.members[2], survey.id, [team.id])).rejects.toBeInstanceOf(Forbidden);
		const own = await openRoundFor(team.manager, survey.id, [team.id], 'Own team');
		expect(own.id).toMatch(/^[\w-]{22}$/);
	});
});

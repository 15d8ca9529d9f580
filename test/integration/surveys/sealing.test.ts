// A closed round at rest: a copy of the database taken after a round closes links nothing to anyone.
// Participation and reminders are gone, every team's stored cells are its published steps (none below
// the minimum), and whatever was never published is folded into the round's remainder, without a team.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import * as surveys from '../../../src/lib/server/surveys/index';
import { Forbidden } from '../../../src/lib/server/errors';
import { db } from '../../../src/lib/server/db/current';
import { answer, instrumentSurvey, makeOrg, openRoundFor, tableRows, uniform } from './support';

let database: TestDatabase;

beforeAll(async () => {
	database = await createTestDatabase();
});

afterAll(async () => {
	await database.close();
});

async function roundRows(table: string, roundId: string) {
	return (await tableRows(table)).filter((r) => r.round_id === roundId);
}

/** People answered per team, as the stored cells of a table say (the sum over one question's values). */
async function storedTeamCells(roundId: string, questionId: string) {
	const perTeam = new Map<string, number>();
	for (const table of ['survey_counts', 'survey_pending_counts']) {
		for (const r of await roundRows(table, roundId)) {
			if (r.question_id !== questionId) continue;
			perTeam.set(String(r.team_id), (perTeam.get(String(r.team_id)) ?? 0) + Number(r.n));
		}
	}
	return perTeam;
}

describe('surveys at rest: closing a round', () => {
	it('drops participation and reminders and folds every unpublished or small cell into the remainder', async () => {
		const org = await makeOrg();
		const big = await org.teamOf('Big', 13);
		const small = await org.teamOf('Small', 3);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [big.id, small.id]);
		for (const m of big.members.slice(0, 12)) await answer(m, roundId, uniform(4, 'a comment'));
		for (const m of small.members) await answer(m, roundId, uniform(2, 'a small comment'));
		await surveys.remindRound(org.admin, roundId);
		expect((await roundRows('survey_participation', roundId)).length).toBe(15);
		expect((await roundRows('survey_reminders', roundId)).length).toBeGreaterThan(0);
		const shownBefore = await surveys.getRoundResults(org.admin, roundId);

		await surveys.closeRound(org.admin, roundId);

		expect(await roundRows('survey_participation', roundId)).toEqual([]);
		expect(await roundRows('survey_reminders', roundId)).toEqual([]);
		const likert = survey.questions.find((q) => q.kind === 'likert')!;
		const cells = await storedTeamCells(roundId, likert.id);
		expect(cells.size).toBeGreaterThan(0);
		const minimum = shownBefore.minimum;
		for (const [teamId, n] of cells) {
			if (teamId === big.id) expect(n % minimum, 'the big team holds only its published steps').toBe(0);
			else expect(teamId, `a cell of ${n} answers left under a team`).toBe(surveys.REMAINDER);
		}
		// 12 in Big: two steps of 5 published; its other 2 and Small's 3 are the remainder (5: enough to add to the total).
		expect(cells.get(big.id)).toBe(10);
		expect(cells.get(surveys.REMAINDER)).toBe(5);
		expect(cells.has(small.id)).toBe(false);
		// Comments that were never published are gone.
		const comments = await roundRows('survey_comments', roundId);
		expect(comments.length).toBeGreaterThan(0);
		expect(comments.every((c) => c.team_id === big.id)).toBe(true);

		// What anyone sees moved by the remainder as a whole, never by less than the minimum.
		const after = await surveys.getRoundResults(org.admin, roundId);
		expect(after.total.numbers!.responses - shownBefore.total.numbers!.responses).toBeGreaterThanOrEqual(minimum);
		expect(after.teams.find((t) => t.id === big.id)!.numbers).toEqual(
			shownBefore.teams.find((t) => t.id === big.id)!.numbers
		);
	}, 90_000);

	it('seals a round whose closing date has passed, the same way', async () => {
		const org = await makeOrg();
		const team = await org.teamOf('Team', 7);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [team.id]);
		for (const m of team.members) await answer(m, roundId, uniform(3));
		await db()
			.updateTable('survey_rounds')
			.set({ opens_on: '2020-01-01', closes_on: '2020-01-31' })
			.where('id', '=', roundId)
			.execute();

		expect(await surveys.sealClosedRounds()).toBeGreaterThanOrEqual(1);
		expect(await roundRows('survey_participation', roundId)).toEqual([]);
		const cells = await storedTeamCells(roundId, survey.questions.find((q) => q.kind === 'likert')!.id);
		expect(cells.get(team.id)).toBe(5);
		expect(cells.get(surveys.REMAINDER)).toBe(2);
		// A second run finds nothing more to do.
		expect(await surveys.sealClosedRounds()).toBe(0);
	}, 90_000);
});

describe('surveys at rest: the remainder', () => {
	it('shows the whole round the comments of teams that never reached a comment step, once they are enough together', async () => {
		const org = await makeOrg();
		const a = await org.teamOf('A', 4);
		const b = await org.teamOf('B', 4);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [a.id, b.id]);
		for (const t of [a, b])
			for (const [i, m] of t.members.entries()) await answer(m, roundId, uniform(4, `${t.name} ${i}`));
		expect((await surveys.getRoundResults(org.admin, roundId)).comments).toEqual([]);

		await surveys.closeRound(org.admin, roundId);
		const whole = await surveys.getRoundResults(org.admin, roundId);
		expect(whole.commentsShown).toBe(true);
		expect([...whole.comments[0].texts].sort()).toEqual(['A 0', 'A 1', 'A 2', 'A 3', 'B 0', 'B 1', 'B 2', 'B 3']);
		// Eight answers in the remainder are also a whole step for the numbers of the round; no team shows any.
		expect(whole.total.numbers!.responses).toBe(8);
		expect(whole.teams.length).toBeGreaterThan(0);
		expect(whole.teams.every((t) => !t.shown)).toBe(true);
		expect((await surveys.getRoundResults(a.manager, roundId, a.id)).comments).toEqual([]);
	}, 90_000);
});

describe('surveys: closing a round', () => {
	it('is refused to the manager of one of its teams: a manager acts for their own team only', async () => {
		const org = await makeOrg();
		const mine = await org.teamOf('Mine', 2);
		const theirs = await org.teamOf('Theirs', 2);
		const survey = await instrumentSurvey(org.admin);
		const { id: roundId } = await openRoundFor(org.admin, survey.id, [mine.id, theirs.id]);
		await expect(surveys.closeRound(mine.manager, roundId)).rejects.toBeInstanceOf(Forbidden);
		expect((await surveys.roundAccess(org.admin, roundId)).round.status).toBe('open');

		// A round of their own team alone is theirs to close.
		const { id: own } = await openRoundFor(org.admin, survey.id, [mine.id], 'Own');
		await surveys.closeRound(mine.manager, own);
		expect((await surveys.roundAccess(org.admin, own)).round.status).toBe('closed');
	});
});

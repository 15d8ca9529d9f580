// Assignments with due dates, buddy challenges, streaks and badges (opt-in), and module analytics a manager sees
// for their team only; against a real database.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../support/db';
import { makePerson } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { completeModule, makeBitesPeople, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

const DAY = 86_400_000;

describe('assignments, challenges, streaks and analytics', () => {
	it('assigns to a team with a due date; today’s bite is the soonest due', async () => {
		const { admin, manager, learner, team, otherTeam, otherManager, stranger } = await makeBitesPeople();
		const { module: a } = await makeModule(admin, { title: 'A' });
		const { module: b } = await makeModule(admin, { title: 'B' });
		await bites.assignModule(manager, a.id, { target: `team:${team.id}`, dueOn: '2026-05-01' });
		await bites.assignModule(admin, b.id, { target: `user:${learner.userId}`, dueOn: '2026-04-01' });
		expect((await bites.todaysBite(learner))?.module.title).toBe('B');
		expect((await bites.myAssignments(learner)).map((x) => x.module.title)).toEqual(['B', 'A']);
		await expect(
			bites.assignModule(otherManager, a.id, { target: `team:${team.id}`, dueOn: '' })
		).rejects.toMatchObject({ status: 403 });
		await expect(
			bites.assignModule(manager, a.id, { target: `team:${otherTeam.id}`, dueOn: '' })
		).rejects.toMatchObject({ status: 403 });
		await expect(bites.assignModule(stranger, a.id, { target: `team:${team.id}`, dueOn: '' })).rejects.toMatchObject({
			status: 404
		});
	});

	it('compares two colleagues in a buddy challenge once it is accepted', async () => {
		const { admin, learner, manager } = await makeBitesPeople();
		const { module } = await makeModule(admin);
		const id = await bites.createChallenge(learner, { moduleId: module.id, buddyId: manager.userId });
		await completeModule(learner, module.id, [true, true]);
		await bites.respondToChallenge(manager, id, 'accept');
		const [challenge] = await bites.myChallenges(manager);
		expect(challenge.mine).toMatchObject({ completed: false });
		expect(challenge.buddy).toMatchObject({ name: learner.name });
		expect(challenge.buddyProgress).toMatchObject({ completed: true, score: 100 });
		await expect(
			bites.createChallenge(learner, { moduleId: module.id, buddyId: learner.userId })
		).rejects.toMatchObject({ key: 'error_bites_buddy_self' });
	});

	it('counts streaks and badges only when the organisation opted in', async () => {
		const { admin, learner } = await makeBitesPeople();
		const { module } = await makeModule(admin);
		await completeModule(learner, module.id, [true, true]);
		expect(await bites.myStreak(learner)).toBeNull();
		await bites.saveSettings(admin, { gamification: true, quietStart: '18:00', quietEnd: '08:00', dailyReview: 5 });
		const streak = await bites.myStreak(learner);
		expect(streak?.streak).toBe(1);
		expect(streak?.badges.sort()).toEqual(['first_bite', 'perfect_quiz']);
		await expect(
			bites.saveSettings(learner, { gamification: false, quietStart: '18:00', quietEnd: '08:00', dailyReview: 5 })
		).rejects.toMatchObject({ status: 403 });
	});

	it('reports starts, completions, item difficulty and retention; a manager sees only their team', async () => {
		const { admin, manager, team, otherManager, learner, org } = await makeBitesPeople();
		const { module, questions } = await makeModule(admin);
		const t0 = new Date('2026-03-02T09:00:00Z');
		// Five more of the team and five outside it (the minimum group size is 5), the team's first learner too.
		const teamLearners = [learner];
		for (let i = 0; i < 4; i++) teamLearners.push(await makePerson(org.id, { teams: [[team.id, 'member']] }));
		const outsiders = [];
		for (let i = 0; i < 5; i++) outsiders.push(await makePerson(org.id));
		for (const p of teamLearners) await completeModule(p, module.id, [true, false], t0);
		for (const p of outsiders) await completeModule(p, module.id, [false, false], t0);
		for (const p of teamLearners) await bites.answerReview(p, questions[0], ['o1'], new Date(t0.getTime() + 3 * DAY));
		const all = await bites.moduleAnalytics(admin, module.id);
		if (!all.shown) throw new Error('ten learners are shown');
		expect(all).toMatchObject({ starts: 10, completions: 10, completionPercent: 100, averageScore: 25 });
		expect(all.items.map((i) => i.correctPercent)).toEqual([50, 0]);
		expect(all.retention.find((r) => r.label === '2–3')).toMatchObject({ reviews: 5, recalledPercent: 100 });
		const mine = await bites.moduleAnalytics(manager, module.id, team.id);
		expect(mine).toMatchObject({ shown: true, starts: 5, completions: 5, averageScore: 50 });
		await expect(bites.moduleAnalytics(otherManager, module.id, team.id)).rejects.toMatchObject({ status: 403 });
		await expect(bites.moduleAnalytics(learner, module.id)).rejects.toMatchObject({ status: 403 });
	}, 60_000);
});

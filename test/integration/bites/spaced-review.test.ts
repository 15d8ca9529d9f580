// Spaced review: answers scheduled exactly as FSRS does, and the daily nudge outside quiet hours; against a real
// database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import * as bites from '../../../src/lib/server/bites/index';
import { listNotifications } from '../../../src/lib/server/notify/index';
import { completeModule, makeBitesPeople, makeModule, tempDataDir } from './support';

let database: TestDatabase;
beforeAll(async () => {
	database = await createTestDatabase();
	tempDataDir();
});
afterAll(async () => database.close());

describe('spaced review', () => {
	it('schedules a scripted sequence of answers exactly as FSRS does', async () => {
		const { admin, learner } = await makeBitesPeople();
		const { module, questions } = await makeModule(admin, { questions: 1 });
		const start = new Date('2026-03-02T09:00:00Z');
		// The script: right in the module, then right, wrong, right, right at each due date.
		const script = [true, true, false, true, true];
		await completeModule(learner, module.id, [script[0]], start);
		// The library's own expectation, step by step.
		const f = fsrs(generatorParameters({ enable_fuzz: false, enable_short_term: false }));
		let card = f.next(createEmptyCard(start), start, Rating.Good).card;
		const expectedDays: number[] = [card.scheduled_days];
		let row = await database.db
			.selectFrom('bite_reviews')
			.selectAll()
			.where('learner_id', '=', learner.userId)
			.executeTakeFirstOrThrow();
		expect(new Date(row.due).toISOString()).toBe(card.due.toISOString());
		const ourDays: number[] = [row.scheduled_days];
		for (const correct of script.slice(1)) {
			const now = new Date(row.due);
			const before = await bites.dueReviews(learner, new Date(now.getTime() - 60_000));
			expect(before.questions.map((q) => q.card.id)).not.toContain(questions[0]);
			const due = await bites.dueReviews(learner, now);
			expect(due.questions.map((q) => q.card.id)).toEqual([questions[0]]);
			await bites.answerReview(learner, questions[0], [correct ? 'o1' : 'o2'], now);
			card = f.next(card, now, correct ? Rating.Good : Rating.Again).card;
			expectedDays.push(card.scheduled_days);
			row = await database.db
				.selectFrom('bite_reviews')
				.selectAll()
				.where('learner_id', '=', learner.userId)
				.executeTakeFirstOrThrow();
			ourDays.push(row.scheduled_days);
			expect(new Date(row.due).toISOString()).toBe(card.due.toISOString());
		}
		expect(ourDays).toEqual(expectedDays);
		// ts-fsrs defaults without fuzz or same-day steps: growing intervals, a lapse shortens the next one.
		expect(ourDays).toEqual([3, 14, 2, 5, 13]);
		expect(row).toMatchObject({ reps: 5, lapses: 1 });
	});

	it('nudges once a day outside quiet hours, in app and by email', async () => {
		const { admin, learner } = await makeBitesPeople();
		const { module } = await makeModule(admin, { questions: 1 });
		await bites.saveSettings(admin, { gamification: false, quietStart: '18:00', quietEnd: '08:00', dailyReview: 5 });
		await completeModule(learner, module.id, [false], new Date('2026-03-02T09:00:00Z'));
		const sent: { to: string; subject: string; locale: string }[] = [];
		const restore = swapAppPart('mailer', { send: async (m) => void sent.push(m) });
		const reviewNudges = async () =>
			(await listNotifications(learner, { locale: 'en', timeZone: 'UTC' })).filter((n) => n.kind === 'bites_review');
		// 23:30 in Copenhagen: quiet.
		await bites.sendReviewNudges(new Date('2026-03-03T22:30:00Z'));
		expect(await reviewNudges()).toHaveLength(0);
		await bites.sendReviewNudges(new Date('2026-03-04T09:00:00Z'));
		await bites.sendReviewNudges(new Date('2026-03-04T10:00:00Z'));
		// In the notification centre, linking to the review.
		expect(await reviewNudges()).toMatchObject([
			{ text: 'You have 1 question to review today. It takes a few minutes.', link: '/bites/review', read: false }
		]);
		// Through the outbox, sent just after it is queued.
		await vi.waitFor(() => expect(sent.filter((m) => m.to === learner.email)).toHaveLength(1));
		// From the message catalogue, in the learner's language (none chosen → English).
		expect(sent[0]).toMatchObject({ subject: 'Samspil: your daily review', locale: 'en' });
		restore();
	});
});

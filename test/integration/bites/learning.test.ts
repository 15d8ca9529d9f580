// Authoring, the player, quiz results, spaced review with FSRS, uploads and sanitising, against a real database.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import fs from 'node:fs';
import path from 'node:path';
import { createEmptyCard, fsrs, generatorParameters, Rating } from 'ts-fsrs';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam } from '../support/factories';
import * as bites from '../../../src/lib/server/bites/index';
import { listNotifications } from '../../../src/lib/server/notify/index';
import { ORIGIN, completeModule, makeModule, tempDataDir } from './support';

let database: TestDatabase;
let dataDir: string;
beforeAll(async () => {
	database = await createTestDatabase();
	dataDir = tempDataDir();
});
afterAll(async () => database.close());

const DAY = 86_400_000;

async function people() {
	const org = await makeOrg();
	const team = await makeTeam(org.id);
	const otherTeam = await makeTeam(org.id);
	const admin = await makePerson(org.id, { role: 'admin' });
	const manager = await makePerson(org.id, { teams: [[team.id, 'manager']] });
	const learner = await makePerson(org.id, { teams: [[team.id, 'member']] });
	const otherManager = await makePerson(org.id, { teams: [[otherTeam.id, 'manager']] });
	const stranger = await makePerson((await makeOrg()).id, { role: 'admin' });
	return { org, team, otherTeam, admin, manager, learner, otherManager, stranger };
}

describe('the player', () => {
	it('remembers where the learner stopped, shows a wrong answer’s feedback and keeps quiz results', async () => {
		const { admin, learner } = await people();
		const { module, questions } = await makeModule(admin);
		const ctx = { origin: ORIGIN };
		let state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(0);
		expect(state.card?.html).toContain('<strong>gift</strong>');
		await bites.next(learner, module.id, state.card!.id, ctx);
		// A quiz card does not reveal the right answer before it is answered.
		state = await bites.play(learner, module.id, ctx);
		expect(state.card!.options.length).toBeGreaterThan(0);
		expect(state.card!.options.every((o) => !o.correct && !o.feedback)).toBe(true);
		await expect(bites.next(learner, module.id, questions[0], ctx)).rejects.toMatchObject({
			key: 'error_bites_answer_first'
		});
		const result = await bites.answer(learner, module.id, questions[0], ['o2'], ctx);
		expect(result.correct).toBe(false);
		expect(result.feedback).toEqual([{ optionId: 'o2', text: 'Not quite: think of the gift.', correct: false }]);
		// "Reload": a fresh read shows the same card with the answer and its feedback.
		state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(1);
		expect(state.answer?.feedback[0].text).toBe('Not quite: think of the gift.');
		// A second answer to the same card changes nothing.
		expect((await bites.answer(learner, module.id, questions[0], ['o1'], ctx)).correct).toBe(false);
		// A resubmitted "next" does not skip a card.
		await bites.next(learner, module.id, questions[0], ctx);
		await bites.next(learner, module.id, questions[0], ctx);
		state = await bites.play(learner, module.id, ctx);
		expect(state.position).toBe(2);
		await bites.answer(learner, module.id, questions[1], ['o1'], ctx);
		await bites.next(learner, module.id, questions[1], ctx);
		state = await bites.play(learner, module.id, ctx);
		expect(state).toMatchObject({ completed: true, score: 50 });
	});

	it('keeps drafts and other organisations’ modules away from learners', async () => {
		const { admin, learner, stranger } = await people();
		const { module } = await makeModule(admin, { publish: false });
		await expect(bites.play(learner, module.id, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
		await bites.setPublished(admin, module.id, true);
		await expect(bites.play(stranger, module.id, { origin: ORIGIN })).rejects.toMatchObject({ status: 404 });
		await expect(bites.getModuleForAuthoring(stranger, module.id)).rejects.toMatchObject({ status: 404 });
		await expect(bites.getModuleForAuthoring(learner, module.id)).rejects.toMatchObject({ status: 403 });
		await expect(bites.addTextCard(learner, module.id, { body: 'x' })).rejects.toMatchObject({ status: 403 });
	});
});

describe('authoring', () => {
	it('sanitises Markdown: scripts, event handlers and javascript: links never reach the page', async () => {
		const { admin } = await people();
		const module = await bites.createModule(admin, {
			title: 'Safe',
			summary: '',
			minutes: 3,
			language: 'da',
			tags: ''
		});
		await bites.addTextCard(admin, module.id, {
			body: '# Hi\n\n<script>alert(1)</script>\n\n<img src=x onerror="alert(2)">\n\n[click](javascript:alert(3)) and [ok](https://example.org)\n\n<iframe src="https://evil.test"></iframe><b onclick="x()">bold</b>'
		});
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		const html = cards[0].html;
		expect(html).not.toMatch(/<script|onerror|onclick|javascript:|<iframe|<img/i);
		expect(html).toContain('<h2>Hi</h2>');
		expect(html).toContain('href="https://example.org"');
		expect(html).toContain('rel="noopener noreferrer nofollow"');
	});

	it('stores an uploaded image under the data folder, checked by its content', async () => {
		const { admin } = await people();
		const module = await bites.createModule(admin, {
			title: 'Media',
			summary: '',
			minutes: 3,
			language: 'en',
			tags: ''
		});
		const png = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');
		await bites.addMediaCard(admin, module.id, {
			kind: 'image',
			body: 'A chart',
			alt: 'Bar chart',
			url: '',
			file: png
		});
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		expect(cards[0]).toMatchObject({ kind: 'image', mediaMime: 'image/png' });
		const file = await bites.mediaFile(admin, undefined, cards[0].mediaId!);
		expect(file.mime).toBe('image/png');
		expect(fs.readdirSync(path.join(dataDir, 'bites', admin.orgId))).toHaveLength(1);
		const outsider = await makePerson((await makeOrg()).id);
		await expect(bites.mediaFile(outsider, undefined, cards[0].mediaId!)).rejects.toMatchObject({ status: 404 });
		await expect(bites.mediaFile(null, undefined, cards[0].mediaId!)).rejects.toMatchObject({ status: 404 });
	});

	it('refuses uploads of the wrong type or over the size limit with a clear reason', async () => {
		const { admin } = await people();
		const module = await bites.createModule(admin, {
			title: 'Media',
			summary: '',
			minutes: 3,
			language: 'en',
			tags: ''
		});
		const html = Buffer.from('<html><script>alert(1)</script></html>');
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'image', body: '', alt: 'x', url: '', file: html })
		).rejects.toMatchObject({ key: 'error_bites_upload_type', field: 'file' });
		// A PNG named and typed as audio is still a PNG.
		const png = Buffer.from('89504E470D0A1A0A0000000D4948445200000001000000010806000000', 'hex');
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'audio', body: '', alt: '', url: '', file: png })
		).rejects.toMatchObject({ key: 'error_bites_upload_kind' });
		const huge = Buffer.alloc(bites.maxUploadBytes() + 1);
		png.copy(huge);
		await expect(
			bites.addMediaCard(admin, module.id, { kind: 'image', body: '', alt: 'x', url: '', file: huge })
		).rejects.toMatchObject({ key: 'error_bites_upload_too_big' });
		const { cards } = await bites.getModuleForAuthoring(admin, module.id);
		expect(cards).toHaveLength(0);
	});

	it('orders, moves and deletes cards', async () => {
		const { admin } = await people();
		const { module } = await makeModule(admin);
		let { cards } = await bites.getModuleForAuthoring(admin, module.id);
		await bites.moveCard(admin, module.id, cards[2].id, 'up');
		const moved = (await bites.getModuleForAuthoring(admin, module.id)).cards.map((c) => c.id);
		expect(moved).toEqual([cards[0].id, cards[2].id, cards[1].id]);
		await bites.deleteCard(admin, module.id, cards[0].id);
		({ cards } = await bites.getModuleForAuthoring(admin, module.id));
		expect(cards.map((c) => c.position)).toEqual([0, 1]);
	});
});

describe('spaced review', () => {
	it('schedules a scripted sequence of answers exactly as FSRS does', async () => {
		const { admin, learner } = await people();
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
		const { admin, learner } = await people();
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

describe('assignments, challenges, streaks and analytics', () => {
	it('assigns to a team with a due date; today’s bite is the soonest due', async () => {
		const { admin, manager, learner, team, otherTeam, otherManager, stranger } = await people();
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
		const { admin, learner, manager } = await people();
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
		const { admin, learner } = await people();
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
		const { admin, manager, team, otherManager, learner, org } = await people();
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

describe('external learners', () => {
	it('join a published collection with name and email, take its modules and earn credentials, with no organisation access', async () => {
		const { admin, org } = await people();
		const { module } = await makeModule(admin, { title: 'Customer onboarding' });
		const { module: hidden } = await makeModule(admin, { title: 'Internal only' });
		await bites.createDefinition(admin, {
			title: 'Certified customer',
			outcomes: 'Uses the product.',
			assessment: 'Quiz',
			minScore: 50,
			eqfLevel: 3,
			workloadHours: 0.2,
			credits: undefined,
			qualityAssurance: 'Product team review.',
			moduleIds: [module.id],
			requiresIds: []
		});
		const collection = await bites.createCollection(admin, {
			title: 'Academy',
			description: '',
			moduleIds: [module.id]
		});
		const token = (await bites.setCollectionPublished(admin, collection.id, true))!;
		const { secret } = (await bites.joinCollection(token, {
			name: 'Carla Customer',
			email: 'carla@customer.test'
		})) as {
			secret: string;
		};
		const ctx = { origin: ORIGIN };
		await expect(bites.external.play(token, secret, hidden.id, ctx)).rejects.toMatchObject({ status: 404 });
		await expect(bites.external.play(token, 'wrong-secret', module.id, ctx)).rejects.toMatchObject({ status: 404 });
		let state = await bites.external.play(token, secret, module.id, ctx);
		while (!state.completed) {
			const card = state.card!;
			if (card.kind === 'quiz') await bites.external.answer(token, secret, module.id, card.id, ['o1'], ctx);
			await bites.external.next(token, secret, module.id, card.id, ctx);
			state = await bites.external.play(token, secret, module.id, ctx);
		}
		const learner = (await bites.external.learner(token, secret))!;
		const held = await bites.listHeld(org.id, learner.id);
		expect(held.map((h) => h.title)).toEqual(['Certified customer']);
		const { jwt } = await bites.downloadHeld(org.id, learner.id, held[0].id);
		expect((await bites.verifyCredentialJwt(jwt, ORIGIN)).holderName).toBe('Carla Customer');
		// Unpublishing closes the link.
		await bites.setCollectionPublished(admin, collection.id, false);
		await expect(bites.external.play(token, secret, module.id, ctx)).rejects.toMatchObject({ status: 404 });
	});
});

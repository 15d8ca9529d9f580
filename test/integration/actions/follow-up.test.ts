import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createTestDatabase, swapAppPart, type TestDatabase } from '../support/db';
import { makeWorld, type World } from './support/world';
import {
	createOwnAction,
	dimensionBeforeAfter,
	getItem,
	getPlan,
	listMyFollowUps,
	listReviews,
	nudgeOwner,
	planBeforeAfter,
	recordReview,
	updateItem,
	actionNudges,
	addFromCatalogue,
	type RoundScores
} from '../../../src/lib/server/actions/index';
import { NotFound } from '../../../src/lib/server/errors';
import { updateProfile } from '../../../src/lib/server/auth/index';
import { listNotifications, runNudges } from '../../../src/lib/server/notify/index';

let database: TestDatabase;
let w: World;
let restore: (() => void) | undefined;

beforeAll(async () => {
	database = await createTestDatabase();
	w = await makeWorld();
}, 60_000);
afterEach(() => restore?.());
afterAll(async () => {
	await database.close();
});

const details = {
	status: 'doing' as const,
	startDate: null,
	dueDate: null,
	indicator: null,
	target: null,
	notes: null,
	dimension: null
};

describe('follow-up at review', () => {
	it('records the team\'s answers to "did we do it?" and "did it help?" and shows them on the plan', async () => {
		const id = await createOwnAction(w.manager, w.teamA, {
			title: 'Ten minutes of learning',
			ownerId: w.member.userId,
			reviewDate: '2025-03-01'
		});
		await recordReview(w.member, id, { didIt: 'partly', helped: 'yes', comment: 'We skipped two meetings.' });
		const onPlan = (await getPlan(w.manager, w.teamA, 'en')).find((i) => i.id === id)!;
		expect(onPlan.latestReview).toMatchObject({
			didIt: 'partly',
			helped: 'yes',
			comment: 'We skipped two meetings.',
			byName: 'Jonas Vestergaard'
		});
		await recordReview(w.manager, id, { didIt: 'yes', helped: 'somewhat', comment: null });
		expect((await getItem(w.member, id, 'en')).latestReview).toMatchObject({ didIt: 'yes', helped: 'somewhat' });
		expect((await listReviews(w.member, id)).map((r) => r.didIt)).toEqual(['yes', 'partly']);
	});

	it('does not let another team answer for the plan', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Ours to review' });
		await expect(
			recordReview(w.otherMember, id, { didIt: 'yes', helped: 'yes', comment: null })
		).rejects.toBeInstanceOf(NotFound);
	});
});

describe("nudges and the owner's follow-ups", () => {
	it('shows the owner an action whose review date has come, until the team answers', async () => {
		const id = await createOwnAction(w.manager, w.teamA, {
			title: 'Buddy for Sofie',
			ownerId: w.member.userId,
			reviewDate: '2025-05-10'
		});
		expect((await listMyFollowUps(w.member, '2025-05-09', 'en')).map((f) => f.item.id)).not.toContain(id);
		const due = (await listMyFollowUps(w.member, '2025-05-10', 'en')).find((f) => f.item.id === id);
		expect(due).toMatchObject({ reasons: ['review'], teamName: 'Borgerservice' });
		expect((await listMyFollowUps(w.manager, '2025-05-10', 'en')).map((f) => f.item.id)).not.toContain(id);
		await recordReview(w.member, id, { didIt: 'yes', helped: 'yes', comment: null });
		const today = new Date().toISOString().slice(0, 10);
		expect((await listMyFollowUps(w.member, today, 'en')).map((f) => f.item.id)).not.toContain(id);
	});

	it('lets a colleague nudge the owner, which the owner sees with who asked', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Show and tell in March', ownerId: w.member.userId });
		await nudgeOwner(w.manager, id);
		const f = (await listMyFollowUps(w.member, '2025-01-01', 'en')).find((x) => x.item.id === id)!;
		expect(f.reasons).toEqual(['nudge']);
		expect(f.item.nudgedBy).toBe('Mette Kjærgaard');
		await recordReview(w.member, id, { didIt: 'yes', helped: 'unsure', comment: null });
		expect((await listMyFollowUps(w.member, '2025-01-01', 'en')).map((x) => x.item.id)).not.toContain(id);
	});

	it('notifies the owner of a nudge in the app, in their own language, with a link to the action', async () => {
		await updateProfile(w.member, { name: 'Jonas Vestergaard', locale: 'da', timeZone: 'Europe/Copenhagen' });
		const id = await addFromCatalogue(w.manager, { teamId: w.teamA, catalogueId: 'buddy-for-newcomers' }, 'en');
		await updateItem(w.manager, id, { ...details, title: 'x', ownerId: w.member.userId, reviewDate: null });
		expect(await nudgeOwner(w.manager, id)).toEqual({ notified: true });
		const [note] = await listNotifications(w.member, { locale: 'da', timeZone: 'Europe/Copenhagen' }, 1);
		expect(note).toMatchObject({
			kind: 'actions_nudge',
			text: 'Mette Kjærgaard beder dig følge op på "En navngiven buddy til hver ny kollega" (Borgerservice)',
			link: `/actions/items/${id}`,
			read: false
		});
	});

	it("reminds owners through the scheduler once an action's review date has come, once per review date", async () => {
		const id = await createOwnAction(w.manager, w.teamA, {
			title: 'Shared guides',
			ownerId: w.manager.userId,
			reviewDate: '2025-05-10'
		});
		const before = await actionNudges(new Date('2025-05-09T12:00:00Z'));
		expect(before.map((n) => n.link)).not.toContain(`/actions/items/${id}`);
		const due = (await actionNudges(new Date('2025-05-10T12:00:00Z'))).find((n) => n.link === `/actions/items/${id}`);
		expect(due).toMatchObject({
			userId: w.manager.userId,
			kind: 'actions_review',
			messageKey: 'actions_notify_review',
			params: { title: 'Shared guides', team: 'Borgerservice' }
		});
		expect(await runNudges([actionNudges], new Date('2025-05-10T12:00:00Z'))).toMatchObject({
			created: expect.any(Number)
		});
		const again = await runNudges([actionNudges], new Date('2025-05-11T12:00:00Z'));
		const notes = (await listNotifications(w.manager, { locale: 'en', timeZone: 'UTC' })).filter(
			(n) => n.link === `/actions/items/${id}`
		);
		expect(notes.map((n) => n.text)).toEqual([
			'Time to follow up "Shared guides" (Borgerservice): did we do it, and did it help?'
		]);
		expect(again.created).toBe(0);
		await recordReview(w.manager, id, { didIt: 'yes', helped: 'yes', comment: null });
		expect((await actionNudges(new Date())).map((n) => n.link)).not.toContain(`/actions/items/${id}`);
	});

	it('cannot nudge an action without an owner', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Nobody yet' });
		await expect(nudgeOwner(w.manager, id)).rejects.toMatchObject({ key: 'error_actions_no_owner' });
	});
});

describe('before and after for a linked survey dimension', () => {
	// The spring round closed before the actions were put on the plan; the autumn round closes after.
	const day = 24 * 3600 * 1000;
	const spring: RoundScores = {
		roundId: 'r-spring',
		label: 'Spring 2025',
		closedAt: new Date(Date.now() - 60 * day).toISOString(),
		scores: { learning_together: 2.3, leadership: 3.8 }
	};
	const autumn: RoundScores = {
		roundId: 'r-autumn',
		label: 'Autumn 2025',
		closedAt: new Date(Date.now() + 90 * day).toISOString(),
		scores: { learning_together: 3.2, leadership: 3.9 }
	};

	it('keeps the latest round as the baseline when an action is linked, and shows the next round next to it', async () => {
		const rounds = [spring];
		restore = swapAppPart('surveyResults', {
			teamRounds: async (_actor, teamId) => (teamId === w.teamA ? rounds : [])
		});
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Mentoring scheme', dimension: 'learning_together' });
		expect((await getItem(w.manager, id, 'en')).baseline).toEqual({
			roundId: 'r-spring',
			label: 'Spring 2025',
			score: 2.3
		});
		expect(await dimensionBeforeAfter(w.manager, id)).toMatchObject({
			before: { score: 2.3 },
			after: null,
			change: null
		});

		rounds.push(autumn);
		const result = await dimensionBeforeAfter(w.manager, id);
		expect(result).toEqual({
			before: { roundId: 'r-spring', label: 'Spring 2025', score: 2.3 },
			after: { roundId: 'r-autumn', label: 'Autumn 2025', score: 3.2 },
			change: 0.9
		});
		const plan = await getPlan(w.manager, w.teamA, 'en');
		expect((await planBeforeAfter(w.manager, w.teamA, plan))[id]).toEqual(result);
	});

	it('takes a new baseline when the team links the action to another dimension', async () => {
		restore = swapAppPart('surveyResults', { teamRounds: async () => [spring] });
		const id = await createOwnAction(w.manager, w.teamA, {
			title: 'Leader shares learning',
			dimension: 'learning_together'
		});
		await updateItem(w.manager, id, {
			...details,
			title: 'Leader shares learning',
			ownerId: null,
			reviewDate: null,
			dimension: 'leadership'
		});
		expect((await getItem(w.manager, id, 'en')).baseline).toMatchObject({ score: 3.8 });
	});

	it('shows nothing for an action that is not linked', async () => {
		const id = await createOwnAction(w.manager, w.teamA, { title: 'Not linked' });
		expect(await dimensionBeforeAfter(w.manager, id)).toBeNull();
	});
});

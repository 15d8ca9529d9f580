// Feedback privacy: only the giver and the receiver see a piece of feedback, and whoever the receiver
// shares it with — not the team's manager, not an admin, not a teammate, not another organisation.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TestDatabase } from '../support/db';
import { makeOrg, makePerson, makeTeam, setup } from './support';
import {
	getFeedback,
	giveFeedback,
	listFeedback,
	markHelpful,
	replyToFeedback,
	shareFeedback,
	unshareFeedback
} from '../../../src/lib/server/learning/index';
import type { Actor } from '../../../src/lib/server/actor';
import { Forbidden, Invalid, NotFound } from '../../../src/lib/server/errors';

let database: TestDatabase;
let admin: Actor, manager: Actor, giver: Actor, receiver: Actor, teammate: Actor, outsider: Actor;
let feedbackId: string;

const sbi = {
	situation: 'Tuesday’s handover',
	behaviour: 'You read back every medication change',
	impact: 'Nobody had to call back',
	feedForward: 'Show the new colleagues how',
	pairId: null
};

beforeAll(async () => {
	database = await setup();
	const org = await makeOrg();
	const teamId = (await makeTeam(org.id)).id;
	admin = await makePerson(org.id, { role: 'admin' });
	manager = await makePerson(org.id, { teams: [[teamId, 'manager']] });
	giver = await makePerson(org.id, { teams: [[teamId, 'member']] });
	receiver = await makePerson(org.id, { teams: [[teamId, 'member']] });
	teammate = await makePerson(org.id, { teams: [[teamId, 'member']] });
	outsider = await makePerson((await makeOrg()).id, { role: 'admin' });
	feedbackId = (await giveFeedback(giver, { receiverId: receiver.userId, ...sbi })).id;
});

afterAll(async () => {
	await database.close();
});

describe('peer feedback', () => {
	it('is visible to the giver and the receiver, with its structure', async () => {
		for (const who of [giver, receiver]) {
			const fb = await getFeedback(who, feedbackId);
			expect([fb.situation, fb.behaviour, fb.impact, fb.feed_forward]).toEqual([
				sbi.situation,
				sbi.behaviour,
				sbi.impact,
				sbi.feedForward
			]);
		}
		expect((await listFeedback(receiver)).received.map((f) => f.id)).toEqual([feedbackId]);
		expect((await listFeedback(giver)).given.map((f) => f.id)).toEqual([feedbackId]);
	});

	it('is refused to the team’s manager, an admin and a teammate, and not listed for them', async () => {
		for (const who of [manager, admin, teammate]) {
			await expect(getFeedback(who, feedbackId)).rejects.toBeInstanceOf(Forbidden);
			const lists = await listFeedback(who);
			expect([...lists.received, ...lists.given, ...lists.shared].map((f) => f.id)).not.toContain(feedbackId);
		}
		await expect(getFeedback(outsider, feedbackId)).rejects.toBeInstanceOf(NotFound);
	});

	it('becomes visible to the manager only when the receiver shares it, and hidden again when unshared', async () => {
		await expect(shareFeedback(giver, feedbackId, manager.userId)).rejects.toBeInstanceOf(Forbidden);
		await shareFeedback(receiver, feedbackId, manager.userId);
		expect((await getFeedback(manager, feedbackId)).behaviour).toBe(sbi.behaviour);
		expect((await listFeedback(manager)).shared.map((f) => f.id)).toEqual([feedbackId]);
		// The admin still sees nothing: sharing is with a person, not with a role.
		await expect(getFeedback(admin, feedbackId)).rejects.toBeInstanceOf(Forbidden);
		await unshareFeedback(receiver, feedbackId, manager.userId);
		await expect(getFeedback(manager, feedbackId)).rejects.toBeInstanceOf(Forbidden);
	});

	it('lets the receiver, and only the receiver, reply and mark it helpful', async () => {
		await replyToFeedback(receiver, feedbackId, { reply: 'Thank you — I will pair with Ahmed on Friday.' });
		await markHelpful(receiver, feedbackId, true);
		const fb = await getFeedback(giver, feedbackId);
		expect(fb.reply).toBe('Thank you — I will pair with Ahmed on Friday.');
		expect(fb.helpful).toBe(1);
		await expect(replyToFeedback(giver, feedbackId, { reply: 'x' })).rejects.toBeInstanceOf(Forbidden);
		await expect(markHelpful(manager, feedbackId, false)).rejects.toBeInstanceOf(Forbidden);
		await expect(markHelpful(outsider, feedbackId, false)).rejects.toBeInstanceOf(NotFound);
	});

	it('cannot be given to oneself or to someone outside the organisation', async () => {
		await expect(giveFeedback(giver, { receiverId: giver.userId, ...sbi })).rejects.toBeInstanceOf(Invalid);
		await expect(giveFeedback(giver, { receiverId: outsider.userId, ...sbi })).rejects.toBeInstanceOf(NotFound);
	});
});

// Structured peer feedback (situation – behaviour – impact, plus a feed-forward suggestion).
// Private by design: only the giver and the receiver see it, and whoever the receiver shares it with.
// There is deliberately no exception for admins or managers (see the policy's learning.feedback.view).
import { db } from '../db/current';
import { newId, nowIso } from '../ids';
import { authorize } from '../policy';
import { Invalid, NotFound } from '../errors';
import type { Actor } from '../actor';
import { loadPair } from './records';
import { orgNames } from './people';
import type { FeedbackInput } from './schemas';

async function load(actor: Actor, feedbackId: string) {
	const fb = await db()
		.selectFrom('learning_feedback')
		.selectAll()
		.where('id', '=', feedbackId)
		.where('org_id', '=', actor.orgId)
		.executeTakeFirst();
	if (!fb) throw new NotFound('feedback');
	const shares = await db()
		.selectFrom('learning_feedback_shares')
		.select('user_id')
		.where('feedback_id', '=', fb.id)
		.execute();
	return { fb, sharedWith: shares.map((s) => s.user_id) };
}

/** The giver's feedback sent with this device id before (the offline queue sends again when unsure). */
function givenBefore(actor: Actor, clientId: string) {
	return db()
		.selectFrom('learning_feedback')
		.selectAll()
		.where('org_id', '=', actor.orgId)
		.where('giver_id', '=', actor.userId)
		.where('client_id', '=', clientId)
		.executeTakeFirst();
}

export async function giveFeedback(actor: Actor, input: FeedbackInput) {
	authorize(actor, 'learning.feedback.give', { orgId: actor.orgId });
	const before = input.clientId ? await givenBefore(actor, input.clientId) : undefined;
	if (before) return before;
	if (input.receiverId === actor.userId) throw new Invalid('error_learning_feedback_self', 'receiverId');
	if (!(await orgNames(actor)).has(input.receiverId)) throw new NotFound('member');
	if (input.pairId) {
		const pair = await loadPair(actor.orgId, input.pairId);
		const people = [pair.guide_id, pair.learner_id];
		if (!people.includes(actor.userId) || !people.includes(input.receiverId))
			throw new Invalid('error_learning_feedback_pair', 'receiverId');
	}
	const fb = {
		id: newId(),
		org_id: actor.orgId,
		pair_id: input.pairId,
		giver_id: actor.userId,
		receiver_id: input.receiverId,
		situation: input.situation,
		behaviour: input.behaviour,
		impact: input.impact,
		feed_forward: input.feedForward,
		reply: null,
		replied_at: null,
		helpful: 0,
		created_at: nowIso(),
		client_id: input.clientId ?? null
	};
	// Two sends of one queued feedback at once: the unique key keeps one, and the later send answers with it.
	const inserted = await db()
		.insertInto('learning_feedback')
		.values(fb)
		.onConflict((oc) => oc.columns(['org_id', 'giver_id', 'client_id']).doNothing())
		.executeTakeFirst();
	if (input.clientId && !Number(inserted.numInsertedOrUpdatedRows ?? 1))
		return (await givenBefore(actor, input.clientId))!;
	return fb;
}

export async function getFeedback(actor: Actor, feedbackId: string) {
	const { fb, sharedWith } = await load(actor, feedbackId);
	authorize(actor, 'learning.feedback.view', {
		orgId: actor.orgId,
		participants: [fb.giver_id, fb.receiver_id, ...sharedWith]
	});
	const names = await orgNames(actor);
	return {
		...fb,
		giver_name: names.get(fb.giver_id) ?? '—',
		receiver_name: names.get(fb.receiver_id) ?? '—',
		// Whom it is shared with is the receiver's business.
		shared_with: actor.userId === fb.receiver_id ? sharedWith.map((id) => ({ id, name: names.get(id) ?? '—' })) : []
	};
}

/** Feedback the actor received, gave, and that was shared with them. */
export async function listFeedback(actor: Actor) {
	authorize(actor, 'learning.feedback.give', { orgId: actor.orgId });
	const names = await orgNames(actor);
	const base = () =>
		db()
			.selectFrom('learning_feedback')
			.selectAll('learning_feedback')
			.where('learning_feedback.org_id', '=', actor.orgId)
			.orderBy('learning_feedback.created_at', 'desc');
	const named = <T extends { giver_id: string; receiver_id: string }>(rows: T[]) =>
		rows.map((r) => ({
			...r,
			giver_name: names.get(r.giver_id) ?? '—',
			receiver_name: names.get(r.receiver_id) ?? '—'
		}));
	return {
		received: named(await base().where('receiver_id', '=', actor.userId).execute()),
		given: named(await base().where('giver_id', '=', actor.userId).execute()),
		shared: named(
			await base()
				.innerJoin('learning_feedback_shares', 'learning_feedback_shares.feedback_id', 'learning_feedback.id')
				.where('learning_feedback_shares.user_id', '=', actor.userId)
				.execute()
		)
	};
}

async function respondable(actor: Actor, feedbackId: string) {
	const { fb } = await load(actor, feedbackId);
	authorize(actor, 'learning.feedback.respond', { orgId: actor.orgId, participants: [fb.receiver_id] });
	return fb;
}

export async function replyToFeedback(actor: Actor, feedbackId: string, input: { reply: string }) {
	const fb = await respondable(actor, feedbackId);
	await db()
		.updateTable('learning_feedback')
		.set({ reply: input.reply, replied_at: nowIso() })
		.where('id', '=', fb.id)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function markHelpful(actor: Actor, feedbackId: string, helpful: boolean) {
	const fb = await respondable(actor, feedbackId);
	await db()
		.updateTable('learning_feedback')
		.set({ helpful: helpful ? 1 : 0 })
		.where('id', '=', fb.id)
		.where('org_id', '=', actor.orgId)
		.execute();
}

export async function shareFeedback(actor: Actor, feedbackId: string, userId: string) {
	const fb = await respondable(actor, feedbackId);
	if (userId === fb.receiver_id || userId === fb.giver_id) throw new Invalid('error_learning_share_self', 'userId');
	if (!(await orgNames(actor)).has(userId)) throw new NotFound('member');
	await db()
		.insertInto('learning_feedback_shares')
		.values({ id: newId(), org_id: actor.orgId, feedback_id: fb.id, user_id: userId, created_at: nowIso() })
		.onConflict((oc) => oc.columns(['feedback_id', 'user_id']).doNothing())
		.execute();
}

export async function unshareFeedback(actor: Actor, feedbackId: string, userId: string) {
	const fb = await respondable(actor, feedbackId);
	await db()
		.deleteFrom('learning_feedback_shares')
		.where('feedback_id', '=', fb.id)
		.where('user_id', '=', userId)
		.where('org_id', '=', actor.orgId)
		.execute();
}

/** Internal (nudges): whether `giverId` has written feedback to `receiverId` for a pair. */
export async function hasGivenFeedback(orgId: string, pairId: string, giverId: string): Promise<boolean> {
	const row = await db()
		.selectFrom('learning_feedback')
		.select('id')
		.where('org_id', '=', orgId)
		.where('pair_id', '=', pairId)
		.where('giver_id', '=', giverId)
		.executeTakeFirst();
	return !!row;
}

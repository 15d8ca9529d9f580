// The feedback pages: one's received, given and shared feedback with the colleagues one can write to, and one
// piece of feedback with the people its receiver could still share it with.
import { listMembers } from '../orgs/index';
import type { Actor } from '../actor';
import { getFeedback, listFeedback } from './feedback';
import { viewerOf } from './viewer';

export async function feedbackOverview(actor: Actor) {
	const lists = await listFeedback(actor);
	const members = (await listMembers(actor, { active: true }))
		.filter((p) => p.id !== actor.userId)
		.map((p) => ({ id: p.id, name: p.name }));
	const short = (f: (typeof lists.received)[number]) => ({
		id: f.id,
		giver: f.giver_name,
		receiver: f.receiver_name,
		situation: f.situation,
		createdAt: f.created_at,
		helpful: !!f.helpful,
		replied: !!f.reply
	});
	return {
		viewer: await viewerOf(actor),
		received: lists.received.map(short),
		given: lists.given.map(short),
		shared: lists.shared.map(short),
		members
	};
}

export async function feedbackPage(actor: Actor, feedbackId: string) {
	const fb = await getFeedback(actor, feedbackId);
	// Only the receiver replies, marks it helpful and shares it (the policy's learning.feedback.respond).
	const respond = fb.receiver_id === actor.userId;
	const others = respond
		? (await listMembers(actor, { active: true }))
				.filter((p) => p.id !== fb.receiver_id && p.id !== fb.giver_id && !fb.shared_with.some((s) => s.id === p.id))
				.map((p) => ({ id: p.id, name: p.name }))
		: [];
	return { viewer: await viewerOf(actor), fb, others, permissions: { respond } };
}

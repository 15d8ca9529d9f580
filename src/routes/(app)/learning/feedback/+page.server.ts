import { fail, redirect } from '@sveltejs/kit';
import { listMembers } from '$lib/server/orgs/index';
import { FeedbackInput, giveFeedback, listFeedback, viewerOf } from '$lib/server/learning/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const lists = await listFeedback(actor);
		const members = (await listMembers(actor)).filter((p) => p.id !== actor.userId).map((p) => ({ id: p.id, name: p.name }));
		const short = (f: (typeof lists.received)[number]) => ({ id: f.id, giver: f.giver_name, receiver: f.receiver_name, situation: f.situation, createdAt: f.created_at, helpful: !!f.helpful, replied: !!f.reply });
		return {
			viewer: await viewerOf(actor),
			received: lists.received.map(short),
			given: lists.given.map(short),
			shared: lists.shared.map(short),
			members,
			to: url.searchParams.get('to') ?? '',
			pair: url.searchParams.get('pair') ?? ''
		};
	});
};

export const actions = {
	give: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, FeedbackInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const fb = await giveFeedback(actor, input.value);
			redirect(303, `/learning/feedback/${fb.id}?sent=1`);
		});
	}
};

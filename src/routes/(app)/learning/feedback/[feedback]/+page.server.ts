import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { listMembers } from '$lib/server/orgs/index';
import { getFeedback, markHelpful, replyToFeedback, ReplyInput, shareFeedback, ShareInput, unshareFeedback, viewerOf } from '$lib/server/learning/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals);
	return guard(async () => {
		const fb = await getFeedback(actor, params.feedback);
		const isReceiver = fb.receiver_id === actor.userId;
		const others = isReceiver
			? (await listMembers(actor)).filter((p) => p.id !== fb.receiver_id && p.id !== fb.giver_id && !fb.shared_with.some((s) => s.id === p.id)).map((p) => ({ id: p.id, name: p.name }))
			: [];
		return { viewer: await viewerOf(actor), fb, isReceiver, others, sent: url.searchParams.has('sent') };
	});
};

const Helpful = z.object({ helpful: z.enum(['1', '0']) });

async function withForm<S extends z.ZodType>(request: Request, schema: S, run: (value: z.output<S>) => Promise<unknown>) {
	const form = await request.formData();
	const input = parseForm(form, schema);
	if (!input.ok) return fail(400, input.failure);
	return act(form, async () => run(input.value));
}

export const actions = {
	reply: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ReplyInput, async (v) => {
			await replyToFeedback(actor, params.feedback, v);
			return { saved: 'reply' };
		});
	},
	helpful: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, Helpful, async (v) => {
			await markHelpful(actor, params.feedback, v.helpful === '1');
			return { saved: 'helpful' };
		});
	},
	share: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ShareInput, async (v) => {
			await shareFeedback(actor, params.feedback, v.userId);
			return { saved: 'share' };
		});
	},
	unshare: async ({ locals, request, params }) => {
		const actor = requireActor(locals);
		return withForm(request, ShareInput, async (v) => {
			await unshareFeedback(actor, params.feedback, v.userId);
			return { saved: 'share' };
		});
	}
};

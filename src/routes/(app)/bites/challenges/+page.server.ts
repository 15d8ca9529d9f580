import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import * as bites from '$lib/server/bites/index';
import { listMembers } from '$lib/server/orgs/index';
import { parseForm } from '$lib/server/forms';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

const ChallengeInput = z.object({ moduleId: z.string().min(1), buddyId: z.string().min(1) });
const RespondInput = z.object({ challengeId: z.string().min(1), answer: z.enum(['accept', 'decline']) });
const LeaveInput = z.object({ challengeId: z.string().min(1) });

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({
		challenges: await bites.myChallenges(actor),
		modules: (await bites.listPublishedModules(actor)).map((x) => ({ id: x.id, title: x.title })),
		colleagues: (await listMembers(actor)).filter((p) => p.id !== actor.userId).map((p) => ({ id: p.id, name: p.name }))
	}));
};

export const actions = {
	create: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, ChallengeInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.createChallenge(actor, input.value);
			return { created: true };
		});
	},
	respond: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, RespondInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.respondToChallenge(actor, input.value.challengeId, input.value.answer);
			return { responded: input.value.answer };
		});
	},
	leave: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseForm(form, LeaveInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.leaveChallenge(actor, input.value.challengeId);
			return { left: true };
		});
	}
};

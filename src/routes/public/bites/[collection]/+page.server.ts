// A published collection, open to anyone with the link: external learners join with a name and email and
// get a learner cookie that opens this collection's modules — nothing of the organisation beyond them.
import { error, fail } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { parseForm } from '$lib/server/forms';
import { act, guard } from '$lib/server/respond';

export const load = async ({ params, cookies, url }) => {
	return guard(async () => {
		const { collection, modules, orgId } = await bites.publicCollection(params.collection);
		const secret = cookies.get(bites.LEARNER_COOKIE);
		const learner = await bites.external.learner(params.collection, secret);
		let completed: Record<string, number | null> = {};
		let credentials: Awaited<ReturnType<typeof bites.listHeld>> = [];
		if (learner) {
			const progress = await bites.external.progress(params.collection, secret);
			completed = Object.fromEntries([...progress.completed].map(([id, c]) => [id, c.score]));
			credentials = await bites.listHeld(orgId, learner.id);
		}
		return { collection: { title: collection.title, description: collection.description }, modules, learner: learner ? { name: learner.name } : null, completed, credentials, origin: url.origin, token: params.collection };
	});
};

export const actions = {
	join: async ({ params, request, cookies, url }) => {
		const form = await request.formData();
		const input = parseForm(form, bites.JoinInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			const { secret } = await bites.joinCollection(params.collection, input.value);
			cookies.set(bites.LEARNER_COOKIE, secret, { path: '/', httpOnly: true, sameSite: 'lax', secure: url.protocol === 'https:', maxAge: 180 * 86400 });
			return { joined: true };
		});
	},
	share: async ({ params, request, cookies }) => {
		const form = await request.formData();
		const id = form.get('credentialId');
		if (typeof id !== 'string') error(400);
		return act(form, async () => {
			const learner = await bites.external.learner(params.collection, cookies.get(bites.LEARNER_COOKIE));
			if (!learner) error(404);
			await bites.setHeldSharing(learner.orgId, learner.id, id, form.get('share') === '1');
			return { shared: id };
		});
	}
};

import { error } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({ credentials: await bites.listMyCredentials(actor), origin: url.origin }));
};

export const actions = {
	share: async ({ locals, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const id = form.get('credentialId');
		if (typeof id !== 'string') error(400);
		return act(form, async () => {
			await bites.setSharing(actor, id, form.get('share') === '1');
			return { shared: id };
		});
	}
};

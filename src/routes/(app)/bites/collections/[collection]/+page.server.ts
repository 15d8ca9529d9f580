import { fail } from '@sveltejs/kit';
import * as bites from '$lib/server/bites/index';
import { parseInput } from '$lib/server/forms';
import { withLists } from '$lib/server/bites/index';
import { requireActor } from '$lib/server/guards';
import { act, guard } from '$lib/server/respond';

export const load = async ({ locals, params, url }) => {
	const actor = requireActor(locals, url);
	return guard(async () => ({
		collection: await bites.getCollection(actor, params.collection),
		modules: (await bites.listModulesForAuthoring(actor)).filter((x) => x.published).map((x) => ({ id: x.id, title: x.title })),
		origin: url.origin
	}));
};

export const actions = {
	save: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		const input = parseInput(withLists(form, 'moduleIds'), bites.CollectionInput);
		if (!input.ok) return fail(400, input.failure);
		return act(form, async () => {
			await bites.updateCollection(actor, params.collection, input.value);
			return { saved: true };
		});
	},
	publish: async ({ locals, params, request }) => {
		const actor = requireActor(locals);
		const form = await request.formData();
		return act(form, async () => {
			await bites.setCollectionPublished(actor, params.collection, form.get('published') === '1');
			return { saved: true };
		});
	}
};
